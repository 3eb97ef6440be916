/**
 * Messages of the workbook pipeline (finding the table, writing results, the report sheet), Dutch and English.
 * Every message that stops a run says what is wrong, where (sheet, cells) and what the user can do.
 */
export const workbookNl = {
  'workbook.multipleAreas': 'U heeft {areas} losse gebieden geselecteerd. Selecteer één cel in de klantentabel, of de hele tabel als één blok.',
  'workbook.noSelection': 'Er is geen selectie. Klik op een cel in de klantentabel en probeer opnieuw.',
  'workbook.tableNoHeaders': 'De Excel-tabel "{table}" ({address}) heeft geen kopregel. Zet "Koprij" aan (Tabelontwerp) zodat elke kolom een naam heeft.',
  'workbook.outputOccupied': 'Op blad "{sheet}" staan al gegevens in {cells}, precies waar de resultaatkolommen ({range}) moeten komen. Er is niets gewijzigd. Kies "Kolommen invoegen" om nieuwe kolommen in te voegen (uw gegevens schuiven dan naar rechts), of maak die cellen leeg.',
  'workbook.moreCells': 'en nog {count} cel(len)',
  'workbook.noRoom': 'Rechts van de tabel ({address}) is geen ruimte voor {count} resultaatkolommen: het blad eindigt bij kolom XFD.',
  'workbook.sheetProtected': 'Het blad "{sheet}" is beveiligd, dus de resultaten kunnen er niet in. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer opnieuw.',
  'workbook.writeFailed': 'Excel heeft de resultaten op blad "{sheet}" niet (volledig) kunnen schrijven: {detail}. Kies "Resultaten verwijderen" om wat wel geschreven is weg te halen, en probeer opnieuw.',
  'workbook.readFailed': 'Excel kon de tabel op blad "{sheet}" niet lezen: {detail}.',
  'workbook.hiddenRows': '{count} rij(en) van de tabel zijn verborgen (bijv. door een filter). Ze tellen mee, tenzij u kiest voor "Verborgen rijen overslaan".',
  'workbook.hiddenRowsSkipped': '{count} verborgen rij(en) overgeslagen; die klanten zijn niet ingedeeld.',
  'workbook.ownColumnsFound': 'De tabel heeft al resultaatkolommen van een eerdere berekening ({range}); die worden bijgewerkt.',
  'workbook.blankHeader': 'Kolom {letter} heeft geen naam in de kopregel ({address}); die kolom kan geen criterium zijn.',
  'workbook.resultsChanged': 'De resultaatkolommen op blad "{sheet}" ({range}) zijn gewijzigd of verplaatst; ze zijn niet verwijderd.',
  'workbook.reportRenamed': 'Er bestaat al een eigen blad "{wanted}"; het rapport staat daarom op blad "{sheet}".',
  'workbook.report.concentration': 'Concentratie: de grootste {clientShare} van de klanten brengt {revenueShare} van de omzet op.',
  'workbook.report.noRevenue': 'Geen omzetkolom gevonden: omzetaandelen en Pareto-grafiek ontbreken.',
  'workbook.report.clientShare': '% klanten (grootste eerst)',
  'workbook.report.groupShare': '% omzet van deze groep',
} as const;

export const workbookEn: Record<keyof typeof workbookNl, string> = {
  'workbook.multipleAreas': 'You selected {areas} separate areas. Select one cell in the client table, or the whole table as one block.',
  'workbook.noSelection': 'Nothing is selected. Click a cell in the client table and try again.',
  'workbook.tableNoHeaders': 'The Excel table "{table}" ({address}) has no header row. Turn on "Header Row" (Table Design) so every column has a name.',
  'workbook.outputOccupied': 'Sheet "{sheet}" already has data in {cells}, exactly where the result columns ({range}) would go. Nothing was changed. Choose "Insert columns" to insert new columns (your data then moves to the right), or clear those cells.',
  'workbook.moreCells': 'and {count} more cell(s)',
  'workbook.noRoom': 'There is no room right of the table ({address}) for {count} result columns: the sheet ends at column XFD.',
  'workbook.sheetProtected': 'Sheet "{sheet}" is protected, so the results cannot be written. Unprotect it (Review > Unprotect Sheet) and try again.',
  'workbook.writeFailed': 'Excel could not (fully) write the results on sheet "{sheet}": {detail}. Choose "Remove results" to remove what was written, and try again.',
  'workbook.readFailed': 'Excel could not read the table on sheet "{sheet}": {detail}.',
  'workbook.hiddenRows': '{count} row(s) of the table are hidden (e.g. by a filter). They are included unless you choose "Skip hidden rows".',
  'workbook.hiddenRowsSkipped': '{count} hidden row(s) skipped; those clients are not classified.',
  'workbook.ownColumnsFound': 'The table already has result columns from an earlier run ({range}); they will be updated.',
  'workbook.blankHeader': 'Column {letter} has no name in the header row ({address}); it cannot be a criterion.',
  'workbook.resultsChanged': 'The result columns on sheet "{sheet}" ({range}) were changed or moved; they were not removed.',
  'workbook.reportRenamed': 'A sheet of your own named "{wanted}" already exists, so the report is on sheet "{sheet}".',
  'workbook.report.concentration': 'Concentration: the largest {clientShare} of clients bring in {revenueShare} of revenue.',
  'workbook.report.noRevenue': 'No revenue column found: revenue shares and the Pareto chart are left out.',
  'workbook.report.clientShare': '% of clients (largest first)',
  'workbook.report.groupShare': '% revenue of this group',
};
