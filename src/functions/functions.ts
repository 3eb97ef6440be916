/*
 * The worksheet functions KW.* (the namespace comes from manifest.xml). custom-functions-metadata-plugin
 * reads the JSDoc below at build time to generate functions.json and appends the
 * CustomFunctions.associate(id, function) calls to this file, so it must not call associate itself.
 *
 * The JSDoc is the Dutch help Excel shows; keep it equal to the catalog (src/i18n/functions.ts), which
 * holds the English help as well. Every argument is typed `unknown` (metadata type "any") so that Excel
 * passes blank cells and text through unchanged: we, not Excel, decide that a blank score is missing
 * rather than 0, and say so. Results are matrices so that a range argument spills one result per client.
 * The functions have no TypeScript return type (it is language.ts's FunctionResult, a Promise only while
 * English texts load): the metadata generator cannot read that alias and takes the type from `@returns`.
 */
import { ABCKLASSE, KLANTKLASSE, KLANTSCORE, KLANTSCOREPCT, KLANTTYPE, OMZETAANDEEL, PIRAMIDELAAG, RANGKLASSE } from './specs';
import { evaluate } from './runner';
import { whenTextsReady } from './language';
import { contactMomentsSpec, readSavedModel } from './contactMoments';

/**
 * Gewogen klantscore: de som van score × gewicht over de criteria. Een blok met één rij per klant geeft één totaal per rij.
 * @customfunction KLANTSCORE KLANTSCORE
 * @param scores Scores per criterium (0 tot schaalmax): één rij, of een blok met één rij per klant.
 * @param gewichten Gewicht per criterium (0 of meer) in dezelfde volgorde: één rij of kolom, even lang als een rij scores.
 * @param schaalmax Hoogste score van de schaal (geheel getal van 1 tot 10); standaard 3.
 * @returns {number[][]} De klantscore per rij.
 */
export function klantscore(scores: unknown[][], gewichten: unknown[][], schaalmax?: unknown) {
  return whenTextsReady(() => evaluate(KLANTSCORE, [scores, gewichten, schaalmax]));
}

/**
 * Klantscore als fractie van het maximum (schaalmax × som van de gewichten). Een blok met één rij per klant geeft één uitkomst per rij.
 * @customfunction KLANTSCOREPCT KLANTSCOREPCT
 * @param scores Scores per criterium (0 tot schaalmax): één rij, of een blok met één rij per klant.
 * @param gewichten Gewicht per criterium (0 of meer) in dezelfde volgorde: één rij of kolom, even lang als een rij scores.
 * @param schaalmax Hoogste score van de schaal (geheel getal van 1 tot 10); standaard 3.
 * @returns {number[][]} De score als fractie van 0 tot 1 per rij; maak de cel op als percentage.
 */
export function klantscorePct(scores: unknown[][], gewichten: unknown[][], schaalmax?: unknown) {
  return whenTextsReady(() => evaluate(KLANTSCOREPCT, [scores, gewichten, schaalmax]));
}

/**
 * Klasse bij een scorepercentage: de eerste klasse waarvan de grens gehaald wordt (standaard A vanaf 70%, B vanaf 45%, C vanaf 20%, anders D).
 * @customfunction KLANTKLASSE KLANTKLASSE
 * @param percentage Scorepercentage van 0 tot 1, bijvoorbeeld uit KLANTSCOREPCT; een bereik geeft een klasse per cel.
 * @param grenzen Ondergrens per klasse als fractie, aflopend; standaard {0,7;0,45;0,2}.
 * @param labels Klassenamen, één meer dan er grenzen zijn; standaard A, B, C, D.
 * @returns {string[][]} De klasse per cel.
 */
export function klantklasse(percentage: unknown[][], grenzen?: unknown[][], labels?: unknown[][]) {
  return whenTextsReady(() => evaluate(KLANTKLASSE, [percentage, grenzen, labels]));
}

/**
 * ABC-klasse (Pareto) binnen een kolom: A is de kleinste groep grootste klanten die samen de eerste grens halen (standaard 80%), B tot de tweede grens (95%), de rest C. Gelijke waarden krijgen dezelfde klasse.
 * @customfunction ABCKLASSE ABCKLASSE
 * @param waarde De waarde van de klant, bijvoorbeeld de omzet; een bereik geeft een klasse per cel.
 * @param alle_waarden De waarden van alle klanten (de hele kolom); lege cellen tellen niet mee, negatieve waarden tellen als 0.
 * @param grenzen Cumulatieve aandelen als fractie, oplopend; standaard {0,8;0,95}.
 * @param labels Klassenamen, één meer dan er grenzen zijn; standaard A, B, C.
 * @returns {string[][]} De klasse per cel.
 */
export function abcklasse(waarde: unknown[][], alle_waarden: unknown[][], grenzen?: unknown[][], labels?: unknown[][]) {
  return whenTextsReady(() => evaluate(ABCKLASSE, [waarde, alle_waarden, grenzen, labels]));
}

/**
 * Klasse naar rang: standaard de hoogste 20% van de klanten A, de volgende 30% B en de rest C. Gelijke waarden krijgen dezelfde klasse.
 * @customfunction RANGKLASSE RANGKLASSE
 * @param waarde De waarde of score van de klant; een bereik geeft een klasse per cel.
 * @param alle_waarden De waarden of scores van alle klanten (de hele kolom); lege cellen tellen niet mee.
 * @param aandelen Aandeel van de klanten per klasse, samen 1; standaard {0,2;0,3;0,5}.
 * @param labels Klassenamen, één per aandeel; standaard A, B, C.
 * @returns {string[][]} De klasse per cel.
 */
export function rangklasse(waarde: unknown[][], alle_waarden: unknown[][], aandelen?: unknown[][], labels?: unknown[][]) {
  return whenTextsReady(() => evaluate(RANGKLASSE, [waarde, alle_waarden, aandelen, labels]));
}

/**
 * Laag in de klantenpiramide (Curry) naar rang: Top (hoogste 1%), Groot (volgende 4%), Middel (15%), Klein (80%).
 * @customfunction PIRAMIDELAAG PIRAMIDELAAG
 * @param waarde De waarde of score van de klant; een bereik geeft een laag per cel.
 * @param alle_waarden De waarden of scores van alle klanten (de hele kolom); lege cellen tellen niet mee.
 * @returns {string[][]} De laag per cel.
 */
export function piramidelaag(waarde: unknown[][], alle_waarden: unknown[][]) {
  return whenTextsReady(() => evaluate(PIRAMIDELAAG, [waarde, alle_waarden]));
}

/**
 * Aandeel van de waarde in het totaal van de kolom; negatieve waarden (creditnota's) tellen als 0.
 * @customfunction OMZETAANDEEL OMZETAANDEEL
 * @param waarde De omzet van de klant; een bereik geeft een aandeel per cel.
 * @param alle_waarden De omzet van alle klanten (de hele kolom); lege cellen tellen niet mee.
 * @returns {number[][]} Het aandeel als fractie van 0 tot 1 per cel.
 */
export function omzetaandeel(waarde: unknown[][], alle_waarden: unknown[][]) {
  return whenTextsReady(() => evaluate(OMZETAANDEEL, [waarde, alle_waarden]));
}

/**
 * Klanttype uit klantwaarde en potentie: Strategisch (beide hoog), Groot (hoge waarde, lage potentie), Ontwikkeling (lage waarde, hoge potentie), Transactioneel (beide laag). Hoog is vanaf de drempel.
 * @customfunction KLANTTYPE KLANTTYPE
 * @param waarde De waarde van de klant, bijvoorbeeld omzet of klantscore; een bereik geeft een type per cel.
 * @param potentie De potentie van de klant, bijvoorbeeld een oordeel van 0 tot 3; even groot als waarde.
 * @param drempel_waarde Vanaf deze waarde is de klantwaarde hoog; standaard de mediaan van waarde (geef dan de hele kolom).
 * @param drempel_potentie Vanaf deze potentie is de potentie hoog; standaard de mediaan van potentie (geef dan de hele kolom).
 * @returns {string[][]} Het klanttype per cel.
 */
export function klanttype(waarde: unknown[][], potentie: unknown[][], drempel_waarde?: unknown, drempel_potentie?: unknown) {
  return whenTextsReady(() => evaluate(KLANTTYPE, [waarde, potentie, drempel_waarde, drempel_potentie]));
}

/**
 * Aantal geplande contactmomenten per jaar voor een klasse, volgens de serviceniveaus van het model dat in de werkmap is opgeslagen (zonder model: A 4, B 2, C 1, D 0).
 * @customfunction CONTACTMOMENTEN CONTACTMOMENTEN
 * @param klasse De klasse van de klant, bijvoorbeeld uit de kolom Klasse; een bereik geeft een aantal per cel.
 * @returns {Promise<number[][]>} Het aantal contactmomenten per jaar per cel.
 */
export async function contactmomenten(klasse: unknown[][]): Promise<unknown[][]> {
  return evaluate(contactMomentsSpec(await readSavedModel()), [klasse]);
}
