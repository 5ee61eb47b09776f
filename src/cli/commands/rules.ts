import { oneOf, parseCommandArgs, UsageError } from '../args';
import type { CommandContext } from '../command-context';
import { EXIT_STATUS } from '../exit-status';
import { RULES_HELP } from '../help-text';
import { ruleWeight } from '../../combine/rule-weight';
import { formatRuleTable } from '../output/format-rule-table';
import { withBuiltinExamples } from '../../entry/rule-examples';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const;

const OUTPUT_FORMATS = ['table', 'json'] as const;

/** `lurescan rules`: what the scanner looks for. */
export async function runRules(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const { io } = context;
  if (values.help === true) {
    io.stdout.write(RULES_HELP);
    return EXIT_STATUS.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const format = oneOf(values.format ?? 'table', OUTPUT_FORMATS, '--format');
  const { rules, policy } = context.scanner();
  // The JSON lists each built-in rule's examples too, which the scanner does not hold (lurescan/rule-examples).
  const withWeights = (): unknown[] => withBuiltinExamples(rules).map((rule) => ({ ...rule, weights: ruleWeight(rule, policy) }));
  io.stdout.write(format === 'json' ? `${JSON.stringify(withWeights(), null, 2)}\n` : formatRuleTable(rules, policy));
  return EXIT_STATUS.ok;
}
