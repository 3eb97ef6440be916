import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { fluentThemeFor } from '../../src/taskpane/officeTheme';

describe('Office theme', () => {
  test('a dark pane background gives the dark theme; light, unknown or missing gives the light one', () => {
    expect(fluentThemeFor({ bodyBackgroundColor: '#262626' })).toBe(webDarkTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: '#FFFFFF' })).toBe(webLightTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: 'transparent' })).toBe(webLightTheme);
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
  });
});
