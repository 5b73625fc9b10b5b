// Swagger UI in Debian's Chromium: the service's own docs page, "Try it out" on the lookup, on whatever host and
// port the service runs (the contract's server is relative). Screenshot: target/e2e/swagger-ui.png.
//   MYOMAP_URL  the running service, e.g. http://127.0.0.1:18080
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = process.env.MYOMAP_URL;
assert.ok(base, 'MYOMAP_URL is not set');
const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'target', 'e2e');
mkdirSync(screenshots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  timeout: 60_000,
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 2000 } });
  page.setDefaultTimeout(30_000);
  const calls = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/lookup')) {
      calls.push(request.url());
    }
  });

  await page.goto(`${base}/q/swagger-ui/`, { waitUntil: 'domcontentloaded' });
  await page.locator('.info .title', { hasText: 'myomap' }).waitFor();

  const lookup = page.locator('#operations-lookup-lookupMuscles');
  await lookup.locator('.opblock-summary').click();
  await lookup.getByRole('button', { name: 'Try it out' }).click();
  await lookup.getByRole('button', { name: 'Execute' }).click();

  const status = lookup.locator('.live-responses-table .response .response-col_status').first();
  await status.waitFor();
  assert.equal((await status.innerText()).trim(), '200');
  const body = await lookup.locator('.live-responses-table .response-col_description pre').first().innerText();
  assert.match(body, /"safety"/);
  assert.deepEqual(calls, [`${base}/api/v1/lookup`], 'Try it out called this service, on its own port');

  await lookup.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screenshots, 'swagger-ui.png'), fullPage: false });
  console.log(`ok   Swagger UI: Try it out on the lookup answered 200 from ${base}`);
} finally {
  await browser.close();
}
