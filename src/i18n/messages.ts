import type { MessageCode } from '../engine';

/**
 * Every message the engine can emit, in Dutch and English: typed against the engine's `MessageCode`
 * union, so a missing or stale code does not compile. `{name}` is filled from the message parameters.
 * Model messages are prefixed with the field path by `formatMessage`.
 */
export const messagesNl: Record<MessageCode, string> = {
  'model.notModel': 'Dit is geen Klantwaarde-model: verwacht een JSON-object met "version", "criteria" en "classification".',
  'model.invalidJson':
    "Het modelbestand is geen geldige JSON: de fout zit in regel {line}, teken {column}. Controleer daar de aanhalingstekens, komma's en haakjes.",
  'model.required': 'ontbreekt, maar is verplicht.',
  'model.version': 'versie {value} wordt niet ondersteund; verwacht 1.',
  'model.unknownField': 'onbekend veld; het wordt genegeerd.',
  'model.notText': 'moet een tekst zijn.',
  'model.notList': 'moet een lijst zijn.',
  'model.notObject': 'moet een object zijn.',
  'model.notNumber': '"{value}" is geen getal.',
  'model.direction': '"{value}" is geen richting; kies "higher" of "lower".',
  'model.scaleMax': '"{value}" is geen geldige schaal; kies een geheel getal van 1 tot {max}.',
  'model.duplicateCriterion': 'het criterium "{name}" staat er twee keer in.',
  'model.weightNotNumber': 'het gewicht "{value}" is geen getal.',
  'model.weightNegative': 'het gewicht {value} is negatief; een gewicht is 0 of meer.',
  'model.scoringType': 'onbekende scoringsmethode "{value}"; kies direct, thresholds, quantiles of linear.',
  'model.linearRange': 'de bovengrens ({hi}) moet groter zijn dan de ondergrens ({lo}).',
  'model.thresholdCount': 'er zijn {expected} drempels nodig (één per scorepunt), er staan er {actual}.',
  'model.thresholdsAscending': 'de grenzen moeten oplopen.',
  'model.thresholdsDescending': 'de grenzen moeten aflopen.',
  'model.labelCount': 'geef 2 tot {max} klassenamen.',
  'model.labelsUnique': 'elke klassenaam mag maar één keer voorkomen.',
  'model.classLimitCount': 'er zijn {expected} grenzen nodig voor deze klassen, er staan er {actual}.',
  'model.fraction': 'grenzen zijn fracties tussen 0 en 1 (bijv. 0,7 voor 70%).',
  'model.sharePositive': 'elk aandeel ligt tussen 0 en 1.',
  'model.sharesSum': 'de aandelen tellen op tot {sum}; ze moeten samen 1 (100%) zijn.',
  'model.preset': 'onbekende voorinstelling "{value}"; bedoelt u "klantenpiramide"?',
  'model.computedLabels': 'berekende ABC-grenzen geven precies 3 klassen.',
  'model.method': 'onbekende methode "{value}"; kies score, rank, pareto of computed.',
  'model.noCriteria': 'voeg minstens één criterium toe.',
  'model.allWeightsZero': 'alle gewichten zijn 0; geef minstens één criterium een gewicht.',
  'model.ruleTarget': 'noem precies één van "criterion" of "column".',
  'model.unknownCriterion': 'het criterium "{name}" staat niet in het model.',
  'model.ruleOp': '"{value}" is geen vergelijking; kies <, <=, >, >= of =.',
  'model.ruleValue': 'de waarde moet een getal zijn (tekst alleen bij =).',
  'model.ruleAction': 'geef precies één van "atMost" of "atLeast".',
  'model.unknownLabel': 'klasse "{label}" bestaat niet; de klassen zijn {labels}.',
  'model.missing': '"{value}" is geen keuze; kies "unclassified" of "zero".',
  'model.hourlyCostNegative': 'de kostprijs per uur {value} is negatief; geef 0 of meer.',
  'model.concentrationLimit': '"{value}" is geen aandeel; geef een fractie groter dan 0 en hoogstens 1 (bijv. 0,2 voor 20%).',
  'table.empty': 'De selectie is leeg. Selecteer de klantentabel (met kopregel) en probeer opnieuw. Bij {address} staan geen gegevens.',
  'table.noHeaderRow': 'De eerste rij van de tabel ({address}) bevat getallen, geen kolomnamen. Zet een kopregel boven de klanten.',
  'table.noClients': 'De tabel heeft een kopregel maar geen klanten (vanaf {address}).',
  'table.missingColumns': 'Kolom(men) niet gevonden: {columns}. De tabel heeft: {available}.',
  'table.duplicateHeader':
    'De kolomnaam "{column}" staat meer dan eens in de kopregel (kolommen {letters}); geef elke kolom een eigen naam.',
  'table.duplicateHeaderUnused': 'De kolomnaam "{column}" komt twee keer voor (kolommen {letters}).',
  'table.noRevenueColumn':
    'Geen omzetkolom gevonden voor de Pareto-indeling. Noem een kolom "Omzet" of kies de kolom in het model. De tabel heeft: {available}.',
  'table.optionalColumnMissing': 'Kolom "{column}" niet gevonden; die wordt overgeslagen.',
  'table.totalsRowSkipped': 'Totaalregel overgeslagen (rij {rows}); dat is geen klant.',
  'table.blankRowsSkipped': '{count} lege rij(en) in de tabel overgeslagen (rij {rows}).',
  'client.missing': '{column} ontbreekt ({address}); niet ingedeeld.',
  'client.missingAsZero': '{column} ontbreekt ({address}); als 0 geteld volgens het model.',
  'client.invalid.text': '{column} "{text}" is geen getal ({address}); niet ingedeeld.',
  'client.invalid.error': '{column} bevat de fout {text} ({address}); niet ingedeeld.',
  'client.invalid.boolean': '{column} is WAAR/ONWAAR, geen getal ({address}); niet ingedeeld.',
  'client.invalid.date': '{column} bevat een datum, geen bedrag of score ({address}); niet ingedeeld.',
  'client.outOfRange': '{column} is {value}, buiten de schaal 0–{max} ({address}); niet ingedeeld.',
  'client.fractional': '{column} is {value}, geen geheel getal ({address}); telt mee als {value}.',
  'client.revenueMissing': '{column} ontbreekt ({address}); telt niet mee in de omzetaandelen.',
  'client.revenueInvalid': '{column} "{text}" is geen bruikbaar bedrag ({address}); telt niet mee in de omzetaandelen.',
  'client.negativeRevenue': 'Negatieve omzet ({value}, {address}); telt als 0 voor aandelen.',
  'client.overrideUnknown': 'Handmatige klasse "{value}" bestaat niet ({address}); kies uit {labels}.',
  'client.override': 'Handmatig op {label} gezet.',
  'client.overrideWithReason': 'Handmatig op {label} gezet: {reason}.',

  // Insight input columns with unusable cells.
  'insight.inputInvalid.profit':
    'Kolom "{column}" heeft {count} cel(len) zonder bruikbaar getal ({cells}); het rendement van die klanten blijft leeg.',
  'insight.inputInvalid.clientType':
    'Kolom "{column}" heeft {count} cel(len) zonder bruikbaar getal ({cells}); het klanttype van die klanten blijft leeg.',
  'insight.shift.unknownLabels':
    'Kolom "{column}" bevat {count} vorige klasse(n) die geen van de klassen {labels} zijn ({values}; {cells}); hun verschuiving is "?" en ze tellen niet mee in de matrix.',
  'plan.overCapacity':
    'Het contactplan vraagt {needed} uur per jaar, maar de capaciteit is {capacity} uur. Verlaag de contactmomenten of uren per klasse, of verhoog de capaciteit.',
  'plan.ownerOverCapacity':
    'Het contactplan vraagt {needed} uur per jaar van {owner}, maar die heeft {capacity} uur. Verdeel klanten anders of verlaag de uren per klasse.',
  'plan.unknownOwner':
    'Relatiebeheerder "{name}" in cel {cell} (klant {client}) staat niet in de lijst van het model ({owners}). Controleer de spelling; de uren tellen nu apart.',
  'growth.notNumber':
    'Cel {cell} (klant {client}) in kolom "{column}" bevat "{value}", geen getal; deze klant telt niet mee in het groeibudget.',
  'growth.chanceRange':
    'De slagingskans in cel {cell} (klant {client}) is {value}; een kans ligt tussen 0% en 100%. Deze klant telt niet mee in het groeibudget.',
  'growth.opportunityNegative':
    'De extra omzet in cel {cell} (klant {client}) is negatief ({value}); deze klant telt niet mee in het groeibudget.',
  'model.textTooLong': 'de tekst is {length} tekens lang; hoogstens {max} tekens passen in een kolomkop en in de toelichting per klant.',
  'model.unknownFieldNear': 'onbekend veld; bedoelt u "{field}"? Het wordt nu genegeerd.',
  'model.encodingUtf32':
    'Het modelbestand is opgeslagen als UTF-32; dat kan Klantwaarde niet lezen. Sla het op als UTF-8 (Kladblok: Opslaan als > Codering: UTF-8).',
  'model.encodingUnknown':
    'Het modelbestand is geen UTF-8- of UTF-16-tekst (ongeldige tekens vanaf byte {offset}). Sla het op als UTF-8 (Kladblok: Opslaan als > Codering: UTF-8).',
  'client.revenuePercent': '{column} "{text}" is een percentage, geen bedrag ({address}); telt niet mee in de omzetaandelen.',
  'table.missingColumnSuggest':
    'Kolom(men) niet gevonden: {columns}. Bedoelt u \'{suggestion}\' (voor "{column}")? De tabel heeft: {available}.',
  'table.columnMatched': 'Kolom "{column}" uit het model staat niet letterlijk in de tabel; kolom {letter} "{header}" wordt gebruikt.',
  'table.unlabelledTotalRow':
    'Rij {row} heeft geen naam en de {column} ervan ({address}) is de som van de rijen erboven: een totaalregel, geen klant. Die rij is overgeslagen.',
  'table.sumOverflow':
    'De waarden in kolom {column} ({address}) zijn samen te groot om op te tellen (meer dan 1,8 × 10^308). Controleer die kolom: een bedrag als 1E+308 is bijna zeker een tikfout.',
  'client.invalid.percent': '{column} "{text}" is een percentage, geen bedrag ({address}); niet ingedeeld.',
};
