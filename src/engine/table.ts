import { cellAddress, columnLetter, DEFAULT_PLACEMENT, type TablePlacement } from './address';
import { matchModelColumns, type ColumnMatch } from './columnMatch';
import { detectNameColumn, detectRevenueColumn, findHeader, insightColumns, isTotalsLabel } from './headers';
import { isPercentFormat, sumOverflows, unlabelledTotal } from './tableChecks';
import { cellErrorText, detectNumberLocale, displayText, isBlank, numberTextLocale, parseNumber, serialDateText, type NumberLocale } from './text';
import type { CellValue, Message, ScoringModel } from './types';
import type { InvalidCellReason } from './messages';

/** A numeric column parsed once: NaN where the cell is not a usable number, with the reason. */
export interface NumericColumn {
  readonly header: string;
  readonly index: number;
  /** Per client (not per sheet row). */
  readonly values: Float64Array;
  /** Per client: undefined when fine, else why the cell is unusable. */
  readonly problems: ReadonlyMap<number, CellProblem>;
}

export interface CellProblem {
  readonly kind: 'missing' | 'invalid';
  readonly reason?: InvalidCellReason;
  readonly text?: string;
}

/** Which table column serves each role of the model (-1 = absent). */
export interface ColumnMapping {
  readonly name: number;
  readonly revenue: number;
  readonly criteria: readonly number[];
  readonly override: number;
  readonly reason: number;
  readonly previousClass: number;
  readonly classColumn: number;
  /** Portfolio insight: direct costs, hours spent, potential (named in the model or detected). */
  readonly costs: number;
  readonly hours: number;
  readonly potential: number;
}

export interface ClientTable {
  readonly headers: readonly string[];
  readonly placement: TablePlacement;
  /** The notation most of the numeric columns use (each column is read in its own, see `locales`). */
  readonly locale: NumberLocale;
  /** Per numeric column: the notation its own text cells use (Dutch unless they clearly say otherwise). */
  readonly locales: ReadonlyMap<number, NumberLocale>;
  readonly mapping: ColumnMapping;
  /** How each model column was matched to a header (revenue when the model names it, criteria in model order). */
  readonly matches: { readonly revenue?: ColumnMatch; readonly criteria: readonly ColumnMatch[] };
  /** Client i lives in data row `dataRow[i]` (0-based below the header). */
  readonly dataRow: Int32Array;
  readonly names: readonly string[];
  readonly numeric: ReadonlyMap<number, NumericColumn>;
  /** Raw text of the override, reason and previous-class columns per client ('' when empty). */
  readonly texts: ReadonlyMap<number, readonly string[]>;
  readonly skippedBlankRows: readonly number[];
  readonly skippedTotalsRows: readonly number[];
  readonly warnings: readonly Message[];
}

export type TableReading = { readonly ok: true; readonly table: ClientTable } | { readonly ok: false; readonly error: Message };

export interface ReadOptions {
  readonly placement?: TablePlacement;
  /** Per data row, per column: the cell's number format, to tell dates from amounts. */
  readonly numberFormats?: readonly (readonly string[])[];
}

const DATE_FORMAT = /(^|[^"\\])(d{1,4}|m{1,5}|y{2,4}|jj|jjjj|h{1,2}:|ss)/i;

function looksLikeDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === 'Standaard') return false;
  return DATE_FORMAT.test(format.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"/g, ''));
}

/** At most this many sheet rows are listed in a message; the rest is "…". */
const ROWS_LISTED = 10;

/** "4, 7, 9" (sheet rows of data rows), cut after ROWS_LISTED rows. */
export function sheetRowList(dataRows: readonly number[], p: TablePlacement): string {
  const shown = dataRows.slice(0, ROWS_LISTED).map((r) => String(p.headerRow + 1 + r));
  return dataRows.length > ROWS_LISTED ? `${shown.join(', ')}, …` : shown.join(', ');
}

function resolveColumn(headers: readonly string[], wanted: string, role: string, p: TablePlacement): number | Message {
  const hits = findHeader(headers, wanted);
  if (hits.length > 1) {
    return { code: 'table.duplicateHeader', params: { column: wanted, letters: hits.map((i) => columnLetter(p.firstColumn + i)).join(', '), role } };
  }
  return hits.length === 1 ? hits[0]! : -1;
}

/**
 * Reads a client table (a header row plus rows of cell values) for a model: maps columns to
 * criteria, parses numbers (Dutch and English text), skips blank and totals rows, and records
 * per cell why a value is unusable. It never turns a missing or invalid value into 0.
 */
export function readClientTable(
  header: readonly CellValue[],
  rows: readonly (readonly CellValue[])[],
  model: ScoringModel,
  options: ReadOptions = {},
): TableReading {
  const p = options.placement ?? DEFAULT_PLACEMENT;
  const where = { sheet: p.sheet ?? '', address: cellAddress(p, -1, 0) };
  if (header.length === 0 || header.every(isBlank)) {
    return { ok: false, error: { code: rows.length === 0 ? 'table.empty' : 'table.noHeaderRow', params: where } };
  }
  const numericHeaders = header.filter((h) => typeof h === 'number').length;
  if (numericHeaders > 0 && numericHeaders >= header.filter((h) => !isBlank(h)).length / 2) {
    return { ok: false, error: { code: 'table.noHeaderRow', params: where } };
  }
  const headers = header.map((h) => displayText(h, 255).trim());
  const warnings: Message[] = [];
  const seenHeaders = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = h.toLowerCase();
    if (h && seenHeaders.has(key)) {
      warnings.push({ code: 'table.duplicateHeaderUnused', params: { column: h, letters: `${columnLetter(p.firstColumn + seenHeaders.get(key)!)}, ${columnLetter(p.firstColumn + i)}` } });
    } else seenHeaders.set(key, i);
  });

  // Map model roles to columns (exact, synonym, close: see columnMatch); a missing criterion column stops
  // the run with the columns we do have and, when one is near, the one the user probably means.
  const matches = matchModelColumns(headers, model);
  const available = headers.filter(Boolean).join(', ');
  const duplicate = (m: ColumnMatch, role: string): Message => ({
    code: 'table.duplicateHeader', params: { column: m.wanted, letters: m.duplicates!.map((i) => columnLetter(p.firstColumn + i)).join(', '), role },
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
    if (m.duplicates) return { ok: false, error: duplicate(m, model.criteria[k]!.name) };
    if (m.index < 0) missing.push(m);
    criteria.push(m.index);
  }
  if (missing.length > 0) return { ok: false, error: notFound(missing) };
  const revenueMatch = matches.revenue;
  if (revenueMatch?.duplicates) return { ok: false, error: duplicate(revenueMatch, 'revenue') };
  if (revenueMatch && revenueMatch.index < 0) return { ok: false, error: notFound([revenueMatch]) };
  const told = new Set<string>();
  for (const m of [...(revenueMatch ? [revenueMatch] : []), ...matches.criteria]) {
    // Revenue and a criterion on the same column are told once.
    if ((m.kind === 'synonym' || m.kind === 'close') && !told.has(`${m.wanted}\u0000${m.index}`)) {
      told.add(`${m.wanted}\u0000${m.index}`);
      warnings.push({ code: 'table.columnMatched', params: { column: m.wanted, header: headers[m.index]!, letter: columnLetter(p.firstColumn + m.index) } });
    }
  }
  const optional = (wanted: string | undefined, role: string): number | Message => (wanted ? resolveColumn(headers, wanted, role, p) : -1);
  const named: Record<string, number> = { revenue: revenueMatch?.index ?? -1 };
  // A Pareto model "on the revenue column" names it as its class column too: that one follows the revenue match.
  const cm = model.classification;
  const onRevenue = cm.method === 'pareto' && revenueMatch !== undefined && cm.column?.toLowerCase() === model.revenue?.toLowerCase();
  const classWanted = (cm.method === 'pareto' || cm.method === 'computed') && !onRevenue ? cm.column : undefined;
  for (const [role, wanted] of [
    ['name', model.nameColumn], ['override', model.override?.column],
    ['reason', model.override?.reasonColumn], ['previousClass', model.previousClassColumn],
    ['costs', model.costs], ['hours', model.hours], ['potential', model.potential],
    ['classColumn', classWanted],
  ] as const) {
    const r = optional(wanted, role);
    if (typeof r !== 'number') return { ok: false, error: r };
    if (wanted && r < 0 && (role === 'classColumn' || role === 'name')) {
      return { ok: false, error: { code: 'table.missingColumns', params: { columns: wanted, available, ...where } } };
    }
    if (wanted && r < 0) warnings.push({ code: 'table.optionalColumnMissing', params: { column: wanted } });
    named[role] = r;
  }
  const revenue = named.revenue! >= 0 ? named.revenue! : detectRevenueColumn(headers) ?? -1;
  const name = named.name! >= 0 ? named.name! : detectNameColumn(headers) ?? headers.findIndex((_, i) => !criteria.includes(i) && i !== revenue);
  const classMethod = model.classification;
  let classColumn = named.classColumn!;
  if (onRevenue) classColumn = revenue;
  if (classColumn < 0 && classMethod.method === 'pareto') {
    if (revenue < 0) return { ok: false, error: { code: 'table.noRevenueColumn', params: { available, ...where } } };
    classColumn = revenue;
  }
  // A named column that is missing was warned about above; an unnamed one may be detected from its header.
  const insight = insightColumns(headers, model);
  const mapping: ColumnMapping = {
    name, revenue, criteria, override: named.override!, reason: named.reason!, previousClass: insight.previousClass, classColumn,
    costs: insight.costs, hours: insight.hours, potential: insight.potential,
  };

  // Client rows: not blank, not a totals row.
  const dataRow: number[] = [];
  const skippedBlankRows: number[] = [];
  const skippedTotalsRows: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    let blank = true;
    for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) { blank = false; break; }
    if (blank) { skippedBlankRows.push(r); continue; }
    const label = name >= 0 ? row[name] : row.find((v) => typeof v === 'string');
    if (isTotalsLabel(label) || (name !== 0 && isTotalsLabel(row[0]))) { skippedTotalsRows.push(r); continue; }
    dataRow.push(r);
  }
  if (dataRow.length === 0) return { ok: false, error: { code: 'table.noClients', params: where } };
  if (skippedTotalsRows.length > 0) warnings.push({ code: 'table.totalsRowSkipped', params: { rows: skippedTotalsRows.map((r) => p.headerRow + 1 + r).join(', ') } });
  if (skippedBlankRows.length > 0) {
    warnings.push({ code: 'table.blankRowsSkipped', params: { count: skippedBlankRows.length, rows: sheetRowList(skippedBlankRows, p) } });
  }

  const numericIndexes = new Set<number>([...criteria, revenue, classColumn, mapping.costs, mapping.hours, mapping.potential].filter((i) => i >= 0));
  const textIndexes = new Set<number>([mapping.override, mapping.reason, mapping.previousClass].filter((i) => i >= 0));
  for (const rule of model.rules) {
    if (rule.when.column) {
      const hits = findHeader(headers, rule.when.column);
      if (hits.length === 1) (typeof rule.when.value === 'string' ? textIndexes : numericIndexes).add(hits[0]!);
      else warnings.push({ code: 'table.optionalColumnMissing', params: { column: rule.when.column } });
    }
  }
  // Dutch or English notation is decided per column, from that column's own text: one English cell in
  // another column must never turn this column's "150.000" into 150.
  const locales = new Map<number, NumberLocale>();
  const allTexts: string[] = [];
  for (const c of numericIndexes) {
    const texts: string[] = [];
    for (const r of dataRow) {
      const v = rows[r]![c];
      if (typeof v === 'string' && numberTextLocale(v) !== undefined) { texts.push(v); if (texts.length >= 10000) break; }
    }
    locales.set(c, detectNumberLocale(texts));
    allTexts.push(...texts);
  }
  // For display only (which notation the table mostly uses); every column is parsed in its own.
  const locale = detectNumberLocale(allTexts);
  // Amounts: a percentage there ("50%", or a cell formatted as one) is a mistake, not a fraction of a euro.
  const amounts = new Set([revenue, mapping.costs, mapping.hours, classMethod.method === 'pareto' ? classColumn : -1].filter((i) => i >= 0));

  const numeric = new Map<number, NumericColumn>();
  for (const c of numericIndexes) {
    const columnLocale = locales.get(c)!;
    const isAmount = amounts.has(c);
    const values = new Float64Array(dataRow.length);
    const problems = new Map<number, CellProblem>();
    for (let i = 0; i < dataRow.length; i++) {
      const r = dataRow[i]!;
      const cell = rows[r]![c];
      if (typeof cell === 'number' && Number.isFinite(cell)) {
        const format = options.numberFormats?.[r]?.[c];
        if (looksLikeDateFormat(format)) {
          values[i] = NaN;
          problems.set(i, { kind: 'invalid', reason: 'date', text: serialDateText(cell) });
        } else if (isAmount && isPercentFormat(format)) {
          values[i] = NaN;
          // As Excel shows it: 0.07 → "7%" (toPrecision drops the float noise of 0.07 × 100).
          problems.set(i, { kind: 'invalid', reason: 'percent', text: `${Number((cell * 100).toPrecision(12))}%` });
        } else values[i] = cell;
        continue;
      }
      const parsed = parseNumber(cell, columnLocale);
      if (parsed.kind === 'number' && parsed.percent && isAmount) {
        values[i] = NaN;
        problems.set(i, { kind: 'invalid', reason: 'percent', text: displayText(cell, 60) });
      } else if (parsed.kind === 'number') values[i] = parsed.value;
      else {
        values[i] = NaN;
        // The text goes into a message: a long note in a score cell is cut, not repeated in full.
        problems.set(i, parsed.kind === 'missing' ? { kind: 'missing' } : { kind: 'invalid', reason: parsed.reason, text: displayText(parsed.text, 60) });
      }
    }
    numeric.set(c, { header: headers[c]!, index: c, values, problems });
  }
  const textMap = new Map<number, string[]>();
  for (const c of textIndexes) {
    textMap.set(c, dataRow.map((r) => {
      const v = rows[r]![c];
      return isBlank(v) || cellErrorText(v) ? '' : displayText(v, 1000).trim();
    }));
  }
  let names = dataRow.map((r) => {
    const v = name >= 0 ? rows[r]![name] : undefined;
    return isBlank(v) ? `#${p.headerRow + 1 + r}` : displayText(v, 255);
  });
  // The last row without a name whose revenue is the sum of all rows above it is a total, not a client.
  const total = name >= 0 && revenue >= 0 ? unlabelledTotal(numeric.get(revenue)!.values, dataRow.map((r) => isBlank(rows[r]![name]))) : -1;
  let clientRows = dataRow;
  let numericColumns = numeric;
  let textColumns: Map<number, string[]> = textMap;
  if (total >= 0) {
    const row = dataRow[total]!;
    skippedTotalsRows.push(row);
    warnings.push({ code: 'table.unlabelledTotalRow', params: { row: p.headerRow + 1 + row, address: cellAddress(p, row, revenue), column: headers[revenue]! } });
    clientRows = dataRow.slice(0, total);
    names = names.slice(0, total);
    numericColumns = new Map([...numeric].map(([c, col]) => [c, {
      ...col, values: col.values.slice(0, total), problems: new Map([...col.problems].filter(([i]) => i < total)),
    }]));
    textColumns = new Map([...textMap].map(([c, list]) => [c, list.slice(0, total)]));
    if (clientRows.length === 0) return { ok: false, error: { code: 'table.noClients', params: where } };
  }
  // Sums of amounts must stay finite: two revenues of 1E+308 would make every share "€ ∞" or NaN.
  for (const c of amounts) {
    if (sumOverflows(numericColumns.get(c)!.values)) {
      const first = cellAddress(p, clientRows[0]!, c);
      const last = cellAddress({ ...p, sheet: undefined }, clientRows[clientRows.length - 1]!, c);
      return { ok: false, error: { code: 'table.sumOverflow', params: { column: headers[c]!, address: `${first}:${last}` } } };
    }
  }
  return {
    ok: true,
    table: {
      headers, placement: p, locale, locales, mapping, matches: { ...(revenueMatch ? { revenue: revenueMatch } : {}), criteria: matches.criteria },
      dataRow: Int32Array.from(clientRows), names, numeric: numericColumns, texts: textColumns, skippedBlankRows, skippedTotalsRows, warnings,
    },
  };
}
