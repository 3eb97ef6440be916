import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { NODE_COMPRESSION, nodeInflate } from '../../src/cli/compression';
import { CliError, EXIT } from '../../src/cli/errors';
import { fileZipSink, writeOutputFile } from '../../src/cli/files';
import { classifyClients, readClientTable, validateModel } from '../../src/engine';
import { textsFor } from '../../src/i18n/catalog';
import { columnHeader, columnRows, resultColumns, withHeader } from '../../src/workbook/columns';
import { createSession } from '../../src/workbook/createSession';
import { XlsxPackage, XlsxPort, ZipError } from '../../src/workbook/xlsx';
import { ZipArchive } from '../../src/workbook/xlsx/zip';
import { MODEL } from './fixtures';
import { buildXlsx, type Cell } from './ooxml';

/** How the command line keeps a large table's memory down: streamed output, on-demand result texts, one inflate buffer. */
const NOW = new Date(2026, 0, 15, 10, 30);
const HEADER = ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'];
const clients = (n: number): Cell[][] => [
  HEADER,
  ...Array.from({ length: n }, (_, i) => [`Klant ${i + 1}`, 1000 + ((i * 7919) % 50_000), i % 4, (i * 3) % 4, (i * 5) % 4]),
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kw-stream-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function classified(bytes: Uint8Array): Promise<XlsxPort> {
  const port = new XlsxPort(new XlsxPackage(bytes, nodeInflate), 'Klanten');
  await createSession(port, 'nl', { now: () => NOW }).classify(MODEL);
  return port;
}

describe('the output streamed into the file', () => {
  it('is byte for byte the zip save() builds in memory, also when the patched sheet spans many compressed chunks', async () => {
    // 6,000 clients: the patched sheet is several MB, so the local header is rewritten after many chunks went out.
    const input = buildXlsx({ sheets: [{ name: 'Klanten', rows: clients(6000) }] });
    const inMemory = (await classified(input)).save(NOW, NODE_COMPRESSION);
    const out = join(dir, 'uit.xlsx');
    const port = await classified(input);
    writeOutputFile(join(dir, 'in.xlsx'), out, (fd) => port.saveTo(fileZipSink(fd), NOW, NODE_COMPRESSION), false);
    const written = readFileSync(out);
    expect(Buffer.compare(written, Buffer.from(inMemory))).toBe(0);
    // It opens, and the patched sheet was big enough to be compressed in several segments.
    const reopened = new XlsxPackage(written, nodeInflate);
    const part = reopened.sheets().find((s) => s.name === 'Klanten')!.part!;
    expect(reopened.zip.entries.get(part)!.size).toBeGreaterThan(2 << 20);
    expect(reopened.text(part)).toContain('<c r="K6001"'); // Toelichting of the last client
  });

  it('leaves no file behind when making the content fails, and passes that failure on as it is', () => {
    const out = join(dir, 'uit.xlsx');
    const damaged = new ZipError('damaged', 'xl/worksheets/sheet1.xml is cut short');
    expect(() =>
      writeOutputFile(
        join(dir, 'in.xlsx'),
        out,
        (fd) => {
          fileZipSink(fd).write(Buffer.from('PK'));
          throw damaged;
        },
        false,
      ),
    ).toThrow(damaged);
    expect(() => readFileSync(out)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });

  it("turns a file system failure while writing into the output's message, and removes the temporary file with --force", () => {
    const out = join(dir, 'uit.xlsx');
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    let caught: unknown;
    try {
      writeOutputFile(
        join(dir, 'in.xlsx'),
        out,
        () => {
          throw full;
        },
        true,
      );
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect(caught).toMatchObject({ exitCode: EXIT.output, messages: [{ code: 'cli.writeFailed' }] });
    expect(() => readFileSync(out)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('result columns made on demand', () => {
  const model = (() => {
    const v = validateModel(MODEL);
    if (!v.ok) throw new Error('model');
    return v.model;
  })();
  const rows: Cell[][] = clients(40).slice(1);
  // A blank row in the middle: its block row has no client, so every column is empty there.
  rows.splice(10, 0, [null, null, null, null, null]);
  const reading = readClientTable(HEADER, rows as never, model);
  if (!reading.ok) throw new Error(reading.error.code);
  const run = classifyClients(reading.table, model);
  const blockRows = rows.length + 3;

  it('give row by row exactly the values they give all at once, header first, empty where no client is', () => {
    const columns = resultColumns(textsFor('nl'), run, blockRows);
    expect(columns).toHaveLength(8);
    for (const column of columns) {
      expect(columnRows(column)).toBe(blockRows);
      const one = Array.from({ length: blockRows }, (_, r) => column.valueAt!(r));
      expect(one).toEqual([...column.values]);
      expect(column.values[0]).toBe(columnHeader(column));
      expect(column.values[11]).toBeNull();
      expect(column.values[blockRows - 1]).toBeNull();
    }
    // Every client has an explanation (Toelichting); Aanpak and Signalen may be empty.
    expect(typeof columns[5]!.values[1]).toBe('string');
    expect(columns[2]!.colourRules?.map((r) => r.text)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('get another header without changing a cell below it', () => {
    const [, , klasse, , , toelichting] = resultColumns(textsFor('nl'), run, blockRows);
    for (const column of [klasse!, toelichting!]) {
      const renamed = withHeader(column, 'Klasse (2)');
      expect(columnHeader(renamed)).toBe('Klasse (2)');
      expect(renamed.values.slice(1)).toEqual(column.values.slice(1));
      expect(renamed.colourRules).toBe(column.colourRules);
    }
  });
});

describe('nodeInflate', () => {
  const xml = Buffer.from('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(2000));
  const packed = deflateRawSync(xml);

  it('unpacks a part to exactly its declared size', () => {
    expect(Buffer.compare(nodeInflate(packed, xml.length, 'sheet1.xml'), xml)).toBe(0);
  });

  it('refuses a part that expands beyond its declared size (a zip bomb) and one that is shorter', () => {
    expect(() => nodeInflate(packed, xml.length - 1, 'sheet1.xml')).toThrow(expect.objectContaining({ reason: 'bomb' }));
    expect(() => nodeInflate(packed, xml.length + 1, 'sheet1.xml')).toThrow(expect.objectContaining({ reason: 'damaged' }));
  });
});

describe('ZipArchive.stream', () => {
  // A part several times larger than the inflater's step, so it comes out in many pieces.
  const sheet = Buffer.from(
    Array.from({ length: 40_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 37}</v></c></row>`).join(''),
  );
  const bytes = zipSync({ 'xl/worksheets/sheet1.xml': [sheet, { level: 6 }] });

  it('gives the bytes of any forward ranges, in pieces or as one view, the same as read()', () => {
    const part = new ZipArchive(bytes).stream('xl/worksheets/sheet1.xml');
    expect(part.length).toBe(sheet.length);
    const copied: Uint8Array[] = [];
    const cuts = [0, 10, 70_000, 70_001, 400_000, 1_000_000, sheet.length];
    for (let k = 0; k + 1 < cuts.length; k += 2) {
      part.copy(cuts[k]!, cuts[k + 1]!, (piece) => copied.push(Buffer.from(piece)));
      if (k + 2 < cuts.length) copied.push(Buffer.from(part.view(cuts[k + 1]!, cuts[k + 2]!)));
    }
    expect(Buffer.compare(Buffer.concat(copied), sheet)).toBe(0);
  });

  it('refuses a part that expands beyond the size its directory declares', () => {
    const forged = Buffer.from(bytes);
    // Central directory record: uncompressed size at +24; the local header's at +22.
    const central = forged.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    forged.writeUInt32LE(sheet.length - 1000, central + 24);
    forged.writeUInt32LE(sheet.length - 1000, 22);
    const part = new ZipArchive(forged).stream('xl/worksheets/sheet1.xml');
    expect(() => part.copy(0, part.length, () => {})).toThrow(expect.objectContaining({ reason: 'bomb' }));
  });
});
