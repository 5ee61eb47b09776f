import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../src/index';

/**
 * The scoring core runs anywhere JavaScript runs: bundled for the browser, it scores an ad in a realm that has
 * none of Node's globals (no process, Buffer, require, module, setImmediate).
 */
let bundle: string;
let inputs: string[];

beforeAll(async () => {
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'lurescan',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]?.text ?? '';
  inputs = Object.keys(result.metafile.inputs);
}, 60_000);

const AD =
  'URGENT HIRING: customer service staff for an online company in Sihanoukville, Cambodia. Salary $1,500/month, ' +
  'no experience needed, typing skills only. Free flight ticket, visa and accommodation provided. ' +
  'Contact HR on Telegram @kh_jobs_hr, WhatsApp +855 12 345 678.';

describe('the browser bundle of the core', () => {
  it('imports no Node built-ins', () => {
    expect(inputs.filter((input) => input.startsWith('node:') || input.includes('(disabled)'))).toEqual([]);
    expect(bundle).not.toMatch(/require\(["']node:|from ["']node:/);
  });

  it('scores an ad in a context without Node globals, like the verdict Node gives', async () => {
    const context: Record<string, unknown> = {};
    const script = `${bundle}
      ;globalThis.nodeGlobals = ['process', 'Buffer', 'require', 'module', 'setImmediate', 'global'].filter((name) => typeof globalThis[name] !== 'undefined');
      globalThis.result = JSON.stringify(lurescan.score(${JSON.stringify(AD)}));`;
    runInNewContext(script, context, { timeout: 30_000 });
    expect(context['nodeGlobals']).toEqual([]);
    const verdict = JSON.parse(context['result'] as string) as Verdict;
    expect(verdict.risk).toBe('critical');
    expect(verdict.fired.patterns).toContain('pattern.compound-lure');
    const { score } = await import('../src/index');
    expect(verdict).toEqual(JSON.parse(JSON.stringify(score(AD))));
  });
});
