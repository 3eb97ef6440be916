import { normalizeHeader } from './text';
import type { ScoringModel } from './types';

/** Letters and digits only, accents removed: "Omzet (€) 2024" → "omzet2024". */
export function headerKey(header: unknown): string {
  return normalizeHeader(header).replace(/[^a-z0-9]/g, '');
}

const NAME_HEADERS = [
  'klant',
  'klantnaam',
  'naam',
  'relatie',
  'relatienaam',
  'client',
  'clientnaam',
  'clientname',
  'customer',
  'customername',
  'name',
  'bedrijf',
  'bedrijfsnaam',
  'company',
  'organisatie',
  'organisation',
  'organization',
  'debiteur',
  'debtor',
];
const REVENUE_HEADERS = [
  'omzet',
  'jaaromzet',
  'honorarium',
  'honoraria',
  'omzetexclbtw',
  'revenue',
  'turnover',
  'sales',
  'fee',
  'fees',
  'feeincome',
  'declaraties',
  'gefactureerd',
  'invoiced',
  'billed',
];
const REVENUE_PREFIXES = ['omzet', 'honorari', 'revenue', 'turnover'];

/** Finds a header index by exact comparison key (case/accent/whitespace-insensitive). */
export function findHeader(headers: readonly string[], wanted: string): number[] {
  const key = normalizeHeader(wanted);
  const hits: number[] = [];
  headers.forEach((h, i) => {
    if (normalizeHeader(h) === key) hits.push(i);
  });
  if (hits.length === 0) {
    const loose = headerKey(wanted);
    if (loose)
      headers.forEach((h, i) => {
        if (headerKey(h) === loose) hits.push(i);
      });
  }
  return hits;
}

function findBySynonyms(headers: readonly string[], exact: readonly string[], prefixes: readonly string[]): number | undefined {
  const keys = headers.map(headerKey);
  for (const s of exact) {
    const i = keys.indexOf(s);
    if (i >= 0) return i;
  }
  const i = keys.findIndex((k) => prefixes.some((p) => k.startsWith(p)));
  return i >= 0 ? i : undefined;
}

export function detectNameColumn(headers: readonly string[]): number | undefined {
  return findBySynonyms(headers, NAME_HEADERS, ['klantnaam', 'clientnaam', 'naamklant']);
}

export function detectRevenueColumn(headers: readonly string[]): number | undefined {
  return findBySynonyms(headers, REVENUE_HEADERS, REVENUE_PREFIXES);
}

// Optional columns for the portfolio insight, by comparison key (letters and digits only).
const PREVIOUS_CLASS_HEADERS = [
  'klassevorigjaar',
  'vorigeklasse',
  'klassevorigeperiode',
  'vorigjaarklasse',
  'klassevj',
  'previousclass',
  'classlastyear',
  'lastyearclass',
  'lastyearsclass',
  'priorclass',
  'previousyearclass',
];
const POTENTIAL_HEADERS = ['potentie', 'potentieel', 'groeipotentie', 'groeipotentieel', 'potential', 'growthpotential'];
const HOURS_HEADERS = ['uren', 'bestedeuren', 'aantaluren', 'urenbesteed', 'geschrevenuren', 'hours', 'hoursspent', 'timespent'];
const COSTS_HEADERS = ['kosten', 'directekosten', 'kostprijs', 'costs', 'cost', 'directcosts'];

/** Last year's class ("Klasse vorig jaar", "Vorige klasse", "Previous class"). */
export function detectPreviousClassColumn(headers: readonly string[]): number | undefined {
  return findBySynonyms(headers, PREVIOUS_CLASS_HEADERS, []);
}

/** The client's potential ("Potentie", "Potential"). */
export function detectPotentialColumn(headers: readonly string[]): number | undefined {
  return findBySynonyms(headers, POTENTIAL_HEADERS, []);
}

/** Hours spent on the client ("Uren", "Hours"). */
export function detectHoursColumn(headers: readonly string[]): number | undefined {
  return findBySynonyms(headers, HOURS_HEADERS, []);
}

/** Direct costs of the client ("Kosten", "Costs"). */
export function detectCostsColumn(headers: readonly string[]): number | undefined {
  return findBySynonyms(headers, COSTS_HEADERS, []);
}

/** Columns the portfolio insight reads, by table column index (-1 = absent). */
export interface InsightColumnIndexes {
  readonly previousClass: number;
  readonly costs: number;
  readonly hours: number;
  readonly potential: number;
}

/**
 * The optional insight columns of a header row: the one the model names (-1 when it is not there,
 * or not there exactly once), else the one detected from common headers. Header-only, so the
 * workbook can plan its result columns before any data is read, exactly as the engine will map them.
 */
export function insightColumns(
  headers: readonly string[],
  model: Pick<ScoringModel, 'previousClassColumn' | 'costs' | 'hours' | 'potential'>,
): InsightColumnIndexes {
  const pick = (wanted: string | undefined, detect: (h: readonly string[]) => number | undefined): number => {
    if (!wanted) return detect(headers) ?? -1;
    const hits = findHeader(headers, wanted);
    return hits.length === 1 ? hits[0]! : -1;
  };
  return {
    previousClass: pick(model.previousClassColumn, detectPreviousClassColumn),
    costs: pick(model.costs, detectCostsColumn),
    hours: pick(model.hours, detectHoursColumn),
    potential: pick(model.potential, detectPotentialColumn),
  };
}

const TOTALS = /^(eind|grand|sub)?(totaal|totalen|total|totals|som|sum)[:.]?$/;

/** A totals row ("Totaal", "Total", "Eindtotaal") is not a client. */
export function isTotalsLabel(value: unknown): boolean {
  return typeof value === 'string' && TOTALS.test(normalizeHeader(value));
}
