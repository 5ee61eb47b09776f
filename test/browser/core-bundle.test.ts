import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/index';
import { launchChromium, reportSkipped, RUN_BROWSER_TESTS, SKIP_REASON } from '../support/chromium';

/**
 * The scoring core runs anywhere JavaScript runs: bundled for the browser, it scores an ad in headless Chromium,
 * in a page that has none of Node's globals (no process, Buffer, require, module, setImmediate).
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
});

reportSkipped('test/browser/core-bundle.test.ts');

(RUN_BROWSER_TESTS ? describe : describe.skip)('the core in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('scores an ad in a page without Node globals, like the verdict Node gives', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><title>core</title>');
    await page.addScriptTag({ content: bundle });
    const nodeGlobals = await page.evaluate(
      "['process', 'Buffer', 'require', 'module', 'setImmediate', 'global'].filter((name) => typeof globalThis[name] !== 'undefined')",
    );
    expect(nodeGlobals).toEqual([]);
    expect(await page.evaluate('navigator.userAgent')).toMatch(/Chrome\//);
    const verdict = JSON.parse((await page.evaluate(`JSON.stringify(lurescan.score(${JSON.stringify(AD)}))`)) as string) as Verdict;
    expect(errors).toEqual([]);
    expect(verdict.risk).toBe('critical');
    expect(verdict.fired.patterns).toContain('pattern.compound-lure');
    const { score } = await import('../../src/index');
    expect(verdict).toEqual(JSON.parse(JSON.stringify(score(AD))));
    await page.close();
  });
});

if (!RUN_BROWSER_TESTS) {
  describe('the core in headless Chromium', () => {
    it.skip(`skipped: ${SKIP_REASON}`, () => {});
  });
}
