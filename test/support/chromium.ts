import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The one command that installs a browser the tests can drive, on Debian and Ubuntu (and what `.ci/run` runs). */
export const INSTALL_CHROMIUM = 'sudo apt-get install -y chromium';

/** Where a system Chromium or Chrome usually is; `LURESCAN_CHROMIUM` names another. Nothing is ever downloaded. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The Chromium executable the browser tests use, or null when none is installed. */
export function findChromium(): string | null {
  const named = process.env['LURESCAN_CHROMIUM'];
  if (named !== undefined && named !== '') return existsSync(named) ? named : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const CHROMIUM_PATH = findChromium();

/**
 * Whether the browser tests run. In CI (`CI=true`) they always do, so a missing browser fails the run there; on a
 * user's machine without one they are skipped, with the reason and the install command on stderr.
 */
export const RUN_BROWSER_TESTS = CHROMIUM_PATH !== null || process.env['CI'] === 'true';

export const SKIP_REASON = `no Chromium or Chrome found (looked in ${CANDIDATES.slice(0, 4).join(', ')}, or set LURESCAN_CHROMIUM); install one with: ${INSTALL_CHROMIUM}`;

/** Says once, on stderr, why the browser tests of `file` are skipped. */
export function reportSkipped(file: string): void {
  if (!RUN_BROWSER_TESTS) process.stderr.write(`\n[browser tests skipped] ${file}: ${SKIP_REASON}\n\n`);
}

export async function launchChromium(): Promise<Browser> {
  if (CHROMIUM_PATH === null) throw new Error(`CI=true and ${SKIP_REASON}`);
  // --no-sandbox: CI containers run as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}
