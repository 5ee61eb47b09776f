import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, INSTALL_CHROMIUM, SKIP_REASON } from '../support/chromium';

/** How the browser tests find a browser, and what they say when there is none (they never download one). */
describe('findChromium', () => {
  const saved = process.env['LURESCAN_CHROMIUM'];
  afterEach(() => {
    if (saved === undefined) delete process.env['LURESCAN_CHROMIUM'];
    else process.env['LURESCAN_CHROMIUM'] = saved;
  });

  it('takes LURESCAN_CHROMIUM when it names an existing file, and finds none when it names a missing one', () => {
    process.env['LURESCAN_CHROMIUM'] = process.execPath;
    expect(findChromium()).toBe(process.execPath);
    process.env['LURESCAN_CHROMIUM'] = '/nonexistent/chromium';
    expect(findChromium()).toBeNull();
  });

  it('gives the reason for skipping and the one command that installs a browser', () => {
    expect(INSTALL_CHROMIUM).toBe('sudo apt-get install -y chromium');
    expect(SKIP_REASON).toMatch(/^no Chromium or Chrome found .*; install one with: sudo apt-get install -y chromium$/);
  });
});
