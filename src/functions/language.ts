import { langFromOffice, type Lang } from '../i18n/catalog';

/**
 * The language for function messages: English when Office runs in English, else Dutch.
 * Guarded because Office.context is not there yet while Office.js initialises, nor in tests.
 */
export function functionLanguage(): Lang {
  return langFromOffice(typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage);
}
