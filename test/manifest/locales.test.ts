/** @jest-environment jsdom */
// One list of English locales (src/i18n/locales.ts) decides the ribbon and add-in texts (manifest
// overrides), the English worksheet-function names (functions.en.json, via the manifest) and the English
// pane and messages (the catalog). These tests check the three agree, locale by locale.
import fs from 'fs';
import path from 'path';
import { langFromOffice } from '../../src/i18n/catalog';
import { ENGLISH_LOCALES } from '../../src/i18n/locales';
import { functionLanguage } from '../../src/functions/language';
import { inOfficeLanguage } from '../functions/excelRuntime';

const xml = fs.readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const elements = Array.from(doc.getElementsByTagName('*'));
/** Every element that has locale overrides: DisplayName, Description, and the bt:Url / bt:String resources. */
const localized = elements.filter((el) => Array.from(el.children).some((c) => c.localName === 'Override'));
const overrides = (el: Element): Element[] => Array.from(el.children).filter((c) => c.localName === 'Override');
const label = (el: Element): string => el.getAttribute('id') ?? el.localName;

describe('one English locale list for manifest, functions metadata and catalog', () => {
  it('is a list of distinct culture names', () => {
    expect(ENGLISH_LOCALES.length).toBeGreaterThanOrEqual(2);
    for (const l of ENGLISH_LOCALES) expect(l).toMatch(/^en-[A-Z]{2}$/);
    expect(new Set(ENGLISH_LOCALES).size).toBe(ENGLISH_LOCALES.length);
  });

  it('overrides every localized manifest text and URL for exactly the listed locales, each with the same English value', () => {
    expect(localized.map(label)).toEqual(
      expect.arrayContaining(['DisplayName', 'Description', 'Functions.Metadata.Url', 'ClassifyButton.Label', 'Group.Label']),
    );
    for (const el of localized) {
      const byLocale = new Map(overrides(el).map((o) => [o.getAttribute('Locale'), o.getAttribute('Value')]));
      expect({ element: label(el), locales: [...byLocale.keys()] }).toEqual({ element: label(el), locales: [...ENGLISH_LOCALES] });
      expect({ element: label(el), values: new Set(byLocale.values()).size }).toEqual({ element: label(el), values: 1 });
    }
  });

  it('serves the English functions metadata, next to the Dutch one, to every listed locale', () => {
    const url = localized.find((el) => el.getAttribute('id') === 'Functions.Metadata.Url')!;
    const dutch = url.getAttribute('DefaultValue')!;
    expect(dutch).toMatch(/\/functions\.json$/);
    for (const o of overrides(url)) expect(o.getAttribute('Value')).toBe(dutch.replace(/functions\.json$/, 'functions.en.json'));
  });

  it.each([...ENGLISH_LOCALES])('%s: the pane and the function messages speak English (any letter case)', (locale) => {
    expect(langFromOffice(locale)).toBe('en');
    expect(langFromOffice(locale.toLowerCase())).toBe('en');
    expect(inOfficeLanguage(locale, functionLanguage)).toBe('en');
  });

  it.each(['nl-NL', 'nl-BE', 'fr-FR', 'en-PH', 'en', undefined])('%s: not listed, so Dutch everywhere, like the manifest', (locale) => {
    expect(langFromOffice(locale)).toBe('nl');
    for (const el of localized) expect(overrides(el).map((o) => o.getAttribute('Locale'))).not.toContain(locale);
  });
});
