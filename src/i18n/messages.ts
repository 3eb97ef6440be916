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
