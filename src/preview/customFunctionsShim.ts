/*
 * The preview runs without Excel, so without Excel's custom-functions runtime. The self-test's
 * worksheet-function step calls our function code, which returns CustomFunctions.Error values; this
 * gives the page those two members, with Excel's error texts ("CustomFunctions.ErrorCode",
 * https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode), and
 * Excel's rule that only #VALUE! and #N/A carry a message. Never part of the add-in's own pages.
 */
export const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

class PreviewExcelError {
  readonly message?: string;
  constructor(
    readonly code: string,
    message?: string,
  ) {
    if (message !== undefined && code !== ERROR_CODES.invalidValue && code !== ERROR_CODES.notAvailable) {
      throw new Error(`Excel shows no custom message for ${code}`);
    }
    if (message !== undefined) this.message = message;
  }
}

export function installCustomFunctionsShim(): void {
  if (typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions !== 'undefined') return;
  Object.assign(globalThis, { CustomFunctions: { Error: PreviewExcelError, ErrorCode: ERROR_CODES, associate: () => undefined } });
}
