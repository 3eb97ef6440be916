import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of Office.OfficeTheme we read (kept structural so tests need no Office.js). */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
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

/**
 * Office's theme → the Fluent theme: a dark pane background (Office "Black" or "Dark Gray") gets
 * webDarkTheme, anything else webLightTheme. Office.context.officeTheme needs no requirement set
 * check on current hosts but can be undefined (Excel on older Mac builds), hence the fallback.
 */
export function fluentThemeFor(officeTheme: OfficeThemeColors | undefined): Theme {
  const l = officeTheme?.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : undefined;
  return l !== undefined && l < 0.2 ? webDarkTheme : webLightTheme;
}
