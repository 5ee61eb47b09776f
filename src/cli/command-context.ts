import { createScanner, RuleSetError, type Scanner } from '../index';
import { ruleExampleIssues } from '../rules/rule-example-issues';
import { validateRules } from '../rules/validate-rules';
import { UsageError } from './args';
import type { CliIo } from './cli-io';
import { checkedScanner, loadScannerOptions, type ScannerFiles } from './scanner-files';

/** What every command runs with. */
export interface CommandContext {
  io: CliIo;
  /** The scanner, built on first use so `--help` and usage errors compile no rules. */
  scanner: () => Scanner;
  /** The files the scanner was built from, handed to worker threads so they build the same one. */
  scannerFiles?: ScannerFiles;
}

/**
 * The context with a scanner built from the rule pack and model files, when any is given. The scanner is built
 * here, and the pack's examples run, so a bad pack or model is a usage error before any input is read.
 */
export async function withScannerFiles(context: CommandContext, files: ScannerFiles): Promise<CommandContext> {
  if (files.rules === undefined && files.model === undefined) return context;
  const options = await loadScannerOptions(files);
  const scanner = checkedScanner(() => createScanner(options), files);
  // A pack is tested as it loads, like ESLint's RuleTester: each example that fails is reported, and nothing runs.
  const packRules = validateRules(options.rules ?? []).rules;
  const failures = ruleExampleIssues(packRules, (example) => scanner.score(example), files.rules);
  if (failures.length > 0) throw new UsageError(new RuleSetError(failures).message);
  return { ...context, scanner: () => scanner, scannerFiles: files };
}
