/**
 * Messages about reading a client table and a model file: number notation, totals, sums, column
 * matching, header detection, model fields and encodings.
 */
export const tableInputNl = {
  'workbook.titleRowsSkipped':
    'Rijen {rows} ({address}) vormen een titel boven de tabel ("{title}"), geen kopregel. De tabel begint daarom met de kopregel in rij {headerRow}. Klopt dat niet, kies dan zelf de kopregel.',
  'workbook.headerRowOfTable': 'De Excel-tabel "{table}" heeft haar kopregel in rij {row}; die wordt gebruikt, niet rij {wanted}.',
  'workbook.headerRowInvalid': 'Kopregel {row} bestaat niet: kies een rijnummer van 1 tot {max}.',
  'workbook.headerRowBlank': 'Rij {row} van blad {sheet} is leeg en kan geen kopregel zijn. Kies de rij met de kolomnamen.',
  'workbook.clientRowsBelow':
    'Onder de lege rij {blank} staan nog {count} rij(en) die op klanten lijken (rij {rows}); die horen niet bij de gevonden tabel ({address}) en zijn niet ingedeeld. Haal de lege rij weg, of selecteer de hele tabel, om ze mee te nemen.',
  'workbook.clientRowsBelowMany':
    'Onder de lege rij {blank} staan nog {count} of meer rijen die op klanten lijken (vanaf rij {rows}); die horen niet bij de gevonden tabel ({address}) en zijn niet ingedeeld. Haal de lege rij weg, of selecteer de hele tabel, om ze mee te nemen.',
  'ui.table.columnClose': 'kolom "{column}" (gelijkend op "{wanted}")',
  'ui.table.columnSynonym': 'kolom "{column}" (zelfde betekenis als "{wanted}")',
  'ui.table.didYouMean': "Bedoelt u '{column}'?",
  'ui.table.useSuggestion': "Gebruik '{column}'",
  'ui.table.columnFor': 'Kolom voor {name}',
  'ui.table.chooseColumn': 'Kies een kolom',
  'ui.table.headerRow': 'Kopregel',
  'ui.table.headerRowAuto': 'Automatisch (rij {row})',
  'ui.table.headerRowOption': 'Rij {row}',
  'ui.table.headerRowAutoPlain': 'Automatisch',
} as const;

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
