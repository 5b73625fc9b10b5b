// The demo page at / in Debian's Chromium: the body map loads, places are picked by mouse and by keyboard, a
// lookup shows candidates, a red-flag case shows its banner before anything else, and a chosen muscle's trigger
// points and referral zones appear on the map. Screenshots in target/e2e/: demo-front.png, demo-result.png,
// demo-red-flag.png, demo-phone.png.
//   MYOMAP_URL  the running service, e.g. http://127.0.0.1:18080
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = process.env.MYOMAP_URL;
assert.ok(base, 'MYOMAP_URL is not set');
const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'target', 'e2e');
mkdirSync(screenshots, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'myomap-demo-chromium-'));

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  viewport: { width: 1280, height: 1000 },
  timeout: 60_000,
});
const apiCalls = [];
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('request', (request) => apiCalls.push(new URL(request.url()).pathname));
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));

  // The page loads with the map: every leaf region a focusable, named checkbox
  await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
  await page.locator('body[data-ready="true"]').waitFor();
  const shapes = await page.locator('#map polygon[data-region]').count();
  assert.ok(shapes > 150, `the map has ${shapes} region shapes`);
  const frontShape = page.getByRole('checkbox', { name: 'Forehead', exact: true });
  assert.equal(await frontShape.getAttribute('tabindex'), '0');
  await page.screenshot({ path: join(screenshots, 'demo-front.png') });
  console.log(`ok   the page loads with ${shapes} region shapes, front view shown`);

  // A place picked with the mouse on the back view, another with the keyboard on the left side view
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  const sacroiliac = page.getByRole('checkbox', { name: 'Sacroiliac joint, left' });
  await sacroiliac.click();
  assert.equal(await sacroiliac.getAttribute('aria-checked'), 'true');
  await page.getByRole('button', { name: 'Left side', exact: true }).click();
  const hip = page.getByRole('checkbox', { name: 'Side of the hip, left' });
  await hip.focus();
  await page.keyboard.press('Enter');
  assert.equal(await hip.getAttribute('aria-checked'), 'true');
  const picked = await page.locator('#selected li').allInnerTexts();
  assert.deepEqual(picked.map((text) => text.replace('×', '').trim()), ['Sacroiliac joint, left', 'Side of the hip, left']);
  console.log('ok   places picked by click and by keyboard, each with its side');

  // Small places: zoomed into the head of the right side view, the jaw joint is big enough to tap
  await page.getByRole('button', { name: 'Right side', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom: head and neck' }).click();
  const jawJoint = page.getByRole('checkbox', { name: 'Jaw joint, right' });
  const box = await jawJoint.boundingBox();
  assert.ok(box.width >= 20 && box.height >= 20, `the jaw joint is ${box.width} x ${box.height} px when zoomed`);
  await jawJoint.click();
  await jawJoint.click();
  assert.equal(await jawJoint.getAttribute('aria-checked'), 'false', 'a second tap releases the place');
  await page.getByRole('button', { name: 'Whole body' }).click();
  console.log(`ok   zoomed in, the jaw joint is ${Math.round(box.width)} x ${Math.round(box.height)} px; tapped twice it is released`);

  // The lookup shows candidates and no red flag
  await page.getByLabel('In your own words').fill('worse when I roll over in bed');
  await page.getByRole('button', { name: 'Look up' }).click();
  await page.locator('#candidates li').first().waitFor();
  const candidates = await page.locator('#candidates .candidate').allInnerTexts();
  assert.ok(candidates.length >= 3, `candidates: ${candidates}`);
  assert.equal(await page.locator('#red-flags .flag').count(), 0);
  console.log(`ok   the lookup shows ${candidates.length} candidates, first ${candidates[0]}`);

  // A chosen muscle's trigger points are drawn on the map, its zones shaded, its self-care shown
  await page.locator('#candidates .candidate').first().click();
  await page.locator('#map .overlay .trigger-point').first().waitFor();
  const points = await page.locator('#map .overlay .trigger-point').count();
  const essential = await page.locator('#map polygon.zone-essential').count();
  assert.ok(points >= 1, 'trigger points on the map');
  assert.ok(essential >= 1, 'essential zones shaded');
  const leftOnly = await page.locator('#map .overlay .trigger-point title').allTextContents();
  assert.ok(leftOnly.every((label) => label.endsWith('(left)')), `drawn on the side that hurts: ${leftOnly}`);
  const shown = await page.locator('#map .overlay .trigger-point').first().getAttribute('data-view');
  assert.equal(await page.locator(`#map svg[data-view="${shown}"]`).isVisible(), true, 'the view with the point is shown');
  await page.locator('#protocol h3').waitFor();
  assert.match(await page.locator('#protocol h3').innerText(), /^Self-care: /);
  await page.screenshot({ path: join(screenshots, 'demo-result.png') });
  console.log(`ok   ${candidates[0]}: ${points} trigger points drawn, ${essential} essential zone shapes, self-care shown`);

  // A red-flag case: the banner comes first, before any muscle
  await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
  await page.locator('body[data-ready="true"]').waitFor();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Beside the lumbar spine, left' }).click();
  await page.getByLabel('In your own words').fill('low back pain, numbness between my legs and I cannot control my bladder');
  await page.getByRole('button', { name: 'Look up' }).click();
  const banner = page.getByRole('alert');
  await banner.locator('.flag').first().waitFor();
  assert.match(await banner.innerText(), /Emergency/);
  const order = await page.evaluate(() => {
    const results = document.querySelector('#results');
    const first = [...results.children].find((child) => child.tagName !== 'H2' && child.innerText.trim() !== '');
    return first ? first.id : null;
  });
  assert.equal(order, 'red-flags', 'the red-flag banner is the first thing in the results');
  await banner.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screenshots, 'demo-red-flag.png') });
  console.log('ok   a cauda equina case shows the emergency banner before anything else');

  // Phone-sized: one column, nothing wider than the screen
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
  await page.locator('body[data-ready="true"]').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than a phone screen`);
  await page.getByRole('checkbox', { name: 'Front of the knee, right' }).click();
  assert.equal(await page.getByRole('checkbox', { name: 'Front of the knee, right' }).getAttribute('aria-checked'), 'true');
  await page.screenshot({ path: join(screenshots, 'demo-phone.png') });
  console.log('ok   on a 390 px wide screen the page fits and a region can be tapped');

  assert.deepEqual(problems, [], 'no script errors');
  const foreign = apiCalls.filter((path) => !path.startsWith('/api/v1/') && !/^\/($|index\.html|demo\/)/.test(path));
  assert.deepEqual(foreign, [], 'the page calls only the public API and its own files');
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
