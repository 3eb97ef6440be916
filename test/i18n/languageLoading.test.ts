/**
 * Dutch is built in; English is its own module, loaded on demand (src/i18n/catalog.ts). Each test takes
 * a fresh module registry: every other test runs with both languages loaded (test/setup-languages.ts).
 */
type Catalog = typeof import('../../src/i18n/catalog');
type Marks = typeof import('../../src/i18n/outputMarks');
type Results = typeof import('../../src/workbook/results');

interface Fresh {
  catalog: Catalog;
  marks: Marks;
  results: Results;
  /** How often the English module was required (webpack: fetched). */
  englishLoads: () => number;
}

/** A fresh registry; `failures` times the English module fails to load, as a chunk that cannot be fetched. */
async function fresh(failures = 0): Promise<Fresh> {
  let loads = 0;
  let modules: Omit<Fresh, 'englishLoads'> | undefined;
  await jest.isolateModulesAsync(async () => {
    jest.doMock('../../src/i18n/en/catalog', () => {
      loads += 1;
      if (loads <= failures) throw Object.assign(new Error('Loading chunk lang-en failed.'), { name: 'ChunkLoadError' });
      return jest.requireActual('../../src/i18n/en/catalog') as unknown;
    });
    modules = {
      catalog: await import('../../src/i18n/catalog'),
      marks: await import('../../src/i18n/outputMarks'),
      results: await import('../../src/workbook/results'),
    };
  });
  return { ...modules!, englishLoads: () => loads };
}

// The import() in catalog.ts runs after isolateModulesAsync has returned, so it resolves in the main registry:
// clear that too, or the next test would get this test's English module.
afterEach(() => {
  jest.dontMock('../../src/i18n/en/catalog');
  jest.resetModules();
});

describe('languages on demand', () => {
  it('has Dutch at once and refuses English before it is loaded, rather than showing Dutch for it', async () => {
    const { catalog, englishLoads } = await fresh();
    expect(catalog.isLanguageLoaded('nl')).toBe(true);
    expect(catalog.isLanguageLoaded('en')).toBe(false);
    expect(catalog.t('nl', 'ui.classify')).toBe('Classificeer');
    expect(() => catalog.t('en', 'ui.classify')).toThrow(/English texts are not loaded.*ui\.classify/);
    expect(englishLoads()).toBe(0);
  });

  it('loads English once, however often it is asked for', async () => {
    const { catalog, englishLoads } = await fresh();
    await Promise.all([catalog.loadLanguage('en'), catalog.loadLanguage('en')]);
    await catalog.loadLanguage('en');
    expect(catalog.t('en', 'ui.classify')).toBe('Classify');
    expect(catalog.textsFor('en').number(1234.5, 1)).toBe('1,234.5');
    expect(englishLoads()).toBe(1);
  });

  it('loading Dutch fetches nothing', async () => {
    const { catalog, englishLoads } = await fresh();
    await catalog.loadLanguage('nl');
    expect(englishLoads()).toBe(0);
  });

  it('falls back to Dutch with the reason when English cannot be fetched, and fetches again when asked again', async () => {
    const { catalog, englishLoads } = await fresh(1);
    const first = await catalog.usableLanguage('en');
    expect(first.lang).toBe('nl');
    expect(first.failure).toMatchObject({ name: 'ChunkLoadError' });
    expect(catalog.isLanguageLoaded('en')).toBe(false);
    await expect(catalog.usableLanguage('en')).resolves.toEqual({ lang: 'en' });
    expect(englishLoads()).toBe(2);
  });

  it('recognises our English output without loading English (a workbook classified in English Office, re-run in Dutch)', async () => {
    const { results, marks, englishLoads } = await fresh();
    const english = ['Client score', 'Score %', 'Class', 'Rank', 'Revenue share', 'Explanation', 'Approach', 'Signals'];
    expect(results.isOwnHeaderRow(english)).toBe(true);
    expect(results.isOwnHeaderRow(['Klantscore', 'Score %', 'Klasse', 'Rang', 'Omzetaandeel', 'Toelichting', 'Aanpak', 'Signalen'])).toBe(
      true,
    );
    expect(results.isOwnHeaderRow(['Class (Klantwaarde)', ...english.slice(1)], true)).toBe(false);
    expect(results.insightColumnOf('Revenue per hour')).toBe('revenuePerHour');
    expect(marks.markText('en', 'report.title', { year: '2026' })).toBe('Client analysis 2026');
    expect(englishLoads()).toBe(0);
  });
});
