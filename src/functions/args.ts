import { cellErrorText, displayText, isBlank, type CellValue, type NumberLocale } from '../engine';
import { asGrid, cellPlace, isOmitted, itemPlace, localeOf, readNumber, toCellValue } from './cells';
import { fail, inputError, NA_ERROR, Problem, VALUE_ERROR, type Grid, type ParamName } from './problem';

/**
 * What an argument is, which decides how it is checked and coerced:
 * - `cells`: one value per client (a cell or a range); each cell is a number or its own problem, so a
 *   bad cell spoils only its own result;
 * - `population`: the values of all clients; blanks and "n.v.t." are left out, anything else that is
 *   not a number spoils the whole result (every class depends on every value);
 * - `numbers`: a list (one row or column), e.g. weights or class limits; every item must be a number;
 * - `labels`: a list of class names;
 * - `number`: a single number;
 * - `texts`: one text per client (a class name); a blank or error cell is that cell's own problem.
 */
export type ArgKind = 'cells' | 'population' | 'numbers' | 'labels' | 'number' | 'texts';

export interface ParamSpec {
  readonly name: ParamName;
  readonly kind: ArgKind;
  /** Omitted or blank → undefined, and the function uses its default. */
  readonly optional?: boolean;
}

export type CellNumbers = Grid<number | Problem>;

type ValueOf<K extends ArgKind> = K extends 'cells'
  ? CellNumbers
  : K extends 'population'
    ? Float64Array
    : K extends 'numbers'
      ? number[]
      : K extends 'labels'
        ? string[]
        : K extends 'texts'
          ? Grid<string | Problem>
          : number;

/** The coerced argument tuple for a parameter list (optional ones may be undefined). */
export type Args<S extends readonly ParamSpec[]> = {
  [I in keyof S]: S[I] extends { kind: infer K extends ArgKind; optional: true }
    ? ValueOf<K> | undefined
    : S[I] extends { kind: infer K extends ArgKind }
      ? ValueOf<K>
      : never;
};

/** One row or one column as a flat list; a block is refused so that the order is never a guess. */
function vector(grid: Grid<CellValue>, name: ParamName): CellValue[] {
  if (grid.length === 1) return grid[0]!;
  if (grid.every((row) => row.length === 1)) return grid.map((row) => row[0]);
  return fail(new Problem(VALUE_ERROR, name, { code: 'fn.notVector', params: { rows: grid.length, columns: grid[0]!.length } }));
}

function cells(grid: Grid<CellValue>, name: ParamName): CellNumbers {
  const locale = localeOf(grid);
  const missing = name === 'scores' ? 'fn.missingScore' : 'fn.missing';
  return grid.map((row, r) => row.map((cell, c) => readNumber(cell, name, cellPlace(r, c), locale, missing)));
}

function population(raw: unknown, name: ParamName): Float64Array {
  // Per-row formulas hand over the same long column on every call: plain numbers take a fast path.
  const rows = (!Array.isArray(raw) ? [[raw]] : raw.every(Array.isArray) ? raw : [raw]) as readonly unknown[][];
  const values: number[] = [];
  let locale: NumberLocale | undefined;
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === 'number' && Number.isFinite(value)) {
        values.push(value);
        return;
      }
      const cell = toCellValue(value);
      if (isBlank(cell)) return;
      locale ??= localeOf(asGrid(raw));
      const v = readNumber(cell, name, cellPlace(r, c), locale);
      if (v instanceof Problem) {
        // "n.v.t." is a client without a value: left out, like a blank cell.
        if (v.error === NA_ERROR && v.reason.code === 'fn.missing') return;
        fail(v);
      }
      values.push(v);
    }),
  );
  if (values.length === 0) fail(new Problem(VALUE_ERROR, name, { code: 'fn.noNumbers' }));
  return Float64Array.from(values);
}

function numbers(grid: Grid<CellValue>, name: ParamName): number[] {
  const list = vector(grid, name);
  const locale = localeOf([list]);
  return list.map((cell, i) => {
    const v = readNumber(cell, name, itemPlace(i), locale);
    return v instanceof Problem ? fail(v) : v;
  });
}

function labels(grid: Grid<CellValue>, name: ParamName): string[] {
  return vector(grid, name).map((cell, i) => {
    // An Excel error in a label cell is passed on; everything else is text for the model validator.
    const error = cellErrorText(cell);
    if (error) fail(new Problem(inputError(error), name, { code: 'fn.inputError', params: { error } }, itemPlace(i)));
    return isBlank(cell) ? '' : displayText(cell, 255).trim();
  });
}

function texts(grid: Grid<CellValue>, name: ParamName): Grid<string | Problem> {
  return grid.map((row, r) =>
    row.map((cell, c) => {
      const error = cellErrorText(cell);
      if (error) return new Problem(inputError(error), name, { code: 'fn.inputError', params: { error } }, cellPlace(r, c));
      if (isBlank(cell)) return new Problem(NA_ERROR, name, { code: 'fn.missing' }, cellPlace(r, c));
      return displayText(cell, 255).trim();
    }),
  );
}

function single(grid: Grid<CellValue>, name: ParamName): number {
  const count = grid.reduce((n, row) => n + row.length, 0);
  if (count !== 1) fail(new Problem(VALUE_ERROR, name, { code: 'fn.notSingle', params: { count } }));
  const v = readNumber(grid[0]![0], name, itemPlace(0), localeOf(grid));
  // A single number needs no "item 1" in the message.
  return v instanceof Problem ? fail(new Problem(v.error, v.argument, v.reason)) : v;
}

/** Checks and coerces one argument as its parameter says; throws ArgumentProblem when it is unusable. */
export function coerce(spec: ParamSpec, raw: unknown): unknown {
  if (spec.optional && isOmitted(raw)) return undefined;
  switch (spec.kind) {
    case 'cells':
      return cells(asGrid(raw), spec.name);
    case 'population':
      return population(raw, spec.name);
    case 'numbers':
      return numbers(asGrid(raw), spec.name);
    case 'labels':
      return labels(asGrid(raw), spec.name);
    case 'number':
      return single(asGrid(raw), spec.name);
    case 'texts':
      return texts(asGrid(raw), spec.name);
  }
}
