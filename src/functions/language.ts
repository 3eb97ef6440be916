import { isLanguageLoaded, langFromOffice, textsFor, usableLanguage, type Lang, type Texts } from '../i18n/catalog';

/**
 * The language for function messages: English when Office runs in English, else Dutch.
 * Guarded because Office.context is not there yet while Office.js initialises, nor in tests.
 */
export function functionLanguage(): Lang {
  return langFromOffice(typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage);
}

/**
 * The texts of function messages and results, bound once per call of a function: `functionLanguage()`
 * once its texts are loaded (see `whenTextsReady`), Dutch should English not load.
 */
export function functionTexts(): Texts {
  const lang = functionLanguage();
  return textsFor(isLanguageLoaded(lang) ? lang : 'nl');
}

/** What a worksheet function returns to Excel: its result, or a Promise of it while its texts load. */
export type FunctionResult = unknown[][] | Promise<unknown[][]>;

/**
 * Runs a function once the texts of its language are there. English comes on demand
 * (src/i18n/catalog.ts): in English Office the first call waits for it; every call after that, and every
 * call in Dutch, runs at once. A custom function may return a JavaScript Promise and resolve it with its
 * value ("Receiving and handling data with custom functions", learn.microsoft.com/office/dev/add-ins/excel/
 * custom-functions-web-reqs); the metadata has no async flag, only the result's type, so functions.json is the same.
 */
export function whenTextsReady(compute: () => unknown[][]): FunctionResult {
  const lang = functionLanguage();
  if (isLanguageLoaded(lang)) return compute();
  return usableLanguage(lang).then(compute);
}
