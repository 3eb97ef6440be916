import type { Texts } from '../i18n/catalog';
import { thrownText } from '../i18n/errorText';
import { coerce, type Args, type ParamSpec } from './args';
import { functionTexts } from './language';
import { ArgumentProblem, Problem, type Grid, type Outcome, type Place } from './problem';

export type FunctionId =
  | 'KLANTSCORE'
  | 'KLANTSCOREPCT'
  | 'KLANTKLASSE'
  | 'ABCKLASSE'
  | 'RANGKLASSE'
  | 'PIRAMIDELAAG'
  | 'OMZETAANDEEL'
  | 'KLANTTYPE'
  | 'CONTACTMOMENTEN';

/** The namespace the manifest gives the functions; Excel always shows it. */
export const NAMESPACE = 'KW';

/**
 * A worksheet function as data: its parameters (what each argument must be) and a body that only
 * sees checked, coerced arguments and calls the engine. `evaluate` does everything else.
 */
export interface FunctionSpec<S extends readonly ParamSpec[], T> {
  readonly id: FunctionId;
  readonly params: S;
  readonly body: (...args: Args<S>) => Grid<Outcome<T>>;
}

export function defineFunction<const S extends readonly ParamSpec[], T>(
  id: FunctionId,
  params: S,
  body: (...args: Args<S>) => Grid<Outcome<T>>,
): FunctionSpec<S, T> {
  return { id, params, body };
}

export type ExcelResult<T> = Grid<T | CustomFunctions.Error>;

/**
 * Runs a function the way Excel needs it: checks and coerces every argument, calls the body, and turns
 * problems into Excel errors with a message in the user's language. A whole-argument problem gives one
 * error; a problem in one cell gives an error in that cell of the spilled result only. An unexpected
 * exception becomes #VALUE! with its text rather than an unexplained #VALUE!.
 */
export function evaluate<S extends readonly ParamSpec[], T>(fn: FunctionSpec<S, T>, raw: readonly unknown[]): ExcelResult<T> {
  const tx = functionTexts();
  try {
    const args = fn.params.map((spec, i) => coerce(spec, raw[i])) as unknown as Args<S>;
    return fn.body(...args).map((row) => row.map((cell) => (cell instanceof Problem ? excelError(cell, fn.id, tx) : cell)));
  } catch (e) {
    if (e instanceof ArgumentProblem) return [[excelError(e.problem, fn.id, tx)]];
    const detail = thrownText(e);
    return [
      [
        new CustomFunctions.Error(
          CustomFunctions.ErrorCode.invalidValue,
          tx.t('fn.messageInternal', { function: displayName(fn.id, tx), detail }),
        ),
      ],
    ];
  }
}

export function displayName(id: FunctionId, tx: Texts): string {
  return `${NAMESPACE}.${tx.t(`fn.name.${id}`)}`;
}

function whereText(place: Place, tx: Texts): string {
  return 'item' in place ? tx.t('fn.where.item', { item: place.item }) : tx.t('fn.where.cell', { row: place.row, column: place.column });
}

/** The message shown in the cell's error menu, e.g. "KW.KLANTSCORE, scores (rij 2, kolom 3): …". */
export function problemText(problem: Problem, id: FunctionId, tx: Texts): string {
  const parts = {
    function: displayName(id, tx),
    argument: tx.t(`fn.param.${problem.argument}`),
    reason: tx.t(problem.reason.code, problem.reason.params ?? {}),
  };
  return problem.place ? tx.t('fn.message', { ...parts, where: whereText(problem.place, tx) }) : tx.t('fn.messageWhole', parts);
}

/**
 * The Excel error for a problem. An input error is passed on as itself, except #NAME? and #REF!, which
 * Excel accepts as inputs but not as outputs. Only #VALUE! and #N/A may carry a message.
 */
function excelError(problem: Problem, id: FunctionId, tx: Texts): CustomFunctions.Error {
  const { ErrorCode } = CustomFunctions;
  const outputs = Object.values(ErrorCode).filter((c) => c !== ErrorCode.invalidName && c !== ErrorCode.invalidReference);
  const code = outputs.find((c) => c === problem.error) ?? ErrorCode.invalidValue;
  if (code !== ErrorCode.invalidValue && code !== ErrorCode.notAvailable) return new CustomFunctions.Error(code);
  return new CustomFunctions.Error(code, problemText(problem, id, tx));
}
