/**
 * Makes docs/images/contactplan.png: the preview (production build in dist/) with a small fictional
 * client table that has owners, a branche and growth columns, classified with the contact plan on, the
 * pane scrolled to "Van klasse naar actie". Needs Debian's chromium at /usr/bin/chromium (or
 * CHROMIUM_PATH). Run after `npx webpack --mode production`: `npx tsx scripts/contactplan-screenshot.ts`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import * as XLSX from 'xlsx';
import { serveDist } from '../test/e2e/staticServer';

const CLIENTS: (string | number | null)[][] = [
  ['Klant', 'Omzet', 'Uren', 'Portfolio', 'Netwerk', 'Samenwerking', 'Relatiebeheerder', 'Branche', 'Extra omzet', 'Kans'],
  ['Tandartspraktijk Van Wijk', 96000, 410, 3, 3, 3, 'Jan', 'Zorg', 12000, 40],
  ['Bouwbedrijf Hendriks', 88000, 520, 3, 2, 2, 'Petra', 'Bouw', 8000, 25],
  ['Huisartsenpraktijk Verhoeven', 74000, 300, 3, 3, 2, 'Jan', 'Zorg', 6000, 50],
  ['Fysiotherapie De Brug', 52000, 260, 2, 3, 3, 'Petra', 'Zorg', 4000, 60],
  ['Installatiebedrijf Kok', 47000, 330, 2, 2, 2, 'Jan', 'Bouw', 5000, 20],
  ['Bakkerij Smit', 31000, 210, 2, 1, 3, 'Petra', 'Detailhandel', 2000, 30],
  ['Kapsalon Lisa', 18000, 140, 1, 2, 2, 'Jan', 'Detailhandel', null, null],
  ['Schildersbedrijf Mol', 24000, 190, 1, 1, 2, 'Petra', 'Bouw', 3000, 10],
  ['Apotheek Centrum', 61000, 280, 3, 2, 3, 'Jan', 'Zorg', 7000, 45],
  ['Rijwielhandel Veenstra', 12000, 120, 1, 1, 1, 'Petra', 'Detailhandel', 0, 0],
  ['Transport Bakker', 39000, 350, 2, 2, 1, 'Jan', 'Logistiek', 4000, 15],
  ['Koeriersdienst Snel', 9000, 150, 0, 1, 1, 'Petra', 'Logistiek', null, null],
];

async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kw-shot-'));
  const file = join(dir, 'klanten-contactplan.xlsx');
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(CLIENTS), 'Klanten');
  writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  const server = await serveDist(join(__dirname, '..', 'dist'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(120_000);
    await page.goto(`${server.url}/preview.html`);
    await page.getByRole('button', { name: 'Classificeer' }).waitFor();
    // The preview's own file input (the pane has another one, for model files).
    await page.locator('input[type="file"][accept^=".xlsx"]').setInputFiles(file);
    await page.getByRole('grid').getByText('Relatiebeheerder').waitFor();
    await page.getByRole('checkbox', { name: 'Ook een contactplan en agendabestand maken' }).check();
    await page.getByRole('button', { name: 'Classificeer' }).click();
    const section = page.getByRole('region', { name: 'Van klasse naar actie' });
    await section.waitFor();
    await section.scrollIntoViewIfNeeded();
    // The sheet beside the pane shows the plan the run wrote.
    await page.getByRole('tab', { name: /^Contactplan/ }).click();
    await page.waitForTimeout(1000);
    await page.screenshot({ path: join(__dirname, '..', 'docs', 'images', 'contactplan.png') });
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void run();
