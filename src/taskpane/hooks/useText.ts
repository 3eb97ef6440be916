import { createContext, useContext, useMemo } from 'react';
import type { MessageParams } from '../../engine';
import { formatMessage, isCatalogKey, t, type CatalogKey, type CatalogMessage, type Lang, type Translate } from '../../i18n/catalog';

export const LangContext = createContext<Lang>('nl');

export interface Text {
  readonly lang: Lang;
  /** Catalog text for a key. */
  readonly t: Translate;
  /** Text with a count: the key's `.one` variant when the count is 1 and the catalog has one. */
  readonly n: (key: CatalogKey, count: number, params?: MessageParams) => string;
  /** An engine or workbook message (model messages with their field path). */
  readonly message: (m: CatalogMessage) => string;
}

/** The `.one` variant of a counted text, when the catalog has one. */
function singular(key: CatalogKey): CatalogKey {
  const one = `${key}.one`;
  return isCatalogKey(one) ? one : key;
}

/** The pane's text in the user's language; components never hold text of their own. */
export function useText(): Text {
  const lang = useContext(LangContext);
  return useMemo(
    () => ({
      lang,
      t: (key, params) => t(lang, key, params),
      n: (key, count, params) => t(lang, count === 1 ? singular(key) : key, { ...params, count }),
      message: (m) => formatMessage(lang, m),
    }),
    [lang],
  );
}
