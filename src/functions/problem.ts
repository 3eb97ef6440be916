import type { CatalogMessage } from '../i18n/catalog';

/** Parameter names as the Dutch metadata declares them (the catalog has their English names). */
export type ParamName =
  | 'scores'
  | 'gewichten'
  | 'schaalmax'
  | 'percentage'
  | 'grenzen'
  | 'labels'
  | 'waarde'
  | 'alle_waarden'
  | 'aandelen'
  | 'potentie'
  | 'drempel_waarde'
  | 'drempel_potentie'
  | 'klasse';

/** Where inside an argument: a cell of a range (1-based, as the user counts), or the n-th item of a list. */
export type Place = { readonly row: number; readonly column: number } | { readonly item: number };

/**
 * The Excel error a problem turns into: #VALUE!, #N/A, or an input error passed on unchanged. The
 * errors Excel can hand a custom function (CustomFunctions.ErrorCode, CustomFunctionsRuntime 1.3);
 * Excel's newer errors (#SPILL!, #CALC!, …) arrive as #VALUE!.
 */
export type ErrorText = '#VALUE!' | '#N/A' | '#DIV/0!' | '#NUM!' | '#NULL!' | '#NAME?' | '#REF!';
export const VALUE_ERROR = '#VALUE!' satisfies ErrorText;
export const NA_ERROR = '#N/A' satisfies ErrorText;
const ERROR_TEXTS: readonly ErrorText[] = ['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!', '#NAME?', '#REF!'];

/** An input cell's error text as one of ours; anything else (a newer error) is passed on as #VALUE!. */
export function inputError(text: string): ErrorText {
  return ERROR_TEXTS.find((e) => e === text) ?? VALUE_ERROR;
}

/**
 * Why an argument, or one cell of it, cannot be used: which argument, where, and the reason as a
 * catalog message. Kept free of Office and language so the logic can be tested as plain data; the
 * runner renders it as a CustomFunctions.Error in the user's language.
 */
export class Problem {
  constructor(
    readonly error: ErrorText,
    readonly argument: ParamName,
    readonly reason: CatalogMessage,
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
