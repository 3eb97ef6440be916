import type { ClassificationRun } from '../engine';
import { approachText, explanationText, signalsText } from '../i18n/explain';
import type { Lang } from '../i18n/catalog';
import { classColour } from './colours';
import type { ColourRule, OutputColumn, OutputValue } from './port';
import { resultHeaders } from './results';

/** Excel holds at most 32,767 characters in a cell; longer text is cut with an ellipsis. */
export const MAX_CELL_TEXT = 32_767;

export function cellText(text: string): string | null {
  if (!text) return null;
  return text.length <= MAX_CELL_TEXT ? text : `${text.slice(0, MAX_CELL_TEXT - 1)}…`;
}

const numberOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** Text columns are formatted as text ("@") so Excel never reinterprets a label like "1" or "=A". */
export const TEXT_FORMAT = '@';
export const FORMATS = { percent: '0.0%', share: '0.00%', rank: '0', score: '0', scoreFraction: '0.0' } as const;

/**
 * The eight result columns for a table of `dataRows` rows (one value per row; rows that are not a
 * client, such as blank and totals rows, stay empty). `blockRows` may exceed `dataRows + 1` to clear
 * our own old cells below a table that shrank.
 */
export function resultColumns(lang: Lang, run: ClassificationRun, blockRows: number): OutputColumn[] {
  const empty = (): OutputValue[] => new Array<OutputValue>(blockRows).fill(null);
  const headers = resultHeaders(lang);
  const cols = headers.map(() => empty());
  cols.forEach((c, k) => { c[0] = headers[k]!; });
  const labels = run.model.classification.labels;
  let wholeScores = true;
  for (let i = 0; i < run.count; i++) {
    const r = run.table.dataRow[i]! + 1;
    if (r >= blockRows) continue;
    const k = run.classIndex[i]!;
    const score = numberOrNull(run.scores[i]!);
    if (score !== null && !Number.isInteger(score)) wholeScores = false;
    cols[0]![r] = score;
    cols[1]![r] = numberOrNull(run.percent[i]!);
    cols[2]![r] = k >= 0 ? labels[k]! : null;
    cols[3]![r] = run.rank[i]! > 0 ? run.rank[i]! : null;
    cols[4]![r] = numberOrNull(run.revenueShare[i]!);
    cols[5]![r] = cellText(explanationText(lang, run, i));
    cols[6]![r] = cellText(approachText(lang, run, i));
    cols[7]![r] = cellText(signalsText(lang, run, i));
  }
  const formats = [
    wholeScores ? FORMATS.score : FORMATS.scoreFraction, FORMATS.percent, TEXT_FORMAT, FORMATS.rank, FORMATS.share,
    TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT,
  ];
  // The class colours are a rule on the column, not a fill per cell: a class the user types in later is coloured too.
  const colourRules: ColourRule[] = labels.map((text, k) => ({ text, fill: classColour(k, labels.length) }));
  return cols.map((values, k) => (k === 2 ? { values, numberFormat: formats[k]!, colourRules } : { values, numberFormat: formats[k]! }));
}
