// Setup for both projects: English texts loaded, as every entry point of the product does before it
// shows anything in English (src/i18n/catalog.ts, loadLanguage). The tests of that loading itself
// (test/i18n/languageLoading.test.ts, the entry points' tests) take a fresh module registry without it.
import { loadLanguage } from '../src/i18n/catalog';

beforeAll(() => loadLanguage('en'));
