/**
 * Screenshots of the built playground for the README, at desktop and phone widths, with a lure loaded:
 * docs/playground-desktop.png and docs/playground-phone.png. Needs `npm run build` and a system Chromium.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../test/support/chromium';
import { PLAYGROUND_PAGE } from './build/playground';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs');
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
try {
  for (const { name, width, height, full } of [
    { name: 'desktop', width: 1280, height: 1500, full: false },
    { name: 'phone', width: 390, height: 844, full: false },
  ]) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: name === 'phone' ? 2 : 1 });
    await page.goto(pathToFileURL(PLAYGROUND_PAGE).href);
    await page.waitForSelector('body[data-ready="true"]');
    await page.selectOption('#sample', 'lure-en-compound');
    await page.waitForSelector('#risk');
    if (name === 'phone') await page.evaluate("document.getElementById('verdict').scrollIntoView()");
    await page.screenshot({ path: join(out, `playground-${name}.png`), fullPage: full });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('docs/playground-desktop.png, docs/playground-phone.png');
