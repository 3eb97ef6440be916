import { normalizeHeader } from './text';

/** Letters and digits only, accents removed: "Omzet (€) 2024" → "omzet2024". */
export function headerKey(header: unknown): string {
  return normalizeHeader(header).replace(/[^a-z0-9]/g, '');
}

const NAME_HEADERS = ['klant', 'klantnaam', 'naam', 'relatie', 'relatienaam', 'client', 'clientnaam', 'clientname', 'customer',
  'customername', 'name', 'bedrijf', 'bedrijfsnaam', 'company', 'organisatie', 'organisation', 'organization', 'debiteur', 'debtor'];
const REVENUE_HEADERS = ['omzet', 'jaaromzet', 'honorarium', 'honoraria', 'omzetexclbtw', 'revenue', 'turnover', 'sales', 'fee',
  'fees', 'feeincome', 'declaraties', 'gefactureerd', 'invoiced', 'billed'];
const REVENUE_PREFIXES = ['omzet', 'honorari', 'revenue', 'turnover'];

/** Finds a header index by exact comparison key (case/accent/whitespace-insensitive). */
export function findHeader(headers: readonly string[], wanted: string): number[] {
  const key = normalizeHeader(wanted);
  const hits: number[] = [];
  headers.forEach((h, i) => { if (normalizeHeader(h) === key) hits.push(i); });
  if (hits.length === 0) {
    const loose = headerKey(wanted);
    if (loose) headers.forEach((h, i) => { if (headerKey(h) === loose) hits.push(i); });
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

const TOTALS = /^(eind|grand|sub)?(totaal|totalen|total|totals|som|sum)[:.]?$/;

/** A totals row ("Totaal", "Total", "Eindtotaal") is not a client. */
export function isTotalsLabel(value: unknown): boolean {
  return typeof value === 'string' && TOTALS.test(normalizeHeader(value));
}
