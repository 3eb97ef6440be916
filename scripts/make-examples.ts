/**
 * Writes examples/klanten.xlsx (about 150 fictional clients as an Excel Table on sheet "Klanten")
 * and examples/model.json (a model file v1 for those columns). Deterministic: same seed, same
 * clients, and fixed document and zip dates, so re-running it changes no bytes.
 *
 *   npx tsx scripts/make-examples.ts [outDir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { classifyTable, validateModel, type CellValue } from '../src/engine';
import { exampleClients, type ExampleClient, type LastYear } from './examples/clients';
import { fixZipTimestamps } from './examples/zip';

const SEED = 20250101;
const CLIENT_COUNT = 150;
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 9, 0, 0));

export const EXAMPLE_HEADERS = [
  'Klant',
  'Omzet',
  'Uren',
  'Portfolio',
  'Netwerk',
  'Samenwerking',
  'Betaaltermijn (dagen)',
  'Potentie',
  'Klasse vorig jaar',
] as const;

export const EXAMPLE_MODEL = {
  version: 1,
  name: 'Voorbeeld accountantskantoor',
  description:
    'Scoringsmatrix naar het voorbeeld in de artikelen: omzet weegt het zwaarst, betaalgedrag telt mee ' +
    'en wie pas na meer dan 60 dagen betaalt, is hooguit een C-klant.',
  scaleMax: 3,
  revenue: 'Omzet',
  nameColumn: 'Klant',
  previousClassColumn: 'Klasse vorig jaar',
  criteria: [
    { name: 'Omzet', weight: 5, scoring: { type: 'quantiles' } },
    { name: 'Portfolio', weight: 2 },
    { name: 'Netwerk', weight: 3 },
    { name: 'Samenwerking', weight: 1 },
    {
      name: 'Betaalgedrag',
      column: 'Betaaltermijn (dagen)',
      weight: 2,
      scoring: { type: 'thresholds', direction: 'lower', thresholds: [60, 30, 14] },
    },
    { name: 'Potentie', weight: 2 },
  ],
  classification: { method: 'score', thresholds: [0.7, 0.45, 0.2], labels: ['A', 'B', 'C', 'D'] },
  rules: [{ when: { criterion: 'Betaalgedrag', op: '<=', value: 0 }, atMost: 'C' }],
} as const;

function rowOf(c: Omit<ExampleClient, 'name' | 'hours'> & { name?: string; hours?: number }, previousClass: string | null): CellValue[] {
  return [c.name ?? '', c.revenue, c.hours ?? null, c.portfolio, c.network, c.cooperation, c.paymentDays, c.potential, previousClass];
}

/** Last year's class per client: the same model applied to last year's judgements. */
function previousClasses(lastYear: readonly LastYear[]): (string | null)[] {
  const model = validateModel(EXAMPLE_MODEL);
  if (!model.ok) throw new Error(`example model is invalid: ${JSON.stringify(model.errors)}`);
  const known = lastYear.flatMap((c, i) => (c ? [{ c, i }] : []));
  const result = classifyTable(
    [...EXAMPLE_HEADERS],
    known.map(({ c }) => rowOf(c, null)),
    model.model,
  );
  if (!result.ok) throw new Error(`cannot classify last year: ${result.error.code}`);
  const classes: (string | null)[] = lastYear.map(() => null);
  known.forEach(({ i }, k) => {
    const label = result.run.classIndex[k]!;
    classes[i] = label >= 0 ? result.run.model.classification.labels[label]! : null;
  });
  return classes;
}

export async function exampleWorkbook(): Promise<Buffer> {
  const { clients, lastYear } = exampleClients(CLIENT_COUNT, SEED);
  const previous = previousClasses(lastYear);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Klantwaarde';
  workbook.lastModifiedBy = 'Klantwaarde';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet('Klanten', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addTable({
    name: 'Klanten',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: EXAMPLE_HEADERS.map((name) => ({ name, filterButton: true })),
    rows: clients.map((c, i) => rowOf(c, previous[i]!)),
  });
  const widths = [34, 12, 8, 10, 10, 14, 21, 10, 17];
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.getColumn(2).numFmt = '€ #,##0';
  sheet.getColumn(3).numFmt = '#,##0';
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return fixZipTimestamps(buffer, FIXED_DATE);
}

async function run(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? join(__dirname, '..', 'examples'));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'klanten.xlsx'), await exampleWorkbook());
  writeFileSync(join(outDir, 'model.json'), `${JSON.stringify(EXAMPLE_MODEL, null, 2)}\n`);
  process.stdout.write(`Wrote ${join(outDir, 'klanten.xlsx')} and model.json (${CLIENT_COUNT} clients)\n`);
}

if (require.main === module) {
  run().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
}
