import { matchModelColumns } from './columnMatch';
import { detectRevenueColumn, insightColumns } from './headers';
import type { ClassificationRun } from './run';
import type { ScoringModel } from './types';

/*
 * Which insight columns a table gets, apart from computing them (insight.ts): finding and reading a
 * table needs only this, so a bundle can leave the insight computations for when results are written.
 */

/** The optional result columns, in the order they are first written (after the eight fixed ones). */
export const INSIGHT_COLUMNS = ['shift', 'margin', 'revenuePerHour', 'clientType'] as const;
export type InsightColumn = (typeof INSIGHT_COLUMNS)[number];

interface InsightRoles {
  readonly revenue: number;
  readonly previousClass: number;
  readonly costs: number;
  readonly hours: number;
  readonly potential: number;
}

function columnsOf(roles: InsightRoles, model: ScoringModel): InsightColumn[] {
  const hasRevenue = roles.revenue >= 0;
  const present: Record<InsightColumn, boolean> = {
    shift: roles.previousClass >= 0,
    // A margin needs a cost: a costs column, or hours with a cost per hour.
    margin: hasRevenue && (roles.costs >= 0 || (roles.hours >= 0 && model.hourlyCost !== undefined)),
    revenuePerHour: hasRevenue && roles.hours >= 0,
    // Value is revenue, or the score when there is no revenue column.
    clientType: roles.potential >= 0 && (hasRevenue || model.criteria.length > 0),
  };
  return INSIGHT_COLUMNS.filter((c) => present[c]);
}

/**
 * The insight columns a table will get, from its header row and the model alone (before any data is
 * read), resolved exactly as `readClientTable` maps the columns.
 */
export function plannedInsightColumns(headers: readonly string[], model: ScoringModel): InsightColumn[] {
  const revenue = model.revenue ? matchModelColumns(headers, model).revenue!.index : (detectRevenueColumn(headers) ?? -1);
  return columnsOf({ revenue, ...insightColumns(headers, model) }, model);
}

/** The insight columns of a run (the same as planned for its header row). */
export function runInsightColumns(run: ClassificationRun): InsightColumn[] {
  return columnsOf(run.table.mapping, run.model);
}
