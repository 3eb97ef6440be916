import { cellAddress, DEFAULT_PLACEMENT, type TablePlacement } from './address';
import type { ColumnMatch } from './columnMatch';
import { findHeader, isTotalsLabel } from './headers';
import type { InvalidCellReason } from './messages';
import { columnLocales, readNumericColumn, readTextColumn } from './tableCells';
import { sumOverflows, unlabelledTotal } from './tableChecks';
import { duplicateHeaderWarnings, headerRowProblem, mapModelColumns, type TableWhere } from './tableColumns';
import { displayText, isBlank, type NumberLocale } from './text';
import type { CellValue, Message, ScoringModel } from './types';

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

/** At most this many sheet rows are listed in a message; the rest is "…". */
const ROWS_LISTED = 10;

/** "4, 7, 9" (sheet rows of data rows), cut after ROWS_LISTED rows. */
export function sheetRowList(dataRows: readonly number[], p: TablePlacement): string {
  const shown = dataRows.slice(0, ROWS_LISTED).map((r) => String(p.headerRow + 1 + r));
  return dataRows.length > ROWS_LISTED ? `${shown.join(', ')}, …` : shown.join(', ');
}

type Rows = readonly (readonly CellValue[])[];

/** The rows that hold clients, and the blank and totals rows left out (data rows, 0-based below the header). */
interface ClientRows {
  readonly dataRow: number[];
  readonly skippedBlankRows: number[];
  readonly skippedTotalsRows: number[];
}

/** Step: client rows are the rows that are not blank and not a totals row; the user is told which were left out. */
function findClientRows(rows: Rows, name: number, p: TablePlacement, warnings: Message[]): ClientRows {
  const dataRow: number[] = [];
  const skippedBlankRows: number[] = [];
  const skippedTotalsRows: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    let blank = true;
    for (let c = 0; c < row.length; c++)
      if (!isBlank(row[c])) {
        blank = false;
        break;
      }
    if (blank) {
      skippedBlankRows.push(r);
      continue;
    }
    const label = name >= 0 ? row[name] : row.find((v) => typeof v === 'string');
    if (isTotalsLabel(label) || (name !== 0 && isTotalsLabel(row[0]))) {
      skippedTotalsRows.push(r);
      continue;
    }
    dataRow.push(r);
  }
  if (dataRow.length === 0) return { dataRow, skippedBlankRows, skippedTotalsRows };
  if (skippedTotalsRows.length > 0)
    warnings.push({ code: 'table.totalsRowSkipped', params: { rows: skippedTotalsRows.map((r) => p.headerRow + 1 + r).join(', ') } });
  if (skippedBlankRows.length > 0) {
    warnings.push({ code: 'table.blankRowsSkipped', params: { count: skippedBlankRows.length, rows: sheetRowList(skippedBlankRows, p) } });
  }
  return { dataRow, skippedBlankRows, skippedTotalsRows };
}

/** Step: which columns are read as numbers and which as text: the mapped roles plus the columns rules look at. */
function columnsToRead(
  headers: readonly string[],
  model: ScoringModel,
  mapping: ColumnMapping,
  warnings: Message[],
): { numeric: Set<number>; text: Set<number> } {
  const numeric = new Set<number>(
    [...mapping.criteria, mapping.revenue, mapping.classColumn, mapping.costs, mapping.hours, mapping.potential].filter((i) => i >= 0),
  );
  const text = new Set<number>([mapping.override, mapping.reason, mapping.previousClass].filter((i) => i >= 0));
  for (const rule of model.rules) {
    if (rule.when.column) {
      const hits = findHeader(headers, rule.when.column);
      if (hits.length === 1) (typeof rule.when.value === 'string' ? text : numeric).add(hits[0]!);
      else warnings.push({ code: 'table.optionalColumnMissing', params: { column: rule.when.column } });
    }
  }
  return { numeric, text };
}

/** The clients as read so far: their rows, names and parsed columns. */
interface ClientColumns {
  readonly clientRows: readonly number[];
  readonly names: readonly string[];
  readonly numeric: Map<number, NumericColumn>;
  readonly texts: Map<number, string[]>;
}

/**
 * Step: the last row without a name whose revenue is the sum of all rows above it is a total, not a
 * client; it is left out of every column and the user is told.
 */
function withoutUnlabelledTotal(
  read: ClientColumns,
  rows: Rows,
  mapping: ColumnMapping,
  headers: readonly string[],
  p: TablePlacement,
  skippedTotalsRows: number[],
  warnings: Message[],
): ClientColumns {
  const { name, revenue } = mapping;
  const { clientRows: dataRow } = read;
  const total =
    name >= 0 && revenue >= 0
      ? unlabelledTotal(
          read.numeric.get(revenue)!.values,
          dataRow.map((r) => isBlank(rows[r]![name])),
        )
      : -1;
  if (total < 0) return read;
  const row = dataRow[total]!;
  skippedTotalsRows.push(row);
  warnings.push({
    code: 'table.unlabelledTotalRow',
    params: { row: p.headerRow + 1 + row, address: cellAddress(p, row, revenue), column: headers[revenue]! },
  });
  return {
    clientRows: dataRow.slice(0, total),
    names: read.names.slice(0, total),
    numeric: new Map(
      [...read.numeric].map(([c, col]) => [
        c,
        {
          ...col,
          values: col.values.slice(0, total),
          problems: new Map([...col.problems].filter(([i]) => i < total)),
        },
      ]),
    ),
    texts: new Map([...read.texts].map(([c, list]) => [c, list.slice(0, total)])),
  };
}

/** Step: sums of amounts must stay finite: two revenues of 1E+308 would make every share "€ ∞" or NaN. */
function sumOverflowError(
  amounts: Iterable<number>,
  read: ClientColumns,
  headers: readonly string[],
  p: TablePlacement,
): Message | undefined {
  const { clientRows } = read;
  for (const c of amounts) {
    if (sumOverflows(read.numeric.get(c)!.values)) {
      const first = cellAddress(p, clientRows[0]!, c);
      const last = cellAddress({ ...p, sheet: undefined }, clientRows[clientRows.length - 1]!, c);
      return { code: 'table.sumOverflow', params: { column: headers[c]!, address: `${first}:${last}` } };
    }
  }
  return undefined;
}

/** Step: parse every client's cells in the columns read, and name each client (by row when unnamed). */
function readClientColumns(
  rows: Rows,
  dataRow: readonly number[],
  columns: { numeric: Set<number>; text: Set<number> },
  headers: readonly string[],
  mapping: ColumnMapping,
  amounts: ReadonlySet<number>,
  locales: ReadonlyMap<number, NumberLocale>,
  p: TablePlacement,
  numberFormats: ReadOptions['numberFormats'],
): ClientColumns {
  const numeric = new Map<number, NumericColumn>();
  for (const c of columns.numeric) {
    numeric.set(
      c,
      readNumericColumn(rows, dataRow, c, headers[c]!, {
        locale: locales.get(c)!,
        isAmount: amounts.has(c),
        ...(numberFormats ? { numberFormats } : {}),
      }),
    );
  }
  const texts = new Map<number, string[]>();
  for (const c of columns.text) texts.set(c, readTextColumn(rows, dataRow, c));
  const { name } = mapping;
  const names = dataRow.map((r) => {
    const v = name >= 0 ? rows[r]![name] : undefined;
    return isBlank(v) ? `#${p.headerRow + 1 + r}` : displayText(v, 255);
  });
  return { clientRows: dataRow, names, numeric, texts };
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
  const where: TableWhere = { sheet: p.sheet ?? '', address: cellAddress(p, -1, 0) };
  const headerProblem = headerRowProblem(header, rows.length, where);
  if (headerProblem) return { ok: false, error: headerProblem };
  const headers = header.map((h) => displayText(h, 255).trim());
  const warnings: Message[] = duplicateHeaderWarnings(headers, p);
  const found = mapModelColumns(headers, model, p, where, warnings);
  if (!found.ok) return found;
  const { mapping, revenueMatch } = found;
  const { dataRow, skippedBlankRows, skippedTotalsRows } = findClientRows(rows, mapping.name, p, warnings);
  if (dataRow.length === 0) return { ok: false, error: { code: 'table.noClients', params: where } };
  const columns = columnsToRead(headers, model, mapping, warnings);
  const { locales, locale } = columnLocales(rows, dataRow, columns.numeric);
  // Amounts: a percentage there ("50%", or a cell formatted as one) is a mistake, not a fraction of a euro.
  const amounts = new Set(
    [mapping.revenue, mapping.costs, mapping.hours, model.classification.method === 'pareto' ? mapping.classColumn : -1].filter(
      (i) => i >= 0,
    ),
  );
  const all = readClientColumns(rows, dataRow, columns, headers, mapping, amounts, locales, p, options.numberFormats);
  const read = withoutUnlabelledTotal(all, rows, mapping, headers, p, skippedTotalsRows, warnings);
  if (read.clientRows.length === 0) return { ok: false, error: { code: 'table.noClients', params: where } };
  const overflow = sumOverflowError(amounts, read, headers, p);
  if (overflow) return { ok: false, error: overflow };
  return {
    ok: true,
    table: {
      headers,
      placement: p,
      locale,
      locales,
      mapping,
      matches: { ...(revenueMatch ? { revenue: revenueMatch } : {}), criteria: found.criteriaMatches },
      dataRow: Int32Array.from(read.clientRows),
      names: read.names,
      numeric: read.numeric,
      texts: read.texts,
      skippedBlankRows,
      skippedTotalsRows,
      warnings,
    },
  };
}
