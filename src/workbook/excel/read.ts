import type { CellValue } from '../../engine';
import type { CellRange } from '../cells';
import type { BesideContent, TableContent, TableReadRequest } from '../port';
import { parseAreasAddress } from './addresses';
import type { XlContext, XlRange, XlRangeAreas } from './api';
import { FIRST_READ_BYTES_PER_CELL, jsonBytes, VALUE_TYPE_BYTES } from './payload';

/** Office.js reads an empty cell as ""; the pipeline calls it null, like the other adapters. */
export function cellValues(row: readonly unknown[]): CellValue[] {
  return row.map((v) => (v === '' || v === undefined ? null : (v as CellValue)));
}

export interface ReadChunk {
  /** First data row (0-based below the header) and number of data rows in this request. */
  readonly start: number;
  readonly count: number;
  readonly first: boolean;
}

/** Rows per read request before anything is known about the data: by estimated bytes and by cells. */
export function firstReadRows(request: TableReadRequest, budget: { responseBytes: number; cellsPerRead: number }): number {
  const columns = request.range.columnCount;
  const besideColumns = request.beside?.columnCount ?? 0;
  const perRow = columns * FIRST_READ_BYTES_PER_CELL + besideColumns * VALUE_TYPE_BYTES + 8;
  return Math.max(
    1,
    Math.min(Math.floor(budget.responseBytes / perRow), Math.floor(budget.cellsPerRead / Math.max(columns, besideColumns, 1))),
  );
}

export function dataRowsToRead(request: TableReadRequest): number {
  const dataRows = request.range.rowCount - 1;
  return request.sampleRows === undefined ? dataRows : Math.min(dataRows, request.sampleRows);
}

/** Collects the chunks of one table read into a TableContent. */
export class TableReadAccumulator {
  header: CellValue[] = [];
  readonly rows: CellValue[][] = [];
  readonly numberFormats: string[][] = [];
  hiddenRows: number[] = [];
  private besideHeader: CellValue[] = [];
  private readonly besideFilled: boolean[][];

  constructor(private readonly request: TableReadRequest) {
    this.besideFilled = request.beside
      ? Array.from({ length: request.beside.rowCount }, () => new Array<boolean>(request.beside!.columnCount).fill(false))
      : [];
  }

  result(): TableContent {
    const beside: BesideContent | undefined = this.request.beside ? { header: this.besideHeader, filled: this.besideFilled } : undefined;
    return {
      header: this.header,
      rows: this.rows,
      numberFormats: this.numberFormats,
      hiddenRows: this.hiddenRows,
      ...(beside ? { beside } : {}),
    };
  }

  setBesideHeader(values: CellValue[]): void {
    this.besideHeader = values;
  }

  setBesideTypes(offset: number, types: readonly (readonly string[])[]): void {
    types.forEach((line, r) =>
      line.forEach((t, c) => {
        this.besideFilled[offset + r]![c] = t !== 'Empty';
      }),
    );
  }
}

/** Rows hidden in a data range, from the address of its visible cells (null object: everything hidden). */
export function hiddenFromVisible(visible: XlRangeAreas | undefined, firstDataRow: number, dataRows: number): number[] {
  if (!visible || dataRows === 0) return [];
  const shown = new Uint8Array(dataRows);
  if (!visible.isNullObject) {
    for (const area of parseAreasAddress(visible.address)) {
      const from = Math.max(0, area.row - firstDataRow);
      const to = Math.min(dataRows, area.row + area.rowCount - firstDataRow);
      shown.fill(1, from, Math.max(from, to));
    }
  }
  const hidden: number[] = [];
  for (let r = 0; r < dataRows; r++) if (!shown[r]) hidden.push(r);
  return hidden;
}

/** The loads of one read request, queued on a context; `collect` runs after a successful sync. */
export interface QueuedRead {
  collect(into: TableReadAccumulator): { responseBytes: number };
}

export function queueReadChunk(ctx: XlContext, request: TableReadRequest, chunk: ReadChunk): QueuedRead {
  const { range } = request;
  const ws = ctx.workbook.worksheets.getItem(range.sheet);
  const dataRows = range.rowCount - 1;
  const header = chunk.first ? ws.getRangeByIndexes(range.row, range.column, 1, range.columnCount).load('values') : undefined;
  const visible =
    chunk.first && dataRows > 0
      ? ws
          .getRangeByIndexes(range.row + 1, range.column, dataRows, range.columnCount)
          .getSpecialCellsOrNullObject('Visible')
          .load('address')
      : undefined;
  const data =
    chunk.count > 0
      ? ws.getRangeByIndexes(range.row + 1 + chunk.start, range.column, chunk.count, range.columnCount).load(['values', 'numberFormat'])
      : undefined;
  let besideHeader: XlRange | undefined;
  let besideBody: { range: XlRange; offset: number } | undefined;
  const b: CellRange | undefined = request.beside;
  if (b) {
    // This request covers sheet rows [from, to): the header with the first chunk, then its data rows.
    const from = chunk.first ? range.row : range.row + 1 + chunk.start;
    const to = range.row + 1 + chunk.start + chunk.count;
    const r0 = Math.max(from, b.row);
    const r1 = Math.min(to, b.row + b.rowCount);
    if (r1 > r0) besideBody = { range: ws.getRangeByIndexes(r0, b.column, r1 - r0, b.columnCount).load('valueTypes'), offset: r0 - b.row };
    if (b.row >= from && b.row < to) besideHeader = ws.getRangeByIndexes(b.row, b.column, 1, b.columnCount).load('values');
  }
  return {
    collect(into) {
      let responseBytes = 0;
      if (header) into.header = cellValues(header.values[0]!);
      if (chunk.first) into.hiddenRows = hiddenFromVisible(visible, range.row + 1, dataRows);
      if (data) {
        const values = data.values;
        const formats = data.numberFormat;
        responseBytes += jsonBytes(values) + jsonBytes(formats);
        for (let r = 0; r < values.length; r++) {
          into.rows.push(cellValues(values[r]!));
          into.numberFormats.push(formats[r]!.map((f: unknown) => (typeof f === 'string' ? f : 'General')));
        }
      }
      if (besideHeader) into.setBesideHeader(cellValues(besideHeader.values[0]!));
      if (besideBody) {
        responseBytes += jsonBytes(besideBody.range.valueTypes);
        into.setBesideTypes(besideBody.offset, besideBody.range.valueTypes);
      }
      return { responseBytes };
    },
  };
}
