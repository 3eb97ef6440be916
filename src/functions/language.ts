import { langFromOffice, textsFor, type Lang, type Texts } from '../i18n/catalog';

/**
 * The language for function messages: English when Office runs in English, else Dutch.
 * Guarded because Office.context is not there yet while Office.js initialises, nor in tests.
 */
export function functionLanguage(): Lang {
  return langFromOffice(typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage);
}

/** The texts of function messages and results, bound to `functionLanguage()` once per call of a function. */
export function functionTexts(): Texts {
  return textsFor(functionLanguage());
}
