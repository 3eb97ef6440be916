/**
 * A typed fake of the part of Excel's custom-functions runtime the functions use (CustomFunctions.Error
 * and ErrorCode), installed on globalThis because Excel provides them as globals. Like the real runtime
 * it refuses a message on errors other than #VALUE! and #N/A, so tests catch a message that Excel would
 * reject. Also lets a test pretend Office runs in a given display language.
 */
import { METADATA_OPTIONS } from '../../src/functions/metadataOptions';
import { ERROR_CODES } from '../../src/preview/customFunctionsShim';
import type { FunctionResult } from '../../src/functions/language';

// Excel's error texts, as the preview's stand-in for the runtime declares them (one list).
export { ERROR_CODES };

export class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {
    if (!Object.values(ERROR_CODES).includes(code as never)) throw new Error(`unknown error code ${code}`);
    if (message !== undefined && code !== ERROR_CODES.invalidValue && code !== ERROR_CODES.notAvailable) {
      throw new Error(`Excel shows no custom message for ${code}`);
    }
  }
}

Object.assign(globalThis, { CustomFunctions: { Error: FakeExcelError, ErrorCode: ERROR_CODES, associate: () => undefined } });

/** Runs `body` as if Office's display language were `displayLanguage`. */
export function inOfficeLanguage<T>(displayLanguage: string, body: () => T): T {
  Object.assign(globalThis, { Office: { context: { displayLanguage } } });
  try {
    return body();
  } finally {
    delete (globalThis as { Office?: unknown }).Office;
  }
}

/**
 * An input cell holding an Excel error, as the runtime passes it. Excel hands errors to a function only
 * when functions.json says `"allowErrorForDataTypeAny": true` and the parameter is of type "any" (see
 * "Manually create JSON metadata for custom functions" and "Handle and return errors from your custom
 * function" on learn.microsoft.com); metadata.test.ts checks every parameter is "any", and this refuses
 * to build an error input when the build would not set the switch, so no test feeds what Excel never would.
 */
export function inputError(code: string): FakeExcelError {
  if (METADATA_OPTIONS.allowErrorForDataTypeAny !== true)
    throw new Error('Excel passes no error to a function without allowErrorForDataTypeAny');
  return new FakeExcelError(code);
}

/** The parts of functions.json that decide whether Excel calls a function at all. */
export interface ExcelMetadata {
  readonly allowErrorForDataTypeAny?: boolean;
  readonly functions: readonly { readonly id: string; readonly parameters: readonly { readonly type?: string }[] }[];
}

function firstError(arg: unknown): FakeExcelError | undefined {
  if (arg instanceof FakeExcelError) return arg;
  if (Array.isArray(arg))
    for (const item of arg) {
      const e = firstError(item);
      if (e) return e;
    }
  return undefined;
}

/**
 * Calls a function the way Excel does given its metadata: when an argument holds an error and the
 * metadata does not let that parameter receive errors, Excel does not call the function and the cell
 * shows the input error, without a message. Otherwise the function runs on the arguments as given.
 */
export function callAsExcel(
  metadata: ExcelMetadata,
  id: string,
  fn: (...args: never[]) => FunctionResult,
  args: readonly unknown[],
): unknown[][] {
  const declared = metadata.functions.find((f) => f.id === id);
  if (!declared) throw new Error(`no metadata for ${id}`);
  for (const [i, arg] of args.entries()) {
    const error = firstError(arg);
    const accepts = metadata.allowErrorForDataTypeAny === true && (declared.parameters[i]?.type ?? 'any') === 'any';
    if (error && !accepts) return [[new FakeExcelError(error.code)]];
  }
  return settled(fn(...(args as never[])));
}

/**
 * A function's result as Excel gets it at once. Every test has both languages loaded (test/setup-languages.ts),
 * so a function never waits for its texts here; a Promise fails the test (test/functions/runner.test.ts covers the wait).
 */
export function settled(result: FunctionResult): unknown[][] {
  if (!Array.isArray(result)) throw new Error('expected the result at once, got a Promise');
  return result;
}

/** The error in a result cell; fails the test when the cell holds a value. */
export function errorAt(result: FunctionResult, row = 0, column = 0): FakeExcelError {
  const cell = settled(result)[row]?.[column];
  if (!(cell instanceof FakeExcelError)) throw new Error(`expected an Excel error at [${row}][${column}], got ${JSON.stringify(cell)}`);
  return cell;
}

/** Every result cell that is not an error, with errors as their code: handy for whole-spill expectations. */
export function shown(result: FunctionResult): unknown[][] {
  return settled(result).map((row) => row.map((cell) => (cell instanceof FakeExcelError ? cell.code : cell)));
}

/**
 * Excel passes null for an omitted optional argument. The signatures cannot say `| null` for a range
 * parameter without the metadata generator reading it as a scalar, so tests pass null through this.
 */
export const OMITTED_BY_EXCEL = null as unknown as undefined;
