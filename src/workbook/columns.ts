import type { ClassificationRun } from '../engine';
import { approachText, explanationText, signalsText } from '../i18n/explain';
import type { Texts } from '../i18n/catalog';
import { classColour } from './colours';
import type { ColourRule, OutputColumn, OutputValue } from './port';
import { resultHeaders } from './results';

/** Excel holds at most 32,767 characters in a cell; longer text is cut with an ellipsis. */
export const MAX_CELL_TEXT = 32_767;

export function cellText(text: string): string | null {
  if (!text) return null;
  return text.length <= MAX_CELL_TEXT ? text : `${text.slice(0, MAX_CELL_TEXT - 1)}…`;
}

/**
 * A column whose values are made when asked for: `valueAt(r)` for one (0 is the header), `values`
 * for all of them, made on first use and kept. The Office.js and memory adapters read `values`; the
 * .xlsx writer asks row by row while it writes, and never holds the column.
 */
class OnDemandColumn implements OutputColumn {
  private made?: readonly OutputValue[];

  constructor(
    private readonly header: OutputValue,
    readonly rowCount: number,
    private readonly cell: (row: number) => OutputValue,
    readonly numberFormat: string,
    readonly colourRules?: readonly ColourRule[],
  ) {}

  readonly valueAt = (row: number): OutputValue => (row === 0 ? this.header : row < this.rowCount ? this.cell(row) : null);

  get values(): readonly OutputValue[] {
    if (!this.made) {
      const values = new Array<OutputValue>(this.rowCount);
      for (let r = 0; r < this.rowCount; r++) values[r] = this.valueAt(r);
      this.made = values;
    }
    return this.made;
  }

  withHeader(header: OutputValue): OnDemandColumn {
    return new OnDemandColumn(header, this.rowCount, this.cell, this.numberFormat, this.colourRules);
  }
}

/** A column's header cell, without making an on-demand column's values. */
export function columnHeader(column: OutputColumn): OutputValue {
  return column.valueAt ? column.valueAt(0) : (column.values[0] ?? null);
}

/** The column with another header (a free name in the user's table). */
export function withHeader(column: OutputColumn, header: string): OutputColumn {
  if (column instanceof OnDemandColumn) return column.withHeader(header);
  return { ...column, values: [header, ...column.values.slice(1)] };
}

/** How many cells a column has, header included, without making an on-demand column's values. */
export function columnRows(column: OutputColumn): number {
  return column.rowCount ?? column.values.length;
}

const numberOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** Text columns are formatted as text ("@") so Excel never reinterprets a label like "1" or "=A". */
export const TEXT_FORMAT = '@';
export const FORMATS = { percent: '0.0%', share: '0.0%', rank: '0', score: '0', scoreFraction: '0.0' } as const;

/**
 * The eight result columns for a table of `dataRows` rows (one value per row; rows that are not a
 * client, such as blank and totals rows, stay empty). `blockRows` may exceed `dataRows + 1` to clear
 * our own old cells below a table that shrank.
 */
export function resultColumns(tx: Texts, run: ClassificationRun, blockRows: number): OutputColumn[] {
  const headers = resultHeaders(tx);
  // The client behind each block row (-1: none): every column makes a row's value from the run when asked.
  const clientAt = new Int32Array(blockRows).fill(-1);
  const labels = run.model.classification.labels;
  let wholeScores = true;
  for (let i = 0; i < run.count; i++) {
    const r = run.table.dataRow[i]! + 1;
    if (r >= blockRows) continue;
    clientAt[r] = i;
    const score = numberOrNull(run.scores[i]!);
    if (score !== null && !Number.isInteger(score)) wholeScores = false;
  }
  const cells: ((i: number) => OutputValue)[] = [
    (i) => numberOrNull(run.scores[i]!),
    (i) => numberOrNull(run.percent[i]!),
    (i) => (run.classIndex[i]! >= 0 ? labels[run.classIndex[i]!]! : null),
    (i) => (run.rank[i]! > 0 ? run.rank[i]! : null),
    (i) => numberOrNull(run.revenueShare[i]!),
    (i) => cellText(explanationText(tx, run, i)),
    (i) => cellText(approachText(tx, run, i)),
    (i) => cellText(signalsText(tx, run, i)),
  ];
  const formats = [
    wholeScores ? FORMATS.score : FORMATS.scoreFraction,
    FORMATS.percent,
    TEXT_FORMAT,
    FORMATS.rank,
    FORMATS.share,
    TEXT_FORMAT,
    TEXT_FORMAT,
    TEXT_FORMAT,
  ];
  // Class colours follow the text in the cell, so they stay right when the user overrides a class by hand.
  const colourRules = labels.map((label, k) => ({ text: label, fill: classColour(k, labels.length) }));
  return cells.map(
    (cell, k) =>
      new OnDemandColumn(
        headers[k]!,
        blockRows,
        (r) => {
          const i = clientAt[r]!;
          return i >= 0 ? cell(i) : null;
        },
        formats[k]!,
        k === 2 ? colourRules : undefined,
      ),
  );
}
