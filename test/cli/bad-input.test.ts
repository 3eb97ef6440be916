import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { deflateRawSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { runCli, sha256, storedZip, zipEntry, zipOf } from './helpers';

/**
 * Every bad input ends with a non-zero exit code and a message that says what is wrong and where,
 * in Dutch by default and in English on request; none of them writes an output file or touches the input.
 */
const EXAMPLES = join(__dirname, '..', '..', 'examples');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kw-bad-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const path = (name: string) => join(dir, name);
const file = (name: string, bytes: string | Uint8Array) => {
  writeFileSync(path(name), bytes);
  return path(name);
};

type Rows = (string | number | null)[][];
const CLIENTS: Rows = [
  ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'],
  ['Bakkerij De Vries B.V.', 42000, 3, 2, 3],
  ['Huisartsenpraktijk Jansen', 18000, 2, 3, 2],
  ['Kapsalon Smit', 3100, 1, 0, 2],
];

/** A workbook written by SheetJS (not the library the CLI reads with), one sheet per entry. */
function workbook(name: string, sheets: Record<string, { rows: Rows; origin?: string; protect?: boolean }>): string {
  const book = XLSX.utils.book_new();
  for (const [sheetName, spec] of Object.entries(sheets)) {
    const ws = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(ws, spec.rows, { origin: spec.origin ?? 'A1' });
    if (spec.protect) ws['!protect'] = {};
    XLSX.utils.book_append_sheet(book, ws, sheetName);
  }
  return file(name, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

function model(name: string, data: unknown): string {
  return file(name, typeof data === 'string' ? data : JSON.stringify(data));
}

/** Nothing was written next to the input: only the files the test made are there. */
function expectNoOutput(made: readonly string[]): void {
  expect(readdirSync(dir).sort()).toEqual([...made].sort());
}

describe('klantwaarde on bad input', () => {
  it.each([
    ['a missing file', () => path('weg.xlsx'), 'Bestand niet gevonden: {file}.'],
    [
      'a folder',
      () => {
        mkdirSync(path('map.xlsx'));
        return path('map.xlsx');
      },
      '{file} is een map, geen bestand.',
    ],
    [
      'a CSV renamed to .xlsx',
      () => file('klanten.xlsx', 'Klant;Omzet\nBakkerij De Vries;42000\n'),
      '{file} is een tekstbestand (bijvoorbeeld CSV), geen Excel-werkmap.',
    ],
    [
      'random bytes',
      () => file('ruis.xlsx', Buffer.from([0x00, 0x13, 0x37, 0xff, 0x00, 0x42, 0x99])),
      '{file} is geen Excel-werkmap (.xlsx).',
    ],
    [
      'an old .xls (or a password-protected workbook)',
      () => file('oud.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])),
      '{file} is een oud .xls-bestand of een werkmap met een wachtwoord.',
    ],
    [
      'a zip that holds no workbook',
      () => file('archief.xlsx', storedZip({ 'lees-mij.txt': 'hallo' })),
      '{file} is geen Excel-werkmap (.xlsx).',
    ],
    [
      'a truncated workbook',
      () => file('kapot.xlsx', readFileSync(join(EXAMPLES, 'klanten.xlsx')).subarray(0, 9000)),
      '{file} is een zip-bestand maar geen leesbare Excel-werkmap',
    ],
    // Three parts that claim 1.5 GB each: refused from the zip directory, before anything is unpacked.
    [
      'a zip bomb (declared sizes)',
      () =>
        file(
          'bom.xlsx',
          zipOf(
            [1, 2, 3].map((k) => ({ name: `xl/worksheets/sheet${k}.xml`, data: deflateRawSync(Buffer.alloc(1000)), size: 1.5 * 2 ** 30 })),
          ),
        ),
      '{file} pakt uit tot veel meer gegevens dan een werkmap kan bevatten',
    ],
    // A sheet that claims 2 kB but inflates to 50 MB: unpacking stops at the declared size.
    [
      'a zip bomb (a part larger than declared)',
      () => file('bom2.xlsx', lyingSheet()),
      '{file} pakt uit tot veel meer gegevens dan een werkmap kan bevatten',
    ],
  ])('rejects %s with exit code 3', async (_what, make, message) => {
    const input = make();
    const made = readdirSync(dir);
    const run = await runCli(['classify', input]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(message.replace('{file}', input));
    expect(run.stdout).toBe('');
    expectNoOutput(made);
  });

  it('refuses a FIFO instead of waiting on it forever (exit 3)', async () => {
    execFileSync('mkfifo', [path('pijp.xlsx')]);
    const run = await runCli(['classify', path('pijp.xlsx')]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`${path('pijp.xlsx')} is geen gewoon bestand (maar bijvoorbeeld een pipe of apparaat).`);
  });

  it('refuses a device (exit 3)', async () => {
    const run = await runCli(['classify', '/dev/zero']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('/dev/zero is geen gewoon bestand');
  });

  it('names the sheets that do exist when --sheet is wrong', async () => {
    const input = workbook('k.xlsx', { Klanten: { rows: CLIENTS }, Notities: { rows: [['x']] } });
    const run = await runCli(['classify', input, '--sheet', 'Klanten 2024']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`Werkblad "Klanten 2024" bestaat niet in ${input}. Werkbladen: "Klanten", "Notities".`);
  });

  it('finds no table on a sheet whose A1 is empty and that has no Excel table (exit 5)', async () => {
    const input = workbook('k.xlsx', { Blad1: { rows: CLIENTS, origin: 'C5' } });
    const run = await runCli(['classify', input]);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('Op blad "Blad1" staat geen klantentabel: er is geen Excel-tabel en cel A1 is leeg.');
    expectNoOutput(['k.xlsx']);
  });

  it('finds the table below a title in A1 and says so', async () => {
    const input = workbook('k.xlsx', { Blad1: { rows: [['Klantenoverzicht 2024'], [], ...CLIENTS] } });
    const run = await runCli(['classify', input, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'Row 1 (Blad1!A1:E1) holds only "Klantenoverzicht 2024": a title, not a header row. The table therefore starts with the header row in row 3.',
    );
  });

  it('reports a header row without clients', async () => {
    const input = workbook('k.xlsx', { Blad1: { rows: [CLIENTS[0]!] } });
    const run = await runCli(['classify', input]);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('De tabel heeft een kopregel maar geen klanten');
  });

  it('names the model field and the reason for an invalid model (exit 4), in Dutch and English', async () => {
    const input = workbook('k.xlsx', { Blad1: { rows: CLIENTS } });
    const bad = model('model.json', {
      version: 1,
      criteria: [
        { name: 'Omzet', weight: 5 },
        { name: 'Netwerk', weight: 'zwaar' },
      ],
      classification: { method: 'score', thresholds: [0.7, 0.45, 0.2] },
    });
    const nl = await runCli(['classify', input, '--model', bad]);
    expect(nl.code).toBe(4);
    expect(nl.stderr).toContain(`Het model in ${bad} is ongeldig:`);
    expect(nl.stderr).toContain('Veld criteria[1].weight: het gewicht "zwaar" is geen getal.');
    const en = await runCli(['classify', input, '--model', bad], { env: { LC_ALL: 'en_US.UTF-8' } });
    expect(en.code).toBe(4);
    expect(en.stderr).toContain('Field criteria[1].weight: weight "zwaar" is not a number.');
    expectNoOutput(['k.xlsx', 'model.json']);
  });

  it.each([
    ['not JSON at all', 'criteria: Omzet 5', 'Het modelbestand is geen geldige JSON'],
    ['foreign JSON (a package.json)', { name: 'iets', version: '1.0.0', dependencies: {} }, 'Dit is geen Klantwaarde-model'],
    ['a negative weight', { version: 1, criteria: [{ name: 'Omzet', weight: -2 }] }, 'Veld criteria[0].weight: het gewicht -2 is negatief'],
  ])('rejects a model file that is %s (exit 4)', async (_what, data, message) => {
    const input = workbook('k.xlsx', { Blad1: { rows: CLIENTS } });
    const run = await runCli(['classify', input, '--model', model('model.json', data)]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(message);
  });

  it('reports a missing model file (exit 4)', async () => {
    const input = workbook('k.xlsx', { Blad1: { rows: CLIENTS } });
    const run = await runCli(['classify', input, '--model', path('geen-model.json')]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(`Modelbestand niet gevonden: ${path('geen-model.json')}.`);
  });

  it('names the criterion columns the table lacks, and the columns it has (exit 5)', async () => {
    const input = workbook('k.xlsx', { Blad1: { rows: CLIENTS } });
    const m = model('model.json', {
      version: 1,
      criteria: [
        { name: 'Omzet', weight: 5 },
        { name: 'Potentie', weight: 2 },
      ],
    });
    const run = await runCli(['classify', input, '--model', m]);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('Kolom(men) niet gevonden: Potentie. De tabel heeft: Klant, Omzet, Portfolio, Netwerk, Samenwerking.');
  });

  it('never writes over user data where the result columns would go (exit 5, nothing written)', async () => {
    const rows = CLIENTS.map((r) => [...r]);
    // A note one empty column right of the table (so not part of it), on the second client's row.
    rows[2]!.push(null, 'bellen in mei');
    const input = workbook('k.xlsx', { Blad1: { rows } });
    const before = sha256(input);
    const run = await runCli(['classify', input]);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('Op blad "Blad1" staan al gegevens in G3, precies waar de resultaatkolommen (F1:M4) moeten komen.');
    expect(run.stderr).toContain('Het invoerbestand is niet gewijzigd en er is geen uitvoerbestand geschreven.');
    expect(sha256(input)).toBe(before);
    expectNoOutput(['k.xlsx']);
  });

  it('refuses a protected sheet (exit 5)', async () => {
    const input = workbook('k.xlsx', { Blad1: { rows: CLIENTS, protect: true } });
    const run = await runCli(['classify', input]);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('Het blad "Blad1" is beveiligd');
  });

  it('turns argument mistakes into exit code 2 with a pointer to --help', async () => {
    const run = await runCli(['classify', 'a.xlsx', '--modle', 'm.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Onbekende optie "--modle".\nZie "klantwaarde --help".\n');
    const out = await runCli(['classify', workbook('a.xlsx', { Blad1: { rows: CLIENTS } }), '--out', path('uit.csv')]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('moet op .xlsx eindigen');
  });

  it('classifies a plain region at A1 with the default model when no model is given', async () => {
    const input = workbook('k.xlsx', { Blad1: { rows: CLIENTS } });
    const run = await runCli(['classify', input]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'Model: "Scoringsmatrix (Omzet, Portfolio, Netwerk, Samenwerking)" (standaard; geef een eigen model met --model).',
    );
    const rows = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(readFileSync(path('k.klantwaarde.xlsx'))).Sheets.Blad1!, { header: 1 });
    expect(rows[0]).toEqual([
      ...CLIENTS[0]!,
      'Klantscore',
      'Score %',
      'Klasse',
      'Rang',
      'Omzetaandeel',
      'Toelichting',
      'Aanpak',
      'Signalen',
    ]);
  });

  it("carries a chart part of the user's over unchanged (it used to be dropped)", async () => {
    const example = readFileSync(join(EXAMPLES, 'klanten.xlsx'));
    const chart = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
    const input = file('met-grafiek.xlsx', addEntry(example, 'xl/charts/chart1.xml', chart));
    const run = await runCli(['classify', input]);
    expect(run.code).toBe(0);
    expect(zipEntry(readFileSync(path('met-grafiek.klantwaarde.xlsx')), 'xl/charts/chart1.xml')).toBe(chart);
  });
});

/** The example workbook with one more (stored) entry. */
function addEntry(zip: Buffer, name: string, text: string): Buffer {
  const entries = listEntries(zip).map((n) => ({
    name: n,
    data: deflateRawSync(Buffer.from(zipEntry(zip, n)!, 'utf8')),
    size: Buffer.byteLength(zipEntry(zip, n)!, 'utf8'),
  }));
  return zipOf([...entries, { name, data: deflateRawSync(Buffer.from(text)), size: Buffer.byteLength(text) }]);
}

function listEntries(zip: Buffer): string[] {
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const names: string[] = [];
  let p = zip.readUInt32LE(eocd + 16);
  for (let e = 0; e < zip.readUInt16LE(eocd + 10); e++) {
    const n = zip.readUInt16LE(p + 28);
    names.push(zip.toString('utf8', p + 46, p + 46 + n));
    p += 46 + n + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return names;
}

/** The example workbook whose sheet part is replaced by 50 MB of spaces that claims to be 2 kB. */
function lyingSheet(): Buffer {
  const example = readFileSync(join(EXAMPLES, 'klanten.xlsx'));
  const entries = listEntries(example).map((n) => {
    if (n === 'xl/worksheets/sheet1.xml') return { name: n, data: deflateRawSync(Buffer.alloc(50 * 2 ** 20, 0x20)), size: 2048 };
    const text = Buffer.from(zipEntry(example, n)!, 'utf8');
    return { name: n, data: deflateRawSync(text), size: text.length };
  });
  return zipOf(entries);
}
