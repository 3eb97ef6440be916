import { formatMessage, t, type Lang } from '../../i18n/catalog';
import type { Message } from '../../engine';
import { KlantwaardeError } from '../../workbook/session';

export type NoticeIntent = 'error' | 'warning' | 'success' | 'info';

/** One MessageBar: a title, the lines of the message, and where it came from (a newer notice from the same source replaces it). */
export interface Notice {
  readonly source: string;
  readonly intent: NoticeIntent;
  readonly title: string;
  readonly lines: readonly string[];
  /** A button in the bar that resolves the problem (e.g. "insert columns"). */
  readonly action?: { readonly label: string; readonly onClick: () => void };
}

export function isKlantwaardeError(e: unknown): e is { detail: Message } {
  if (e instanceof KlantwaardeError) return true;
  // A second copy of the class (another bundle in the shared runtime) still counts.
  return e instanceof Error && e.name === 'KlantwaardeError' && typeof (e as { detail?: Message }).detail?.code === 'string';
}

/** The text of any failure: our own errors say what and where; anything else gets a generic line with its text. */
export function errorText(lang: Lang, error: unknown): string {
  if (isKlantwaardeError(error)) return formatMessage(lang, error.detail);
  const detail = error instanceof Error ? error.message || error.name : String(error);
  return t(lang, 'ui.error.unexpected', { detail });
}

export function errorNotice(lang: Lang, source: string, titleKey: string, error: unknown): Notice {
  return { source, intent: 'error', title: t(lang, titleKey), lines: [errorText(lang, error)] };
}
