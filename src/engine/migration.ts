import type { ClassificationRun } from './run';

/**
 * Year over year: per client the shift from last year's class to this year's (the "Verschuiving"
 * column: ↑ ↓ = or nieuw) and the migration matrix (from × to counts). Labels are compared
 * case-insensitively after trimming, in the order of the model's labels (first = best).
 */

/** up = a better class than last year; new = no class last year; unknown = last year's text is not one of the labels. */
export type ShiftKind = 'up' | 'down' | 'same' | 'new' | 'unknown';

export interface ClassShift {
  readonly kind: ShiftKind;
  /** Last year's label as the model spells it (the raw text when unknown; null when new). */
  readonly from: string | null;
  readonly to: string;
}

export interface Migration {
  readonly labels: readonly string[];
  /** Per client: the shift, or null when the client has no class this year. */
  readonly shifts: readonly (ClassShift | null)[];
  /** matrix[from][to]: clients classified both years, by last year's and this year's class. */
  readonly matrix: readonly (readonly number[])[];
  /** Clients with a class both years (the sum of the matrix). */
  readonly both: number;
  readonly up: number;
  readonly down: number;
  readonly same: number;
  /** Clients with a class this year and none last year, per this year's class. */
  readonly newByClass: readonly number[];
  /** Clients whose last-year text is not a label: client index and the text, to report. */
  readonly unknownLabels: readonly { readonly index: number; readonly text: string }[];
}

const key = (label: string) => label.trim().toLowerCase();

/**
 * Shifts and migration matrix from last year's label per client (empty/null = no class then) and
 * this year's label per client (null = unclassified this year).
 */
export function migration(previous: readonly (string | null)[], current: readonly (string | null)[], labels: readonly string[]): Migration {
  const index = new Map(labels.map((l, k) => [key(l), k] as const));
  const matrix = labels.map(() => labels.map(() => 0));
  const newByClass = labels.map(() => 0);
  const unknownLabels: { index: number; text: string }[] = [];
  const shifts: (ClassShift | null)[] = [];
  let up = 0;
  let down = 0;
  let same = 0;
  for (let i = 0; i < current.length; i++) {
    const to = current[i] === null || current[i] === undefined ? undefined : index.get(key(current[i]!));
    if (to === undefined) {
      shifts.push(null);
      continue;
    }
    const text = previous[i] ?? '';
    if (text.trim() === '') {
      newByClass[to]!++;
      shifts.push({ kind: 'new', from: null, to: labels[to]! });
      continue;
    }
    const from = index.get(key(text));
    if (from === undefined) {
      unknownLabels.push({ index: i, text });
      shifts.push({ kind: 'unknown', from: text, to: labels[to]! });
      continue;
    }
    matrix[from]![to]!++;
    const kind: ShiftKind = to < from ? 'up' : to > from ? 'down' : 'same';
    if (kind === 'up') up++;
    else if (kind === 'down') down++;
    else same++;
    shifts.push({ kind, from: labels[from]!, to: labels[to]! });
  }
  return { labels, shifts, matrix, both: up + down + same, up, down, same, newByClass, unknownLabels };
}

/** The migration of a run whose model names a previous-class column; null when there is none. */
export function runMigration(run: ClassificationRun): Migration | null {
  const column = run.table.mapping.previousClass;
  const texts = column >= 0 ? run.table.texts.get(column) : undefined;
  if (!texts) return null;
  const labels = run.model.classification.labels;
  const current = Array.from(run.classIndex, (k) => (k >= 0 ? labels[k]! : null));
  return migration(texts, current, labels);
}
