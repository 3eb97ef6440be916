import { validateModel, type CellValue, type ScoringModel } from '../../src/engine';
import { MemoryWorkbook } from '../../src/workbook/memory';

/** One table for every surface (CLI, pane, preview): two owners, a category and growth columns. */
export const PLAN_TABLE: CellValue[][] = [
  ['Klant', 'Score', 'Relatiebeheerder', 'Branche', 'Omzet', 'Extra omzet', 'Kans'],
  ['Alfa', 3, 'Jan', 'Zorg', 100, 10000, 30],
  ['Beta', 3, 'Jan', 'Zorg', 80, 4000, 50],
  ['Gamma', 2, 'Piet', 'Bouw', 50, null, null],
  ['Delta', 2, 'Jan', 'Bouw', 40, 2000, 10],
  ['Epsilon', 1, 'Piet', 'Zorg', 20, 0, 0],
];

export const PLAN_MODEL_RAW = {
  version: 1,
  name: 'Contactplan test',
  criteria: [{ name: 'Score', weight: 1 }],
  plan: { capacityHours: 40 },
};

export function planModel(): ScoringModel {
  const v = validateModel(PLAN_MODEL_RAW);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.model;
}

export function planWorkbook(rows: CellValue[][] = PLAN_TABLE): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.loadSheet('Klanten', rows);
  wb.select('Klanten', 'A1');
  return wb;
}
