import { createContext, useContext, useMemo } from 'react';
import { formatMessage, hasText, t, type Lang } from '../../i18n/catalog';
import type { Message } from '../../engine';

export const LangContext = createContext<Lang>('nl');

export interface Text {
  readonly lang: Lang;
  /** Catalog text for a key. */
  readonly t: (key: string, params?: Readonly<Record<string, string | number>>) => string;
  /** Text with a count: the key's `.one` variant when the count is 1. */
  readonly n: (key: string, count: number, params?: Readonly<Record<string, string | number>>) => string;
  /** An engine or workbook message (model messages with their field path). */
  readonly message: (m: Message) => string;
}

/** The pane's text in the user's language; components never hold text of their own. */
export function useText(): Text {
  const lang = useContext(LangContext);
  return useMemo(() => ({
    lang,
    t: (key, params) => t(lang, key, params),
    n: (key, count, params) => t(lang, count === 1 && hasText(`${key}.one`) ? `${key}.one` : key, { ...params, count }),
    message: (m) => formatMessage(lang, m),
  }), [lang]);
}
