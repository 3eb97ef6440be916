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
