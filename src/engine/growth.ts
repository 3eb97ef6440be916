import { cellAddress } from './address';
import { planColumn } from './owners';
import type { ClassificationRun } from './run';
import { isBlank, parseNumber } from './text';
import type { CellValue, Message } from './types';

/** Header synonyms (comparison keys) of the growth columns. */
const OPPORTUNITY_HEADERS = [
  'extraomzet',
  'potentieleomzet',
  'omzetkans',
  'groeiomzet',
  'opportunity',
  'opportunityrevenue',
  'additionalrevenue',
  'extrarevenue',
  'potentialrevenue',
];
const CHANCE_HEADERS = [
  'kans',
  'slagingskans',
  'slaagkans',
  'succeskans',
  'slaagpercentage',
  'kansopsucces',
  'chance',
  'successchance',
  'probability',
  'likelihood',
];

export interface GrowthTotals {
  readonly name: string;
  /** Clients with both an opportunity and a chance. */
  readonly clients: number;
  readonly opportunity: number;
  readonly expected: number;
}

export interface GrowthBudget {
  readonly opportunityColumn: number;
  readonly chanceColumn: number;
  /** Per client: chance × opportunity, NaN when either is missing or unusable. */
  readonly expected: Float64Array;
  readonly byClass: readonly GrowthTotals[];
  readonly byOwner: readonly GrowthTotals[];
  readonly total: GrowthTotals;
  readonly warnings: readonly Message[];
}

/**
 * Internal growth, "the basis of how you set budgets": expected revenue = success chance ×
 * opportunity per client, summed per class and per owner. A chance column holding any number above 1
 * is read as percentages (30 = 30%), else as fractions (0.3, or a cell formatted as %). Undefined when
 * the table has no opportunity and chance columns.
 */
export function growthBudget(
  run: ClassificationRun,
  rows: readonly (readonly CellValue[])[],
  owners: readonly string[],
): GrowthBudget | undefined {
  const { table } = run;
  const plan = run.model.plan;
  const opportunityColumn = planColumn(table.headers, plan?.opportunityColumn, OPPORTUNITY_HEADERS);
  const chanceColumn = planColumn(table.headers, plan?.chanceColumn, CHANCE_HEADERS);
  if (opportunityColumn < 0 || chanceColumn < 0) return undefined;
  const warnings: Message[] = [];
  const where = (i: number, column: number) => ({ cell: cellAddress(table.placement, table.dataRow[i]!, column), client: table.names[i]! });
  const read = (column: number): Float64Array =>
    Float64Array.from({ length: run.count }, (_, i) => {
      const cell = rows[table.dataRow[i]!]?.[column];
      if (isBlank(cell)) return NaN;
      const parsed = parseNumber(cell ?? null, table.locale);
      if (parsed.kind === 'number') return parsed.value;
      if (parsed.kind === 'invalid')
        warnings.push({
          code: 'growth.notNumber',
          params: { ...where(i, column), value: parsed.text ?? '', column: table.headers[column]! },
        });
      return NaN;
    });
  const opportunity = read(opportunityColumn);
  const chance = read(chanceColumn);
  const percentages = chance.some((v) => v > 1);
  const expected = new Float64Array(run.count);
  for (let i = 0; i < run.count; i++) {
    let p = chance[i]!;
    const o = opportunity[i]!;
    if (percentages) p /= 100;
    if (p < 0 || p > 1) {
      warnings.push({
        code: 'growth.chanceRange',
        params: { ...where(i, chanceColumn), value: percentages ? `${chance[i]}%` : String(chance[i]) },
      });
      p = NaN;
    }
    if (o < 0) {
      warnings.push({ code: 'growth.opportunityNegative', params: { ...where(i, opportunityColumn), value: o } });
    }
    expected[i] = o >= 0 ? p * o : NaN;
  }
  const labels = run.model.classification.labels;
  const sum = (key: (i: number) => string, names: readonly string[]): GrowthTotals[] => {
    const map = new Map<string, { name: string; clients: number; opportunity: number; expected: number }>(
      names.map((n) => [n, { name: n, clients: 0, opportunity: 0, expected: 0 }]),
    );
    for (let i = 0; i < run.count; i++) {
      if (Number.isNaN(expected[i]!)) continue;
      const name = key(i);
      const t = map.get(name) ?? { name, clients: 0, opportunity: 0, expected: 0 };
      t.clients++;
      t.opportunity += opportunity[i]!;
      t.expected += expected[i]!;
      map.set(name, t);
    }
    return [...map.values()];
  };
  const byClass = sum((i) => labels[run.classIndex[i]!] ?? '', labels).filter((t) => t.name !== '' || t.clients > 0);
  const byOwner = sum((i) => owners[i] ?? '', []);
  const total = sum(() => '', [''])[0]!;
  return { opportunityColumn, chanceColumn, expected, byClass, byOwner, total, warnings };
}
