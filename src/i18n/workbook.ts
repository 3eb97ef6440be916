/**
 * Messages of the workbook pipeline (finding the table, writing results, the report sheet), Dutch and English.
 * Every message that stops a run says what is wrong, where (sheet, cells) and what the user can do.
 */
export const workbookNl = {
  'workbook.multipleAreas':
    'U heeft {areas} losse gebieden geselecteerd. Selecteer één cel in de klantentabel, of de hele tabel als één blok.',
  'workbook.noSelection': 'Er is geen selectie. Klik op een cel in de klantentabel en probeer opnieuw.',
  'workbook.tableNoHeaders':
    'De Excel-tabel "{table}" ({address}) heeft geen kopregel. Zet "Koprij" aan (Tabelontwerp) zodat elke kolom een naam heeft.',
  'workbook.outputOccupied':
    'Op blad "{sheet}" staan al gegevens in {cells}, precies waar de resultaatkolommen ({range}) moeten komen. Er is niets gewijzigd. Kies "Kolommen invoegen" om nieuwe kolommen in te voegen (uw gegevens schuiven dan naar rechts), of maak die cellen leeg.',
  'workbook.moreCells': 'en nog {count} cel(len)',
  'workbook.noRoom': 'Rechts van de tabel ({address}) is geen ruimte voor {count} resultaatkolommen: het blad eindigt bij kolom XFD.',
  'workbook.sheetProtected':
    'Het blad "{sheet}" is beveiligd, dus de resultaten kunnen er niet in. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer opnieuw.',
  'workbook.structureProtected':
    'De werkmapstructuur is beveiligd, dus het rapportblad "{sheet}" kan niet worden gemaakt of verwijderd. Er is niets gewijzigd. Hef de beveiliging op (Controleren > Werkmap beveiligen) en probeer opnieuw.',
  'workbook.removeProtected':
    'Het blad "{sheet}" is beveiligd, dus de resultaten kunnen er niet af. Er is niets gewijzigd. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer opnieuw.',
  'workbook.freeHeader': '{header} (Klantwaarde)',
  'workbook.headerRenamed': 'De tabel "{table}" heeft al een kolom "{header}"; onze kolom heet daarom "{chosen}".',
  'workbook.writeFailed':
    'Excel heeft de resultaten op blad "{sheet}" niet (volledig) kunnen schrijven: {detail}. Kies "Resultaten verwijderen" om wat wel geschreven is weg te halen, en probeer opnieuw.',
  'workbook.readFailed': 'Excel kon de tabel op blad "{sheet}" niet lezen: {detail}.',
  // The write half of the add-in loads on demand (src/workbook/onDemand.ts), and so do parts of the pane
  // (src/taskpane/Lazy, shown by the pane's crash view with its retry button); after an update on the server
  // the pane's old page cannot fetch them any more. Closing the workbook ends the shared runtime, closing the pane does not.
  'workbook.partNotLoaded':
    'Een onderdeel van Klantwaarde kon niet worden geladen, waarschijnlijk omdat de invoegtoepassing intussen is bijgewerkt of de verbinding wegviel. Er is niets gewijzigd. Probeer het opnieuw; lukt het dan nog niet, sla de werkmap op, sluit hem en open hem opnieuw.',
  'workbook.hiddenRows':
    '{count} rij(en) van de tabel zijn verborgen (bijv. door een filter). Ze tellen mee, tenzij u kiest voor "Verborgen rijen overslaan".',
  'workbook.hiddenRowsSkipped': '{count} verborgen rij(en) overgeslagen; die klanten zijn niet ingedeeld.',
  'workbook.ownColumnsFound': 'De tabel heeft al resultaatkolommen van een eerdere berekening ({range}); die worden bijgewerkt.',
  'workbook.blankHeader': 'Kolom {letter} heeft geen naam in de kopregel ({address}); die kolom kan geen criterium zijn.',
  'workbook.resultsChanged': 'De resultaatkolommen op blad "{sheet}" ({range}) zijn gewijzigd of verplaatst; ze zijn niet verwijderd.',
  'workbook.reportRenamed': 'Er bestaat al een eigen blad "{wanted}"; het rapport staat daarom op blad "{sheet}".',
  'workbook.titleRowSkipped':
    'Rij {row} ({address}) bevat alleen "{title}": een titel, geen kopregel. De tabel begint daarom met de kopregel in rij {headerRow}.',
  'workbook.revenueAllZero':
    'Kolom "{column}" ({address}) heeft nergens een omzet boven 0, dus omzetaandelen en de Pareto-grafiek blijven leeg. Klopt de kolom?',
  'workbook.emptyClasses': 'Geen enkele klant valt in klasse {labels}. Pas de klassegrenzen aan als dat niet de bedoeling is.',
  'workbook.report.concentration': 'Concentratie: de grootste {clientShare} van de klanten brengt {revenueShare} van de omzet op.',
  'workbook.report.noRevenue': 'Geen omzetkolom gevonden: omzetaandelen en Pareto-grafiek ontbreken.',
  'workbook.report.revenueZero': 'Geen omzet boven 0 in kolom "{column}": omzetaandelen en Pareto-grafiek ontbreken.',
  'workbook.report.clientShare': '% klanten (grootste eerst)',
  'workbook.report.groupShare': '% omzet van deze groep',
  // The .xlsx adapter (src/workbook/xlsx): only the command line reads .xlsx files, but the messages travel
  // through the same port and session as Excel's, so they share the workbook catalog.
  'xlsx.blockedCells':
    'Op blad "{sheet}" zijn cellen samengevoegd of hebben ze gegevensvalidatie ({cells}), precies waar de resultaatkolommen ({range}) moeten komen; daar schrijft Klantwaarde niet. Het invoerbestand is niet gewijzigd en er is geen uitvoerbestand geschreven. Hef de samenvoeging of validatie op, of maak ruimte rechts van de tabel, en probeer opnieuw.',
  'xlsx.noTable':
    'Op blad "{sheet}" staat geen klantentabel: er is geen Excel-tabel en cel A1 is leeg. Laat de tabel (met kopregel) in A1 beginnen, maak er een Excel-tabel van, of kies een ander blad met --sheet.',
} as const;
