/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { fakeSession } from './fakeSession';
import { SEED_SHEET } from './fixtures';
import { sectionsLoaded } from './renderPane';

/**
 * Before its first paint the pane loads its language (English comes on demand, src/i18n/catalog.ts) and
 * theme (src/taskpane/startPane.ts). prepareStart runs in a fresh module registry: every other test has
 * both languages loaded (test/setup-languages.ts); the pane is then rendered with what it returned.
 */
type StartModule = typeof import('../../src/taskpane/startPane');

async function freshStart(englishFails: boolean): Promise<StartModule> {
  let start: StartModule | undefined;
  await jest.isolateModulesAsync(async () => {
    if (englishFails)
      jest.doMock('../../src/i18n/en/catalog', () => {
        throw Object.assign(new Error('Loading chunk lang-en failed.'), { name: 'ChunkLoadError' });
      });
    start = await import('../../src/taskpane/startPane');
  });
  return start!;
}

afterEach(() => {
  jest.dontMock('../../src/i18n/en/catalog');
  // The import() in catalog.ts resolves in the main registry (after isolateModules returned): clear it too.
  jest.resetModules();
});

describe('the pane start', () => {
  test('English Office: the English texts load first, and the pane opens in English with nothing to report', async () => {
    const start = await (await freshStart(false)).prepareStart('en', 'light');
    expect(start.lang).toBe('en');
    expect(start.theme).toEqual(webLightTheme);
    expect(start.notices).toEqual([]);
    render(
      <App session={fakeSession(SEED_SHEET)} lang={start.lang} theme={start.theme} startNotices={start.notices} previewDelayMs={10} />,
    );
    expect(await screen.findByRole('button', { name: 'Classify' })).toBeInTheDocument();
    await sectionsLoaded('en');
  });

  test('English texts that cannot be fetched: the pane opens in Dutch and says why, in both languages', async () => {
    const start = await (await freshStart(true)).prepareStart('en', 'light');
    expect(start.lang).toBe('nl');
    render(
      <App session={fakeSession(SEED_SHEET)} lang={start.lang} theme={start.theme} startNotices={start.notices} previewDelayMs={10} />,
    );
    const bar = await screen.findByRole('group', { name: 'Engelse teksten niet geladen / English texts not loaded' });
    expect(bar).toHaveTextContent('The pane is shown in Dutch; close and reopen it to try again.');
    expect(bar).toHaveTextContent('Loading chunk lang-en failed.');
    expect(screen.getByRole('button', { name: 'Classificeer' })).toBeInTheDocument();
    await sectionsLoaded('nl');
  });

  test('Dutch Office: nothing to load, nothing to report', async () => {
    const start = await (await freshStart(true)).prepareStart('nl', 'light');
    expect(start).toEqual({ lang: 'nl', theme: webLightTheme, notices: [] });
  });
});
