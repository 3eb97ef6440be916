/**
 * Hostile but ordinary .xlsx files, through the command line: the package is patched, never
 * re-saved, so what the user had stays byte for byte, and our cells never land in a merged area or
 * under a data validation of theirs.
 */
import { execFileSync } from 'node:child_process';
import { deflateRawSync } from 'node:zlib';
import { EXIT } from '../../src/cli/errors';
import { zipEntry, zipOf } from '../cli/helpers';
import { buildXlsx, type Cell, type SheetSpec } from '../cli/ooxml';
import { readIn, runInFolder, scratchFolders, type BadInputCase, type Observed } from './harness';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/helpers';
import { CLIENTS } from '../cli/fixtures';

const sheet = (spec: Partial<SheetSpec>): SheetSpec => ({ name: 'Blad1', rows: CLIENTS, ...spec });
const file = (...sheets: SheetSpec[]) => buildXlsx({ sheets });
const blocked = (cells: string, range: string) => ({
  kind: 'cli' as const,
  exit: EXIT.table,
  message: { code: 'xlsx.blockedCells' as const, params: { sheet: 'Blad1', cells, range } },
});
const written = (address: string) => ({
  kind: 'cli' as const,
  exit: EXIT.ok,
  message: { code: 'cli.written' as const, params: { file: 'klanten.klantwaarde.xlsx', address, report: 'Klantanalyse 2025' } },
});
const run = (bytes: Buffer) => runInFolder({ 'klanten.xlsx': bytes }, ['classify', 'klanten.xlsx']);
const output = (o: Observed) => readIn(o.dir!, 'klanten.klantwaarde.xlsx');
const noOutput = (o: Observed) => {
  expect(() => output(o)).toThrow();
};

/** An "Opmerking" column F whose note in row 3 is merged over F3:G3, across the table's right edge. */
const CROSSING: Cell[][] = CLIENTS.map((r, i) => [...r, i === 0 ? 'Opmerking' : i === 2 ? 'bellen in mei' : null]);

const PRECISE: Cell[][] = CLIENTS.map((r) => [...r]);
PRECISE[1]![1] = 45000.123456789;

export const fileCases: readonly BadInputCase[] = [
  {
    id: 76,
    title: "a merge crossing the table's right edge: a note in F3 merged over F3:G3 (command line)",
    arrange: () => run(file(sheet({ rows: CROSSING, merges: ['F3:G3'] }))),
    expect: blocked('G3', 'G1:N5'),
    also: noOutput,
  },
  {
    id: 77,
    title: 'an empty merged area where the result columns go (command line)',
    arrange: () => run(file(sheet({ merges: ['H3:I4'] }))),
    expect: blocked('H3, I3, H4, I4', 'F1:M5'),
    also: noOutput,
  },
  {
    id: 78,
    title: "a data validation of the user's where the result columns go (command line)",
    arrange: () => run(file(sheet({ validations: [{ sqref: 'H2:H5', list: '"ja,nee"' }] }))),
    expect: blocked('H2, H3, H4, H5', 'F1:M5'),
    also: noOutput,
  },
  {
    id: 79,
    title: 'a list validation kept in extLst (Excel 2010+, list on another sheet) where the result columns go (command line)',
    arrange: () =>
      run(
        file(sheet({ x14Validations: [{ sqref: 'J2', list: 'Lijsten!$A$1:$A$3' }] }), {
          name: 'Lijsten',
          rows: [['ja'], ['nee'], ['misschien']],
        }),
      ),
    expect: blocked('J2', 'F1:M5'),
    also: noOutput,
  },
  {
    id: 80,
    title: 'a zip bomb: parts that claim more than 4 GB (command line)',
    arrange: () =>
      run(
        zipOf(
          [1, 2, 3].map((k) => ({ name: `xl/worksheets/sheet${k}.xml`, data: deflateRawSync(Buffer.alloc(100)), size: 1.5 * 2 ** 30 })),
        ),
      ),
    expect: {
      kind: 'cli',
      exit: EXIT.input,
      message: { code: 'cli.zipBomb', params: { file: 'klanten.xlsx', detail: 'the parts would expand to more than 4294967296 bytes' } },
    },
    also: noOutput,
  },
  {
    id: 81,
    title: 'a FIFO (named pipe) given as the input (command line)',
    arrange: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kw-catalogue-'));
      scratchFolders.push(dir);
      execFileSync('mkfifo', [join(dir, 'klanten.xlsx')]);
      return { cli: await runCli(['classify', 'klanten.xlsx'], { cwd: dir }), dir };
    },
    expect: { kind: 'cli', exit: EXIT.input, message: { code: 'cli.notRegularFile', params: { file: 'klanten.xlsx' } } },
  },
  {
    id: 82,
    title: 'a precise amount, 45000.123456789 (command line)',
    arrange: () => run(file(sheet({ rows: PRECISE }))),
    expect: written('Blad1!F1:M5'),
    also: (o) => {
      // The user's cell element is copied as it was, so the number keeps every digit.
      expect(zipEntry(output(o), 'xl/worksheets/sheet1.xml')).toContain('<c r="B2"><v>45000.123456789</v></c>');
    },
  },
  {
    id: 83,
    title: 'an Excel Table written as Excel writes it (no headerRowCount), and a second table elsewhere (command line)',
    arrange: () =>
      run(
        file(sheet({ tables: [{ name: 'Klanten', ref: 'A1:E5' }] }), {
          name: 'Tarieven',
          rows: [
            ['Dienst', 'Tarief'],
            ['Jaarrekening', 95],
            ['Aangifte', 80],
          ],
          tables: [{ name: 'Tarieven', ref: 'A1:B3' }],
        }),
      ),
    expect: written('Blad1!F1:M5'),
    also: (o) => {
      const input = readIn(o.dir!, 'klanten.xlsx');
      expect(zipEntry(output(o), 'xl/tables/table1.xml')).toContain('ref="A1:M5"');
      expect(zipEntry(output(o), 'xl/tables/table1.xml')).not.toContain('headerRowCount');
      expect(zipEntry(output(o), 'xl/tables/table2.xml')).toBe(zipEntry(input, 'xl/tables/table2.xml'));
    },
  },
  {
    id: 84,
    title:
      'defined names (a constant, an OFFSET range, a sheet-scoped name), a print area and validations on the client sheet (command line)',
    arrange: () =>
      run(
        buildXlsx({
          sheets: [
            sheet({ validations: [{ sqref: 'C2:E5', list: '"0,1,2,3"' }], printArea: '$A$1:$E$5' }),
            { name: 'Notities', rows: [['x']] },
          ],
          names: [
            { name: 'BTW', value: '0.21' },
            { name: 'Omzetten', value: 'OFFSET(Blad1!$B$2,0,0,COUNTA(Blad1!$B:$B)-1,1)' },
            { name: 'Lokaal', value: 'Notities!$A$1', localSheetId: 1 },
          ],
        }),
      ),
    expect: written('Blad1!F1:M5'),
    also: (o) => {
      const names = (xml: string | undefined) => /<definedNames>[\s\S]*<\/definedNames>/.exec(xml ?? '')?.[0];
      const input = readIn(o.dir!, 'klanten.xlsx');
      expect(names(zipEntry(output(o), 'xl/workbook.xml'))).toBe(names(zipEntry(input, 'xl/workbook.xml')));
      const validations = (xml: string | undefined) => xml?.match(/<dataValidation\b/g)?.length;
      expect(validations(zipEntry(output(o), 'xl/worksheets/sheet1.xml'))).toBe(1);
    },
  },
];
