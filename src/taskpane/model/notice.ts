import type { CatalogKey, Texts } from '../../i18n/catalog';
import { errorText } from '../../i18n/errorText';

export type NoticeIntent = 'error' | 'warning' | 'success' | 'info';

/** What a notice is about; a newer notice from the same source replaces the older one. */
export type NoticeSource = 'table' | 'command' | 'classify' | 'savedModel' | 'modelFile' | 'csp' | 'language';

/** One MessageBar: a title, the lines of the message, and where it came from. */
export interface Notice {
  readonly source: NoticeSource;
  readonly intent: NoticeIntent;
  readonly title: string;
  readonly lines: readonly string[];
  /** A button in the bar that resolves the problem (e.g. "insert columns"). */
  readonly action?: { readonly label: string; readonly onClick: () => void };
}

export function errorNotice(tx: Texts, source: NoticeSource, titleKey: CatalogKey, error: unknown): Notice {
  return { source, intent: 'error', title: tx.t(titleKey), lines: [errorText(tx, error)] };
}
