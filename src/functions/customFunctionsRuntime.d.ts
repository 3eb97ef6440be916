/**
 * The part of the Excel custom-functions runtime (CustomFunctionsRuntime 1.2/1.3) that Klantwaarde uses.
 * Declared here rather than adding @types/custom-functions-runtime: these few members are all we touch.
 * The runtime itself is provided by Excel in the shared runtime page; tests install a fake.
 */
declare namespace CustomFunctions {
  /** Registers a JavaScript function under a metadata id (the metadata plugin appends these calls). */
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;

  /** An Excel error value; a message is shown for #VALUE! and #N/A only. [CustomFunctionsRuntime 1.2] */
  class Error {
    constructor(code: ErrorCode, message?: string);
    code: ErrorCode;
    message?: string;
  }

  /** [CustomFunctionsRuntime 1.3] #NAME? and #REF! are accepted as inputs only, never as outputs. */
  enum ErrorCode {
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
    divisionByZero = '#DIV/0!',
    invalidNumber = '#NUM!',
    nullReference = '#NULL!',
    invalidName = '#NAME?',
    invalidReference = '#REF!',
  }
}
