import { columnLetter, type TablePlacement } from './address';
import { matchModelColumns, type ColumnMatch } from './columnMatch';
import { detectNameColumn, detectRevenueColumn, findHeader, insightColumns } from './headers';
import type { ColumnMapping } from './table';
import { isBlank } from './text';
import type { CellValue, Message, ScoringModel } from './types';

/** Where a table-level message points: the header row's first cell. */
export type TableWhere = { readonly sheet: string; readonly address: string };

/** The columns found for the model's roles, or the message saying which one is missing or doubled. */
export type ColumnsFound =
  | {
      readonly ok: true;
      readonly mapping: ColumnMapping;
      readonly revenueMatch?: ColumnMatch;
      readonly criteriaMatches: readonly ColumnMatch[];
    }
  | { readonly ok: false; readonly error: Message };

/** The header row says nothing (empty) or looks like numbers: no table to read. */
export function headerRowProblem(header: readonly CellValue[], rowCount: number, where: TableWhere): Message | undefined {
  if (header.length === 0 || header.every(isBlank)) return { code: rowCount === 0 ? 'table.empty' : 'table.noHeaderRow', params: where };
  const numericHeaders = header.filter((h) => typeof h === 'number').length;
  if (numericHeaders > 0 && numericHeaders >= header.filter((h) => !isBlank(h)).length / 2)
    return { code: 'table.noHeaderRow', params: where };
  return undefined;
}

/** A header used twice is only a problem when the model needs it; otherwise the user is told once. */
export function duplicateHeaderWarnings(headers: readonly string[], p: TablePlacement): Message[] {
  const warnings: Message[] = [];
  const seenHeaders = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = h.toLowerCase();
    if (h && seenHeaders.has(key)) {
      warnings.push({
        code: 'table.duplicateHeaderUnused',
        params: { column: h, letters: `${columnLetter(p.firstColumn + seenHeaders.get(key)!)}, ${columnLetter(p.firstColumn + i)}` },
      });
    } else seenHeaders.set(key, i);
  });
  return warnings;
}

function resolveColumn(headers: readonly string[], wanted: string, role: string, p: TablePlacement): number | Message {
  const hits = findHeader(headers, wanted);
  if (hits.length > 1) {
    return {
      code: 'table.duplicateHeader',
      params: { column: wanted, letters: hits.map((i) => columnLetter(p.firstColumn + i)).join(', '), role },
    };
  }
  return hits.length === 1 ? hits[0]! : -1;
}

/**
 * Maps model roles to columns (exact, synonym, close: see columnMatch); a missing criterion column stops
 * the run with the columns we do have and, when one is near, the one the user probably means.
 */
export function mapModelColumns(
  headers: readonly string[],
  model: ScoringModel,
  p: TablePlacement,
  where: TableWhere,
  warnings: Message[],
): ColumnsFound {
  const available = headers.filter(Boolean).join(', ');
  const matched = matchRequiredColumns(headers, model, p, where, available, warnings);
  if ('code' in matched) return { ok: false, error: matched };
  const { criteria, revenueMatch, criteriaMatches } = matched;
  // A Pareto model "on the revenue column" names it as its class column too: that one follows the revenue match.
  const cm = model.classification;
  const onRevenue = cm.method === 'pareto' && revenueMatch !== undefined && cm.column?.toLowerCase() === model.revenue?.toLowerCase();
  const classWanted = (cm.method === 'pareto' || cm.method === 'computed') && !onRevenue ? cm.column : undefined;
  const optional = resolveOptionalColumns(headers, model, classWanted, p, where, available, warnings);
  if (!optional.ok) return optional;
  const { named } = optional;
  const namedRevenue = revenueMatch?.index ?? -1;
  const revenue = namedRevenue >= 0 ? namedRevenue : (detectRevenueColumn(headers) ?? -1);
  const name =
    named.name! >= 0 ? named.name! : (detectNameColumn(headers) ?? headers.findIndex((_, i) => !criteria.includes(i) && i !== revenue));
  let classColumn = named.classColumn!;
  if (onRevenue) classColumn = revenue;
  if (classColumn < 0 && cm.method === 'pareto') {
    if (revenue < 0) return { ok: false, error: { code: 'table.noRevenueColumn', params: { available, ...where } } };
    classColumn = revenue;
  }
  // A named column that is missing was warned about above; an unnamed one may be detected from its header.
  const insight = insightColumns(headers, model);
  const mapping: ColumnMapping = {
    name,
    revenue,
    criteria,
    override: named.override!,
    reason: named.reason!,
    previousClass: insight.previousClass,
    classColumn,
    costs: insight.costs,
    hours: insight.hours,
    potential: insight.potential,
  };
  return { ok: true, mapping, ...(revenueMatch ? { revenueMatch } : {}), criteriaMatches };
}

/** Step: the criteria and the named revenue column must each be found once; a near match is told. */
function matchRequiredColumns(
  headers: readonly string[],
  model: ScoringModel,
  p: TablePlacement,
  where: TableWhere,
  available: string,
  warnings: Message[],
): { criteria: number[]; revenueMatch: ColumnMatch | undefined; criteriaMatches: readonly ColumnMatch[] } | Message {
  const matches = matchModelColumns(headers, model);
  const duplicate = (m: ColumnMatch, role: string): Message => ({
    code: 'table.duplicateHeader',
    params: { column: m.wanted, letters: m.duplicates!.map((i) => columnLetter(p.firstColumn + i)).join(', '), role },
  });
  const notFound = (unmatched: readonly ColumnMatch[]): Message => {
    const columns = unmatched.map((m) => m.wanted).join(', ');
    const near = unmatched.find((m) => m.suggestion !== undefined);
    return near
      ? { code: 'table.missingColumnSuggest', params: { columns, column: near.wanted, suggestion: near.suggestion!, available, ...where } }
      : { code: 'table.missingColumns', params: { columns, available, ...where } };
  };
  const missing: ColumnMatch[] = [];
  const criteria: number[] = [];
  for (const [k, m] of matches.criteria.entries()) {
    if (m.duplicates) return duplicate(m, model.criteria[k]!.name);
    if (m.index < 0) missing.push(m);
    criteria.push(m.index);
  }
  if (missing.length > 0) return notFound(missing);
  const revenueMatch = matches.revenue;
  if (revenueMatch?.duplicates) return duplicate(revenueMatch, 'revenue');
  if (revenueMatch && revenueMatch.index < 0) return notFound([revenueMatch]);
  const told = new Set<string>();
  for (const m of [...(revenueMatch ? [revenueMatch] : []), ...matches.criteria]) {
    // Revenue and a criterion on the same column are told once.
    if ((m.kind === 'synonym' || m.kind === 'close') && !told.has(`${m.wanted}\u0000${m.index}`)) {
      told.add(`${m.wanted}\u0000${m.index}`);
      warnings.push({
        code: 'table.columnMatched',
        params: { column: m.wanted, header: headers[m.index]!, letter: columnLetter(p.firstColumn + m.index) },
      });
    }
  }
  return { criteria, revenueMatch, criteriaMatches: matches.criteria };
}

/** Step: the optional columns the model names; only a missing name or class column stops the run. */
function resolveOptionalColumns(
  headers: readonly string[],
  model: ScoringModel,
  classWanted: string | undefined,
  p: TablePlacement,
  where: TableWhere,
  available: string,
  warnings: Message[],
): { readonly ok: true; readonly named: Record<string, number> } | { readonly ok: false; readonly error: Message } {
  const named: Record<string, number> = {};
  for (const [role, wanted] of [
    ['name', model.nameColumn],
    ['override', model.override?.column],
    ['reason', model.override?.reasonColumn],
    ['previousClass', model.previousClassColumn],
    ['costs', model.costs],
    ['hours', model.hours],
    ['potential', model.potential],
    ['classColumn', classWanted],
  ] as const) {
    const r = wanted ? resolveColumn(headers, wanted, role, p) : -1;
    if (typeof r !== 'number') return { ok: false, error: r };
    if (wanted && r < 0 && (role === 'classColumn' || role === 'name')) {
      return { ok: false, error: { code: 'table.missingColumns', params: { columns: wanted, available, ...where } } };
    }
    if (wanted && r < 0) warnings.push({ code: 'table.optionalColumnMissing', params: { column: wanted } });
    named[role] = r;
  }
  return { ok: true, named };
}
