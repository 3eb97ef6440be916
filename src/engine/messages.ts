/**
 * The codes of every message the engine can emit. The catalogs (src/i18n/messages.ts) are typed
 * against this union, so a code without Dutch or English text, or a text for a code that no longer
 * exists, is a compile error. Adding a code: one line here and one line in each catalog.
 */

/** Problems in a scoring model, reported with the field path (`criteria[1].weight`). */
export type ModelMessageCode =
  | 'model.notModel'
  | 'model.invalidJson'
  | 'model.required'
  | 'model.version'
  | 'model.unknownField'
  | 'model.notText'
  | 'model.notList'
  | 'model.notObject'
  | 'model.notNumber'
  | 'model.direction'
  | 'model.scaleMax'
  | 'model.duplicateCriterion'
  | 'model.weightNotNumber'
  | 'model.weightNegative'
  | 'model.scoringType'
  | 'model.linearRange'
  | 'model.thresholdCount'
  | 'model.thresholdsAscending'
  | 'model.thresholdsDescending'
  | 'model.labelCount'
  | 'model.labelsUnique'
  | 'model.classLimitCount'
  | 'model.fraction'
  | 'model.sharePositive'
  | 'model.sharesSum'
  | 'model.preset'
  | 'model.computedLabels'
  | 'model.method'
  | 'model.noCriteria'
  | 'model.allWeightsZero'
  | 'model.ruleTarget'
  | 'model.unknownCriterion'
  | 'model.ruleOp'
  | 'model.ruleValue'
  | 'model.ruleAction'
  | 'model.unknownLabel'
  | 'model.missing'
  | 'model.hourlyCostNegative'
  | 'model.concentrationLimit'
  | 'model.textTooLong'
  | 'model.unknownFieldNear'
  | 'model.encodingUtf32'
  | 'model.encodingUnknown';

/** Problems with the client table as a whole. */
export type TableMessageCode =
  | 'table.empty'
  | 'table.noHeaderRow'
  | 'table.noClients'
  | 'table.missingColumns'
  | 'table.duplicateHeader'
  | 'table.duplicateHeaderUnused'
  | 'table.noRevenueColumn'
  | 'table.optionalColumnMissing'
  | 'table.totalsRowSkipped'
  | 'table.blankRowsSkipped'
  | 'table.missingColumnSuggest'
  | 'table.columnMatched'
  | 'table.unlabelledTotalRow'
  | 'table.sumOverflow';

/** Why a cell that holds no usable number was refused. */
export type InvalidCellReason = 'text' | 'error' | 'boolean' | 'date' | 'percent';

/** Problems or notes about one client's row. */
export type ClientMessageCode =
  | 'client.missing'
  | 'client.missingAsZero'
  | 'client.outOfRange'
  | 'client.fractional'
  | 'client.revenueMissing'
  | 'client.revenueInvalid'
  | 'client.negativeRevenue'
  | 'client.overrideUnknown'
  | 'client.override'
  | 'client.overrideWithReason'
  | 'client.revenuePercent'
  | `client.invalid.${InvalidCellReason}`;

/** Input columns of the portfolio insight that hold unusable cells. */
export type InsightMessageCode = 'insight.inputInvalid.profit' | 'insight.inputInvalid.clientType' | 'insight.shift.unknownLabels';

/** The contact plan and growth budget (capacity, owners, growth inputs). */
export type PlanMessageCode =
  | 'plan.overCapacity'
  | 'plan.ownerOverCapacity'
  | 'plan.unknownOwner'
  | 'growth.notNumber'
  | 'growth.chanceRange'
  | 'growth.opportunityNegative';

export type MessageCode = ModelMessageCode | TableMessageCode | ClientMessageCode | InsightMessageCode | PlanMessageCode;

/** Parameters filled into a message's `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A user-facing message: a catalog code plus parameters; the i18n layer renders it. Outer layers
 * (workbook, CLI) widen `Code` to their own catalog keys.
 */
export interface Message<Code extends string = MessageCode> {
  readonly code: Code;
  readonly params?: MessageParams;
}
