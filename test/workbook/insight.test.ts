import { presetModel, validateModel, type CellValue, type ScoringModel } from '../../src/engine';
import { formatMessage, t } from '../../src/i18n/catalog';
import { ExcelPort } from '../../src/workbook/excel';
import { FakeExcel } from '../support/officeFake';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { createSession } from '../../src/workbook/createSession';
import { RESULT_COLUMN_KEYS } from '../../src/workbook/results';
import { EXPECTED_INSIGHT, INSIGHT_HEADER, INSIGHT_MODEL_RAW, INSIGHT_ROWS } from '../insightTable';
import { excelAdapter, failure, memoryAdapter, sessionFor, sheetsOf, TODAY, type Adapter } from './fixtures';
import { seededRandom } from './generate';

/**
 * Issue 6 surfaced in the workbook: the insight result columns (Verschuiving, Marge, Omzet per uur,
 * Klanttype) and the report blocks, through the in-memory adapter and the Office.js fake alike.
 * Every expected figure is worked out by hand in test/insightTable.ts.
 */

function model(raw: unknown): ScoringModel {
  const v = validateModel(raw);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.model;
}

const FULL = model(INSIGHT_MODEL_RAW);
/** Without a cost per hour the hours give revenue per hour, but no margin. */
const NO_RATE = model({ ...INSIGHT_MODEL_RAW, hourlyCost: undefined });
const CORE_NL = RESULT_COLUMN_KEYS.map((k) => t('nl', k));
const INSIGHT_NL = ['Verschuiving', 'Marge', 'Omzet per uur', 'Klanttype'];

function insightWorkbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.loadSheet('Klanten', [INSIGHT_HEADER, ...INSIGHT_ROWS]);
  wb.select('Klanten', 'B2');
  return wb;
}

/** Column index (0-based) of a header in row 1 of the sheet. */
function columnOf(wb: MemoryWorkbook, header: string): number {
  const row = wb.readSheet('Klanten', 'A1:Z1')[0]!;
  const c = row.indexOf(header);
  if (c < 0) throw new Error(`no column "${header}"`);
  return c;
}

function columnValues(wb: MemoryWorkbook, header: string): CellValue[] {
  const c = columnOf(wb, header);
  return [1, 2, 3, 4, 5].map((r) => wb.requireSheet('Klanten').value(r, c) ?? null);
}

function insightContract(adapter: Adapter): void {
  describe(`portfolio insight in the workbook: ${adapter.name}`, () => {
    describe('result columns', () => {
      it('writes Verschuiving, Marge, Omzet per uur and Klanttype after the eight, numbers as numbers with formats', async () => {
        const wb = insightWorkbook();
        const outcome = await sessionFor(adapter, wb).classify(FULL);
        // A..H client table, I..P the eight fixed columns, Q..T the four insight columns.
        expect(outcome.resultAddress).toBe('Klanten!I1:T6');
        expect(wb.readSheet('Klanten', 'I1:T1')[0]).toEqual([...CORE_NL, ...INSIGHT_NL]);
        expect(columnValues(wb, 'Klasse')).toEqual(EXPECTED_INSIGHT.labels);
        expect(columnValues(wb, 'Verschuiving')).toEqual(EXPECTED_INSIGHT.shifts);
        expect(columnValues(wb, 'Marge')).toEqual(EXPECTED_INSIGHT.margins);
        expect(columnValues(wb, 'Omzet per uur')).toEqual(EXPECTED_INSIGHT.perHour);
        expect(columnValues(wb, 'Klanttype')).toEqual(EXPECTED_INSIGHT.types);
        const sheet = wb.requireSheet('Klanten');
        expect([16, 17, 18, 19].map((c) => sheet.format(1, c))).toEqual(['@', '€ #,##0', '€ #,##0.00', '@']);
        expect(outcome.warnings).toEqual([]);
      });

      it('uses the English headers and texts when Office runs in English', async () => {
        const wb = insightWorkbook();
        await sessionFor(adapter, wb, 'en').classify(FULL);
        expect(wb.readSheet('Klanten', 'Q1:T1')[0]).toEqual(['Shift', 'Margin', 'Revenue per hour', 'Client type']);
        expect(wb.readSheet('Klanten', 'Q5:T5')[0]).toEqual(['new', 10, 50, 'Development']);
      });

      it('adds only the columns whose inputs exist', async () => {
        const noRate = insightWorkbook();
        expect((await sessionFor(adapter, noRate).classify(NO_RATE)).resultAddress).toBe('Klanten!I1:S6');
        expect(noRate.readSheet('Klanten', 'Q1:S1')[0]).toEqual(['Verschuiving', 'Omzet per uur', 'Klanttype']);

        const plain = new MemoryWorkbook();
        plain.loadSheet('Klanten', [
          ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'],
          ...INSIGHT_ROWS.map((r) => [r[0]!, r[1]!, r[3]!, r[4]!, r[5]!]),
        ]);
        plain.select('Klanten', 'A1');
        expect((await sessionFor(adapter, plain).classify(FULL)).resultAddress).toBe('Klanten!F1:M6');
      });

      it('takes the columns the model names over the detected ones', async () => {
        const wb = new MemoryWorkbook();
        // "Directe kosten" is not a header we detect; the model names it, and a margin follows without any hours.
        wb.loadSheet('Klanten', [
          ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking', 'Directe kosten'],
          ...INSIGHT_ROWS.map((r) => [r[0]!, r[1]!, r[3]!, r[4]!, r[5]!, 10]),
        ]);
        wb.select('Klanten', 'A1');
        const outcome = await sessionFor(adapter, wb).classify(model({ ...INSIGHT_MODEL_RAW, costs: 'Directe kosten' }));
        expect(outcome.resultAddress).toBe('Klanten!G1:O6');
        expect(columnValues(wb, 'Marge')).toEqual([490, 290, 90, 40, 10]);
      });

      it('re-runs in place and "remove results" takes all twelve columns and the report away', async () => {
        const wb = insightWorkbook();
        const before = sheetsOf(wb);
        const session = sessionFor(adapter, wb);
        await session.classify(FULL);
        const once = wb.snapshot();
        const again = await session.classify(FULL);
        expect(wb.snapshot()).toEqual(once);
        expect(again.warnings).toEqual([{ code: 'workbook.ownColumnsFound', params: { range: 'Klanten!I1:T6' } }]);
        expect(await session.removeResults()).toEqual({ removedColumns: 12, removedReport: true, warnings: [] });
        expect(sheetsOf(wb)).toEqual(before);
      });

      it('recognises its insight columns without the settings record (a sheet copied elsewhere)', async () => {
        const wb = insightWorkbook();
        await sessionFor(adapter, wb).classify(FULL);
        const copy = new MemoryWorkbook();
        copy.loadSheet('Klanten', wb.readSheet('Klanten', 'A1:T6'));
        copy.select('Klanten', 'A1');
        const outcome = await sessionFor(adapter, copy).classify(FULL);
        expect(outcome.resultAddress).toBe('Klanten!I1:T6');
        expect(copy.readSheet('Klanten', 'A1:T6')).toEqual(wb.readSheet('Klanten', 'A1:T6'));
      });

      it('keeps every header in place when the inputs change: a new column comes last, a gone one stays empty', async () => {
        const wb = insightWorkbook();
        const before = sheetsOf(wb);
        const session = sessionFor(adapter, wb);
        await session.classify(NO_RATE);
        const grown = await session.classify(FULL);
        expect(grown.resultAddress).toBe('Klanten!I1:T6');
        expect(wb.readSheet('Klanten', 'Q1:T1')[0]).toEqual(['Verschuiving', 'Omzet per uur', 'Klanttype', 'Marge']);
        expect(columnValues(wb, 'Marge')).toEqual(EXPECTED_INSIGHT.margins);
        await session.classify(NO_RATE);
        expect(wb.readSheet('Klanten', 'Q1:T1')[0]).toEqual(['Verschuiving', 'Omzet per uur', 'Klanttype', 'Marge']);
        expect(columnValues(wb, 'Marge')).toEqual([null, null, null, null, null]);
        expect((await session.removeResults()).removedColumns).toBe(12);
        expect(sheetsOf(wb)).toEqual(before);
      });

      it("never writes a new column over the user's note beside the block", async () => {
        const wb = insightWorkbook();
        const session = sessionFor(adapter, wb);
        await session.classify(NO_RATE);
        wb.loadSheet('Klanten', [['Notitie'], ['bellen']], 'T1');
        const snapshot = wb.snapshot();
        const f = await failure(session.classify(FULL));
        expect(f.code).toBe('workbook.outputOccupied');
        expect(f.params.cells).toBe('T1, T2');
        expect(wb.snapshot()).toEqual(snapshot);
      });

      it('leaves a user column named "Marge" right after the block alone: the record says it is not ours', async () => {
        const wb = insightWorkbook();
        const session = sessionFor(adapter, wb);
        await session.classify(NO_RATE);
        wb.loadSheet('Klanten', [['Marge'], [999]], 'T1');
        const f = await failure(session.classify(FULL));
        expect(f).toMatchObject({ code: 'workbook.outputOccupied', params: { cells: 'T1, T2' } });
        await session.classify(NO_RATE);
        await session.removeResults();
        expect(wb.readSheet('Klanten', 'T1:T2')).toEqual([['Marge'], [999]]);
        expect(wb.readSheet('Klanten', 'I1:S1')[0]!.every((v) => v === null)).toBe(true);
      });

      it('grows an Excel Table by the new insight column and shrinks it back on removal', async () => {
        const wb = insightWorkbook();
        wb.addTable('KlantTabel', 'Klanten', 'A1:H6');
        const before = sheetsOf(wb);
        const session = sessionFor(adapter, wb);
        await session.classify(NO_RATE);
        expect(wb.table('KlantTabel')!.columnCount).toBe(19);
        const once = wb.snapshot();
        await session.classify(NO_RATE);
        expect(wb.snapshot()).toEqual(once);
        await session.classify(FULL);
        expect(wb.table('KlantTabel')!.columnCount).toBe(20);
        expect(wb.requireSheet('Klanten').value(0, 19)).toBe('Marge');
        expect(columnValues(wb, 'Marge')).toEqual(EXPECTED_INSIGHT.margins);
        await session.removeResults();
        expect(sheetsOf(wb)).toEqual(before);
      });

      it("says so when a table column of the user's stands where a new insight column must go", async () => {
        const wb = insightWorkbook();
        wb.addTable('KlantTabel', 'Klanten', 'A1:H6');
        const session = sessionFor(adapter, wb);
        await session.classify(NO_RATE);
        wb.addTableColumn('KlantTabel', 'Notitie');
        const snapshot = wb.snapshot();
        const f = await failure(session.classify(FULL));
        expect(f.code).toBe('insight.tableGrowthBlocked');
        expect(formatMessage('nl', f)).toBe(
          'Tabel "KlantTabel" heeft eigen kolommen rechts van de resultaatkolommen (T1); daar is geen plaats voor 1 nieuwe ' +
            'resultaatkolom(men). Zet die kolommen links van de resultaten of verwijder eerst de resultaten.',
        );
        expect(wb.snapshot()).toEqual(snapshot);
      });

      it('warns about a last-year class that is not a label, and shows "?" for that client', async () => {
        const wb = insightWorkbook();
        wb.requireSheet('Klanten').setValue(3, 7, 'Goud');
        const outcome = await sessionFor(adapter, wb).classify(FULL);
        expect(columnValues(wb, 'Verschuiving')[2]).toBe('?');
        expect(outcome.warnings.map((w) => formatMessage('nl', w))).toEqual([
          'Kolom "Klasse vorig jaar" bevat 1 vorige klasse(n) die geen van de klassen A, B, C, D zijn ("Goud"; Klanten!H4); ' +
            'hun verschuiving is "?" en ze tellen niet mee in de matrix.',
        ]);
      });
    });

    describe('report sheet', () => {
      async function report(m: ScoringModel = FULL): Promise<{ rows: CellValue[][]; wb: MemoryWorkbook }> {
        const wb = insightWorkbook();
        const outcome = await sessionFor(adapter, wb).classify(m);
        return { rows: wb.readSheet(outcome.reportSheet!), wb };
      }
      const find = (rows: CellValue[][], first: string) => {
        const r = rows.findIndex((row) => row[0] === first);
        if (r < 0) throw new Error(`no row starting with "${first}"`);
        return r;
      };

      it('holds the class pyramid, top class first', async () => {
        const { rows } = await report();
        const at = find(rows, 'Klassenpiramide');
        // 1, 1, 2, 1 clients: the bars are 15, 15, 30, 15 characters (the largest class is 30).
        expect(rows.slice(at + 1, at + 5).map((r) => [r[0], r[1], String(r[2]).length])).toEqual([
          ['A', 1, 15],
          ['B', 1, 15],
          ['C', 2, 30],
          ['D', 1, 15],
        ]);
      });

      it('holds the concentration figures and a warning line for every client above 20%', async () => {
        const { rows } = await report();
        const at = find(rows, 'Concentratie');
        expect(rows[at + 1]!.slice(0, 3)).toEqual(['Aandeel grootste klant', expect.closeTo(500 / 970, 12), 'Aalders']);
        expect(rows[at + 2]!.slice(0, 2)).toEqual(['Aandeel top 3', expect.closeTo(900 / 970, 12)]);
        expect(rows[at + 3]!.slice(0, 2)).toEqual(['Herfindahl-index', expect.closeTo(EXPECTED_INSIGHT.herfindahl, 12)]);
        // 1 / 0,37507 = 2,67 equally large clients.
        expect(rows[at + 4]![0]).toBe('De omzet is gespreid alsof u 2,7 even grote klanten had.');
        expect(rows[at + 5]![0]).toBe(
          'Let op: Aalders zorgt voor 51,5% van de omzet, meer dan 20%. Bent u niet te afhankelijk van één opdrachtgever?',
        );
        expect(rows[at + 6]![0]).toBe(
          'Let op: Bakker zorgt voor 30,9% van de omzet, meer dan 20%. Bent u niet te afhankelijk van één opdrachtgever?',
        );
      });

      it('holds the computed-ABC advice', async () => {
        const { rows } = await report();
        const at = find(rows, 'Berekende ABC-grenzen');
        expect(rows[at + 1]![0]).toMatch(/^Uw gegevens wijzen op A ≈ de bovenste \d+,\d% van de klanten/);
        expect(rows[at + 2]![0]).toBe('Berekend op de klantscore.');
      });

      it("holds the migration matrix from last year's class to this year's", async () => {
        const { rows } = await report();
        const at = find(rows, 'Verschuiving sinds vorig jaar');
        expect(rows[at + 1]!.slice(0, 5)).toEqual(['Vorig jaar ↓ / nu →', 'A', 'B', 'C', 'D']);
        expect(rows.slice(at + 2, at + 6).map((r) => r.slice(0, 5))).toEqual(
          ['A', 'B', 'C', 'D'].map((l, k) => [l, ...EXPECTED_INSIGHT.matrix[k]!]),
        );
        expect(rows[at + 6]!.slice(0, 5)).toEqual(['Nieuw', ...EXPECTED_INSIGHT.newByClass]);
        expect(rows[at + 7]![0]).toBe('1 gestegen, 1 gedaald, 2 gelijk gebleven, 1 nieuw.');
      });

      it('holds the client-type counts with the short strategy', async () => {
        const { rows } = await report();
        const at = find(rows, 'Klanttypen');
        expect(rows.slice(at + 2, at + 6).map((r) => r.slice(0, 2))).toEqual([
          ['Strategisch', 2],
          ['Groot', 1],
          ['Ontwikkeling', 1],
          ['Transactioneel', 1],
        ]);
        expect(rows[at + 2]![2]).toBe(t('nl', 'insight.type.strategic.strategy'));
        // Intl writes "€ 100" with a no-break space.
        expect(String(rows[at + 6]![0]).replace(/\u00a0/g, ' ')).toBe(
          'Waarde: omzet (hoog vanaf € 100); potentie: kolom "Potentie" (hoog vanaf 1). De grenzen zijn de mediaan van uw klanten.',
        );
      });

      it('holds the profitability totals', async () => {
        const { rows } = await report();
        const at = find(rows, 'Rendement');
        expect(rows.slice(at + 1, at + 6).map((r) => r.slice(0, 2))).toEqual([
          ['Omzet', 970],
          ['Kosten', 560],
          ['Marge', 410],
          ['Marge %', expect.closeTo(410 / 970, 12)],
          ['Omzet per uur', expect.closeTo(970 / 14, 12)],
        ]);
        expect(rows[at + 7]![0]).toBe('1 klanten leveren verlies op.');
      });

      it('keeps the Pareto chart and the model echo last', async () => {
        const { rows, wb } = await report();
        const pareto = find(rows, t('nl', 'workbook.report.clientShare'));
        const chart = wb.requireSheet('Klantanalyse 2026').charts[0]!;
        // Classes on the score: no revenue limits to draw.
        expect(chart).toMatchObject({ seriesTypes: ['ColumnClustered', 'Line'], source: `A${pareto + 1}:C${pareto + 6}` });
        const modelRow = find(rows, t('nl', 'report.model'));
        expect(modelRow).toBeGreaterThan(find(rows, 'Rendement'));
        // The model as a readable table: one row per criterion after the header row.
        expect(rows[modelRow]![1]).toBe(FULL.name);
        expect(rows.slice(modelRow + 2, modelRow + 2 + FULL.criteria.length).map((r) => [r[0], r[2]])).toEqual(
          FULL.criteria.map((c) => [c.name, c.weight]),
        );
      });

      it('draws the class limits on the Pareto chart when the classes are cut on revenue', async () => {
        const { rows, wb } = await report(presetModel('pareto8095'));
        const pareto = find(rows, t('nl', 'workbook.report.clientShare'));
        expect(rows[pareto]!.slice(3, 5)).toEqual(['Grens A/B', 'Grens B/C']);
        for (const row of rows.slice(pareto + 1, pareto + 6)) expect(row.slice(3, 5)).toEqual([0.8, 0.95]);
        const chart = wb.requireSheet('Klantanalyse 2026').charts[0]!;
        expect(chart).toMatchObject({ seriesTypes: ['ColumnClustered', 'Line', 'Line', 'Line'], source: `A${pareto + 1}:E${pareto + 6}` });
      });

      it('leaves out the blocks whose inputs are missing', async () => {
        const wb = new MemoryWorkbook();
        wb.loadSheet('Klanten', [
          ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'],
          ...INSIGHT_ROWS.map((r) => [r[0]!, r[1]!, r[3]!, r[4]!, r[5]!]),
        ]);
        wb.select('Klanten', 'A1');
        const outcome = await sessionFor(adapter, wb).classify(FULL);
        const firsts = wb.readSheet(outcome.reportSheet!).map((r) => r[0]);
        expect(firsts).toEqual(expect.arrayContaining(['Klassenpiramide', 'Concentratie', 'Berekende ABC-grenzen']));
        for (const title of ['Verschuiving sinds vorig jaar', 'Klanttypen', 'Rendement']) expect(firsts).not.toContain(title);
      });
    });
  });
}

insightContract(memoryAdapter);
insightContract(excelAdapter);

describe('10k clients with every insight column through the Office.js fake', () => {
  it('reads and writes twelve result columns and the report in at most 4 syncs', async () => {
    const random = seededRandom(6);
    const rows: CellValue[][] = [INSIGHT_HEADER];
    for (let i = 0; i < 10_000; i++) {
      rows.push([
        `Klant ${i + 1}`,
        Math.round(random() * 250_000) / 100,
        1 + Math.floor(random() * 400),
        Math.floor(random() * 4),
        Math.floor(random() * 4),
        Math.floor(random() * 4),
        Math.floor(random() * 4),
        ['A', 'B', 'C', 'D', null][Math.floor(random() * 5)]!,
      ]);
    }
    const wb = new MemoryWorkbook();
    wb.loadSheet('Klanten', rows);
    wb.select('Klanten', 'A1');
    const fake = new FakeExcel(wb);
    const outcome = await createSession(new ExcelPort(fake.run), 'nl', { now: () => TODAY }).classify(FULL);
    expect(outcome.resultAddress).toBe('Klanten!I1:T10001');
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    for (const sync of fake.syncLog) expect(sync.requestBytes).toBeLessThan(4_000_000);
    expect(wb.readSheet('Klanten', 'Q1:T1')[0]).toEqual(INSIGHT_NL);
  }, 60_000);
});
