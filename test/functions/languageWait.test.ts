/**
 * English texts come on demand (src/i18n/catalog.ts). A worksheet function in English Office must not
 * answer in Dutch because its first call came before they loaded: it waits for them (a Promise, which
 * Excel takes from any custom function) and answers in Dutch only should they not load at all.
 * Each test takes a fresh module registry: the other tests run with both languages loaded (test/setup-languages.ts).
 */
import { FakeExcelError } from './excelRuntime';

type Functions = typeof import('../../src/functions/functions');
type Catalog = typeof import('../../src/i18n/catalog');

async function freshModules(englishFails = false): Promise<{ functions: Functions; catalog: Catalog }> {
  let modules: { functions: Functions; catalog: Catalog } | undefined;
  await jest.isolateModulesAsync(async () => {
    if (englishFails)
      jest.doMock('../../src/i18n/en/catalog', () => {
        throw Object.assign(new Error('Loading chunk lang-en failed.'), { name: 'ChunkLoadError' });
      });
    modules = { catalog: await import('../../src/i18n/catalog'), functions: await import('../../src/functions/functions') };
  });
  return modules!;
}

function officeIn(displayLanguage: string): void {
  Object.assign(globalThis, { Office: { context: { displayLanguage } } });
}

function firstMessage(cells: unknown[][]): string | undefined {
  const cell = cells[0]![0];
  if (!(cell instanceof FakeExcelError)) throw new Error(`expected an Excel error, got ${JSON.stringify(cell)}`);
  return cell.message;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.dontMock('../../src/i18n/en/catalog');
  // The import() in catalog.ts resolves in the main registry (after isolateModules returned): clear it too.
  jest.resetModules();
});

describe('worksheet functions and the English texts', () => {
  it('in English Office the first call waits for the English texts, later calls answer at once', async () => {
    officeIn('en-US');
    const { functions, catalog } = await freshModules();
    expect(catalog.isLanguageLoaded('en')).toBe(false);
    const first = functions.klantscore([[3, 'three']], [[5, 2]]);
    expect(first).toBeInstanceOf(Promise);
    expect(firstMessage(await first)).toBe('KW.CLIENTSCORE, scores (row 1, column 2): "three" is not a number.');
    const later = functions.klantscore([[3, 2]], [[5, 2]]);
    expect(later).toEqual([[19]]);
  });

  it('in Dutch Office answers at once and never fetches the English texts', async () => {
    officeIn('nl-NL');
    const { functions, catalog } = await freshModules();
    const cells = functions.klantscore([[3, 'drie']], [[5, 2]]);
    expect(Array.isArray(cells)).toBe(true);
    expect(firstMessage(cells as unknown[][])).toBe('KW.KLANTSCORE, scores (rij 1, kolom 2): "drie" is geen getal.');
    expect(catalog.isLanguageLoaded('en')).toBe(false);
  });

  it('answers in Dutch when the English texts cannot be fetched', async () => {
    officeIn('en-GB');
    const { functions } = await freshModules(true);
    const cells = await functions.klantscore([[3, 'three']], [[5, 2]]);
    expect(firstMessage(cells)).toBe('KW.KLANTSCORE, scores (rij 1, kolom 2): "three" is geen getal.');
  });
});
