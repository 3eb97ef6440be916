import { cliEn, cliNl } from '../../src/i18n/cli';
import { functionsNl } from '../../src/i18n/functions';
import { functionsEn } from '../../src/i18n/en/functions';
import { insightNl } from '../../src/i18n/insight';
import { insightEn } from '../../src/i18n/en/insight';
import { messagesNl } from '../../src/i18n/messages';
import { messagesEn } from '../../src/i18n/en/messages';
import { previewNl } from '../../src/i18n/preview';
import { previewEn } from '../../src/i18n/en/preview';
import { sheetNl } from '../../src/i18n/sheet';
import { sheetEn } from '../../src/i18n/en/sheet';
import { uiNl } from '../../src/i18n/ui';
import { uiEn } from '../../src/i18n/en/ui';
import { workbookNl } from '../../src/i18n/workbook';
import { workbookEn } from '../../src/i18n/en/workbook';
import { formatMessage, isCatalogKey, t, textsFor, translator } from '../../src/i18n/catalog';
import { cliText } from '../../src/i18n/cli';

/*
 * That every key has Dutch and English text, and that every message code the engine emits has a
 * text, is checked by the compiler (the catalogs are typed against the keys and the engine's
 * MessageCode union). What the compiler cannot see is what is inside the texts: the placeholders.
 */
const sections: readonly (readonly [string, Readonly<Record<string, string>>, Readonly<Record<string, string>>])[] = [
  ['messages', messagesNl, messagesEn],
  ['sheet', sheetNl, sheetEn],
  ['ui', uiNl, uiEn],
  ['cli', cliNl, cliEn],
  ['functions', functionsNl, functionsEn],
  ['insight', insightNl, insightEn],
  ['workbook', workbookNl, workbookEn],
  ['preview', previewNl, previewEn],
];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the catalog', () => {
  it.each(sections)('%s: Dutch and English use the same placeholders, and no text is blank', (_name, nl, en) => {
    const mismatches = Object.keys(nl).filter((k) => JSON.stringify(placeholders(nl[k]!)) !== JSON.stringify(placeholders(en[k]!)));
    expect(mismatches).toEqual([]);
    const blank = Object.keys(nl).filter((k) => !nl[k]!.trim() || !en[k]!.trim());
    expect(blank).toEqual([]);
  });

  it('gives each key to one section only (a later section would silently win)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, nl] of sections) {
      for (const k of Object.keys(nl)) {
        if (seen.has(k)) twice.push(`${k} (${seen.get(k)} and ${name})`);
        seen.set(k, name);
      }
    }
    expect(twice).toEqual([]);
  });

  it('fills placeholders, formats numbers for the language and leaves unknown placeholders visible', () => {
    expect(t('nl', 'client.outOfRange', { column: 'Omzet', value: 12.5, max: 4, address: 'B2' })).toBe(
      'Omzet is 12,5, buiten de schaal 0–4 (B2); niet ingedeeld.',
    );
    expect(translator('en')('client.outOfRange', { column: 'Revenue', value: 1234.5, max: 4 })).toBe(
      'Revenue is 1,234.5, outside the scale 0–4 ({address}); not classified.',
    );
  });

  it('binds text and number formats to one language for output code', () => {
    const en = textsFor('en');
    expect(en.t('report.total')).toBe(t('en', 'report.total'));
    expect([en.number(1234.5), en.percent(0.125, 1), en.money(1500)]).toEqual(['1,234.5', '12.5%', '€1,500']);
    expect(textsFor('nl').percent(0.125, 1)).toBe('12,5%');
    expect(textsFor('en')).toBe(en);
  });

  it('puts the field path in front of model messages only', () => {
    expect(formatMessage('en', { code: 'model.weightNegative', params: { path: 'criteria[1].weight', value: -2 } })).toBe(
      `${t('en', 'model.field')} criteria[1].weight: weight -2 is negative; a weight is 0 or more.`,
    );
    expect(formatMessage('en', { code: 'table.noClients', params: { address: 'A1' } })).toBe(t('en', 'table.noClients', { address: 'A1' }));
  });

  it('tells catalog keys from other text at run time, for keys built from data', () => {
    expect(isCatalogKey('fn.name.KLANTSCORE')).toBe(true);
    expect(isCatalogKey('fn.name.NOSUCH')).toBe(false);
    expect(isCatalogKey('toString')).toBe(false);
  });

  it('lets the command line show its own texts and the shared ones', () => {
    expect(cliText('en', 'cli.hint')).toBe('See "klantwaarde --help".');
    expect(cliText('nl', 'table.noClients', { address: 'A1' })).toBe(t('nl', 'table.noClients', { address: 'A1' }));
  });

  it('rejects unknown keys at compile time', () => {
    // Each line below must fail to type-check (`tsc --noEmit` in `npm run lint` fails on an unused directive).
    // Should one still arrive at run time, the key is shown instead of the pane failing.
    // @ts-expect-error not a catalog key
    expect(t('nl', 'no.such.key')).toBe('no.such.key');
    // @ts-expect-error a CLI text is not in the browser catalog
    expect(t('nl', 'cli.hint')).toBe('cli.hint');
  });
});
