import { detectNameColumn, findHeader, headerKey } from './headers';
import type { ScoringModel } from './types';

/**
 * Matching the model's columns to the headers a real table has. Exports from accounting packages
 * rarely say just "Omzet": they say "Omzet 2025", "Jaaromzet" or "Revenue". A model column is matched
 * in three steps, and only a match that leaves no doubt is used:
 *  1. exact: the same name, ignoring case, accents, spaces and punctuation;
 *  2. synonym: a name from the same group ("Omzet" ↔ "Revenue", "Netwerk" ↔ "Network");
 *  3. close: exactly one header holds every word of the name, as a word or as part of a compound
 *     ("Omzet" → "Omzet 2025", "Jaaromzet").
 * Anything else is unmatched, with a suggestion the user can accept ("Bedoelt u 'Omzet 2025'?").
 * The client-name column is never matched to a criterion.
 */
export type MatchKind = 'exact' | 'synonym' | 'close' | 'none';

export interface ColumnMatch {
  /** The column name the model asks for. */
  readonly wanted: string;
  /** Header index used, -1 when unmatched (or ambiguous). */
  readonly index: number;
  readonly kind: MatchKind;
  /** For an unmatched column: the header the user most likely means. */
  readonly suggestion?: string;
  /** Exact matches when there are more than one (the same name twice in the header row). */
  readonly duplicates?: readonly number[];
}

export interface ModelColumnMatches {
  /** The client-name column (-1: none; then clients are named by row). */
  readonly name: number;
  /** Only when the model names a revenue column. */
  readonly revenue?: ColumnMatch;
  /** Per criterion, in model order. */
  readonly criteria: readonly ColumnMatch[];
}

/** Groups of names that mean the same column (comparison keys: letters and digits only). */
const SYNONYMS: readonly (readonly string[])[] = [
  ['omzet', 'jaaromzet', 'revenue', 'turnover', 'sales', 'honorarium', 'honoraria', 'fee', 'fees', 'omzetexclbtw'],
  ['portfolio', 'portefeuille', 'dienstenportfolio', 'diensten', 'services'],
  ['netwerk', 'network', 'netwerkwaarde', 'networkvalue'],
  ['samenwerking', 'cooperation', 'collaboration', 'relationship'],
  ['potentie', 'potentieel', 'groeipotentie', 'potential', 'growthpotential'],
  ['marge', 'margin', 'winstmarge'],
  ['uren', 'hours', 'bestedeuren', 'hoursspent'],
  ['kosten', 'costs', 'cost', 'directekosten', 'directcosts'],
  ['betaalgedrag', 'paymentbehaviour', 'paymentbehavior', 'betaaltermijn'],
  ['klanttevredenheid', 'tevredenheid', 'satisfaction', 'customersatisfaction'],
];

/** Words of a name ("Omzet (€) 2025" → omzet, 2025), accents removed. */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A wanted word is in a header word: the same, or part of a compound ("omzet" in "jaaromzet"). */
function wordIn(word: string, headerWords: readonly string[]): boolean {
  return headerWords.some((h) => h === word || (word.length >= 4 && (h.startsWith(word) || h.endsWith(word))));
}

/** Levenshtein distance: how many letters to change, add or remove to turn one name into the other. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The year in a header ("Omzet 2025" → 2025), to prefer the latest of several years. */
function yearOf(header: string): number {
  const years = words(header)
    .filter((w) => /^(19|20)\d\d$/.test(w))
    .map(Number);
  return years.length > 0 ? Math.max(...years) : -1;
}

/** Matches one model column name to a header row; `exclude` holds columns that may not serve (the name column). */
export function matchColumn(headers: readonly string[], wanted: string, exclude: ReadonlySet<number> = new Set()): ColumnMatch {
  const allowed = (i: number) => !exclude.has(i) && headers[i] !== '';
  const exact = findHeader(headers, wanted).filter(allowed);
  if (exact.length > 1) return { wanted, index: -1, kind: 'none', duplicates: exact };
  if (exact.length === 1) return { wanted, index: exact[0]!, kind: 'exact' };

  const key = headerKey(wanted);
  const group = SYNONYMS.find((g) => g.includes(key));
  if (group) {
    const hits = headers.map((h, i) => (allowed(i) && group.includes(headerKey(h)) ? i : -1)).filter((i) => i >= 0);
    if (hits.length === 1) return { wanted, index: hits[0]!, kind: 'synonym' };
  }

  const wantedWords = words(wanted);
  const close =
    wantedWords.length === 0
      ? []
      : headers.map((h, i) => (allowed(i) && wantedWords.every((w) => wordIn(w, words(h))) ? i : -1)).filter((i) => i >= 0);
  if (close.length === 1) return { wanted, index: close[0]!, kind: 'close' };
  if (close.length > 1) {
    // "Omzet 2024" and "Omzet 2025": which year the model means is the user's choice; suggest the latest.
    const best = [...close].sort((a, b) => yearOf(headers[b]!) - yearOf(headers[a]!))[0]!;
    return { wanted, index: -1, kind: 'none', suggestion: headers[best]! };
  }

  // A typo or a different word form ("Netwrek", "Samenwerkingen"): suggest, never use unasked.
  let suggestion: string | undefined;
  let bestDistance = Infinity;
  headers.forEach((h, i) => {
    if (!allowed(i) || !key) return;
    const other = headerKey(h);
    if (!other) return;
    const d = editDistance(key, other);
    const limit = Math.max(1, Math.floor(Math.max(key.length, other.length) / 3));
    const related = other.includes(key) || key.includes(other) || d <= limit;
    if (related && d < bestDistance) {
      bestDistance = d;
      suggestion = h;
    }
  });
  return suggestion ? { wanted, index: -1, kind: 'none', suggestion } : { wanted, index: -1, kind: 'none' };
}

/** The client-name column of a header row for a model: the one it names, else the detected one. */
export function nameColumnOf(headers: readonly string[], model: Pick<ScoringModel, 'nameColumn'>): number {
  if (model.nameColumn) {
    const hits = findHeader(headers, model.nameColumn);
    return hits.length === 1 ? hits[0]! : -1;
  }
  return detectNameColumn(headers) ?? -1;
}

/** Every model column matched to a header row: the one function pane, preview and CLI share. */
export function matchModelColumns(
  headers: readonly string[],
  model: Pick<ScoringModel, 'nameColumn' | 'revenue' | 'criteria'>,
): ModelColumnMatches {
  const name = nameColumnOf(headers, model);
  const notName = new Set(name >= 0 ? [name] : []);
  // A column another model column names exactly is taken: "Omzet" must not also be read as "Omzet netto".
  const taken = new Set<number>(notName);
  const wanted = [...(model.revenue ? [model.revenue] : []), ...model.criteria.map((c) => c.column)];
  for (const w of wanted) for (const i of findHeader(headers, w)) taken.add(i);
  const match = (w: string): ColumnMatch => {
    const exact = matchColumn(headers, w, notName);
    if (exact.kind === 'exact' || exact.duplicates) return exact;
    return matchColumn(headers, w, taken);
  };
  return {
    name,
    ...(model.revenue ? { revenue: match(model.revenue) } : {}),
    criteria: model.criteria.map((c) => match(c.column)),
  };
}

/** Header indexes a user may pick as a criterion: named columns, never the client-name column. */
export function criterionCandidates(headers: readonly string[], model: Pick<ScoringModel, 'nameColumn'>): number[] {
  const name = nameColumnOf(headers, model);
  return headers.map((h, i) => (h && i !== name ? i : -1)).filter((i) => i >= 0);
}
