/**
 * The help Excel shows for the worksheet functions (KW.*): a description per function and per argument.
 * Only the build reads these (src/functions/metadataLocale.ts writes them into functions.json and
 * functions.en.json), so they are not in the catalog and no browser bundle carries them. The Dutch
 * texts must equal the JSDoc in src/functions/functions.ts (the metadata generator reads only JSDoc);
 * test/functions/metadata.test.ts keeps the two in step.
 */
export const functionHelpNl = {
  'fn.help.KLANTSCORE':
    'Gewogen klantscore: de som van score × gewicht over de criteria. Een blok met één rij per klant geeft één totaal per rij.',
  'fn.help.KLANTSCORE.scores': 'Scores per criterium (0 tot schaalmax): één rij, of een blok met één rij per klant.',
  'fn.help.KLANTSCORE.gewichten': 'Gewicht per criterium (0 of meer) in dezelfde volgorde: één rij of kolom, even lang als een rij scores.',
  'fn.help.KLANTSCORE.schaalmax': 'Hoogste score van de schaal (geheel getal van 1 tot 10); standaard 3.',
  'fn.help.KLANTSCORE.result': 'De klantscore per rij.',
  'fn.help.KLANTSCOREPCT':
    'Klantscore als fractie van het maximum (schaalmax × som van de gewichten). Een blok met één rij per klant geeft één uitkomst per rij.',
  'fn.help.KLANTSCOREPCT.scores': 'Scores per criterium (0 tot schaalmax): één rij, of een blok met één rij per klant.',
  'fn.help.KLANTSCOREPCT.gewichten':
    'Gewicht per criterium (0 of meer) in dezelfde volgorde: één rij of kolom, even lang als een rij scores.',
  'fn.help.KLANTSCOREPCT.schaalmax': 'Hoogste score van de schaal (geheel getal van 1 tot 10); standaard 3.',
  'fn.help.KLANTSCOREPCT.result': 'De score als fractie van 0 tot 1 per rij; maak de cel op als percentage.',
  'fn.help.KLANTKLASSE':
    'Klasse bij een scorepercentage: de eerste klasse waarvan de grens gehaald wordt (standaard A vanaf 70%, B vanaf 45%, C vanaf 20%, anders D).',
  'fn.help.KLANTKLASSE.percentage': 'Scorepercentage van 0 tot 1, bijvoorbeeld uit KLANTSCOREPCT; een bereik geeft een klasse per cel.',
  'fn.help.KLANTKLASSE.grenzen': 'Ondergrens per klasse als fractie, aflopend; standaard {0,7;0,45;0,2}.',
  'fn.help.KLANTKLASSE.labels': 'Klassenamen, één meer dan er grenzen zijn; standaard A, B, C, D.',
  'fn.help.KLANTKLASSE.result': 'De klasse per cel.',
  'fn.help.ABCKLASSE':
    'ABC-klasse (Pareto) binnen een kolom: A is de kleinste groep grootste klanten die samen de eerste grens halen (standaard 80%), B tot de tweede grens (95%), de rest C. Gelijke waarden krijgen dezelfde klasse.',
  'fn.help.ABCKLASSE.waarde': 'De waarde van de klant, bijvoorbeeld de omzet; een bereik geeft een klasse per cel.',
  'fn.help.ABCKLASSE.alle_waarden':
    'De waarden van alle klanten (de hele kolom); lege cellen tellen niet mee, negatieve waarden tellen als 0.',
  'fn.help.ABCKLASSE.grenzen': 'Cumulatieve aandelen als fractie, oplopend; standaard {0,8;0,95}.',
  'fn.help.ABCKLASSE.labels': 'Klassenamen, één meer dan er grenzen zijn; standaard A, B, C.',
  'fn.help.ABCKLASSE.result': 'De klasse per cel.',
  'fn.help.RANGKLASSE':
    'Klasse naar rang: standaard de hoogste 20% van de klanten A, de volgende 30% B en de rest C. Gelijke waarden krijgen dezelfde klasse.',
  'fn.help.RANGKLASSE.waarde': 'De waarde of score van de klant; een bereik geeft een klasse per cel.',
  'fn.help.RANGKLASSE.alle_waarden': 'De waarden of scores van alle klanten (de hele kolom); lege cellen tellen niet mee.',
  'fn.help.RANGKLASSE.aandelen': 'Aandeel van de klanten per klasse, samen 1; standaard {0,2;0,3;0,5}.',
  'fn.help.RANGKLASSE.labels': 'Klassenamen, één per aandeel; standaard A, B, C.',
  'fn.help.RANGKLASSE.result': 'De klasse per cel.',
  'fn.help.PIRAMIDELAAG': 'Laag in de klantenpiramide (Curry) naar rang: Top (hoogste 1%), Groot (volgende 4%), Middel (15%), Klein (80%).',
  'fn.help.PIRAMIDELAAG.waarde': 'De waarde of score van de klant; een bereik geeft een laag per cel.',
  'fn.help.PIRAMIDELAAG.alle_waarden': 'De waarden of scores van alle klanten (de hele kolom); lege cellen tellen niet mee.',
  'fn.help.PIRAMIDELAAG.result': 'De laag per cel.',
  'fn.help.OMZETAANDEEL': "Aandeel van de waarde in het totaal van de kolom; negatieve waarden (creditnota's) tellen als 0.",
  'fn.help.OMZETAANDEEL.waarde': 'De omzet van de klant; een bereik geeft een aandeel per cel.',
  'fn.help.OMZETAANDEEL.alle_waarden': 'De omzet van alle klanten (de hele kolom); lege cellen tellen niet mee.',
  'fn.help.OMZETAANDEEL.result': 'Het aandeel als fractie van 0 tot 1 per cel.',
  'fn.help.KLANTTYPE':
    'Klanttype uit klantwaarde en potentie: Strategisch (beide hoog), Groot (hoge waarde, lage potentie), Ontwikkeling (lage waarde, hoge potentie), Transactioneel (beide laag). Hoog is vanaf de drempel.',
  'fn.help.KLANTTYPE.waarde': 'De waarde van de klant, bijvoorbeeld omzet of klantscore; een bereik geeft een type per cel.',
  'fn.help.KLANTTYPE.potentie': 'De potentie van de klant, bijvoorbeeld een oordeel van 0 tot 3; even groot als waarde.',
  'fn.help.KLANTTYPE.drempel_waarde': 'Vanaf deze waarde is de klantwaarde hoog; standaard de mediaan van waarde (geef dan de hele kolom).',
  'fn.help.KLANTTYPE.drempel_potentie':
    'Vanaf deze potentie is de potentie hoog; standaard de mediaan van potentie (geef dan de hele kolom).',
  'fn.help.KLANTTYPE.result': 'Het klanttype per cel.',
  'fn.help.CONTACTMOMENTEN':
    'Aantal geplande contactmomenten per jaar voor een klasse, volgens de serviceniveaus van het model dat in de werkmap is opgeslagen (zonder model: A 4, B 2, C 1, D 0).',
  'fn.help.CONTACTMOMENTEN.klasse': 'De klasse van de klant, bijvoorbeeld uit de kolom Klasse; een bereik geeft een aantal per cel.',
  'fn.help.CONTACTMOMENTEN.result': 'Het aantal contactmomenten per jaar per cel.',
} as const;

export type FunctionHelpKey = keyof typeof functionHelpNl;

export const functionHelpEn: Record<FunctionHelpKey, string> = {
  'fn.help.KLANTSCORE':
    'Weighted client score: the sum of score × weight over the criteria. A block with one row per client gives one total per row.',
  'fn.help.KLANTSCORE.scores': 'Scores per criterion (0 to scale_max): one row, or a block with one row per client.',
  'fn.help.KLANTSCORE.gewichten': 'Weight per criterion (0 or more) in the same order: one row or column, as long as a row of scores.',
  'fn.help.KLANTSCORE.schaalmax': 'Highest score of the scale (whole number from 1 to 10); default 3.',
  'fn.help.KLANTSCORE.result': 'The client score per row.',
  'fn.help.KLANTSCOREPCT':
    'Client score as a fraction of the maximum (scale_max × sum of the weights). A block with one row per client gives one result per row.',
  'fn.help.KLANTSCOREPCT.scores': 'Scores per criterion (0 to scale_max): one row, or a block with one row per client.',
  'fn.help.KLANTSCOREPCT.gewichten': 'Weight per criterion (0 or more) in the same order: one row or column, as long as a row of scores.',
  'fn.help.KLANTSCOREPCT.schaalmax': 'Highest score of the scale (whole number from 1 to 10); default 3.',
  'fn.help.KLANTSCOREPCT.result': 'The score as a fraction from 0 to 1 per row; format the cell as a percentage.',
  'fn.help.KLANTKLASSE':
    'Class for a score percentage: the first class whose limit is reached (default A from 70%, B from 45%, C from 20%, else D).',
  'fn.help.KLANTKLASSE.percentage': 'Score percentage from 0 to 1, e.g. from CLIENTSCOREPCT; a range gives one class per cell.',
  'fn.help.KLANTKLASSE.grenzen': 'Lower limit per class as a fraction, descending; default {0.7,0.45,0.2}.',
  'fn.help.KLANTKLASSE.labels': 'Class names, one more than there are limits; default A, B, C, D.',
  'fn.help.KLANTKLASSE.result': 'The class per cell.',
  'fn.help.ABCKLASSE':
    'ABC class (Pareto) within a column: A is the smallest group of largest clients that together reach the first limit (default 80%), B up to the second limit (95%), the rest C. Equal values share a class.',
  'fn.help.ABCKLASSE.waarde': "The client's value, e.g. revenue; a range gives one class per cell.",
  'fn.help.ABCKLASSE.alle_waarden': 'The values of all clients (the whole column); blank cells are left out, negative values count as 0.',
  'fn.help.ABCKLASSE.grenzen': 'Cumulative shares as fractions, ascending; default {0.8,0.95}.',
  'fn.help.ABCKLASSE.labels': 'Class names, one more than there are limits; default A, B, C.',
  'fn.help.ABCKLASSE.result': 'The class per cell.',
  'fn.help.RANGKLASSE': 'Class by rank: by default the top 20% of clients A, the next 30% B and the rest C. Equal values share a class.',
  'fn.help.RANGKLASSE.waarde': "The client's value or score; a range gives one class per cell.",
  'fn.help.RANGKLASSE.alle_waarden': 'The values or scores of all clients (the whole column); blank cells are left out.',
  'fn.help.RANGKLASSE.aandelen': 'Share of the clients per class, adding up to 1; default {0.2,0.3,0.5}.',
  'fn.help.RANGKLASSE.labels': 'Class names, one per share; default A, B, C.',
  'fn.help.RANGKLASSE.result': 'The class per cell.',
  'fn.help.PIRAMIDELAAG':
    'Level in the client pyramid (Curry) by rank: Top (highest 1%), Groot/large (next 4%), Middel/medium (15%), Klein/small (80%).',
  'fn.help.PIRAMIDELAAG.waarde': "The client's value or score; a range gives one level per cell.",
  'fn.help.PIRAMIDELAAG.alle_waarden': 'The values or scores of all clients (the whole column); blank cells are left out.',
  'fn.help.PIRAMIDELAAG.result': 'The level per cell.',
  'fn.help.OMZETAANDEEL': 'Share of the value in the column total; negative values (credit notes) count as 0.',
  'fn.help.OMZETAANDEEL.waarde': "The client's revenue; a range gives one share per cell.",
  'fn.help.OMZETAANDEEL.alle_waarden': 'The revenue of all clients (the whole column); blank cells are left out.',
  'fn.help.OMZETAANDEEL.result': 'The share as a fraction from 0 to 1 per cell.',
  'fn.help.KLANTTYPE':
    'Client type from client value and potential: Strategic (both high), Large (high value, low potential), Development (low value, high potential), Transactional (both low). High means at least the limit.',
  'fn.help.KLANTTYPE.waarde': "The client's value, e.g. revenue or client score; a range gives one type per cell.",
  'fn.help.KLANTTYPE.potentie': "The client's potential, e.g. a judgement from 0 to 3; the same size as value.",
  'fn.help.KLANTTYPE.drempel_waarde':
    'From this value on the client value is high; default the median of value (then give the whole column).',
  'fn.help.KLANTTYPE.drempel_potentie':
    'From this potential on the potential is high; default the median of potential (then give the whole column).',
  'fn.help.KLANTTYPE.result': 'The client type per cell.',
  'fn.help.CONTACTMOMENTEN':
    'Planned contact moments per year for a class, from the service levels of the model saved in the workbook (without a model: A 4, B 2, C 1, D 0).',
  'fn.help.CONTACTMOMENTEN.klasse': "The client's class, e.g. from the Class column; a range gives one number per cell.",
  'fn.help.CONTACTMOMENTEN.result': 'The number of contact moments per year per cell.',
};
