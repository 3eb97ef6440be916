import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { createSession } from '../../src/workbook/createSession';
import { XlsxPackage, XlsxPort } from '../../src/workbook/xlsx';
import { cellElements, storedEntries, zipEntry } from './helpers';
import { buildXlsx, type BookSpec, type Cell, type SheetSpec } from './ooxml';
import { MODEL } from './fixtures';

/**
 * The package is patched, never re-saved: over generated workbooks with the features real files have
 * (defined names, sheet-scoped names, print areas, data validations also in extLst, merges, comments,
 * internal hyperlinks, sparklines, conditional formats, tables with and without headerRowCount,
 * sheet and workbook protection, custom document properties), every zip entry we do not own is
 * byte-identical in the output, and every cell element the client sheet had is still there, unchanged
 * and in order. Seeded, so every run checks the same workbooks; a failure prints the seed and path.
 */
const SEED = 20261202;
const HEADER = ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'];

const scenario = fc.record({
  clients: fc.array(
    fc.record({
      revenue: fc.oneof(fc.integer({ min: 0, max: 500_000 }), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })),
      scores: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
      note: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
    }),
    { minLength: 2, maxLength: 12 },
  ),
  table: fc.constantFrom('none', 'implicit', 'explicit'),
  names: fc.subarray(['BTW', 'Omzetten', 'Lokaal'] as const),
  validation: fc.boolean(),
  x14Validation: fc.boolean(),
  mergeBelow: fc.boolean(),
  comments: fc.boolean(),
  hyperlink: fc.boolean(),
  sparklines: fc.boolean(),
  conditional: fc.boolean(),
  printArea: fc.boolean(),
  hiddenRow: fc.boolean(),
  otherSheet: fc.constantFrom('none', 'protected', 'table'),
  structureProtected: fc.boolean(),
  customProperties: fc.boolean(),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function workbookOf(s: Scenario): Buffer {
  const rows: Cell[][] = [HEADER, ...s.clients.map((c, i) => [c.note ? `${c.note} ${i}` : `Klant ${i + 1}`, c.revenue, ...c.scores, 2])];
  rows[0] = [...HEADER, 'Samenwerking2'].slice(0, 5);
  for (const r of rows.slice(1)) r.length = 5;
  const n = rows.length;
  if (s.mergeBelow) rows.push([], ['Opgesteld door', null, 'M. de Boer']);
  const client: SheetSpec = {
    name: 'Klanten',
    rows,
    ...(s.table !== 'none'
      ? { tables: [{ name: 'Klantenlijst', ref: `A1:E${n}`, ...(s.table === 'explicit' ? { headerRowCount: 1 as const } : {}) }] }
      : {}),
    ...(s.validation ? { validations: [{ sqref: `C2:E${n}`, list: '"0,1,2,3"' }] } : {}),
    ...(s.x14Validation ? { x14Validations: [{ sqref: `B2:B${n}`, list: 'Lijsten!$A$1:$A$2' }] } : {}),
    ...(s.mergeBelow ? { merges: [`A${n + 2}:B${n + 2}`] } : {}),
    ...(s.comments ? { comments: [{ ref: 'B2', text: 'Omzet volgens de jaarrekening' }] } : {}),
    ...(s.hyperlink ? { hyperlinks: [{ ref: 'A2', location: "'Lijsten'!A1" }] } : {}),
    ...(s.sparklines ? { sparklines: true } : {}),
    ...(s.conditional ? { conditional: { sqref: `B2:B${n}`, formula: 'B2>100000' } } : {}),
    ...(s.printArea ? { printArea: `$A$1:$E$${n}` } : {}),
    ...(s.hiddenRow ? { hiddenRows: [1] } : {}),
  };
  const sheets: SheetSpec[] = [client, { name: 'Lijsten', rows: [['ja'], ['nee']] }];
  if (s.otherSheet === 'protected') sheets.push({ name: 'Notities', rows: [['Controle'], ['afgerond']], protection: 'libreoffice' });
  if (s.otherSheet === 'table')
    sheets.push({
      name: 'Tarieven',
      rows: [
        ['Dienst', 'Tarief'],
        ['Jaarrekening', 95],
      ],
      tables: [{ name: 'Tarieven', ref: 'A1:B2' }],
    });
  const names: NonNullable<BookSpec['names']> = s.names.map((name) =>
    name === 'BTW'
      ? { name, value: '0.21' }
      : name === 'Omzetten'
        ? { name, value: 'OFFSET(Klanten!$B$2,0,0,COUNTA(Klanten!$B:$B)-1,1)' }
        : { name, value: 'Lijsten!$A$1', localSheetId: 1 },
  );
  return buildXlsx({
    sheets,
    names,
    ...(s.structureProtected ? { structureProtected: true } : {}),
    ...(s.customProperties ? { customProperties: { Dossier: '2026-017', Klantnummer: '4411' } } : {}),
  });
}

/** The top-level elements of a worksheet other than those we may change (rows, dimension, our colour rules). */
function untouchedElements(xml: string): string[] {
  const body = xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '').replace(/<dimension [^>]*\/>/, '');
  return (
    body.match(
      /<(mergeCells|dataValidations|hyperlinks|legacyDrawing|tableParts|extLst|sheetProtection|pageMargins)\b[\s\S]*?(?:\/>|<\/\1>)/g,
    ) ?? []
  );
}

function isSubsequence(small: readonly string[], big: readonly string[]): boolean {
  let j = 0;
  for (const item of big) if (j < small.length && item === small[j]) j++;
  return j === small.length;
}

async function property(s: Scenario): Promise<void> {
  const input = workbookOf(s);
  const port = new XlsxPort(new XlsxPackage(input), 'Klanten');
  await createSession(port, 'nl', { now: () => new Date(2026, 0, 15) }).classify(MODEL);
  const output = Buffer.from(port.save());

  const owned = new Set([
    '[Content_Types].xml',
    'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels',
    'xl/styles.xml',
    'xl/worksheets/sheet1.xml',
  ]);
  if (s.table !== 'none') owned.add('xl/tables/table1.xml');
  const before = storedEntries(input);
  const after = storedEntries(output);
  for (const [name, bytes] of before) {
    expect(after.has(name)).toBe(true);
    if (!owned.has(name)) expect({ name, same: after.get(name)!.equals(bytes) }).toEqual({ name, same: true });
  }

  const sheetBefore = zipEntry(input, 'xl/worksheets/sheet1.xml')!;
  const sheetAfter = zipEntry(output, 'xl/worksheets/sheet1.xml')!;
  expect(isSubsequence(cellElements(sheetBefore), cellElements(sheetAfter))).toBe(true);
  for (const element of untouchedElements(sheetBefore)) expect(sheetAfter).toContain(element);
  const names = (xml: string) => /<definedNames>[\s\S]*<\/definedNames>/.exec(xml)?.[0];
  expect(names(zipEntry(output, 'xl/workbook.xml')!)).toBe(names(zipEntry(input, 'xl/workbook.xml')!));
  if (s.table !== 'none') expect(zipEntry(output, 'xl/tables/table1.xml')).toContain(`ref="A1:M${s.clients.length + 1}"`);

  // A second reader sees the user's cells as they were and our header where it belongs.
  const read = (bytes: Buffer) => XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(bytes).Sheets.Klanten!, { header: 1, blankrows: true });
  const userBefore = read(input).map((r) => r.slice(0, 5));
  expect(read(output).map((r) => r.slice(0, 5))).toEqual(userBefore);
  expect(read(output)[0]![5]).toBe('Klantscore');
}

describe(`lossless .xlsx output on generated workbooks (seed ${SEED})`, () => {
  it('copies every entry it does not own byte for byte and keeps every cell element of the client sheet', async () => {
    await fc.assert(fc.asyncProperty(scenario, property), { seed: SEED, numRuns: 60 });
  }, 120_000);
});
