import { abcAdvice, type AbcAdvice } from './abc';
import { cellAddress } from './address';
import { clientTypes, type Quadrants } from './clientTypes';
import { concentration, type Concentration } from './concentration';
import { runInsightColumns, type InsightColumn } from './insightColumns';
import { runMigration, type Migration } from './migration';
import { profitability, profitabilityTotals, type Profitability, type ProfitabilityTotals } from './profitability';
import type { ClassificationRun } from './run';
import type { Message } from './types';

/**
 * The portfolio insight of one run, in one place for every surface (result columns, report sheet,
 * task pane, CLI): concentration, computed-ABC advice, year-over-year migration, profitability and
 * client types. Each part is null when its input columns are not in the table.
 */

/** At most this many cells are named in one message; the count says how many there are. */
const CELLS_LISTED = 5;

export interface ClientTypesInsight {
  readonly quadrants: Quadrants;
  /** The value axis: revenue, or the score when the table has no revenue column. */
  readonly value: 'revenue' | 'score';
  /** Header of the potential column. */
  readonly potentialColumn: string;
}

export interface ProfitabilityInsight {
  readonly result: Profitability;
  readonly totals: ProfitabilityTotals;
}

export interface AdviceInsight {
  readonly advice: AbcAdvice;
  /** What the advice is computed on: the score, or the column the method classifies on. */
  readonly basis: 'score' | 'column';
  /** Header of that column (basis "column"). */
  readonly column?: string;
}

export interface PortfolioInsight {
  readonly columns: readonly InsightColumn[];
  /** Null without a revenue column. */
  readonly concentration: Concentration | null;
  /** Null when the computed limits find nothing (no positive values). */
  readonly advice: AdviceInsight | null;
  readonly migration: Migration | null;
  readonly profitability: ProfitabilityInsight | null;
  readonly clientTypes: ClientTypesInsight | null;
  /** Cells that kept an insight column empty: invalid numbers, unknown last-year classes. */
  readonly warnings: readonly Message[];
}

function cellList(run: ClassificationRun, clients: readonly number[], col: number): string {
  const shown = clients.slice(0, CELLS_LISTED).map((i) => cellAddress(run.table.placement, run.table.dataRow[i]!, col));
  return clients.length > CELLS_LISTED ? `${shown.join(', ')}, …` : shown.join(', ');
}

/**
 * Invalid (not empty) cells of an insight input column, when they leave a written column empty:
 * `what` says which (the profitability columns or the client type).
 */
function invalidInput(run: ClassificationRun, col: number, what: 'profit' | 'clientType' | null): Message | null {
  const column = col >= 0 ? run.table.numeric.get(col) : undefined;
  if (!column || what === null) return null;
  const invalid = [...column.problems]
    .filter(([, p]) => p.kind === 'invalid')
    .map(([i]) => i)
    .sort((a, b) => a - b);
  if (invalid.length === 0) return null;
  return {
    code: `insight.inputInvalid.${what}`,
    params: { column: column.header, count: invalid.length, cells: cellList(run, invalid, col) },
  };
}

/** Concentration, advice, migration, profitability and client types of a run. */
export function portfolioInsight(run: ClassificationRun): PortfolioInsight {
  const { mapping } = run.table;
  const { model } = run;
  const columns = runInsightColumns(run);
  const has = (c: InsightColumn) => columns.includes(c);
  const values = (col: number) => (col >= 0 ? run.table.numeric.get(col)?.values : undefined);

  const conc =
    mapping.revenue >= 0
      ? concentration(run.revenue, model.concentrationLimit !== undefined ? { limit: model.concentrationLimit } : {})
      : null;

  const advised = abcAdvice(run.classKey);
  const onColumn = run.classKey !== run.scores && mapping.classColumn >= 0;
  const advice: AdviceInsight | null = Number.isFinite(advised.limits[1])
    ? { advice: advised, basis: onColumn ? 'column' : 'score', ...(onColumn ? { column: run.table.headers[mapping.classColumn]! } : {}) }
    : null;

  const migration = has('shift') ? runMigration(run) : null;

  let profit: ProfitabilityInsight | null = null;
  if (has('margin') || has('revenuePerHour')) {
    const costs = values(mapping.costs);
    const hours = values(mapping.hours);
    const input = {
      revenue: run.revenue,
      ...(costs ? { costs } : {}),
      ...(hours ? { hours } : {}),
      ...(model.hourlyCost !== undefined ? { costPerHour: model.hourlyCost } : {}),
    };
    const result = profitability(input);
    profit = { result, totals: profitabilityTotals(input, result) };
  }

  let types: ClientTypesInsight | null = null;
  if (has('clientType')) {
    const value = mapping.revenue >= 0 ? 'revenue' : 'score';
    types = {
      quadrants: clientTypes(value === 'revenue' ? run.revenue : run.scores, values(mapping.potential)!),
      value,
      potentialColumn: run.table.headers[mapping.potential]!,
    };
  }

  const warnings: Message[] = [];
  for (const w of [
    invalidInput(run, mapping.costs, has('margin') ? 'profit' : null),
    invalidInput(run, mapping.hours, has('margin') || has('revenuePerHour') ? 'profit' : null),
    invalidInput(run, mapping.potential, has('clientType') ? 'clientType' : null),
  ])
    if (w) warnings.push(w);
  if (migration && migration.unknownLabels.length > 0) {
    const col = mapping.previousClass;
    const texts = [...new Set(migration.unknownLabels.map((u) => u.text))];
    warnings.push({
      code: 'insight.shift.unknownLabels',
      params: {
        column: run.table.headers[col]!,
        count: migration.unknownLabels.length,
        values: texts
          .slice(0, CELLS_LISTED)
          .map((x) => `"${x}"`)
          .join(', '),
        cells: cellList(
          run,
          migration.unknownLabels.map((u) => u.index),
          col,
        ),
        labels: model.classification.labels.join(', '),
      },
    });
  }

  return { columns, concentration: conc, advice, migration, profitability: profit, clientTypes: types, warnings };
}
