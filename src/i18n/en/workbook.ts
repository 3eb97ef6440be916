// English texts of ../workbook.ts. Only in the lang-en chunk, which ../catalog.ts loads on demand.
import type { workbookNl } from '../workbook';
import { ENGLISH_MARKS } from '../outputMarks';

export const workbookEn: Record<keyof typeof workbookNl, string> = {
  'workbook.multipleAreas': 'You selected {areas} separate areas. Select one cell in the client table, or the whole table as one block.',
  'workbook.noSelection': 'Nothing is selected. Click a cell in the client table and try again.',
  'workbook.tableNoHeaders':
    'The Excel table "{table}" ({address}) has no header row. Turn on "Header Row" (Table Design) so every column has a name.',
  'workbook.outputOccupied':
    'Sheet "{sheet}" already has data in {cells}, exactly where the result columns ({range}) would go. Nothing was changed. Choose "Insert columns" to insert new columns (your data then moves to the right), or clear those cells.',
  'workbook.moreCells': 'and {count} more cell(s)',
  'workbook.noRoom': 'There is no room right of the table ({address}) for {count} result columns: the sheet ends at column XFD.',
  'workbook.sheetProtected':
    'Sheet "{sheet}" is protected, so the results cannot be written. Unprotect it (Review > Unprotect Sheet) and try again.',
  'workbook.structureProtected':
    'The workbook structure is protected, so the report sheet "{sheet}" cannot be added or deleted. Nothing was changed. Unprotect it (Review > Protect Workbook) and try again.',
  'workbook.removeProtected':
    'Sheet "{sheet}" is protected, so the results cannot be removed from it. Nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.',
  'workbook.freeHeader': ENGLISH_MARKS['workbook.freeHeader'],
  'workbook.headerRenamed': 'Table "{table}" already has a column "{header}", so our column is called "{chosen}".',
  'workbook.writeFailed':
    'Excel could not (fully) write the results on sheet "{sheet}": {detail}. Choose "Remove results" to remove what was written, and try again.',
  'workbook.readFailed': 'Excel could not read the table on sheet "{sheet}": {detail}.',
  'workbook.partNotLoaded':
    'Part of Klantwaarde could not be loaded, probably because the add-in was updated in the meantime or the connection dropped. Nothing was changed. Try again; if that fails too, save the workbook, close it and open it again.',
  'workbook.hiddenRows':
    '{count} row(s) of the table are hidden (e.g. by a filter). They are included unless you choose "Skip hidden rows".',
  'workbook.hiddenRowsSkipped': '{count} hidden row(s) skipped; those clients are not classified.',
  'workbook.ownColumnsFound': 'The table already has result columns from an earlier run ({range}); they will be updated.',
  'workbook.blankHeader': 'Column {letter} has no name in the header row ({address}); it cannot be a criterion.',
  'workbook.resultsChanged': 'The result columns on sheet "{sheet}" ({range}) were changed or moved; they were not removed.',
  'workbook.reportRenamed': 'A sheet of your own named "{wanted}" already exists, so the report is on sheet "{sheet}".',
  'workbook.titleRowSkipped':
    'Row {row} ({address}) holds only "{title}": a title, not a header row. The table therefore starts with the header row in row {headerRow}.',
  'workbook.revenueAllZero':
    'Column "{column}" ({address}) has no revenue above 0 anywhere, so revenue shares and the Pareto chart stay empty. Is this the right column?',
  'workbook.emptyClasses': 'No client falls in class {labels}. Adjust the class limits if that is not intended.',
  'workbook.report.concentration': 'Concentration: the largest {clientShare} of clients bring in {revenueShare} of revenue.',
  'workbook.report.noRevenue': 'No revenue column found: revenue shares and the Pareto chart are left out.',
  'workbook.report.revenueZero': 'No revenue above 0 in column "{column}": revenue shares and the Pareto chart are left out.',
  'workbook.report.clientShare': '% of clients (largest first)',
  'workbook.report.groupShare': '% revenue of this group',
  'xlsx.blockedCells':
    'On sheet "{sheet}", cells are merged or have data validation ({cells}), exactly where the result columns ({range}) would go; Klantwaarde does not write there. The input file is unchanged and no output file was written. Unmerge the cells or remove the validation, or make room right of the table, and try again.',
  'xlsx.noTable':
    'Sheet "{sheet}" has no client table: there is no Excel table and cell A1 is empty. Start the table (with its header row) in A1, turn it into an Excel table, or choose another sheet with --sheet.',
};
