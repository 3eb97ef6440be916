/**
 * `--header-row N`: naming the header row when the table starts below a title block that detection
 * gets wrong. Parsed strictly (a row number), passed to the shared locate step.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { parseArgs } from '../../src/cli/args';
import { formatCliMessage as formatMessage } from '../../src/i18n/cli';
import { runCli } from './helpers';

describe('parseArgs --header-row', () => {
  it('reads a row number in both forms', () => {
    expect(parseArgs(['classify', 'in.xlsx', '--header-row', '4'])).toMatchObject({ kind: 'classify', headerRow: 4 });
    expect(parseArgs(['classify', 'in.xlsx', '--header-row=12'])).toMatchObject({ kind: 'classify', headerRow: 12 });
  });

  it.each(['0', '-1', 'vier', '2.5', '99999999'])('refuses "%s" with a message naming the value', (value) => {
    const request = parseArgs(['classify', 'in.xlsx', `--header-row=${value}`]);
    expect(request).toEqual({ kind: 'usage', error: { code: 'cli.badHeaderRow', params: { value } } });
    if (request.kind !== 'usage') return;
    expect(formatMessage('nl', request.error)).toBe(`--header-row verwacht een rijnummer (1, 2, 3, …), niet "${value}".`);
    expect(formatMessage('en', request.error)).toBe(`--header-row expects a row number (1, 2, 3, …), not "${value}".`);
  });
});

describe('klantwaarde classify --header-row', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kw-header-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // Row 1 a title, row 2 a group header ("Groep", "Scores"), row 3 the real column names, rows 4–7 clients.
  const rows = [
    ['Klantenoverzicht 2025'],
    ['Groep', 'Groep', 'Scores', 'Scores', 'Scores'],
    ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'],
    ['Aalders', 400, 3, 2, 2],
    ['Bakker', 300, 2, 2, 1],
    ['Claes', 200, 1, 1, 1],
    ['De Vries', 100, 0, 0, 1],
  ];

  it('classifies from the named header row and writes the classes beside the clients', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Blad1');
    writeFileSync(join(dir, 'k.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

    // Without the option the group header (row 2) is taken for the header: the model's columns are not there.
    const guessed = await runCli(['classify', 'k.xlsx'], { cwd: dir });
    expect(guessed.code).toBe(5);
    expect(guessed.stderr).toContain(formatMessage('nl', { code: 'cli.headerRowHint' }));

    const run = await runCli(['classify', 'k.xlsx', '--header-row', '3'], { cwd: dir });
    expect(run.code).toBe(0);
    const out = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(readFileSync(join(dir, 'k.klantwaarde.xlsx'))).Sheets.Blad1!, {
      header: 1,
      defval: null,
    });
    expect(out[2]![7]).toBe('Klasse');
    expect(out.slice(3, 7).map((r) => r[7])).toEqual(['A', 'B', 'C', 'D']);
    expect(out[0]![0]).toBe('Klantenoverzicht 2025');
  });
});
