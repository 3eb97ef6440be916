import { cellAddress, columnLetter, DEFAULT_PLACEMENT, type TablePlacement } from './address';
import { detectNameColumn, detectRevenueColumn, findHeader, insightColumns, isTotalsLabel } from './headers';
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
  readonly locale: NumberLocale;
  readonly mapping: ColumnMapping;
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

  // Map model roles to columns; a missing criterion column stops the run with the columns we do have.
  const missing: string[] = [];
  const criteria: number[] = [];
  for (const c of model.criteria) {
    const r = resolveColumn(headers, c.column, c.name, p);
    if (typeof r !== 'number') return { ok: false, error: r };
    if (r < 0) missing.push(c.column);
    criteria.push(r);
  }
  if (missing.length > 0) {
    return { ok: false, error: { code: 'table.missingColumns', params: { columns: missing.join(', '), available: headers.filter(Boolean).join(', '), ...where } } };
  }
  const optional = (wanted: string | undefined, role: string): number | Message => (wanted ? resolveColumn(headers, wanted, role, p) : -1);
  const named: Record<string, number> = {};
  for (const [role, wanted] of [
    ['name', model.nameColumn], ['revenue', model.revenue], ['override', model.override?.column],
    ['reason', model.override?.reasonColumn], ['previousClass', model.previousClassColumn],
    ['costs', model.costs], ['hours', model.hours], ['potential', model.potential],
    ['classColumn', model.classification.method === 'pareto' || model.classification.method === 'computed' ? model.classification.column : undefined],
  ] as const) {
    const r = optional(wanted, role);
    if (typeof r !== 'number') return { ok: false, error: r };
    if (wanted && r < 0 && (role === 'revenue' || role === 'classColumn' || role === 'name')) {
      return { ok: false, error: { code: 'table.missingColumns', params: { columns: wanted, available: headers.filter(Boolean).join(', '), ...where } } };
    }
    if (wanted && r < 0) warnings.push({ code: 'table.optionalColumnMissing', params: { column: wanted } });
    named[role] = r;
  }
  const revenue = named.revenue! >= 0 ? named.revenue! : detectRevenueColumn(headers) ?? -1;
  const name = named.name! >= 0 ? named.name! : detectNameColumn(headers) ?? headers.findIndex((_, i) => !criteria.includes(i) && i !== revenue);
  const classMethod = model.classification;
  let classColumn = named.classColumn!;
  if (classColumn < 0 && classMethod.method === 'pareto') {
    if (revenue < 0) return { ok: false, error: { code: 'table.noRevenueColumn', params: { available: headers.filter(Boolean).join(', '), ...where } } };
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
  const texts: string[] = [];
  for (const c of numericIndexes) for (const r of dataRow) { const v = rows[r]![c]; if (typeof v === 'string') texts.push(v); }
  const locale = detectNumberLocale(texts.filter((t) => numberTextLocale(t) !== undefined).slice(0, 10000));

  const numeric = new Map<number, NumericColumn>();
  for (const c of numericIndexes) {
    const values = new Float64Array(dataRow.length);
    const problems = new Map<number, CellProblem>();
    for (let i = 0; i < dataRow.length; i++) {
      const r = dataRow[i]!;
      const cell = rows[r]![c];
      if (typeof cell === 'number' && Number.isFinite(cell)) {
        if (options.numberFormats && looksLikeDateFormat(options.numberFormats[r]?.[c])) {
          values[i] = NaN;
          problems.set(i, { kind: 'invalid', reason: 'date', text: serialDateText(cell) });
        } else values[i] = cell;
        continue;
      }
      const parsed = parseNumber(cell, locale);
      if (parsed.kind === 'number') values[i] = parsed.value;
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
  const names = dataRow.map((r) => {
    const v = name >= 0 ? rows[r]![name] : undefined;
    return isBlank(v) ? `#${p.headerRow + 1 + r}` : displayText(v, 255);
  });
  return {
    ok: true,
    table: {
      headers, placement: p, locale, mapping, dataRow: Int32Array.from(dataRow), names, numeric, texts: textMap,
      skippedBlankRows, skippedTotalsRows, warnings,
    },
  };
}
