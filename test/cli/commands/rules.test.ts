import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../src/index';
import { runCli } from '../run-cli';

describe('lurescan rules', () => {
  const { rules } = createScanner();

  it('lists every rule in a table with id, severity, category, title and sources', async () => {
    expect(rules.length).toBeGreaterThan(0);
    const run = await runCli(['rules']);
    expect(run.status).toBe(0);
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^ID +SEVERITY +CATEGORY +TITLE +SOURCES$/);
    expect(rows).toHaveLength(rules.length);
    rules.forEach((rule, index) => {
      const row = rows[index] ?? '';
      expect(row.startsWith(`${rule.id} `)).toBe(true);
      expect(row).toContain(` ${rule.severity} `);
      expect(row).toContain(rule.title);
      expect(row.endsWith(rule.sources.join(', '))).toBe(true);
    });
  });

  it('prints the rules as JSON with --format json', async () => {
    const run = await runCli(['rules', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(rules)));
  });
});
