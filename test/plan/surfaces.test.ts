import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { CellValue } from '../../src/engine';
import { ExcelPort } from '../../src/workbook/excel';
import { FakeExcel } from '../support/officeFake';
import { MemoryPort } from '../../src/workbook/memory';
import { createSession } from '../../src/workbook/createSession';
import { runCli } from '../cli/helpers';
import { PLAN_MODEL_RAW, PLAN_TABLE, planModel, planWorkbook } from './table';

/**
 * The CLI (an .xlsx file), the Excel adapter (Office.js fake, as the pane uses it) and the preview
 * (the in-memory workbook) make the same contact plan for the same table: the same plan sheet and,
 * byte for byte, the same agenda file. SheetJS reads the CLI's output, not our own reader.
 */
const NOW = new Date(Date.UTC(2025, 2, 14, 12, 0, 0));
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kw-plan-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeInput(): string {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(PLAN_TABLE), 'Klanten');
  const path = join(dir, 'klanten.xlsx');
  XLSX.writeFile(book, path);
  writeFileSync(join(dir, 'model.json'), JSON.stringify(PLAN_MODEL_RAW));
  return path;
}

const trimRow = (row: readonly CellValue[]) => {
  const out = [...row];
  while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
  return out;
};
const grid = (rows: readonly (readonly CellValue[])[]) => rows.map(trimRow);

describe('the same contact plan on every surface', () => {
  it('CLI, Office.js fake and preview write the same plan sheet and agenda file', async () => {
    writeInput();
    const cli = await runCli(['classify', 'klanten.xlsx', '--model', 'model.json', '--agenda', 'plan.ics'], { cwd: dir, now: () => NOW });
    expect(cli.code).toBe(0);
    expect(cli.stderr).toContain('Contactplan: 13 contactmomenten voor 5 klanten in plan.ics');
    // 2 A × 16 + 2 B × 6 + 1 C × 2 = 46 hours against a capacity of 40.
    expect(cli.stderr).toContain('Het contactplan vraagt 46 uur per jaar, maar de capaciteit is 40 uur.');
    const cliAgenda = readFileSync(join(dir, 'plan.ics'), 'utf8');
    const book = XLSX.read(readFileSync(join(dir, 'klanten.klantwaarde.xlsx')));
    const cliSheet = XLSX.utils.sheet_to_json<CellValue[]>(book.Sheets['Contactplan 2025']!, {
      header: 1,
      defval: null,
      blankrows: true,
      raw: true,
    });

    const previewBook = planWorkbook();
    const preview = await createSession(new MemoryPort(previewBook), 'nl', { now: () => NOW }).classify(planModel());
    const excelBook = planWorkbook();
    const excel = await createSession(new ExcelPort(new FakeExcel(excelBook).run), 'nl', { now: () => NOW }).classify(planModel());

    expect(preview.agenda).toBe(cliAgenda);
    expect(excel.agenda).toBe(cliAgenda);
    const previewSheet = grid(previewBook.readSheet('Contactplan 2025'));
    expect(grid(excelBook.readSheet('Contactplan 2025'))).toEqual(previewSheet);
    expect(grid(cliSheet)).toEqual(previewSheet);
    expect(previewSheet[4]!.slice(0, 3)).toEqual(['Alfa', 'A', 'Jan']);
  });

  it('refuses an agenda path that is not .ics before doing any work', async () => {
    writeInput();
    const cli = await runCli(['classify', 'klanten.xlsx', '--agenda', 'plan.txt'], { cwd: dir, now: () => NOW });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('Het agendabestand plan.txt moet eindigen op .ics.');
  });

  it('does not overwrite an existing agenda file without --force', async () => {
    writeInput();
    writeFileSync(join(dir, 'plan.ics'), 'mine');
    const cli = await runCli(['classify', 'klanten.xlsx', '--agenda', 'plan.ics'], { cwd: dir, now: () => NOW });
    expect(cli.code).toBe(6);
    expect(readFileSync(join(dir, 'plan.ics'), 'utf8')).toBe('mine');
  });
});
