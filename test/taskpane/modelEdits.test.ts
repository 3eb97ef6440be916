import { presetModel, validateModel, type ScoringModel } from '../../src/engine';
import { METHOD_CHOICES, classificationFor, fixedClassCount, methodChoiceOf } from '../../src/taskpane/model/classDefaults';
import { defaultThresholds, looksLikeScores } from '../../src/taskpane/model/criterionDefaults';
import { modelReducer } from '../../src/taskpane/model/modelReducer';
import { suggestModel } from '../../src/taskpane/model/suggestModel';
import type { DetectedTable } from '../../src/workbook/session';

const matrix = presetModel('scoringsmatrix');

function valid(model: ScoringModel | undefined): ScoringModel {
  const v = validateModel(model);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.model;
}

describe('model edits', () => {
  test.each(METHOD_CHOICES.flatMap((m) => [3, 4].map((count) => [m, count] as const)))(
    'switching to %s with %i classes gives a valid model',
    (method, count) => {
      const withMethod = modelReducer(matrix, { type: 'setMethod', method });
      const edited = modelReducer(withMethod, { type: 'setClassCount', count });
      const model = valid(edited);
      expect(methodChoiceOf(model.classification)).toBe(method);
      // The pyramid keeps its 4 layers and computed ABC its 3 classes, whatever count is asked.
      expect(model.classification.labels).toHaveLength(fixedClassCount(method) ?? count);
    },
  );

  test('leaving the pyramid gives letters again; user labels survive a change of count', () => {
    const pyramid = modelReducer(matrix, { type: 'setMethod', method: 'pyramid' })!;
    expect(modelReducer(pyramid, { type: 'setMethod', method: 'score' })!.classification.labels).toEqual(['A', 'B', 'C', 'D']);
    const renamed = modelReducer(matrix, { type: 'setLabel', position: 0, label: 'Kern' })!;
    expect(modelReducer(renamed, { type: 'setClassCount', count: 3 })!.classification.labels).toEqual(['Kern', 'B', 'C']);
  });

  test('a limit is set at its position only', () => {
    const edited = modelReducer(matrix, { type: 'setLimit', position: 1, value: 0.5 })!;
    expect(edited.classification).toMatchObject({ method: 'score', thresholds: [0.7, 0.5, 0.2] });
  });

  test('reversing the direction keeps threshold limits valid', () => {
    const added = modelReducer(matrix, {
      type: 'addCriterion',
      column: 'Dagen',
      scoring: { type: 'thresholds', direction: 'higher', thresholds: [14, 30, 60] },
    })!;
    const lower = modelReducer(added, { type: 'setDirection', index: 4, direction: 'lower' })!;
    expect(lower.criteria[4]!.scoring).toEqual({ type: 'thresholds', direction: 'lower', thresholds: [60, 30, 14] });
    expect(validateModel(lower).ok).toBe(true);
  });

  test('a Pareto classification follows a newly chosen revenue column', () => {
    const pareto = valid(modelReducer(matrix, { type: 'setMethod', method: 'pareto' }));
    expect(pareto.classification).toMatchObject({ method: 'pareto', column: 'Omzet' });
    const moved = modelReducer(pareto, { type: 'setRevenue', column: 'Honorarium' })!;
    expect(moved.revenue).toBe('Honorarium');
    expect(moved.classification).toMatchObject({ method: 'pareto', column: 'Honorarium' });
    expect(modelReducer(moved, { type: 'setRevenue', column: undefined })!.revenue).toBeUndefined();
  });
});

describe('criterion defaults', () => {
  test('whole numbers 0..M are scores; amounts and fractions are not', () => {
    expect(looksLikeScores([0, 1, 3, 2], 3)).toBe(true);
    expect(looksLikeScores([0, 4], 3)).toBe(false);
    expect(looksLikeScores([1.5], 3)).toBe(false);
    expect(looksLikeScores([], 3)).toBe(false);
  });

  test('thresholds spread over the sampled range at quarters, rounded to two digits', () => {
    // Range 10..70: quarters at 25, 40, 55.
    expect(defaultThresholds([10, 45, 70, 20], 3, 'higher')).toEqual([25, 40, 55]);
    expect(defaultThresholds([10, 45, 70, 20], 3, 'lower')).toEqual([55, 40, 25]);
    // All values equal: no ordered spread, so 1..M.
    expect(defaultThresholds([5, 5], 3, 'higher')).toEqual([1, 2, 3]);
  });
});

describe('the starting model', () => {
  const table = (headers: string[], sample: unknown[][]): DetectedTable => ({
    sheet: 'Klanten',
    address: 'Klanten!A1:D3',
    headers,
    rowCount: sample.length,
    hiddenRowCount: 0,
    sample: sample as DetectedTable['sample'],
    warnings: [],
  });

  test('the seed matrix when the table has its columns', () => {
    expect(suggestModel(table(['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'], []), 'Klantwaarde')).toEqual(matrix);
  });

  test('otherwise revenue by quantiles plus every column holding 0–3 scores', () => {
    const model = suggestModel(
      table(
        ['Naam', 'Honorarium', 'Potentie', 'Uren'],
        [
          ['a', 1000, 2, 120],
          ['b', 500, 0, 30],
        ],
      ),
      'Klantwaarde',
    );
    expect(model.name).toBe('Klantwaarde');
    expect(model.revenue).toBe('Honorarium');
    expect(model.criteria.map((c) => [c.name, c.weight, c.scoring.type])).toEqual([
      ['Honorarium', 3, 'quantiles'],
      ['Potentie', 1, 'direct'],
    ]);
  });

  test('a classification made for another count keeps valid defaults', () => {
    expect(classificationFor('score', 3, matrix.classification)).toEqual({
      method: 'score',
      thresholds: [0.6, 0.3],
      labels: ['A', 'B', 'C'],
    });
  });
});
