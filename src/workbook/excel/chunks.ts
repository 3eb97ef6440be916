import type { ColumnBlock, ReportSpec, WritePlan } from '../port';
import { TEXT_FORMAT } from '../columns';
import { excelLiteral } from './text';
import { jsonBytes } from './payload';

/** A block prepared for writing: Excel-ready values per column and the request bytes of each data row. */
export interface PreparedBlock {
  readonly block: ColumnBlock;
  /** Rows of the block, header included. */
  readonly rows: number;
  /** Per column: the values as written to `range.values` (escaped text, "" for empty). */
  readonly literals: readonly (readonly (string | number)[])[];
  /** The header row as written: in the cells' old format, so escaped as for General cells. */
  readonly header: readonly (string | number)[];
  /** Bytes each row adds to a request (index 0, the header, travels with the structure). */
  readonly rowBytes: Float64Array;
}

export function prepareBlock(block: ColumnBlock): PreparedBlock {
  const rows = block.columns[0]?.values.length ?? 0;
  const literals = block.columns.map((c) => c.values.map((v) => excelLiteral(v, c.numberFormat === TEXT_FORMAT)));
  const header = block.columns.map((c) => excelLiteral(c.values[0] ?? null, false));
  // Values only: number formats and colours are set once per column, not per cell.
  const rowBytes = new Float64Array(rows);
  for (let r = 1; r < rows; r++) {
    let bytes = 2 + block.columns.length;
    for (let c = 0; c < literals.length; c++) bytes += jsonBytes(literals[c]![r]);
    rowBytes[r] = bytes;
  }
  return { block, rows, literals, header, rowBytes };
}

/** Request bytes of everything in a plan except the blocks' data rows (structure, headers, formats, report, settings). */
export function fixedPlanBytes(plan: WritePlan): number {
  const report = [plan.report, ...(plan.sheets ?? [])].reduce((sum, r) => sum + (r ? reportBytes(r) : 0), 0);
  const blocks = (plan.blocks ?? []).map((b) => jsonBytes(b.columns.map((c) => [c.values[0], c.numberFormat, c.colourRules ?? null])));
  const rest = { ...plan, blocks: undefined, report: undefined, sheets: undefined };
  // Every operation also carries its method name and object path; 2 kB covers dozens of them.
  return jsonBytes(rest) + report + blocks.reduce((a, b) => a + 2 * b, 0) + 2_000;
}

function reportBytes(report: ReportSpec): number {
  // Values and formats of the report grid (each written once) plus the chart and bold ranges.
  return 2 * jsonBytes(report.cells) + jsonBytes(report.chart ?? null) + 50 * report.cells.length;
}

export interface BlockSlice {
  readonly prepared: PreparedBlock;
  /** First data row of the slice (1 or more: row 0 is the header). */
  readonly start: number;
  readonly count: number;
}

/**
 * Packs the blocks' data rows into requests under `budget` bytes; the first request also carries
 * `firstExtra` bytes (structure, headers, formats, report, settings). Always at least one request,
 * so a plan without blocks still gets its round trip.
 */
export function packRows(blocks: readonly PreparedBlock[], budget: number, firstExtra: number): BlockSlice[][] {
  const requests: BlockSlice[][] = [[]];
  let used = firstExtra;
  for (const prepared of blocks) {
    let start = 1;
    for (let r = 1; r < prepared.rows; r++) {
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
