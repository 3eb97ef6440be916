import { createContext, useContext, useMemo } from 'react';
import type { MessageParams } from '../../engine';
import { isCatalogKey, textsFor, type CatalogKey, type Lang, type Texts } from '../../i18n/catalog';

export const LangContext = createContext<Lang>('nl');

/** The pane's `Texts` (catalog text, numbers, money, shares, limits, messages) plus counted text. */
export interface Text extends Texts {
  /** Text with a count: the key's `.one` variant when the count is 1 and the catalog has one. */
  readonly n: (key: CatalogKey, count: number, params?: MessageParams) => string;
}

/** The `.one` variant of a counted text, when the catalog has one. */
function singular(key: CatalogKey): CatalogKey {
  const one = `${key}.one`;
  return isCatalogKey(one) ? one : key;
}

/** The pane's text in the user's language, bound once per language; components never hold text of their own. */
export function useText(): Text {
  const lang = useContext(LangContext);
  return useMemo(() => {
    const texts = textsFor(lang);
    return { ...texts, n: (key, count, params) => texts.t(count === 1 ? singular(key) : key, { ...params, count }) };
  }, [lang]);
}
