export type * from './types';
export type * from './messages';
export { normalizeHeader, parseNumber, detectNumberLocale, isBlank, cellErrorText, displayText } from './text';
export type { NumberLocale, ParsedNumber } from './text';
export { columnLetter, columnIndex, cellAddress, sheetRow, quoteSheet, DEFAULT_PLACEMENT } from './address';
export type { TablePlacement } from './address';
export {
  headerKey, findHeader, detectNameColumn, detectRevenueColumn, isTotalsLabel, insightColumns, detectPreviousClassColumn,
  detectPotentialColumn, detectHoursColumn, detectCostsColumn,
} from './headers';
export type { InsightColumnIndexes } from './headers';
export {
  validateModel, parseModelJson, modelToJson, DEFAULT_LABELS, DEFAULT_PARETO_CUTOFFS, DEFAULT_SCORE_THRESHOLDS,
  PYRAMID_LABELS, PYRAMID_SHARES,
} from './model';
export type { ModelIssue, ModelValidation } from './model';
export { readClientTable, sheetRowList } from './table';
export type { ClientTable, ColumnMapping, NumericColumn, ReadOptions, TableReading } from './table';
export { scoreCriterion } from './scoring';
export { classifyByScore, classifyByRank, classifyByPareto, classifyByLimits, rankDescending, revenueShares } from './classify';
export { classifyClients, DECIDED_BY_METHOD, DECIDED_BY_OVERRIDE, UNCLASSIFIED } from './run';
export type { ClassificationRun, ClientFlag } from './run';
export { clientResult, allClients, decisionOf } from './client';
export type { ClientResult, Decision } from './client';
export { explainClient } from './explain';
export type { Explanation, CriterionPoints, Gap } from './explain';
export { summarize } from './summary';
export type { ClassSummary, PortfolioSummary } from './summary';
export { computeAbcLimits, computeAbcAnalysis, abcAdvice } from './abc';
export type { AbcAnalysis, AbcCurve, AbcPoint, AbcAdvice } from './abc';
export { fmmSpline, evalSpline } from './spline';
export type { CubicSpline } from './spline';
export { concentration, DEFAULT_CONCENTRATION_LIMIT } from './concentration';
export type { Concentration, ConcentrationOptions } from './concentration';
export { profitability, profitabilityColumn, profitabilityTotals, PROFITABILITY_MEASURES } from './profitability';
export type { Profitability, ProfitabilityInput, ProfitabilityInputName, ProfitabilityMeasure, ProfitabilityTotals } from './profitability';
export {
  quadrants, clientTypes, portfolioActions, clientTypeOf, portfolioActionOf, median, CLIENT_TYPES, PORTFOLIO_ACTIONS,
} from './clientTypes';
export type { AxisLimit, ClientType, PortfolioAction, Quadrants, TypeLimits, ActionLimits } from './clientTypes';
export { migration, runMigration } from './migration';
export type { ClassShift, Migration, ShiftKind } from './migration';
export { portfolioInsight, plannedInsightColumns, runInsightColumns, INSIGHT_COLUMNS } from './insight';
export type { AdviceInsight, ClientTypesInsight, InsightColumn, PortfolioInsight, ProfitabilityInsight } from './insight';
export { compareRuns } from './whatIf';
export type { ClassChange, ClassDelta, RunComparison } from './whatIf';
export { presetModel, PRESET_IDS } from './presets';
export type { PresetId } from './presets';
export { classifyTable } from './pipeline';
export type { TableClassification } from './pipeline';
