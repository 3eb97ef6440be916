import { validateModel, type CellValue, type ScoringModel } from '../../src/engine';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { seededRandom } from '../../scripts/seededRandom';

export { seededRandom };

export const CRITERIA = ['Portfolio', 'Netwerk', 'Samenwerking', 'Betaalgedrag', 'Potentie'];

/** Revenue plus five judged criteria: six criteria, as in the benchmark. */
export const SIX_CRITERIA_MODEL: ScoringModel = (() => {
  const v = validateModel({
    version: 1,
    name: 'Zes criteria',
    scaleMax: 3,
    revenue: 'Omzet',
    criteria: [{ name: 'Omzet', weight: 5, scoring: { type: 'quantiles' } }, ...CRITERIA.map((name, i) => ({ name, weight: 1 + (i % 3) }))],
    classification: { method: 'score', thresholds: [0.7, 0.45, 0.2], labels: ['A', 'B', 'C', 'D'] },
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.model;
})();

/** A client table of `clients` rows (name, revenue, five scores) on sheet "Klanten" from A1. */
export function bigClientWorkbook(clients: number, seed = 1): MemoryWorkbook {
  const random = seededRandom(seed);
  const rows: CellValue[][] = [['Klant', 'Omzet', ...CRITERIA]];
  for (let i = 0; i < clients; i++) {
    rows.push([`Klant ${i + 1}`, Math.round(random() * 250_000) / 100, ...CRITERIA.map(() => Math.floor(random() * 4))]);
  }
  const wb = new MemoryWorkbook();
  wb.loadSheet('Klanten', rows);
  wb.select('Klanten', 'B2');
  return wb;
}
