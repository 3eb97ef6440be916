import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { fluentThemeFor, forcedColorsActive } from '../../src/taskpane/officeTheme';

describe('Office theme', () => {
  test('a dark pane background gives the dark theme; light, unknown or missing gives the light one', () => {
    expect(fluentThemeFor({ bodyBackgroundColor: '#262626' })).toBe(webDarkTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: '#FFFFFF' })).toBe(webLightTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: 'transparent' })).toBe(webLightTheme);
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
  });

  test("Office's own isDarkTheme wins over the background guess", () => {
    expect(fluentThemeFor({ bodyBackgroundColor: '#FFFFFF', isDarkTheme: true })).toBe(webDarkTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: '#1f1f1f', isDarkTheme: false })).toBe(webLightTheme);
  });

  test('a forced-colors display (Windows high contrast) gets the high-contrast theme whatever Office says', () => {
    expect(fluentThemeFor({ bodyBackgroundColor: '#262626' }, true)).toBe(teamsHighContrastTheme);
    expect(fluentThemeFor(undefined, true)).toBe(teamsHighContrastTheme);
    const media = (matches: boolean) => ({
      matchMedia: (q: string) => ({ matches: matches && q === '(forced-colors: active)' }) as MediaQueryList,
    });
    expect(forcedColorsActive(media(true))).toBe(true);
    expect(forcedColorsActive(media(false))).toBe(false);
    expect(forcedColorsActive(undefined)).toBe(false);
  });
});
