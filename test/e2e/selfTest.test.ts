import type { Page } from 'playwright-core';
import { chromiumOnDist } from './browser';

/**
 * "Zelftest" in the preview page in a real browser (Debian's chromium), on the production build: every
 * step must pass, the report must be there to copy, and the sheet must be as before.
 */

let page: Page;
const chromium = chromiumOnDist();
const consoleErrors: string[] = [];

beforeAll(async () => {
  page = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(`${chromium.url}/preview.html`);
});

describe('Zelftest in the preview', () => {
  it('passes every step and leaves the sheet as it was', async () => {
    await page.getByRole('button', { name: 'Classificeer' }).waitFor();
    const tabs = async () => page.getByRole('tab').allTextContents();
    const sheetsBefore = await tabs();

    await page.getByRole('button', { name: 'Zelftest' }).click();

    const section = page.getByRole('region', { name: 'Zelftest' });
    await section.getByRole('status').filter({ hasText: 'Alle stappen geslaagd.' }).waitFor({ timeout: 60000 });
    const steps = await section.getByRole('list', { name: 'Uitkomst per stap' }).getByRole('listitem').allTextContents();
    expect(steps).toHaveLength(14);
    expect(steps.filter((s) => !/: geslaagd — /.test(s))).toEqual([]);
    const report = await section.getByRole('textbox', { name: 'Inhoud van klantwaarde-zelftest.txt' }).inputValue();
    expect(report).toContain('niet in Office (voorbeeld in de browser)');
    expect(report).toMatch(/OK Beveiligingsregels: niets geblokkeerd/);
    expect(await tabs()).toEqual(sheetsBefore);
    expect(consoleErrors).toEqual([]);
  });
});
