import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { forcedColorsActive, loadFluentTheme, themeKindFor } from '../../src/taskpane/officeTheme';

describe('Office theme', () => {
  test('a dark pane background gives the dark theme; light, unknown or missing gives the light one', () => {
    expect(themeKindFor({ bodyBackgroundColor: '#262626' })).toBe('dark');
    expect(themeKindFor({ bodyBackgroundColor: '#FFFFFF' })).toBe('light');
    expect(themeKindFor({ bodyBackgroundColor: 'transparent' })).toBe('light');
    expect(themeKindFor(undefined)).toBe('light');
  });

  test("Office's own isDarkTheme wins over the background guess", () => {
    expect(themeKindFor({ bodyBackgroundColor: '#FFFFFF', isDarkTheme: true })).toBe('dark');
    expect(themeKindFor({ bodyBackgroundColor: '#1f1f1f', isDarkTheme: false })).toBe('light');
  });

  test('a forced-colors display (Windows high contrast) gets the high-contrast theme whatever Office says', () => {
    expect(themeKindFor({ bodyBackgroundColor: '#262626' }, true)).toBe('highContrast');
    expect(themeKindFor(undefined, true)).toBe('highContrast');
    const media = (matches: boolean) => ({
      matchMedia: (q: string) => ({ matches: matches && q === '(forced-colors: active)' }) as MediaQueryList,
    });
    expect(forcedColorsActive(media(true))).toBe(true);
    expect(forcedColorsActive(media(false))).toBe(false);
    expect(forcedColorsActive(undefined)).toBe(false);
  });

  test("each kind loads Fluent's own theme (dark and high contrast on demand)", async () => {
    await expect(loadFluentTheme('light')).resolves.toBe(webLightTheme);
    await expect(loadFluentTheme('dark')).resolves.toBe(webDarkTheme);
    await expect(loadFluentTheme('highContrast')).resolves.toBe(teamsHighContrastTheme);
  });
});
