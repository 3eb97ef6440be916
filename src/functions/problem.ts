import type { Message } from '../engine';

/** Parameter names as the Dutch metadata declares them (the catalog has their English names). */
export type ParamName =
  | 'scores' | 'gewichten' | 'schaalmax' | 'percentage' | 'grenzen' | 'labels' | 'waarde' | 'alle_waarden'
  | 'aandelen' | 'potentie' | 'drempel_waarde' | 'drempel_potentie' | 'klasse';

/** Where inside an argument: a cell of a range (1-based, as the user counts), or the n-th item of a list. */
export type Place = { readonly row: number; readonly column: number } | { readonly item: number };

/** The Excel error a problem turns into: #VALUE!, #N/A, or an input error passed on unchanged. */
export type ErrorText = string;
export const VALUE_ERROR: ErrorText = '#VALUE!';
export const NA_ERROR: ErrorText = '#N/A';

/**
 * Why an argument, or one cell of it, cannot be used: which argument, where, and the reason as a
 * catalog message. Kept free of Office and language so the logic can be tested as plain data; the
 * runner renders it as a CustomFunctions.Error in the user's language.
 */
export class Problem {
  constructor(
    readonly error: ErrorText,
    readonly argument: ParamName,
    readonly reason: Message,
    readonly place?: Place,
  ) {}
}

/** Thrown when a whole argument is unusable, so that the result is one error instead of a spill. */
export class ArgumentProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.reason.code);
  }
}

export function fail(problem: Problem): never {
  throw new ArgumentProblem(problem);
}

/** A result cell: a value, or the problem that prevented it. */
export type Outcome<T> = T | Problem;

export type Grid<T> = T[][];
