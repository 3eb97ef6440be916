import { webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of Office.OfficeTheme we read (kept structural so tests need no Office.js). */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  /** Office's own verdict (Office.OfficeTheme.isDarkTheme), where the host provides it. */
  readonly isDarkTheme?: boolean;
}

/** Relative luminance of a "#rrggbb" colour (WCAG), or undefined when it is not one. */
function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Which Fluent theme the pane wears. */
export type ThemeKind = 'light' | 'dark' | 'highContrast';

/**
 * Office's theme → which Fluent theme.
 * - Windows high contrast (a forced-colors display, which Office follows): Fluent's high-contrast
 *   theme (its strokes, focus outlines and selected states are drawn for it; the browser then maps
 *   the colours onto the user's own contrast colours).
 * - Office "Black" or "Dark Gray" (isDarkTheme, or a dark pane background on hosts without it):
 *   dark. Anything else light.
 * Office.context.officeTheme can be undefined (Excel on older Mac builds), hence the fallback.
 */
export function themeKindFor(officeTheme: OfficeThemeColors | undefined, forcedColors = false): ThemeKind {
  if (forcedColors) return 'highContrast';
  if (officeTheme?.isDarkTheme !== undefined) return officeTheme.isDarkTheme ? 'dark' : 'light';
  const l = officeTheme?.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : undefined;
  return l !== undefined && l < 0.2 ? 'dark' : 'light';
}

/**
 * The Fluent theme of a kind. Most panes are light, so only the light theme is in the page's first
 * scripts; the dark and high-contrast token sets (several KB each) come in an async chunk when Office
 * asks for them. Should that chunk not load (e.g. the add-in was updated on the server meanwhile), the
 * pane still opens, in the light theme: colours are not worth a pane that does not open.
 */
export async function loadFluentTheme(kind: ThemeKind): Promise<Theme> {
  if (kind === 'light') return webLightTheme;
  try {
    const themes = await import(/* webpackChunkName: "themes" */ '@fluentui/react-components');
    return kind === 'dark' ? themes.webDarkTheme : themes.teamsHighContrastTheme;
  } catch (e) {
    console.warn('Klantwaarde: theme not loaded, using the light theme', e);
    return webLightTheme;
  }
}

/** True when the display forces its own colours (Windows high contrast); see the CSS forced-colors media feature. */
export function forcedColorsActive(win: Pick<Window, 'matchMedia'> | undefined): boolean {
  return win?.matchMedia?.('(forced-colors: active)').matches ?? false;
}
