// English texts of ../messages.ts. Only in the lang-en chunk, which ../catalog.ts loads on demand.
import type { MessageCode } from '../../engine';

export const messagesEn: Record<MessageCode, string> = {
  'model.notModel': 'This is not a Klantwaarde model: expected a JSON object with "version", "criteria" and "classification".',
  'model.invalidJson':
    'The model file is not valid JSON: the error is at line {line}, character {column}. Check the quotes, commas and brackets there.',
  'model.required': 'is missing but required.',
  'model.version': 'version {value} is not supported; expected 1.',
  'model.unknownField': 'unknown field; it is ignored.',
  'model.notText': 'must be text.',
  'model.notList': 'must be a list.',
  'model.notObject': 'must be an object.',
  'model.notNumber': '"{value}" is not a number.',
  'model.direction': '"{value}" is not a direction; use "higher" or "lower".',
  'model.scaleMax': '"{value}" is not a valid scale; use a whole number from 1 to {max}.',
  'model.duplicateCriterion': 'criterion "{name}" appears twice.',
  'model.weightNotNumber': 'weight "{value}" is not a number.',
  'model.weightNegative': 'weight {value} is negative; a weight is 0 or more.',
  'model.scoringType': 'unknown scoring type "{value}"; use direct, thresholds, quantiles or linear.',
  'model.linearRange': 'the upper bound ({hi}) must be greater than the lower bound ({lo}).',
  'model.thresholdCount': '{expected} thresholds are needed (one per score point), found {actual}.',
  'model.thresholdsAscending': 'the limits must ascend.',
  'model.thresholdsDescending': 'the limits must descend.',
  'model.labelCount': 'give 2 to {max} class names.',
  'model.labelsUnique': 'each class name may appear only once.',
  'model.classLimitCount': '{expected} limits are needed for these classes, found {actual}.',
  'model.fraction': 'limits are fractions between 0 and 1 (e.g. 0.7 for 70%).',
  'model.sharePositive': 'each share lies between 0 and 1.',
  'model.sharesSum': 'the shares add up to {sum}; together they must be 1 (100%).',
  'model.preset': 'unknown preset "{value}"; did you mean "klantenpiramide"?',
  'model.computedLabels': 'computed ABC limits give exactly 3 classes.',
  'model.method': 'unknown method "{value}"; use score, rank, pareto or computed.',
  'model.noCriteria': 'add at least one criterion.',
  'model.allWeightsZero': 'all weights are 0; give at least one criterion a weight.',
  'model.ruleTarget': 'name exactly one of "criterion" or "column".',
  'model.unknownCriterion': 'criterion "{name}" is not in the model.',
  'model.ruleOp': '"{value}" is not a comparison; use <, <=, >, >= or =.',
  'model.ruleValue': 'the value must be a number (text only with =).',
  'model.ruleAction': 'give exactly one of "atMost" or "atLeast".',
  'model.unknownLabel': 'class "{label}" does not exist; the classes are {labels}.',
  'model.missing': '"{value}" is not an option; use "unclassified" or "zero".',
  'model.hourlyCostNegative': 'the cost per hour {value} is negative; give 0 or more.',
  'model.concentrationLimit': '"{value}" is not a share; give a fraction above 0 and at most 1 (e.g. 0.2 for 20%).',
  'table.empty': 'The selection is empty. Select the client table (with its header row) and try again. There is no data at {address}.',
  'table.noHeaderRow': 'The first row of the table ({address}) holds numbers, not column names. Put a header row above the clients.',
  'table.noClients': 'The table has a header row but no clients (from {address}).',
  'table.missingColumns': 'Column(s) not found: {columns}. The table has: {available}.',
  'table.duplicateHeader':
    'Column name "{column}" appears more than once in the header row (columns {letters}); give each column its own name.',
  'table.duplicateHeaderUnused': 'Column name "{column}" appears twice (columns {letters}).',
  'table.noRevenueColumn':
    'No revenue column found for the Pareto classification. Name a column "Revenue" or choose the column in the model. The table has: {available}.',
  'table.optionalColumnMissing': 'Column "{column}" not found; it is skipped.',
  'table.totalsRowSkipped': 'Totals row skipped (row {rows}); it is not a client.',
  'table.blankRowsSkipped': '{count} blank row(s) in the table skipped (row {rows}).',
  'client.missing': '{column} is missing ({address}); not classified.',
  'client.missingAsZero': '{column} is missing ({address}); counted as 0 as the model says.',
  'client.invalid.text': '{column} "{text}" is not a number ({address}); not classified.',
  'client.invalid.error': '{column} holds the error {text} ({address}); not classified.',
  'client.invalid.boolean': '{column} is TRUE/FALSE, not a number ({address}); not classified.',
  'client.invalid.date': '{column} holds a date, not an amount or score ({address}); not classified.',
  'client.outOfRange': '{column} is {value}, outside the scale 0–{max} ({address}); not classified.',
  'client.fractional': '{column} is {value}, not a whole number ({address}); counted as {value}.',
  'client.revenueMissing': '{column} is missing ({address}); it does not count in the revenue shares.',
  'client.revenueInvalid': '{column} "{text}" is not a usable amount ({address}); it does not count in the revenue shares.',
  'client.negativeRevenue': 'Negative revenue ({value}, {address}); counts as 0 for shares.',
  'client.overrideUnknown': 'Manual class "{value}" does not exist ({address}); choose from {labels}.',
  'client.override': 'Set to {label} by hand.',
  'client.overrideWithReason': 'Set to {label} by hand: {reason}.',
  'insight.inputInvalid.profit':
    'Column "{column}" has {count} cell(s) without a usable number ({cells}); those clients\' profitability stays empty.',
  'insight.inputInvalid.clientType':
    'Column "{column}" has {count} cell(s) without a usable number ({cells}); those clients\' client type stays empty.',
  'insight.shift.unknownLabels':
    'Column "{column}" holds {count} previous class(es) that are none of the classes {labels} ({values}; {cells}); their shift is "?" and they are left out of the matrix.',
  'plan.overCapacity':
    'The contact plan needs {needed} hours a year, but the capacity is {capacity} hours. Lower the contact moments or hours per class, or raise the capacity.',
  'plan.ownerOverCapacity':
    'The contact plan needs {needed} hours a year from {owner}, who has {capacity} hours. Spread the clients differently or lower the hours per class.',
  'plan.unknownOwner':
    'Relationship owner "{name}" in cell {cell} (client {client}) is not in the model\'s list ({owners}). Check the spelling; the hours now count separately.',
  'growth.notNumber':
    'Cell {cell} (client {client}) in column "{column}" holds "{value}", not a number; this client is left out of the growth budget.',
  'growth.chanceRange':
    'The success chance in cell {cell} (client {client}) is {value}; a chance lies between 0% and 100%. This client is left out of the growth budget.',
  'growth.opportunityNegative':
    'The additional revenue in cell {cell} (client {client}) is negative ({value}); this client is left out of the growth budget.',
  'model.textTooLong':
    "the text is {length} characters long; at most {max} characters fit in a column header and in each client's explanation.",
  'model.unknownFieldNear': 'unknown field; did you mean "{field}"? It is ignored for now.',
  'model.encodingUtf32':
    'The model file is saved as UTF-32, which Klantwaarde cannot read. Save it as UTF-8 (Notepad: Save as > Encoding: UTF-8).',
  'model.encodingUnknown':
    'The model file is not UTF-8 or UTF-16 text (invalid characters from byte {offset}). Save it as UTF-8 (Notepad: Save as > Encoding: UTF-8).',
  'client.revenuePercent': '{column} "{text}" is a percentage, not an amount ({address}); it does not count in the revenue shares.',
  'table.missingColumnSuggest':
    'Column(s) not found: {columns}. Did you mean \'{suggestion}\' (for "{column}")? The table has: {available}.',
  'table.columnMatched': 'Column "{column}" of the model is not in the table as such; column {letter} "{header}" is used.',
  'table.unlabelledTotalRow':
    'Row {row} has no name and its {column} ({address}) is the sum of the rows above: a totals row, not a client. That row is skipped.',
  'table.sumOverflow':
    'The values in column {column} ({address}) are too large to add up (more than 1.8 × 10^308). Check that column: an amount like 1E+308 is almost certainly a typing error.',
  'client.invalid.percent': '{column} "{text}" is a percentage, not an amount ({address}); not classified.',
};
