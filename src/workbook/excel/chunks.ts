import { ruleFill, type ColumnBlock, type ReportSpec, type WritePlan } from '../port';
import { TEXT_FORMAT } from '../columns';
import { excelLiteral } from './text';
import { jsonBytes } from './payload';

/** Bytes the adapter assumes per cell for values plus number format before it has seen the data. */
export const FIRST_READ_BYTES_PER_CELL = 24;
/** Bytes per cell of a `valueTypes` read ("Empty", "String", …). */
export const VALUE_TYPE_BYTES = 9;

/** A block prepared for writing: Excel-ready values per column and the request bytes of each row. */
export interface PreparedBlock {
  readonly block: ColumnBlock;
  readonly rows: number;
  /** Per column: the values as written to `range.values` (escaped text, "" for empty). */
  readonly literals: readonly (readonly (string | number)[])[];
  readonly formats: readonly string[];
  /** Bytes each row adds to a request: values, number formats and fill properties. */
  readonly rowBytes: Float64Array;
}

export function fillProperty(colour: string | null | undefined): { format?: { fill: { color: string } } } {
  return colour ? { format: { fill: { color: colour } } } : {};
}

export function prepareBlock(block: ColumnBlock): PreparedBlock {
  const rows = block.columns[0]?.values.length ?? 0;
  const formats = block.columns.map((c) => c.numberFormat);
  const literals = block.columns.map((c) => c.values.map((v) => excelLiteral(v, c.numberFormat === TEXT_FORMAT)));
  // A row of formats is the same for every row: ["0","0.0%",…] plus separators.
  const formatRowBytes = jsonBytes(formats) + 1;
  const rowBytes = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let bytes = formatRowBytes + 2 + block.columns.length;
    for (let c = 0; c < literals.length; c++) bytes += jsonBytes(literals[c]![r]);
    block.columns.forEach((col) => { if (col.colourRules) bytes += jsonBytes([fillProperty(ruleFill(col.colourRules, col.values[r]))]) + 1; });
    rowBytes[r] = bytes;
  }
  return { block, rows, literals, formats, rowBytes };
}

/** Request bytes of everything in a plan except the column blocks (structure, report, settings). */
export function fixedPlanBytes(plan: WritePlan): number {
  const report = plan.report ? reportBytes(plan.report) : 0;
  const rest = { ...plan, blocks: undefined, report: undefined };
  // Every operation also carries its method name and object path; 2 kB covers dozens of them.
  return jsonBytes(rest) + report + 2_000;
}

function reportBytes(report: ReportSpec): number {
  // Values and formats of the report grid (each written once) plus the chart and bold ranges.
  return 2 * jsonBytes(report.cells) + jsonBytes(report.chart ?? null) + 50 * report.cells.length;
}

export interface BlockSlice {
  readonly prepared: PreparedBlock;
  readonly start: number;
  readonly count: number;
}

/**
 * Packs block rows into requests under `budget` bytes; the first request also carries `firstExtra`
 * bytes (structure, report, settings). Always at least one request, so a plan without blocks still
 * gets its round trip.
 */
export function packRows(blocks: readonly PreparedBlock[], budget: number, firstExtra: number): BlockSlice[][] {
  const requests: BlockSlice[][] = [[]];
  let used = firstExtra;
  for (const prepared of blocks) {
    let start = 0;
    for (let r = 0; r < prepared.rows; r++) {
      const row = prepared.rowBytes[r]!;
      const requestHasRows = requests[requests.length - 1]!.length > 0 || r > start;
      // A row never splits; a row larger than the budget travels alone.
      if (used + row > budget && requestHasRows) {
        if (r > start) requests[requests.length - 1]!.push({ prepared, start, count: r - start });
        requests.push([]);
        used = 0;
        start = r;
      }
      used += row;
    }
    if (prepared.rows > start) requests[requests.length - 1]!.push({ prepared, start, count: prepared.rows - start });
  }
  return requests;
}
