import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/index';
import { runCli } from './run-cli';

describe('lurescan (dispatch, help, version, usage errors)', () => {
  it('prints the overview for --help, -h and help', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const run = await runCli(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Usage:');
      expect(run.stdout).toMatch(/score +Score every posting/);
      expect(run.stdout).toContain('lurescan score ads.jsonl --format pretty');
      expect(run.stderr).toBe('');
    }
  });

  it("prints a command's help for `help score` and `score --help`", async () => {
    const viaHelp = await runCli(['help', 'score']);
    const viaFlag = await runCli(['score', '--help']);
    expect(viaHelp).toEqual(viaFlag);
    expect(viaHelp.status).toBe(0);
    expect(viaHelp.stdout).toContain('Usage: lurescan score [FILE...]');
    expect(viaHelp.stdout).toContain('blank lines are not skipped');
    expect(viaHelp.stdout).toMatch(/Exit status:\n {2}0 .*\n {2}1 .*\n(?: {6}.*\n)* {2}2 .*\n {2}3 /);
    expect((await runCli(['help', 'explain'])).stdout).toContain('Usage: lurescan explain');
    expect((await runCli(['rules', '-h'])).stdout).toContain('Usage: lurescan rules');
  });

  it("prints the scanner's engine and rule-set versions", async () => {
    const { engine, ruleSet } = createScanner().versions;
    for (const flag of ['--version', '-v']) {
      expect(await runCli([flag])).toEqual({ status: 0, stdout: `lurescan ${engine} (rule set ${ruleSet})\n`, stderr: '' });
    }
  });

  it('exits 2 with the overview on stderr when no command is given', async () => {
    const run = await runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage:');
  });

  it('exits 2 on an unknown command, option or option value, pointing to the help', async () => {
    expect(await runCli(['scan', 'ads.jsonl'])).toEqual({
      status: 2,
      stdout: '',
      stderr: "lurescan: unknown command 'scan'\nRun 'lurescan help' for usage.\n",
    });
    expect(await runCli(['score', '--frobnicate'])).toEqual({
      status: 2,
      stdout: '',
      stderr: "lurescan score: unknown option '--frobnicate'\nRun 'lurescan help score' for usage.\n",
    });
    const badFormat = await runCli(['score', '--format', 'xml']);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain("--format must be one of json, pretty (got 'xml')");
    expect((await runCli(['score', '--input'])).status).toBe(2);
    expect((await runCli(['help', 'nonsense'])).status).toBe(2);
    expect((await runCli(['rules', 'extra'])).status).toBe(2);
  });
});
