import { INSIGHT_COLUMNS, normalizeHeader, type CellValue, type InsightColumn } from '../engine';
import type { Texts } from '../i18n/catalog';
import { markText, OUTPUT_LANGS, type MarkKey } from '../i18n/outputMarks';

/** Workbook settings keys: the saved model and the record of what we wrote. */
export const SETTINGS_KEYS = { model: 'klantwaarde.model', results: 'klantwaarde.results' } as const;

/** The result columns, in the order they are written (docs/architecture.md, "The method, precisely"). */
export const RESULT_COLUMN_KEYS = [
  'col.score',
  'col.percent',
  'col.class',
  'col.rank',
  'col.revenueShare',
  'col.explanation',
  'col.approach',
  'col.signals',
] as const;
export const RESULT_COLUMN_COUNT = RESULT_COLUMN_KEYS.length;
export function resultHeaders(tx: Texts): string[] {
  return RESULT_COLUMN_KEYS.map((key) => tx.t(key));
}

/**
 * True when `cells` are exactly our header texts (either language), so a re-run recognises its own
 * columns even when the settings record is gone (e.g. the sheet was copied to another workbook).
 * In an Excel Table, Excel makes duplicate headers unique by appending a number ("Klasse2"), so
 * `inTable` also accepts that suffix.
 */
export function isOwnHeaderRow(cells: readonly CellValue[], inTable = false): boolean {
  if (cells.length !== RESULT_COLUMN_COUNT) return false;
  return OUTPUT_LANGS.some((lang) => RESULT_COLUMN_KEYS.every((key, i) => sameHeader(cells[i], markText(lang, key), inTable)));
}

/** Catalog key of an insight column's header. */
export const INSIGHT_HEADER_KEYS: Readonly<Record<InsightColumn, MarkKey>> = {
  shift: 'insight.col.shift',
  margin: 'insight.col.margin',
  revenuePerHour: 'insight.col.revenuePerHour',
  clientType: 'insight.col.clientType',
};
/** The eight fixed columns plus at most every insight column. */
export const MAX_RESULT_COLUMNS = RESULT_COLUMN_COUNT + INSIGHT_COLUMNS.length;

export function insightHeader(tx: Texts, kind: InsightColumn): string {
  return tx.t(INSIGHT_HEADER_KEYS[kind]);
}

/**
 * In an Excel Table our header may also carry a number Excel added ("Klasse2"), or be the free name
 * we chose because the table already had a column of that name ("Klasse (Klantwaarde)", "… 2").
 */
function sameHeader(cell: CellValue, header: string, inTable: boolean): boolean {
  if (typeof cell !== 'string') return false;
  const key = normalizeHeader(cell);
  const wanted = [header, ...(inTable ? OUTPUT_LANGS.map((lang) => markText(lang, 'workbook.freeHeader', { header })) : [])].map(
    normalizeHeader,
  );
  return wanted.some((w) => key === w || (inTable && key.startsWith(w) && /^\d+$/.test(key.slice(w.length))));
}

/** The header we use when an Excel Table already has a column named like ours. */
export function freeHeader(tx: Texts, header: string): string {
  return tx.t('workbook.freeHeader', { header });
}

/** The insight column a header cell names (either language), if any. */
export function insightColumnOf(cell: CellValue, inTable = false): InsightColumn | undefined {
  return INSIGHT_COLUMNS.find((kind) => OUTPUT_LANGS.some((lang) => sameHeader(cell, markText(lang, INSIGHT_HEADER_KEYS[kind]), inTable)));
}

/**
 * Our insight columns right after our eight fixed ones: `cells` are the header cells that follow
 * them; each must name an insight column, none twice. Stops at the first cell that does not.
 */
export function ownInsightColumns(cells: readonly CellValue[], inTable = false): InsightColumn[] {
  const kinds: InsightColumn[] = [];
  for (const cell of cells.slice(0, INSIGHT_COLUMNS.length)) {
    const kind = insightColumnOf(cell, inTable);
    if (kind === undefined || kinds.includes(kind)) break;
    kinds.push(kind);
  }
  return kinds;
}

/** One table's results: where they are, so a re-run updates them and "remove results" removes exactly them. */
export interface ResultsEntry {
  readonly sheet: string;
  readonly tableName?: string;
  /** 0-based sheet row of our header cells. */
  readonly headerRow: number;
  /** 0-based sheet column of our first column. */
  readonly column: number;
  /** Rows written, header included. */
  readonly rowCount: number;
  readonly headers: readonly string[];
  /** True when we inserted the sheet columns ourselves (removal deletes them again). */
  readonly inserted: boolean;
  /** Report sheets made for this table. */
  readonly reports: readonly string[];
}

export interface ResultsRecord {
  readonly version: 1;
  readonly entries: readonly ResultsEntry[];
}

export const EMPTY_RECORD: ResultsRecord = { version: 1, entries: [] };

function isEntry(x: unknown): x is ResultsEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e.sheet === 'string' &&
    Number.isInteger(e.headerRow) &&
    Number.isInteger(e.column) &&
    Number.isInteger(e.rowCount) &&
    Array.isArray(e.headers) &&
    typeof e.inserted === 'boolean' &&
    Array.isArray(e.reports) &&
    e.reports.every((r) => typeof r === 'string') &&
    (e.tableName === undefined || typeof e.tableName === 'string')
  );
}

/** Reads the record from settings; anything unreadable counts as "nothing written" (we never guess). */
export function parseRecord(raw: string | undefined): ResultsRecord {
  if (!raw) return EMPTY_RECORD;
  try {
    const data = JSON.parse(raw) as { version?: unknown; entries?: unknown };
    if (data.version !== 1 || !Array.isArray(data.entries)) return EMPTY_RECORD;
    return { version: 1, entries: data.entries.filter(isEntry) };
  } catch {
    return EMPTY_RECORD;
  }
}

export function recordJson(record: ResultsRecord): string {
  return JSON.stringify(record);
}

/** All report sheets we made, for every table. */
export function ownReports(record: ResultsRecord): Set<string> {
  return new Set(record.entries.flatMap((e) => e.reports.map((r) => r.toLowerCase())));
}
