import type { Theme } from '@fluentui/react-components';
import { textsFor, usableLanguage, type Lang } from '../i18n/catalog';
import { thrownText } from '../i18n/errorText';
import type { Notice } from './model/notice';
import { loadFluentTheme, type ThemeKind } from './officeTheme';

/** What the pane needs before its first paint. */
export interface PaneStart {
  /** The language the pane runs in: the one asked for, or Dutch when its texts did not load. */
  readonly lang: Lang;
  readonly theme: Theme;
  /** Shown in the pane's first paint (a language that did not load). */
  readonly notices: readonly Notice[];
}

/**
 * Loads the pane's language (English comes on demand, see src/i18n/catalog.ts) and Office's theme,
 * side by side. Neither failure keeps the pane closed: without its English texts it opens in Dutch and
 * says so in both languages; without the dark or high-contrast theme it opens light (officeTheme.ts).
 */
export async function prepareStart(wanted: Lang, themeKind: ThemeKind): Promise<PaneStart> {
  const [{ lang, failure }, theme] = await Promise.all([usableLanguage(wanted), loadFluentTheme(themeKind)]);
  if (failure === undefined) return { lang, theme, notices: [] };
  const { t } = textsFor(lang);
  const notice: Notice = {
    source: 'language',
    intent: 'warning',
    title: t('pane.language.title'),
    lines: [t('pane.language.failed', { detail: thrownText(failure) })],
  };
  return { lang, theme, notices: [notice] };
}
