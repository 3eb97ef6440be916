import * as XLSX from 'xlsx';
import { classifiedWorkbook, downloadName, RecordingPort } from '../../src/preview/download';
import { memoryFromXlsx } from '../../src/preview/workbookFile';
import { MemoryPort } from '../../src/workbook/memory';
import { createSession } from '../../src/workbook/createSession';
import { SETTINGS_KEYS } from '../../src/workbook/results';
import { XlsxPackage, XlsxPort } from '../../src/workbook/xlsx';
import { MODEL } from './fixtures';
import { storedEntries } from './helpers';
import { buildXlsx } from './ooxml';

/** The preview's file path: it reads our settings back from a classified file and downloads the patched package. */
const TODAY = () => new Date(2026, 0, 15);
const INPUT = buildXlsx({
  sheets: [
    {
      name: 'Klanten',
      rows: [
        ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'],
        ['Aalders', 400, 3, 2, 2],
        ['Bakker', 300, 2, 2, 1],
        ['Claes', 200, 1, 1, 1],
        ['De Vries', 100, 0, 0, 1],
      ],
      comments: [{ ref: 'A2', text: 'vaste klant' }],
    },
  ],
  names: [{ name: 'BTW', value: '0.21' }],
});

async function classifiedByCli(): Promise<Uint8Array> {
  const port = new XlsxPort(new XlsxPackage(INPUT), 'Klanten');
  await createSession(port, 'nl', { now: TODAY }).classify(MODEL);
  return port.save();
}

it('opens a workbook the command line classified with its saved model, and a re-run replaces the report instead of adding one', async () => {
  const wb = await memoryFromXlsx(await classifiedByCli());
  expect(JSON.parse(wb.settings.get(SETTINGS_KEYS.model)!)).toMatchObject({ name: 'Matrix' });
  const session = createSession(new MemoryPort(wb), 'nl', { now: TODAY });
  expect(await session.loadModel()).toMatchObject({ name: 'Matrix' });
  const outcome = await session.classify(MODEL);
  expect(outcome.reportSheet).toBe('Klantanalyse 2026');
  expect(wb.sheetNames()).toEqual(['Klanten', 'Klantanalyse 2026']);
});

it("downloads the classified workbook as the patched package: the user's parts as they were, our columns and settings added", async () => {
  const wb = await memoryFromXlsx(INPUT);
  const recorder = new RecordingPort(new MemoryPort(wb));
  await createSession(recorder, 'nl', { now: TODAY }).classify(MODEL);
  const bytes = Buffer.from(await classifiedWorkbook(INPUT, recorder.plans));
  const book = XLSX.read(bytes);
  expect(book.SheetNames).toEqual(['Klanten', 'Klantanalyse 2026', 'KlantwaardeInstellingen']);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Klanten!, { header: 1 });
  expect(rows.map((r) => r[7])).toEqual(['Klasse', 'A', 'B', 'C', 'D']);
  const before = storedEntries(INPUT);
  const after = storedEntries(bytes);
  for (const name of ['xl/comments1.xml', 'xl/sharedStrings.xml', 'docProps/core.xml', 'xl/drawings/vmlDrawing1.vml'])
    expect(after.get(name)!.equals(before.get(name)!)).toBe(true);
  expect((await new XlsxPort(new XlsxPackage(bytes), 'Klanten').readSettings()).settings[SETTINGS_KEYS.model]).toContain('"Matrix"');
  expect(downloadName('Klanten 2026.XLSX')).toBe('Klanten 2026.klantwaarde.xlsx');
});
