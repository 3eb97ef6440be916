import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { classifyTable, parseModelJson, summarize, type CellValue, type ClassificationRun } from '../../src/engine';
import { runCli, sha256, zipEntry } from './helpers';

/**
 * The command line on the example workbook, checked with a second reader: SheetJS (`xlsx`) reads
 * what exceljs wrote, and the engine's own classifyTable on the same data says what the classes
 * must be.
 */
const EXAMPLES = join(__dirname, '..', '..', 'examples');
const HEADERS_NL = ['Klantscore', 'Score %', 'Klasse', 'Rang', 'Omzetaandeel', 'Toelichting', 'Aanpak', 'Signalen'];

let dir: string;
let input: string;
let modelPath: string;

function sheetRows(book: XLSX.WorkBook, sheet: string): CellValue[][] {
  return XLSX.utils.sheet_to_json<CellValue[]>(book.Sheets[sheet]!, { header: 1, defval: null, blankrows: true, raw: true });
}

/** What the engine says for the input file, read by SheetJS (not by the CLI's reader). */
function engineRun(path: string): ClassificationRun {
  const rows = sheetRows(XLSX.read(readFileSync(path)), 'Klanten');
  const model = parseModelJson(readFileSync(modelPath, 'utf8'));
  if (!model.ok) throw new Error('example model invalid');
  const result = classifyTable(rows[0]!, rows.slice(1), model.model);
  if (!result.ok) throw new Error(result.error.code);
  return result.run;
}

function labelOf(run: ClassificationRun, dataRow: number): string | null {
  const i = Array.from(run.table.dataRow).indexOf(dataRow);
  const k = i >= 0 ? run.classIndex[i]! : -1;
  return k >= 0 ? run.model.classification.labels[k]! : null;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kw-cli-'));
  input = join(dir, 'klanten.xlsx');
  modelPath = join(dir, 'model.json');
  copyFileSync(join(EXAMPLES, 'klanten.xlsx'), input);
  copyFileSync(join(EXAMPLES, 'model.json'), modelPath);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('klantwaarde classify on the example workbook', () => {
  it("writes <input>.klantwaarde.xlsx with the result columns, numbers as numbers, and the engine's classes", async () => {
    const before = sha256(input);
    const run = await runCli(['classify', input, '--model', modelPath]);
    expect(run.stderr).toContain('Resultaten geschreven naar');
    expect(run.code).toBe(0);
    const output = join(dir, 'klanten.klantwaarde.xlsx');
    expect(existsSync(output)).toBe(true);
    expect(sha256(input)).toBe(before);

    const book = XLSX.read(readFileSync(output));
    const rows = sheetRows(book, 'Klanten');
    const original = sheetRows(XLSX.read(readFileSync(input)), 'Klanten');
    // The user's nine columns are untouched; our eight follow them (then the insight columns: test/cli/insight.test.ts).
    expect(rows.map((r) => r.slice(0, 9))).toEqual(original.map((r) => r.slice(0, 9)));
    expect(rows[0]!.slice(9, 17)).toEqual(HEADERS_NL);

    const expected = engineRun(input);
    const max = expected.max;
    let classified = 0;
    for (let r = 1; r < rows.length; r++) {
      const [score, percent, label, rank, share] = rows[r]!.slice(9, 14);
      expect(label ?? null).toBe(labelOf(expected, r - 1));
      if (label === null) {
        expect(score).toBeNull();
        continue;
      }
      classified++;
      for (const v of [score, percent, rank, share]) expect(typeof v).toBe('number');
      expect(percent as number).toBeCloseTo((score as number) / max, 12);
    }
    expect(classified).toBe(summarize(expected).clients - summarize(expected).unclassified);

    // Number formats travel with the numbers.
    const sheet = XLSX.read(readFileSync(output), { cellNF: true }).Sheets.Klanten!;
    expect(sheet.K2!.z).toBe('0.0%');
    expect(sheet.N2!.z).toBe('0.0%');
  });

  it('extends the Excel table over the result columns', async () => {
    await runCli(['classify', input, '--model', modelPath]);
    const xml = zipEntry(readFileSync(join(dir, 'klanten.klantwaarde.xlsx')), 'xl/tables/table1.xml')!;
    // Nine client columns, our eight, and Verschuiving, Omzet per uur and Klanttype (the example has last year's class, hours and potential).
    expect(xml).toMatch(/ ref="A1:T151"/);
    expect(xml).toMatch(/<autoFilter ref="A1:T151"/);
    expect(xml).toMatch(/<tableColumns count="20">/);
    for (const h of HEADERS_NL) expect(xml).toContain(`name="${h}"`);
  });

  it('adds a report sheet with the per-class counts, and a hidden settings sheet with the model', async () => {
    await runCli(['classify', input, '--model', modelPath]);
    const book = XLSX.read(readFileSync(join(dir, 'klanten.klantwaarde.xlsx')));
    expect(book.SheetNames).toEqual(['Klanten', 'Klantanalyse 2025', 'KlantwaardeInstellingen']);
    expect(book.Workbook!.Sheets!.map((s) => s.Hidden ?? 0)).toEqual([0, 0, 1]);
    const report = sheetRows(book, 'Klantanalyse 2025');
    expect(report[0]![0]).toBe('Klantanalyse 2025');
    const summary = summarize(engineRun(input));
    for (const c of summary.classes) {
      const line = report.find((r) => r[0] === c.label);
      expect(line?.[1]).toBe(c.count);
    }
    const settings = sheetRows(book, 'KlantwaardeInstellingen');
    const saved = settings.find((r) => r[0] === 'klantwaarde.model');
    expect(JSON.parse(String(saved![1])).name).toBe('Voorbeeld accountantskantoor');
  });

  it("prints a per-class summary whose counts are the engine's", async () => {
    const run = await runCli(['classify', input, '--model', modelPath]);
    const summary = summarize(engineRun(input));
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Klasse\s+Klanten\s+% klanten\s+Omzet\s+% omzet\s+Gem\. score %$/);
    for (const c of summary.classes) {
      expect(lines.find((l) => l.startsWith(`${c.label} `))).toMatch(new RegExp(`^${c.label}\\s+${c.count}\\s`));
    }
    expect(lines.find((l) => l.startsWith('Niet ingedeeld'))).toMatch(new RegExp(`^Niet ingedeeld\\s+${summary.unclassified}\\s`));
    expect(lines.find((l) => l.startsWith('Totaal'))).toMatch(new RegExp(`^Totaal\\s+${summary.clients}\\s`));
    // The unclassified client is named with its row and reason (the example has one new client without a cooperation score).
    expect(run.stderr).toMatch(/1 klant\(en\) niet ingedeeld/);
    expect(run.stderr).toMatch(/\d+: .+ — Samenwerking ontbreekt \(Klanten!F\d+\); niet ingedeeld\./);
  });

  it("--json prints every client with the engine's class, numbers as numbers", async () => {
    const run = await runCli(['classify', input, '--model', modelPath, '--json']);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout) as {
      clients: { row: number; name: string; class: string | null; score: number | null; percent: number | null; signals: string[] }[];
    };
    const expected = engineRun(input);
    expect(data.clients).toHaveLength(expected.count);
    for (const c of data.clients) {
      expect(c.class).toBe(labelOf(expected, c.row - 2));
      if (c.class !== null) {
        expect(typeof c.score).toBe('number');
        expect(c.percent).toBeCloseTo(c.score! / expected.max, 12);
      } else expect(c.signals.join(' ')).toContain('ontbreekt');
    }
  });

  it('speaks English with --lang en or an English LANG, in messages and in the workbook', async () => {
    const run = await runCli(['classify', input, '--model', modelPath, '--out', join(dir, 'en.xlsx')], { env: { LANG: 'en_GB.UTF-8' } });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^Class\s+Clients/);
    expect(run.stderr).toContain('Results written to');
    const rows = sheetRows(XLSX.read(readFileSync(join(dir, 'en.xlsx'))), 'Klanten');
    expect(rows[0]!.slice(9, 12)).toEqual(['Client score', 'Score %', 'Class']);
  });

  it('re-running on its own output updates its columns in place and uses the model saved there', async () => {
    await runCli(['classify', input, '--model', modelPath]);
    const first = join(dir, 'klanten.klantwaarde.xlsx');
    const second = join(dir, 'again.xlsx');
    const run = await runCli(['classify', first, '--out', second]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Model: "Voorbeeld accountantskantoor", opgeslagen in de werkmap.');
    const a = sheetRows(XLSX.read(readFileSync(first)), 'Klanten');
    const b = sheetRows(XLSX.read(readFileSync(second)), 'Klanten');
    expect(b).toEqual(a);
  });

  it('refuses to overwrite an existing output without --force, and replaces it with --force', async () => {
    const output = join(dir, 'klanten.klantwaarde.xlsx');
    writeFileSync(output, 'an earlier file the user wants to keep');
    const refused = await runCli(['classify', input, '--model', modelPath]);
    expect(refused.code).toBe(6);
    expect(refused.stderr).toContain('Het uitvoerbestand');
    expect(refused.stderr).toContain('bestaat al');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(output, 'utf8')).toBe('an earlier file the user wants to keep');

    const forced = await runCli(['classify', input, '--model', modelPath, '--force']);
    expect(forced.code).toBe(0);
    expect(sheetRows(XLSX.read(readFileSync(output)), 'Klanten')[0]).toContain('Klasse');
  });

  it('never writes the input, not even when --out names it and --force is given', async () => {
    const before = sha256(input);
    const run = await runCli(['classify', input, '--model', modelPath, '--out', input, '--force']);
    expect(run.code).toBe(6);
    expect(run.stderr).toContain('schrijft nooit in het invoerbestand');
    expect(sha256(input)).toBe(before);
  });

  it('shows progress on stderr for a large file', async () => {
    const run = await runCli(['classify', input, '--model', modelPath], { largeFileBytes: 0 });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Inlezen: .*klanten\.xlsx \(\d+ kB\)…/);
    expect(run.stderr).toMatch(/Classificeren: 25%\n[^]*Classificeren: 100%\n/);
    expect(run.stderr).toContain('Schrijven:');
    // Progress goes to stderr only: stdout stays the summary, so it can be piped.
    expect(run.stdout).not.toContain('Classificeren');
  });
});
