import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import {
  classifyTable,
  clientTypeOf,
  parseModelJson,
  portfolioInsight,
  runMigration,
  type CellValue,
  type ClassificationRun,
} from '../../src/engine';
import { t } from '../../src/i18n/catalog';
import { runCli, zipEntry } from './helpers';

/**
 * Issue 6 on the example workbook through the command line. The example has "Klasse vorig jaar",
 * "Uren" and "Potentie"; what the CLI wrote is read back with SheetJS (a second reader) and compared
 * with the engine's own analyses of the same data as SheetJS reads it.
 */
const EXAMPLES = join(__dirname, '..', '..', 'examples');
/** Columns J.. of the output: our eight, then the insight columns in this order. */
const INSIGHT_HEADERS = ['Verschuiving', 'Omzet per uur', 'Klanttype'];

let dir: string;
let input: string;
let modelPath: string;

function sheetRows(book: XLSX.WorkBook, sheet: string): CellValue[][] {
  return XLSX.utils.sheet_to_json<CellValue[]>(book.Sheets[sheet]!, { header: 1, defval: null, blankrows: true, raw: true });
}

function engineRun(path: string, modelFile = modelPath): ClassificationRun {
  const rows = sheetRows(XLSX.read(readFileSync(path)), 'Klanten');
  const model = parseModelJson(readFileSync(modelFile, 'utf8'));
  if (!model.ok) throw new Error('model invalid');
  const result = classifyTable(rows[0]!, rows.slice(1), model.model);
  if (!result.ok) throw new Error(result.error.code);
  return result.run;
}

/** Client i's sheet row index (0 = header) in SheetJS's rows. */
const rowOf = (run: ClassificationRun, i: number) => run.table.dataRow[i]! + 1;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kw-cli-insight-'));
  input = join(dir, 'klanten.xlsx');
  modelPath = join(dir, 'model.json');
  copyFileSync(join(EXAMPLES, 'klanten.xlsx'), input);
  copyFileSync(join(EXAMPLES, 'model.json'), modelPath);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('klantwaarde classify: portfolio insight on the example workbook', () => {
  it('writes Verschuiving, Omzet per uur and Klanttype that agree with the engine', async () => {
    const cli = await runCli(['classify', input, '--model', modelPath]);
    expect(cli.code).toBe(0);
    const rows = sheetRows(XLSX.read(readFileSync(join(dir, 'klanten.klantwaarde.xlsx'))), 'Klanten');
    // The example model has no cost per hour: the hours give revenue per hour, no margin.
    expect(rows[0]!.slice(17)).toEqual(INSIGHT_HEADERS);

    const run = engineRun(input);
    const migration = runMigration(run)!;
    const insight = portfolioInsight(run);
    const shifts = new Map<string, number>();
    for (let i = 0; i < run.count; i++) {
      const [shift, perHour, type] = rows[rowOf(run, i)]!.slice(17, 20);
      const expected = migration.shifts[i];
      expect(shift ?? null).toBe(expected ? t('nl', `insight.shift.${expected.kind}`) : null);
      if (shift) shifts.set(String(shift), (shifts.get(String(shift)) ?? 0) + 1);
      // Revenue and hours as SheetJS reads them, divided here.
      const [revenue, hours] = [rows[rowOf(run, i)]![1] as number, rows[rowOf(run, i)]![2] as number];
      expect(perHour).toBeCloseTo(revenue / hours, 9);
      const kind = clientTypeOf(insight.clientTypes!.quadrants.quadrant[i]!);
      expect(type ?? null).toBe(kind ? t('nl', `insight.type.${kind}`) : null);
    }
    // Every kind of shift occurs in the example, and the tallies are the migration's.
    expect(Object.fromEntries(shifts)).toEqual({
      '↑': migration.up,
      '↓': migration.down,
      '=': migration.same,
      nieuw: migration.newByClass.reduce((a, b) => a + b, 0),
    });
    expect(migration.up).toBeGreaterThan(0);
    expect(migration.down).toBeGreaterThan(0);
  });

  it('adds Marge when the model gives a cost per hour', async () => {
    const withRate = join(dir, 'met-uurtarief.json');
    writeFileSync(withRate, JSON.stringify({ ...JSON.parse(readFileSync(modelPath, 'utf8')), hourlyCost: 60 }));
    const cli = await runCli(['classify', input, '--model', withRate]);
    expect(cli.code).toBe(0);
    const book = XLSX.read(readFileSync(join(dir, 'klanten.klantwaarde.xlsx')), { cellNF: true });
    const rows = sheetRows(book, 'Klanten');
    expect(rows[0]!.slice(17)).toEqual(['Verschuiving', 'Marge', 'Omzet per uur', 'Klanttype']);
    const run = engineRun(input, withRate);
    for (let i = 0; i < run.count; i++) {
      const row = rows[rowOf(run, i)]!;
      expect(row[18]).toBeCloseTo((row[1] as number) - (row[2] as number) * 60, 9);
    }
    expect(book.Sheets.Klanten!.S2!.z).toBe('€ #,##0');
    expect(book.Sheets.Klanten!.T2!.z).toBe('€ #,##0.00');
  });

  it('re-run with a cost per hour on its own output: the Excel table grows by Marge, after the columns already there', async () => {
    const withRate = join(dir, 'met-uurtarief.json');
    writeFileSync(withRate, JSON.stringify({ ...JSON.parse(readFileSync(modelPath, 'utf8')), hourlyCost: 60 }));
    const first = join(dir, 'klanten.klantwaarde.xlsx');
    await runCli(['classify', input, '--model', modelPath]);
    const second = join(dir, 'tweede.xlsx');
    const cli = await runCli(['classify', first, '--model', withRate, '--out', second]);
    expect(cli.code).toBe(0);
    expect(cli.stderr).toContain('kolommen Klanten!J1:U151');
    const rows = sheetRows(XLSX.read(readFileSync(second)), 'Klanten');
    expect(rows[0]!.slice(17)).toEqual([...INSIGHT_HEADERS, 'Marge']);
    const xml = zipEntry(readFileSync(second), 'xl/tables/table1.xml')!;
    expect(xml).toMatch(/ ref="A1:U151"/);
    expect(xml).toMatch(/<tableColumns count="21">/);
  });

  it('prints the concentration line and the migration matrix after the class table', async () => {
    const cli = await runCli(['classify', input, '--model', modelPath]);
    const run = engineRun(input);
    const c = portfolioInsight(run).concentration!;
    const m = runMigration(run)!;
    const lines = cli.stdout.split('\n');
    const concentration = lines.find((l) => l.startsWith('Concentratie:'))!;
    expect(concentration).toContain(`grootste klant ${run.table.names[c.largestIndex]} met`);
    // The printed percentages are the engine's shares, rounded to one decimal.
    const printed = [...concentration.matchAll(/(\d+,\d)%/g)].map((x) => Number(x[1]!.replace(',', '.')));
    expect(printed).toEqual([Math.round(c.largestShare * 1000) / 10, Math.round(c.top3Share * 1000) / 10]);
    const title = lines.indexOf('Verschuiving sinds vorig jaar');
    expect(title).toBeGreaterThan(lines.indexOf(concentration));
    expect(lines[title + 1]).toMatch(/^Vorig jaar ↓ \/ nu →\s+A\s+B\s+C\s+D$/);
    ['A', 'B', 'C', 'D'].forEach((label, k) => {
      expect(lines[title + 3 + k]!.trim().split(/\s+/)).toEqual([label, ...m.matrix[k]!.map(String)]);
    });
    expect(lines[title + 8]!.trim().split(/\s+/)).toEqual(['Nieuw', ...m.newByClass.map(String)]);
  });

  it('--json gives every client its shift, client type and revenue per hour, and the summary the concentration and migration', async () => {
    const cli = await runCli(['classify', input, '--model', modelPath, '--json']);
    expect(cli.code).toBe(0);
    const data = JSON.parse(cli.stdout) as {
      clients: { row: number; shift?: string | null; clientType?: string | null; revenuePerHour?: number | null; margin?: number | null }[];
      summary: { concentration: { largestShare: number; herfindahl: number }; migration: { matrix: number[][] } };
    };
    const run = engineRun(input);
    const insight = portfolioInsight(run);
    const m = runMigration(run)!;
    data.clients.forEach((client, i) => {
      expect(client.row).toBe(rowOf(run, i) + 1);
      expect(client.shift).toBe(m.shifts[i]?.kind ?? null);
      expect(client.clientType).toBe(clientTypeOf(insight.clientTypes!.quadrants.quadrant[i]!));
      expect(client.revenuePerHour).toBeCloseTo(insight.profitability!.result.revenuePerHour[i]!, 9);
      // No cost per hour in the example model: no margin field.
      expect('margin' in client).toBe(false);
    });
    expect(data.summary.concentration.largestShare).toBeCloseTo(insight.concentration!.largestShare, 12);
    expect(data.summary.concentration.herfindahl).toBeCloseTo(insight.concentration!.herfindahl, 12);
    expect(data.summary.migration.matrix).toEqual(m.matrix);
  });
});
