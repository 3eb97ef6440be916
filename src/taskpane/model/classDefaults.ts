import { DEFAULT_SCORE_THRESHOLDS, letterLabels, PYRAMID_LABELS, PYRAMID_SHARES, type ClassificationMethod } from '../../engine';

/** The class methods the pane offers; "pyramid" is rank shares with Curry's klantenpiramide preset. */
export type MethodChoice = 'score' | 'rank' | 'pyramid' | 'pareto' | 'computed';

export const METHOD_CHOICES: readonly MethodChoice[] = ['score', 'rank', 'pyramid', 'pareto', 'computed'];

/** Methods whose number of classes is fixed (the pyramid has 4 layers, computed ABC has 3 classes). */
export function fixedClassCount(choice: MethodChoice): number | undefined {
  return choice === 'pyramid' ? 4 : choice === 'computed' ? 3 : undefined;
}

export function methodChoiceOf(c: ClassificationMethod): MethodChoice {
  if (c.method === 'rank') return c.preset === 'klantenpiramide' ? 'pyramid' : 'rank';
  return c.method;
}

/** The limits the user edits: score thresholds, rank shares or Pareto cutoffs (fractions). */
export function limitsOf(c: ClassificationMethod): readonly number[] {
  switch (c.method) {
    case 'score':
      return c.thresholds;
    case 'rank':
      return c.shares;
    case 'pareto':
      return c.cutoffs;
    case 'computed':
      return [];
  }
}

/** Keeps the user's labels where they exist and fills up with the next letters. */
function resizeLabels(labels: readonly string[], count: number): string[] {
  const letters = letterLabels(count);
  return letters.map((letter, i) => labels[i] ?? (labels.includes(letter) ? `${letter}${i + 1}` : letter));
}

// Sensible starting limits per method and class count (the seeds use 70/45/20 and 80/95).
const SCORE_LIMITS: Record<number, readonly number[]> = { 3: [0.6, 0.3], 4: DEFAULT_SCORE_THRESHOLDS };
const RANK_SHARES: Record<number, readonly number[]> = { 3: [0.2, 0.3, 0.5], 4: [0.1, 0.2, 0.3, 0.4] };
const PARETO_CUTOFFS: Record<number, readonly number[]> = { 3: [0.8, 0.95], 4: [0.8, 0.95, 0.99] };

/** A classification for a method and class count, keeping the labels (and Pareto column) where that makes sense. */
export function classificationFor(choice: MethodChoice, count: number, current: ClassificationMethod): ClassificationMethod {
  const wasPyramid = methodChoiceOf(current) === 'pyramid';
  const labels = wasPyramid && choice !== 'pyramid' ? letterLabels(count) : resizeLabels(current.labels, count);
  switch (choice) {
    case 'score':
      return { method: 'score', thresholds: [...(SCORE_LIMITS[count] ?? SCORE_LIMITS[4]!)], labels };
    case 'rank':
      return { method: 'rank', shares: [...(RANK_SHARES[count] ?? RANK_SHARES[4]!)], labels };
    case 'pyramid':
      return { method: 'rank', preset: 'klantenpiramide', shares: [...PYRAMID_SHARES], labels: [...PYRAMID_LABELS] };
    case 'pareto': {
      const column = current.method === 'pareto' ? current.column : undefined;
      return { method: 'pareto', cutoffs: [...(PARETO_CUTOFFS[count] ?? PARETO_CUTOFFS[3]!)], labels, ...(column ? { column } : {}) };
    }
    case 'computed':
      return { method: 'computed', labels: resizeLabels(current.labels, 3) };
  }
}

export function withLimit(c: ClassificationMethod, position: number, value: number): ClassificationMethod {
  const replace = (list: readonly number[]) => list.map((x, i) => (i === position ? value : x));
  switch (c.method) {
    case 'score':
      return { ...c, thresholds: replace(c.thresholds) };
    case 'rank':
      return { ...c, shares: replace(c.shares) };
    case 'pareto':
      return { ...c, cutoffs: replace(c.cutoffs) };
    case 'computed':
      return c;
  }
}
