import { describe, expect, it } from 'vitest';
import { withBuiltinExamples } from '../../../src/entry/rule-examples';
import { createScanner } from '../../../src/index';
import { runCli } from '../run-cli';

describe('lurescan rules', () => {
  const { rules } = createScanner();

  it('lists every rule in a table with id, severity, category, title and sources', async () => {
    expect(rules.length).toBeGreaterThan(0);
    const run = await runCli(['rules']);
    expect(run.status).toBe(0);
    const [header, ...rest] = run.stdout.split('\n\n')[0]?.split('\n') ?? [];
    const rows = rest;
    expect(header).toMatch(/^ID +SEVERITY +DECLARED +LEARNED +CATEGORY +TITLE +SOURCES$/);
    expect(rows).toHaveLength(rules.length);
    rules.forEach((rule, index) => {
      const row = rows[index] ?? '';
      expect(row.startsWith(`${rule.id} `)).toBe(true);
      expect(row).toContain(` ${rule.severity} `);
      expect(row).toContain(rule.title);
      expect(row.endsWith(rule.sources.join(', '))).toBe(true);
    });
  });

  it('prints the rules as JSON with --format json, each with its examples and its declared, learned and effective weight', async () => {
    const run = await runCli(['rules', '--format', 'json']);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as { id: string; examples: { fire: unknown[] }; weights: { declared: number; effective: number; learned?: number } }[];
    expect(printed.map(({ weights: _, ...rule }) => rule)).toEqual(JSON.parse(JSON.stringify(withBuiltinExamples(rules))));
    for (const rule of printed) expect(rule.examples.fire.length).toBeGreaterThanOrEqual(2);
    for (const rule of printed) expect(rule.weights.effective).toBe(rule.weights.learned ?? rule.weights.declared);
  });

  it('names only existing rules among the learned weights of the built-in model', () => {
    const { policy } = createScanner();
    const ids = new Set(rules.map((rule) => rule.id));
    expect(Object.keys(policy.ruleWeights ?? {}).filter((id) => !ids.has(id))).toEqual([]);
  });
});
