import { modelToJson, presetModel, validateModel, type CellValue, type ScoringModel } from '../../src/engine';
import { formatMessage, t } from '../../src/i18n/catalog';
import { parseA1 } from '../../src/workbook/cells';
import { classColour } from '../../src/workbook/colours';
import type { MemoryWorkbook } from '../../src/workbook/memory';
import { RESULT_COLUMN_KEYS, SETTINGS_KEYS } from '../../src/workbook/results';
import { CLIENTS, EXPECTED, clientWorkbook, failure, sessionFor, sheetsOf, type Adapter } from './fixtures';

const MODEL = presetModel('scoringsmatrix');
const MAX = 33;
const headersOf = (lang: 'nl' | 'en') => RESULT_COLUMN_KEYS.map((k) => t(lang, k));

function model(raw: unknown): ScoringModel {
  const v = validateModel(raw);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.model;
}

/** Cells of a sheet outside a rectangle, as "row,col value" lines: what must never change. */
function cellsOutside(
  wb: MemoryWorkbook,
  sheet: string,
  rect: { row: number; column: number; rowCount: number; columnCount: number },
): string[] {
  const inside = (r: number, c: number) =>
    r >= rect.row && r < rect.row + rect.rowCount && c >= rect.column && c < rect.column + rect.columnCount;
  return wb
    .requireSheet(sheet)
    .snapshot()
    .filter((line) => {
      const cf = /^conditional format (\S+) /.exec(line);
      if (cf) {
        const area = parseA1(cf[1]!)!;
        return !(inside(area.row, area.column) && inside(area.row + area.rowCount - 1, area.column + area.columnCount - 1));
      }
      const m = /^(\d+),(\d+) /.exec(line);
      if (!m) return true;
      return !inside(Number(m[1]), Number(m[2]));
    });
}

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * The behaviour every WorkbookPort adapter must show through the pipeline, so "works in the preview"
 * and "works in Excel" mean the same thing. Each adapter's test file calls this with its adapter.
 */
export function workbookContract(adapter: Adapter): void {
  describe(`workbook pipeline contract: ${adapter.name}`, () => {
    describe('finding the table', () => {
      it('expands a single selected cell to the surrounding region', async () => {
        const wb = clientWorkbook(CLIENTS, 'B3');
        wb.select('Klanten', 'D5');
        const table = await sessionFor(adapter, wb).detectTable();
        expect(table.address).toBe('Klanten!B3:F8');
        expect(table.headers).toEqual(['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking']);
        expect(table.rowCount).toBe(5);
        expect(table.sample[0]).toEqual(['Aalders', 400, 3, 2, 2]);
        expect(table.tableName).toBeUndefined();
      });

      it('takes the whole Excel Table when the selected cell is in one, even if data touches it', async () => {
        const wb = clientWorkbook();
        wb.addTable('KlantTabel', 'Klanten', 'A1:E6');
        // A note right under the table: the surrounding region would include it, the table does not.
        wb.loadSheet('Klanten', [['Bijgewerkt in november']], 'A7');
        wb.select('Klanten', 'C3');
        const table = await sessionFor(adapter, wb).detectTable();
        expect(table.tableName).toBe('KlantTabel');
        expect(table.address).toBe('Klanten!A1:E6');
        expect(table.rowCount).toBe(5);
      });

      it('leaves the totals row of an Excel Table out of the clients', async () => {
        const wb = clientWorkbook();
        wb.addTable('KlantTabel', 'Klanten', 'A1:E6', { showTotals: true });
        wb.select('Klanten', 'B2');
        const table = await sessionFor(adapter, wb).detectTable();
        expect(table.address).toBe('Klanten!A1:E5');
        expect(table.rowCount).toBe(4);
      });

      it('refuses a selection of several areas, saying how many', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'A1:B2', 'D4');
        const f = await failure(sessionFor(adapter, wb).detectTable());
        expect(f).toEqual({ code: 'workbook.multipleAreas', params: { areas: 2 } });
        expect(formatMessage('nl', f)).toContain('2 losse gebieden');
      });

      it('says the selection is empty when the selected cell has nothing around it', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'K20');
        const f = await failure(sessionFor(adapter, wb).detectTable());
        expect(f.code).toBe('table.empty');
        expect(f.params.sheet).toBe('Klanten');
      });

      it('says a table with only a header row has no clients', async () => {
        const wb = clientWorkbook();
        wb.loadSheet('Leeg', [['Klant', 'Omzet', 'Portfolio']]);
        wb.select('Leeg', 'B1');
        const f = await failure(sessionFor(adapter, wb).detectTable());
        expect(f.code).toBe('table.noClients');
        expect(formatMessage('en', f)).toContain('Leeg!A1');
      });

      it('says when nothing is selected', async () => {
        const wb = clientWorkbook();
        const f = await failure(sessionFor(adapter, wb).detectTable());
        expect(f.code).toBe('workbook.noSelection');
      });

      it('counts rows hidden by a filter when detecting', async () => {
        const wb = clientWorkbook();
        wb.requireSheet('Klanten').hiddenRows.add(2);
        wb.select('Klanten', 'A1');
        const table = await sessionFor(adapter, wb).detectTable();
        expect(table.hiddenRowCount).toBe(1);
        expect(table.warnings).toContainEqual({ code: 'workbook.hiddenRows', params: { count: 1 } });
      });
    });

    describe('writing the results', () => {
      it('writes the eight columns right of the table: catalog headers, numbers as numbers, coloured classes', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'B3');
        const outcome = await sessionFor(adapter, wb).classify(MODEL);
        expect(outcome.resultAddress).toBe('Klanten!F1:M6');
        const sheet = wb.requireSheet('Klanten');
        expect([5, 6, 7, 8, 9, 10, 11, 12].map((c) => sheet.value(0, c))).toEqual(headersOf('nl'));
        EXPECTED.forEach((client, i) => {
          const r = i + 1;
          expect(sheet.value(r, 5)).toBe(client.score);
          expect(sheet.value(r, 6)).toBeCloseTo(client.score / MAX, 12);
          expect(sheet.value(r, 7)).toBe(client.label);
          expect(sheet.value(r, 8)).toBe(client.rank);
          expect(sheet.value(r, 9)).toBeCloseTo(client.share, 12);
          expect(sheet.value(r, 10)).toEqual(expect.stringContaining(`totaal ${client.score} van ${MAX}`));
          expect(typeof sheet.value(r, 11)).toBe('string');
          // The colour comes from the conditional format on the Klasse column, not from a fill per cell.
          expect(sheet.displayFill(r, 7)).toBe(classColour('ABCD'.indexOf(client.label), 4));
          expect(sheet.fill(r, 7)).toBeUndefined();
        });
        expect(sheet.format(1, 5)).toBe('0');
        expect(sheet.format(1, 6)).toBe('0.0%');
        expect(sheet.format(1, 7)).toBe('@');
        expect(sheet.format(1, 9)).toBe('0.0%');
        // A green first class and a red last class.
        const [ar, ag] = rgb(sheet.displayFill(1, 7)!);
        const [dr, dg] = rgb(sheet.displayFill(4, 7)!);
        expect(ag).toBeGreaterThan(ar);
        expect(dr).toBeGreaterThan(dg);
        // The totals row is not a client: its result cells stay empty and uncoloured.
        for (let c = 5; c <= 12; c++) expect(sheet.isFilled(5, c)).toBe(false);
        expect(sheet.displayFill(5, 7)).toBeUndefined();
        expect(outcome.warnings).toContainEqual({ code: 'table.totalsRowSkipped', params: { rows: '6' } });
      });

      it('colours a class the user types over ours, since the colours are conditional formatting on the Klasse column', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'A1');
        await sessionFor(adapter, wb).classify(MODEL);
        const sheet = wb.requireSheet('Klanten');
        expect(sheet.conditionalFormats.all.map((f) => f.area)).toEqual(
          ['A', 'B', 'C', 'D'].map(() => ({ row: 1, column: 7, rowCount: 5, columnCount: 1 })),
        );
        // Aalders is A; the user decides B (lower case: Excel compares text without case).
        sheet.setValue(1, 7, 'b');
        expect(sheet.displayFill(1, 7)).toBe(classColour(1, 4));
        // The header keeps no colour; a re-run replaces the rules instead of adding more.
        expect(sheet.displayFill(0, 7)).toBeUndefined();
        await sessionFor(adapter, wb).classify(MODEL);
        expect(sheet.conditionalFormats.all).toHaveLength(4);
        await sessionFor(adapter, wb).removeResults();
        expect(sheet.conditionalFormats.all).toHaveLength(0);
      });

      it('writes English headers and text when Office runs in English', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'A1');
        await sessionFor(adapter, wb, 'en').classify(MODEL);
        const sheet = wb.requireSheet('Klanten');
        expect([5, 6, 7, 8, 9, 10, 11, 12].map((c) => sheet.value(0, c))).toEqual(headersOf('en'));
        expect(sheet.value(1, 10)).toEqual(expect.stringContaining(`total 29 of ${MAX}`));
      });

      it('leaves every cell around the table alone through classify, re-run and remove', async () => {
        const wb = clientWorkbook(CLIENTS, 'C4'); // table C4:G9, our columns H4:O9
        wb.loadSheet('Klanten', [['Overzicht klanten 2026']], 'C1');
        wb.loadSheet('Klanten', [['links'], [12.5]], 'A6');
        wb.loadSheet('Klanten', [['onder', 'de', 'tabel']], 'C12');
        // Right after where our block will be: once our columns exist the region reaches it.
        wb.loadSheet('Klanten', [['rechts', 42]], 'P5');
        wb.loadSheet('Andere', [
          ['x', 1],
          [2, 'y'],
        ]);
        wb.requireSheet('Andere').setFormula(1, 1, '=A1', 'x');
        wb.select('Klanten', 'D6');
        const block = { row: 3, column: 7, rowCount: 6, columnCount: 8 };
        const before = cellsOutside(wb, 'Klanten', block);
        const otherBefore = wb.requireSheet('Andere').snapshot();
        const original = sheetsOf(wb);
        const session = sessionFor(adapter, wb);

        const first = await session.classify(MODEL);
        expect(first.resultAddress).toBe('Klanten!H4:O9');
        expect(cellsOutside(wb, 'Klanten', block)).toEqual(before);
        const afterFirst = wb.requireSheet('Klanten').snapshot();

        const second = await session.classify(MODEL);
        expect(second.resultAddress).toBe('Klanten!H4:O9');
        expect(wb.requireSheet('Klanten').snapshot()).toEqual(afterFirst);
        expect(wb.requireSheet('Andere').snapshot()).toEqual(otherBefore);

        // The confirmation names exactly the block and the report sheet that removal takes away.
        const described = await session.describeResults!();
        expect(described.blocks).toEqual([
          {
            sheet: 'Klanten',
            address: 'Klanten!H4:O9',
            headers: ['Klantscore', 'Score %', 'Klasse', 'Rang', 'Omzetaandeel', 'Toelichting', 'Aanpak', 'Signalen'],
          },
        ]);
        expect(described.reports).toEqual([second.reportSheet]);

        const removed = await session.removeResults();
        expect(removed).toMatchObject({ removedColumns: 8, removedReport: true });
        expect(await session.describeResults!()).toEqual({ blocks: [], reports: [] });
        expect(sheetsOf(wb)).toEqual(original);
      });

      it('makes a re-run idempotent: the sheet and report are identical', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'A2');
        const session = sessionFor(adapter, wb);
        await session.classify(MODEL);
        const once = wb.snapshot();
        await session.classify(MODEL);
        expect(wb.snapshot()).toEqual(once);
      });

      it('recognises its own columns by their headers when the settings record is gone', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'A2');
        await sessionFor(adapter, wb).classify(MODEL);
        const once = wb.requireSheet('Klanten').snapshot();
        wb.settings.delete(SETTINGS_KEYS.results);
        const again = await sessionFor(adapter, wb).classify(MODEL);
        expect(again.resultAddress).toBe('Klanten!F1:M6');
        expect(wb.requireSheet('Klanten').snapshot()).toEqual(once);
      });

      it('updates its Dutch columns in place when re-run in English', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'A2');
        await sessionFor(adapter, wb, 'nl').classify(MODEL);
        const outcome = await sessionFor(adapter, wb, 'en').classify(MODEL);
        expect(outcome.resultAddress).toBe('Klanten!F1:M6');
        expect(wb.requireSheet('Klanten').value(0, 5)).toBe(t('en', 'col.score'));
        expect(wb.requireSheet('Klanten').isFilled(0, 13)).toBe(false);
      });

      it('stops with a message naming the sheet and cells when user data is where the columns would go', async () => {
        const wb = clientWorkbook();
        wb.loadSheet('Klanten', [['mijn notitie']], 'H3');
        wb.select('Klanten', 'A2');
        const before = sheetsOf(wb);
        const f = await failure(sessionFor(adapter, wb).classify(MODEL));
        expect(f).toEqual({ code: 'workbook.outputOccupied', params: { sheet: 'Klanten', cells: 'H3', range: 'F1:M6' } });
        const text = formatMessage('nl', f);
        expect(text).toContain('"Klanten"');
        expect(text).toContain('H3');
        expect(text).toContain('Kolommen invoegen');
        expect(sheetsOf(wb)).toEqual(before);
      });

      it('inserts columns instead when asked, shifting the user data intact, and removal restores it', async () => {
        const wb = clientWorkbook();
        wb.loadSheet('Klanten', [['mijn notitie', 7]], 'H3');
        wb.loadSheet('Klanten', [['boven de tabel? nee: rechtsboven']], 'K1');
        wb.select('Klanten', 'A2');
        const before = sheetsOf(wb);
        const session = sessionFor(adapter, wb);
        const outcome = await session.classify(MODEL, { insertColumns: true });
        expect(outcome.resultAddress).toBe('Klanten!F1:M6');
        const sheet = wb.requireSheet('Klanten');
        expect(sheet.value(2, 15)).toBe('mijn notitie');
        expect(sheet.value(2, 16)).toBe(7);
        expect(sheet.value(0, 18)).toBe('boven de tabel? nee: rechtsboven');
        expect(sheet.value(0, 5)).toBe(t('nl', 'col.score'));
        // A re-run finds its columns and does not insert again.
        const snapshot = sheet.snapshot();
        await session.classify(MODEL, { insertColumns: true });
        expect(sheet.snapshot()).toEqual(snapshot);
        await session.removeResults();
        expect(sheetsOf(wb)).toEqual(before);
      });

      it('treats a second table beside the first as user data', async () => {
        const wb = clientWorkbook();
        wb.loadSheet(
          'Klanten',
          [
            ['Prospect', 'Kans'],
            ['Xeno', 0.3],
          ],
          'H1',
        );
        wb.select('Klanten', 'A2');
        const f = await failure(sessionFor(adapter, wb).classify(MODEL));
        expect(f.code).toBe('workbook.outputOccupied');
        expect(f.params.cells).toBe('H1, I1, H2, I2');
      });

      it('adds table columns to an Excel Table, keeps them on a re-run and deletes them on removal', async () => {
        const wb = clientWorkbook();
        wb.addTable('KlantTabel', 'Klanten', 'A1:E6');
        wb.select('Klanten', 'C3');
        const before = sheetsOf(wb);
        const session = sessionFor(adapter, wb);
        const outcome = await session.classify(MODEL);
        expect(outcome.resultAddress).toBe('Klanten!F1:M6');
        const table = wb.table('KlantTabel')!;
        expect(table.columnCount).toBe(13);
        expect([5, 6, 7, 8, 9, 10, 11, 12].map((c) => wb.requireSheet('Klanten').value(0, c))).toEqual(headersOf('nl'));
        const once = wb.snapshot();
        await session.classify(MODEL);
        expect(wb.snapshot()).toEqual(once);
        expect(wb.table('KlantTabel')!.columnCount).toBe(13);
        await session.removeResults();
        expect(sheetsOf(wb)).toEqual(before);
      });

      it('writes an Excel Table with a totals row above the totals row, and removal restores it', async () => {
        const wb = clientWorkbook();
        wb.addTable('KlantTabel', 'Klanten', 'A1:E6', { showTotals: true });
        wb.select('Klanten', 'B2');
        const before = sheetsOf(wb);
        const session = sessionFor(adapter, wb);
        const outcome = await session.classify(MODEL);
        expect(outcome.resultAddress).toBe('Klanten!F1:M5');
        expect(outcome.run.count).toBe(4);
        const sheet = wb.requireSheet('Klanten');
        expect(wb.table('KlantTabel')!.columnCount).toBe(13);
        for (let c = 5; c <= 12; c++) expect(sheet.isFilled(5, c)).toBe(false);
        await session.removeResults();
        expect(sheetsOf(wb)).toEqual(before);
      });

      it('reports progress from 0 to 1 while classifying', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'A2');
        const seen: number[] = [];
        await sessionFor(adapter, wb).classify(MODEL, { onProgress: (f) => seen.push(f) });
        expect(seen.length).toBeGreaterThan(2);
        expect(seen[seen.length - 1]).toBe(1);
        seen.forEach((f, i) => {
          expect(f).toBeGreaterThanOrEqual(0);
          expect(f).toBeLessThanOrEqual(1);
          if (i > 0) expect(f).toBeGreaterThanOrEqual(seen[i - 1]!);
        });
      });

      it('stops before writing on a protected sheet', async () => {
        const wb = clientWorkbook();
        wb.requireSheet('Klanten').protected = true;
        wb.select('Klanten', 'A2');
        const before = wb.snapshot();
        const f = await failure(sessionFor(adapter, wb).classify(MODEL));
        expect(f).toEqual({ code: 'workbook.sheetProtected', params: { sheet: 'Klanten' } });
        expect(wb.snapshot()).toEqual(before);
      });

      it('never writes text that looks like a formula, number or boolean as anything but that text', async () => {
        const rows: CellValue[][] = [
          ['Klant', 'Omzet', '+Netwerk', 'Portfolio'],
          ['=HYPERLINK("http://x","klik")', 500, 3, 3],
          ['@Jansen', 300, 2, 1],
          ['-', 100, 0, 0],
        ];
        const wb = clientWorkbook(rows);
        wb.select('Klanten', 'A1');
        const m = model({
          version: 1,
          name: '=SOM(A1:A3)',
          scaleMax: 3,
          criteria: [
            { name: '+Netwerk', weight: 1 },
            { name: 'Portfolio', weight: 1 },
          ],
          classification: { method: 'score', thresholds: [0.7, 0.45, 0.2], labels: ['=A', '-1', 'TRUE', '4'] },
        });
        const outcome = await sessionFor(adapter, wb).classify(m);
        const sheet = wb.requireSheet('Klanten');
        const labels = [1, 2, 3].map((r) => sheet.value(r, 6));
        expect(labels).toEqual(['=A', '-1', '4']);
        expect(sheet.value(1, 9)).toEqual(expect.stringMatching(/^\+Netwerk 3×1 = 3/));
        const report = wb.requireSheet(outcome.reportSheet!);
        for (const s of [sheet, report]) {
          for (const line of s.snapshot()) expect(line).not.toContain('"formula"');
        }
        // The user's own cells are untouched, formula-looking or not.
        expect(sheet.value(1, 0)).toBe('=HYPERLINK("http://x","klik")');
        expect(sheet.formula(1, 0)).toBeUndefined();
        // Labels stay text in the report too (General format there).
        const summaryLabels = wb.readSheet(outcome.reportSheet!).map((r) => r[0]);
        expect(summaryLabels).toEqual(expect.arrayContaining(['=A', '-1', 'TRUE', '4']));
      });
    });

    describe('the report sheet', () => {
      it('holds the per-class summary, the Pareto chart and the model used', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'A2');
        const outcome = await sessionFor(adapter, wb).classify(MODEL);
        expect(outcome.reportSheet).toBe('Klantanalyse 2026');
        const rows = wb.readSheet('Klantanalyse 2026');
        expect(rows[0]![0]).toBe('Klantanalyse 2026');
        expect(String(rows[1]![0])).toContain('25 november 2026');
        const head = rows.findIndex((r) => r[0] === t('nl', 'report.class'));
        expect(rows[head]!.slice(0, 6)).toEqual(
          (
            [
              'report.class',
              'report.clients',
              'report.clientShare',
              'report.revenue',
              'report.revenueShare',
              'report.averageScore',
            ] as const
          ).map((k) => t('nl', k)),
        );
        EXPECTED.forEach((client, k) => {
          const row = rows[head + 1 + k]!;
          expect(row[0]).toBe(client.label);
          expect(row[1]).toBe(1);
          expect(row[2]).toBeCloseTo(0.25, 12);
          expect(row[3]).toBe(client.share * 1000);
          expect(row[4]).toBeCloseTo(client.share, 12);
          expect(row[5]).toBeCloseTo(client.score / MAX, 12);
        });
        expect(rows[head + 5]!.slice(0, 2)).toEqual([t('nl', 'report.unclassified'), 0]);
        expect(rows[head + 6]!.slice(0, 4)).toEqual([t('nl', 'report.total'), 4, 1, 1000]);
        // Pareto: clients by revenue, largest first: 40%, 70%, 90%, 100% cumulative.
        const pareto = rows.findIndex((r) => r[0] === t('nl', 'workbook.report.clientShare'));
        expect(rows.slice(pareto + 1, pareto + 5).map((r) => r[2])).toEqual([0.4, 0.7, 0.9, 1].map((x) => expect.closeTo(x, 12)));
        const chart = wb.requireSheet('Klantanalyse 2026').charts[0]!;
        expect(chart).toMatchObject({
          title: t('nl', 'report.paretoChart'),
          seriesTypes: ['ColumnClustered', 'Line'],
          source: `A${pareto + 1}:C${pareto + 5}`,
        });
        // Excel's series inference (docs/excel-behaviour.md#chart-series-inference) must find the client shares as
        // text category labels and exactly two series named by the header row; a numeric first column would be a third series.
        expect(rows.slice(pareto + 1, pareto + 5).map((r) => r[0])).toEqual(['25%', '50%', '75%', '100%']);
        expect(chart.categories).toBe(`A${pareto + 2}:A${pareto + 5}`);
        expect(chart.seriesNames).toEqual([t('nl', 'workbook.report.groupShare'), t('nl', 'report.cumulativeShare')]);
        // The model that was used, as a readable Dutch table (the exact JSON stays in the settings).
        const modelRow = rows.findIndex((r) => r[0] === t('nl', 'report.model'));
        expect(rows[modelRow]!.slice(0, 2)).toEqual(['Gebruikt model', MODEL.name]);
        expect(rows[modelRow + 1]!.slice(0, 4)).toEqual(['Criterium', 'Kolom', 'Gewicht', 'Scoring']);
        expect(rows[modelRow + 2]!.slice(0, 4)).toEqual(['Omzet', 'Omzet', 5, 'kwantielen (hoger is beter)']);
        expect(rows[modelRow + 3]!.slice(0, 4)).toEqual(['Portfolio', 'Portfolio', 2, 'score staat in de cel']);
        expect(rows.slice(modelRow + 6, modelRow + 10).map((r) => r.slice(0, 2))).toEqual([
          ['Scoreschaal', '0 tot en met 3'],
          ['Indeling', 'scoregrenzen'],
          ['Klassen', 'A vanaf 70%, B vanaf 45%, C vanaf 20%, D'],
          ['Omzetkolom', 'Omzet'],
        ]);
        expect(rows.flat().some((v) => typeof v === 'string' && v.includes('"criteria"'))).toBe(false);
      });

      it('never touches a user sheet named like the report: it writes "(2)" next to it', async () => {
        const wb = clientWorkbook();
        wb.loadSheet('Klantanalyse 2026', [['Mijn eigen analyse'], [1, 2, 3]]);
        wb.select('Klanten', 'A2');
        const userSheet = wb.requireSheet('Klantanalyse 2026').snapshot();
        const session = sessionFor(adapter, wb);
        const outcome = await session.classify(MODEL);
        expect(outcome.reportSheet).toBe('Klantanalyse 2026 (2)');
        expect(outcome.warnings).toContainEqual({
          code: 'workbook.reportRenamed',
          params: { wanted: 'Klantanalyse 2026', sheet: 'Klantanalyse 2026 (2)' },
        });
        expect((await session.classify(MODEL)).reportSheet).toBe('Klantanalyse 2026 (2)');
        expect(wb.sheetNames()).toEqual(['Klanten', 'Klantanalyse 2026', 'Klantanalyse 2026 (2)']);
        await session.removeResults();
        expect(wb.sheetNames()).toEqual(['Klanten', 'Klantanalyse 2026']);
        expect(wb.requireSheet('Klantanalyse 2026').snapshot()).toEqual(userSheet);
      });

      it('is left out when the caller asks for no report', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'A2');
        const outcome = await sessionFor(adapter, wb).classify(MODEL, { report: false });
        expect(outcome.reportSheet).toBeUndefined();
        expect(wb.sheetNames()).toEqual(['Klanten']);
      });
    });

    describe('removing results', () => {
      it('removes exactly what was written, restoring the sheets', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'A2');
        const before = sheetsOf(wb);
        const session = sessionFor(adapter, wb);
        await session.classify(MODEL);
        expect(await session.removeResults()).toEqual({ removedColumns: 8, removedReport: true, warnings: [] });
        expect(sheetsOf(wb)).toEqual(before);
        expect(wb.settings.has(SETTINGS_KEYS.results)).toBe(false);
      });

      it('removes nothing when nothing was written', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'A2');
        const before = wb.snapshot();
        expect(await sessionFor(adapter, wb).removeResults()).toEqual({ removedColumns: 0, removedReport: false, warnings: [] });
        expect(wb.snapshot()).toEqual(before);
      });

      it('leaves columns alone whose header the user has since changed, and says so', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'A2');
        const session = sessionFor(adapter, wb);
        await session.classify(MODEL);
        wb.requireSheet('Klanten').setValue(0, 7, 'Mijn klasse');
        const result = await session.removeResults();
        expect(result.removedColumns).toBe(0);
        expect(result.warnings).toEqual([{ code: 'workbook.resultsChanged', params: { sheet: 'Klanten', range: 'F1:M6' } }]);
        expect(wb.requireSheet('Klanten').value(1, 7)).toBe('A');
      });
    });

    describe('filtered rows', () => {
      it('includes rows hidden by a filter by default and skips them when asked', async () => {
        const wb = clientWorkbook();
        wb.requireSheet('Klanten').hiddenRows.add(2); // Bakker
        wb.select('Klanten', 'A2');
        const session = sessionFor(adapter, wb);
        const all = await session.classify(MODEL);
        expect(all.run.count).toBe(4);
        expect(wb.requireSheet('Klanten').value(2, 7)).toBe('B');
        const visible = await session.classify(MODEL, { skipHiddenRows: true });
        expect(visible.run.count).toBe(3);
        expect(visible.warnings).toContainEqual({ code: 'workbook.hiddenRowsSkipped', params: { count: 1 } });
        expect(visible.warnings.some((w) => w.code === 'table.blankRowsSkipped')).toBe(false);
        const sheet = wb.requireSheet('Klanten');
        for (let c = 5; c <= 12; c++) expect(sheet.isFilled(2, c)).toBe(false);
        expect(sheet.value(1, 7)).toBe('A');
      });

      it('previews without writing anything', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'A2');
        const before = wb.snapshot();
        const run = await sessionFor(adapter, wb).preview(MODEL);
        expect(Array.from(run.scores)).toEqual(EXPECTED.map((c) => c.score));
        expect(wb.snapshot()).toEqual(before);
      });
    });

    describe('protection and names (issue 11)', () => {
      it('refuses to classify when the workbook structure is protected (no report sheet can be added), writing nothing', async () => {
        const wb = clientWorkbook();
        wb.structureProtected = true;
        wb.select('Klanten', 'A1');
        const before = wb.snapshot();
        const f = await failure(sessionFor(adapter, wb).classify(MODEL));
        expect(f).toEqual({ code: 'workbook.structureProtected', params: { sheet: 'Klantanalyse 2026' } });
        expect(formatMessage('nl', f)).toContain('Er is niets gewijzigd');
        expect(formatMessage('en', f)).toContain('Nothing was changed');
        expect(wb.snapshot()).toEqual(before);
      });

      it('classifies without a report sheet in a protected workbook when no report is asked for', async () => {
        const wb = clientWorkbook();
        wb.structureProtected = true;
        wb.select('Klanten', 'A1');
        const outcome = await sessionFor(adapter, wb).classify(MODEL, { report: false });
        expect(outcome.reportSheet).toBeUndefined();
        expect(wb.sheetNames()).toEqual(['Klanten']);
      });

      it('refuses to remove results from a sheet protected after the run, changing nothing', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'A1');
        const session = sessionFor(adapter, wb);
        await session.classify(MODEL);
        wb.requireSheet('Klanten').protected = true;
        const before = wb.snapshot();
        const f = await failure(session.removeResults());
        expect(f).toEqual({ code: 'workbook.removeProtected', params: { sheet: 'Klanten' } });
        expect(wb.snapshot()).toEqual(before);
      });

      it('names our column "Klasse (Klantwaarde)" when the Excel Table already has a "Klasse", says so, and re-runs and removes it', async () => {
        const wb = clientWorkbook(CLIENTS.map((r, i) => [...r, i === 0 ? 'Klasse' : 'x']));
        wb.addTable('KlantTabel', 'Klanten', 'A1:F6');
        wb.select('Klanten', 'B2');
        const before = wb.snapshot();
        const session = sessionFor(adapter, wb);
        const outcome = await session.classify(MODEL);
        expect(outcome.warnings).toContainEqual({
          code: 'workbook.headerRenamed',
          params: { table: 'KlantTabel', header: 'Klasse', chosen: 'Klasse (Klantwaarde)' },
        });
        expect(
          formatMessage('en', {
            code: 'workbook.headerRenamed',
            params: { table: 'KlantTabel', header: 'Klasse', chosen: 'Klasse (Klantwaarde)' },
          }),
        ).toBe('Table "KlantTabel" already has a column "Klasse", so our column is called "Klasse (Klantwaarde)".');
        const sheet = wb.requireSheet('Klanten');
        expect([6, 7, 8].map((c) => sheet.value(0, c))).toEqual(['Klantscore', 'Score %', 'Klasse (Klantwaarde)']);
        expect(sheet.value(1, 8)).toBe('A');
        expect(wb.table('KlantTabel')!.columnCount).toBe(14);
        // The re-run knows the renamed column as ours: it updates, it does not add columns again, and keeps its name.
        await session.classify(MODEL);
        expect(wb.table('KlantTabel')!.columnCount).toBe(14);
        expect(sheet.value(0, 8)).toBe('Klasse (Klantwaarde)');
        await session.removeResults();
        expect(wb.snapshot()).toEqual({ ...before, settings: { [SETTINGS_KEYS.model]: expect.any(String) } });
      });
    });

    describe('the saved model', () => {
      it('saves the model in the workbook settings and loads it back', async () => {
        const wb = clientWorkbook();
        const session = sessionFor(adapter, wb);
        expect(await session.loadModel()).toBeUndefined();
        const other = presetModel('pareto8095');
        await session.saveModel(other);
        expect(await session.loadModel()).toEqual(modelToJson(other));
        expect(validateModel(await session.loadModel()).ok).toBe(true);
      });

      it('remembers the model a classification used', async () => {
        const wb = clientWorkbook();
        wb.select('Klanten', 'A2');
        const session = sessionFor(adapter, wb);
        await session.classify(MODEL);
        expect(await session.loadModel()).toEqual(modelToJson(MODEL));
      });
    });
  });
}
