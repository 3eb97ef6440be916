import { classifyTable, scoreCriterion } from '../engine';
import type { CellNumbers } from './args';
import { cellPlace } from './cells';
import { checkedModel } from './modelCheck';
import { fail, Problem, VALUE_ERROR, type Outcome } from './problem';

export const DEFAULT_SCALE_MAX = 3;

export interface ClientScore {
  readonly score: number;
  readonly percent: number;
}

/** Client i's score for criterion j sits at this cell of the scores argument (0-based). */
type Locate = (client: number, criterion: number) => readonly [number, number];

/**
 * Which way the scores run: one row per client when a row is as long as the weights; a single column
 * as long as the weights is one client. Anything else is refused rather than guessed.
 */
function orient(scores: CellNumbers, criteria: number): { count: number; at: Locate } {
  const height = scores.length;
  const width = scores[0]?.length ?? 0;
  if (width === criteria) return { count: height, at: (i, j) => [i, j] };
  if (width === 1 && height === criteria) return { count: 1, at: (_i, j) => [j, 0] };
  return fail(new Problem(VALUE_ERROR, 'scores', { code: 'fn.widthMismatch', params: { actual: width, expected: criteria } }));
}

/**
 * Scores clients with direct criterion scores and weights, by running the engine on them as a client
 * table: the totals and percentages are the engine's, so a formula and the task pane never disagree.
 * A client with a missing, invalid or out-of-scale score gets that problem instead of a number.
 */
export function scoreClients(scores: CellNumbers, weights: readonly number[], scaleMax = DEFAULT_SCALE_MAX): Outcome<ClientScore>[] {
  const header = weights.map((_, j) => `Criterium ${j + 1}`);
  const model = checkedModel({ scaleMax, criteria: weights.map((weight, j) => ({ name: header[j], weight })) });
  const { count, at } = orient(scores, weights.length);
  const cell = (i: number, j: number) => {
    const [r, c] = at(i, j);
    return scores[r]![c]!;
  };

  const outcome: (Outcome<ClientScore> | undefined)[] = new Array(count);
  const candidates: number[] = [];
  for (let i = 0; i < count; i++) {
    const bad = weights.map((_, j) => cell(i, j)).find((v) => v instanceof Problem);
    if (bad) outcome[i] = bad;
    else candidates.push(i);
  }
  // The engine decides what lies outside the scale; the first such criterion is reported.
  weights.forEach((_, j) => {
    const values = Float64Array.from(candidates, (i) => cell(i, j) as number);
    for (const [k, value] of scoreCriterion(values, { type: 'direct' }, model.scaleMax).outOfRange) {
      const i = candidates[k]!;
      outcome[i] ??= new Problem(
        VALUE_ERROR,
        'scores',
        { code: 'fn.scoreOutOfRange', params: { value, max: model.scaleMax } },
        cellPlace(...at(i, j)),
      );
    }
  });

  const clients = candidates.filter((i) => outcome[i] === undefined);
  if (clients.length > 0) {
    const result = classifyTable(
      header,
      clients.map((i) => weights.map((_, j) => cell(i, j) as number)),
      model,
    );
    if (!result.ok || result.run.count !== clients.length)
      throw new Error(`engine refused the scores: ${result.ok ? 'row count' : result.error.code}`);
    clients.forEach((i, k) => {
      const score = result.run.scores[k]!;
      const percent = result.run.percent[k]!;
      if (Number.isNaN(score) || Number.isNaN(percent)) throw new Error(`engine left client ${i + 1} without a score`);
      outcome[i] = { score, percent };
    });
  }
  return outcome as Outcome<ClientScore>[];
}
