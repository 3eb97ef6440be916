export type * from './types';
export type * from './messages';
export { normalizeHeader, parseNumber, detectNumberLocale, isBlank, cellErrorText, displayText } from './text';
export type { NumberLocale } from './text';
export { columnLetter, columnIndex, sheetRow, quoteSheet } from './address';
export { findHeader, detectNameColumn, detectRevenueColumn, insightColumns } from './headers';
export {
  validateModel,
  parseModelJson,
  modelToJson,
  letterLabels,
  DEFAULT_SCORE_THRESHOLDS,
  PYRAMID_LABELS,
  PYRAMID_SHARES,
  MAX_TEXT_LENGTH,
} from './model';
export type { ModelIssue, ModelValidation } from './model';
export { readClientTable, sheetRowList } from './table';
export { matchColumn, matchModelColumns, criterionCandidates } from './columnMatch';
export type { ColumnMatch } from './columnMatch';
export { decodeModelFile } from './modelText';
export type { DecodedText } from './modelText';
export { isPercentFormat, sumOverflows, unlabelledTotal } from './tableChecks';
export type { ReadOptions } from './table';
export { scoreCriterion } from './scoring';
export { classifyByScore, classifyByRank, classifyByPareto, classifyByLimits, revenueShares } from './classify';
export { classifyClients } from './run';
export type { ClassificationRun } from './run';
export { allClients } from './client';
export type { ClientResult } from './client';
export { explainClient } from './explain';
export type { Explanation } from './explain';
export { summarize } from './summary';
export type { PortfolioSummary } from './summary';
export { computeAbcLimits, computeAbcAnalysis, abcAdvice } from './abc';
export { fmmSpline, evalSpline } from './spline';
export { concentration, DEFAULT_CONCENTRATION_LIMIT } from './concentration';
export { profitability, profitabilityColumn, profitabilityTotals } from './profitability';
export { quadrants, clientTypes, clientTypeOf, median, CLIENT_TYPES } from './clientTypes';
export type { AxisLimit } from './clientTypes';
export { migration, runMigration } from './migration';
export { portfolioInsight } from './insight';
export type { PortfolioInsight } from './insight';
export { plannedInsightColumns, runInsightColumns, INSIGHT_COLUMNS } from './insightColumns';
export type { InsightColumn } from './insightColumns';
export { compareRuns } from './whatIf';
export type { ClassChange, ClassDelta, RunComparison } from './whatIf';
export { presetModel, PRESET_IDS } from './presets';
export type { PresetId } from './presets';
export { classifyTable } from './pipeline';
export { resolveServiceLevels } from './serviceLevels';
export type { ResolvedLevel } from './serviceLevels';
export { contactPlan, spreadContacts, CONTACT_MINUTES } from './contactPlan';
export type { ContactPlan, PlanTotals } from './contactPlan';
export { growthBudget } from './growth';
export type { GrowthBudget, GrowthTotals } from './growth';
export { idealClientProfile } from './idealClient';
export type { IdealClientProfile } from './idealClient';
export { writeCalendar, escapeText, foldLine, stableHash } from './calendar';
export type { CalendarEvent } from './calendar';
export { addMonths, firstWorkingDay, isoDate, workingDayDates } from './workdays';
export { actionPlan } from './actionPlan';
export type { ActionPlan } from './actionPlan';
