/**
 * Messages about reading a client table and a model file: number notation, totals, sums, column
 * matching, header detection, model fields and encodings.
 */
export const tableInputNl = {
  'model.unknownFieldNear': 'onbekend veld; bedoelt u "{field}"? Het wordt nu genegeerd.',
  'model.textTooLong': 'de tekst is {length} tekens lang; hoogstens {max} tekens passen in een kolomkop en in de toelichting per klant.',
  'model.encodingUtf32': 'Het modelbestand is opgeslagen als UTF-32; dat kan Klantwaarde niet lezen. Sla het op als UTF-8 (Kladblok: Opslaan als > Codering: UTF-8).',
  'model.encodingUnknown': 'Het modelbestand is geen UTF-8- of UTF-16-tekst (ongeldige tekens vanaf byte {offset}). Sla het op als UTF-8 (Kladblok: Opslaan als > Codering: UTF-8).',
  'table.missingColumnSuggest': 'Kolom(men) niet gevonden: {columns}. Bedoelt u \'{suggestion}\' (voor "{column}")? De tabel heeft: {available}.',
  'table.columnMatched': 'Kolom "{column}" uit het model staat niet letterlijk in de tabel; kolom {letter} "{header}" wordt gebruikt.',
  'table.unlabelledTotalRow': 'Rij {row} heeft geen naam en de {column} ervan ({address}) is de som van de rijen erboven: een totaalregel, geen klant. Die rij is overgeslagen.',
  'table.sumOverflow': 'De waarden in kolom {column} ({address}) zijn samen te groot om op te tellen (meer dan 1,8 × 10^308). Controleer die kolom: een bedrag als 1E+308 is bijna zeker een tikfout.',
  'client.invalid.percent': '{column} "{text}" is een percentage, geen bedrag ({address}); niet ingedeeld.',
  'client.revenuePercent': '{column} "{text}" is een percentage, geen bedrag ({address}); telt niet mee in de omzetaandelen.',
  'workbook.titleRowsSkipped': 'Rijen {rows} ({address}) vormen een titel boven de tabel ("{title}"), geen kopregel. De tabel begint daarom met de kopregel in rij {headerRow}. Klopt dat niet, kies dan zelf de kopregel.',
  'workbook.headerRowOfTable': 'De Excel-tabel "{table}" heeft haar kopregel in rij {row}; die wordt gebruikt, niet rij {wanted}.',
  'workbook.headerRowInvalid': 'Kopregel {row} bestaat niet: kies een rijnummer van 1 tot {max}.',
  'workbook.headerRowBlank': 'Rij {row} van blad {sheet} is leeg en kan geen kopregel zijn. Kies de rij met de kolomnamen.',
  'workbook.clientRowsBelow': 'Onder de lege rij {blank} staan nog {count} rij(en) die op klanten lijken (rij {rows}); die horen niet bij de gevonden tabel ({address}) en zijn niet ingedeeld. Haal de lege rij weg, of selecteer de hele tabel, om ze mee te nemen.',
  'workbook.clientRowsBelowMany': 'Onder de lege rij {blank} staan nog {count} of meer rijen die op klanten lijken (vanaf rij {rows}); die horen niet bij de gevonden tabel ({address}) en zijn niet ingedeeld. Haal de lege rij weg, of selecteer de hele tabel, om ze mee te nemen.',
  'cli.badHeaderRow': '--header-row verwacht een rijnummer (1, 2, 3, …), niet "{value}".',
} as const;

export const tableInputEn: Record<keyof typeof tableInputNl, string> = {
  'model.unknownFieldNear': 'unknown field; did you mean "{field}"? It is ignored for now.',
  'model.textTooLong': 'the text is {length} characters long; at most {max} characters fit in a column header and in each client\'s explanation.',
  'model.encodingUtf32': 'The model file is saved as UTF-32, which Klantwaarde cannot read. Save it as UTF-8 (Notepad: Save as > Encoding: UTF-8).',
  'model.encodingUnknown': 'The model file is not UTF-8 or UTF-16 text (invalid characters from byte {offset}). Save it as UTF-8 (Notepad: Save as > Encoding: UTF-8).',
  'table.missingColumnSuggest': 'Column(s) not found: {columns}. Did you mean \'{suggestion}\' (for "{column}")? The table has: {available}.',
  'table.columnMatched': 'Column "{column}" of the model is not in the table as such; column {letter} "{header}" is used.',
  'table.unlabelledTotalRow': 'Row {row} has no name and its {column} ({address}) is the sum of the rows above: a totals row, not a client. That row is skipped.',
  'table.sumOverflow': 'The values in column {column} ({address}) are too large to add up (more than 1.8 × 10^308). Check that column: an amount like 1E+308 is almost certainly a typing error.',
  'client.invalid.percent': '{column} "{text}" is a percentage, not an amount ({address}); not classified.',
  'client.revenuePercent': '{column} "{text}" is a percentage, not an amount ({address}); it does not count in the revenue shares.',
  'workbook.titleRowsSkipped': 'Rows {rows} ({address}) are a title above the table ("{title}"), not a header row. The table therefore starts with the header row in row {headerRow}. If that is wrong, choose the header row yourself.',
  'workbook.headerRowOfTable': 'The Excel table "{table}" has its header row in row {row}; that one is used, not row {wanted}.',
  'workbook.headerRowInvalid': 'Header row {row} does not exist: choose a row number from 1 to {max}.',
  'workbook.headerRowBlank': 'Row {row} of sheet {sheet} is empty and cannot be the header row. Choose the row with the column names.',
  'workbook.clientRowsBelow': 'Below the blank row {blank} there are {count} more row(s) that look like clients (row {rows}); they are not part of the table found ({address}) and were not classified. Remove the blank row, or select the whole table, to include them.',
  'workbook.clientRowsBelowMany': 'Below the blank row {blank} there are {count} or more rows that look like clients (from row {rows}); they are not part of the table found ({address}) and were not classified. Remove the blank row, or select the whole table, to include them.',
  'cli.badHeaderRow': '--header-row expects a row number (1, 2, 3, …), not "{value}".',
};
