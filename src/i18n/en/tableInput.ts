// English texts of ../tableInput.ts. Only in the lang-en chunk, which ../catalog.ts loads on demand.
import type { tableInputNl } from '../tableInput';

export const tableInputEn: Record<keyof typeof tableInputNl, string> = {
  'workbook.titleRowsSkipped':
    'Rows {rows} ({address}) are a title above the table ("{title}"), not a header row. The table therefore starts with the header row in row {headerRow}. If that is wrong, choose the header row yourself.',
  'workbook.headerRowOfTable': 'The Excel table "{table}" has its header row in row {row}; that one is used, not row {wanted}.',
  'workbook.headerRowInvalid': 'Header row {row} does not exist: choose a row number from 1 to {max}.',
  'workbook.headerRowBlank': 'Row {row} of sheet {sheet} is empty and cannot be the header row. Choose the row with the column names.',
  'workbook.clientRowsBelow':
    'Below the blank row {blank} there are {count} more row(s) that look like clients (row {rows}); they are not part of the table found ({address}) and were not classified. Remove the blank row, or select the whole table, to include them.',
  'workbook.clientRowsBelowMany':
    'Below the blank row {blank} there are {count} or more rows that look like clients (from row {rows}); they are not part of the table found ({address}) and were not classified. Remove the blank row, or select the whole table, to include them.',
  'ui.table.columnClose': 'column "{column}" (close to "{wanted}")',
  'ui.table.columnSynonym': 'column "{column}" (same meaning as "{wanted}")',
  'ui.table.didYouMean': "Did you mean '{column}'?",
  'ui.table.useSuggestion': "Use '{column}'",
  'ui.table.columnFor': 'Column for {name}',
  'ui.table.chooseColumn': 'Choose a column',
  'ui.table.headerRow': 'Header row',
  'ui.table.headerRowAuto': 'Automatic (row {row})',
  'ui.table.headerRowOption': 'Row {row}',
  'ui.table.headerRowAutoPlain': 'Automatic',
};
