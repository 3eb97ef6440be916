import { mkdtempSync, readFileSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { chromiumOnDist } from './browser';
import * as XLSX from 'xlsx';

/**
 * The preview page in a real browser (Debian's chromium): the task pane beside the in-memory sheet,
 * loaded with the example workbook. Runs on the production build (`npm run test:e2e` builds first).
 */

let page: Page;
const chromium = chromiumOnDist();
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];

/** The texts of one column of the grid, found by its header text in row 1. */
async function columnTexts(p: Page, header: string): Promise<string[]> {
  return p.evaluate((wanted) => {
    const grid = document.querySelector('table[role="grid"]');
    if (!grid) return [];
    const rows = [...grid.querySelectorAll('tbody tr')];
    const headerCells = [...rows[0]!.querySelectorAll('td')];
    const index = headerCells.findIndex((td) => td.textContent === wanted);
    if (index < 0) return [];
    return rows.slice(1).map((tr) => tr.querySelectorAll('td')[index]?.textContent ?? '');
  }, header);
}

beforeAll(async () => {
  page = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(chromium.url)) foreignRequests.push(r.url());
  });
  await page.goto(`${chromium.url}/preview.html`);
});

describe('preview page', () => {
  it('shows the example client table and the task pane', async () => {
    await page.getByRole('button', { name: 'Classificeer' }).waitFor();
    await page.getByRole('grid').getByText('Klasse vorig jaar').waitFor();
    expect(await columnTexts(page, 'Klant')).toHaveLength(150);
  });

  it('fills the Klasse column in the sheet when "Classificeer" is pressed', async () => {
    await page.getByRole('button', { name: 'Classificeer' }).click();
    await page.getByRole('grid').getByText('Klantscore', { exact: true }).waitFor();
    const classes = await columnTexts(page, 'Klasse');
    expect(classes).toHaveLength(150);
    expect(classes.every((c) => ['A', 'B', 'C', 'D', ''].includes(c))).toBe(true);
    expect(classes.filter((c) => c !== '').length).toBeGreaterThan(100);
    expect(new Set(classes.filter(Boolean)).size).toBeGreaterThanOrEqual(3);
  });

  it('changes a class when a weight changes and the table is classified again', async () => {
    const before = await columnTexts(page, 'Klasse');
    // After a run the pane shows its results; the weights are under "Instellen".
    await page.getByRole('tab', { name: 'Instellen' }).click();
    const weight = page.getByRole('spinbutton', { name: 'Gewicht Omzet' });
    await weight.fill('0');
    await weight.press('Tab');
    await page.getByRole('button', { name: 'Classificeer' }).click();
    await page.waitForFunction(
      (old) => {
        const grid = document.querySelector('table[role="grid"]');
        const rows = [...(grid?.querySelectorAll('tbody tr') ?? [])];
        const headers = [...(rows[0]?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
        const k = headers.indexOf('Klasse');
        const now = rows.slice(1).map((tr) => tr.querySelectorAll('td')[k]?.textContent ?? '');
        return now.some((c, i) => c !== old[i]);
      },
      before,
      { timeout: 30000 },
    );
    const after = await columnTexts(page, 'Klasse');
    expect(after.filter((c, i) => c !== before[i]).length).toBeGreaterThan(0);
  });

  it('downloads the example workbook with the results (patched in the browser), the model saved in it', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Werkmap met resultaten downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('klanten.klantwaarde.xlsx');
    const file = join(mkdtempSync(join(tmpdir(), 'klantwaarde-e2e-')), 'klanten.klantwaarde.xlsx');
    await download.saveAs(file);
    const book = XLSX.read(readFileSync(file));
    expect(book.SheetNames).toEqual(expect.arrayContaining(['Klanten', 'KlantwaardeInstellingen']));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Klanten!, { header: 1 });
    const k = (rows[0] as unknown[]).indexOf('Klasse');
    // The same classes the grid shows after the last run.
    expect(rows.slice(1).map((r) => (r as unknown[])[k] ?? '')).toEqual(await columnTexts(page, 'Klasse'));
  });

  it('saves a screenshot and talks to nothing but its own origin', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'klantwaarde-e2e-')), 'preview.png');
    await page.screenshot({ path: file, fullPage: false });
    if (process.env.KW_SCREENSHOT) await page.screenshot({ path: process.env.KW_SCREENSHOT });
    expect(statSync(file).size).toBeGreaterThan(10_000);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
