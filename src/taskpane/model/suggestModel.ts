import { detectRevenueColumn, matchModelColumns, presetModel, validateModel, type ScoringModel } from '../../engine';
import type { DetectedTable } from '../../workbook/session';
import { looksLikeScores, sampleNumbers } from './criterionDefaults';

const SCALE_MAX = 3;

/** True when every criterion column of the model is found in the table's header row (exact, synonym or close). */
export function fitsTable(model: ScoringModel, headers: readonly string[]): boolean {
  return matchModelColumns(headers, model).criteria.every((m) => m.index >= 0);
}

/**
 * The model a first-time user starts from: the seed's scoring matrix when the table has its
 * columns; otherwise revenue (by quantiles) plus every column that already holds 0–3 scores.
 */
export function suggestModel(table: DetectedTable | undefined, name: string): ScoringModel {
  const matrix = presetModel('scoringsmatrix');
  if (!table || fitsTable(matrix, table.headers)) return matrix;
  const revenue = detectRevenueColumn(table.headers);
  const criteria: unknown[] = [];
  if (revenue !== undefined) criteria.push({ name: table.headers[revenue], weight: 3, scoring: { type: 'quantiles' } });
  table.headers.forEach((header, i) => {
    if (i === revenue || !header) return;
    if (looksLikeScores(sampleNumbers(table.sample, i), SCALE_MAX)) criteria.push({ name: header, weight: 1 });
  });
  const v = validateModel({
    version: 1,
    name,
    scaleMax: SCALE_MAX,
    criteria,
    ...(revenue !== undefined ? { revenue: table.headers[revenue] } : {}),
  });
  return v.ok ? v.model : matrix;
}
