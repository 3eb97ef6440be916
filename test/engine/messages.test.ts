import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { messagesNl } from '../../src/i18n/messages';
import { messagesEn } from '../../src/i18n/en/messages';
import { planNl } from '../../src/i18n/plan';
import { planEn } from '../../src/i18n/en/plan';
import { sheetNl } from '../../src/i18n/sheet';
import { sheetEn } from '../../src/i18n/en/sheet';
import { tableInputNl } from '../../src/i18n/tableInput';
import { tableInputEn } from '../../src/i18n/en/tableInput';

/**
 * Every message code the engine (and the explanation renderer) can emit must have Dutch and English
 * text. The codes are found by scanning the source, so a new code without text fails here.
 */
const root = join(__dirname, '..', '..', 'src');
const sources = [
  ...readdirSync(join(root, 'engine'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(root, 'engine', f)),
  join(root, 'i18n', 'explain.ts'),
];
const PREFIX = '(?:model|table|client|explain|approach)';
/** Codes built at run time: their prefix and every suffix the code can produce. */
const DYNAMIC: Record<string, readonly string[]> = {
  'client.invalid.': ['text', 'error', 'boolean', 'date', 'percent'],
  'approach.': ['0', '1', '2', '3'],
  'approach.pyramid.': ['0', '1', '2', '3'],
};

function usedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(new RegExp(`['"\`](${PREFIX}\\.[A-Za-z0-9.]+)['"\`]`, 'g'))) codes.add(m[1]!);
    for (const m of text.matchAll(new RegExp(`\`(${PREFIX}\\.[A-Za-z0-9.]*)\\$\\{`, 'g'))) {
      const suffixes = DYNAMIC[m[1]!];
      if (!suffixes) throw new Error(`${file}: the dynamic message code \`${m[1]}\${…}\` is not listed in this test`);
      for (const s of suffixes) codes.add(m[1]! + s);
    }
  }
  return codes;
}

// The model's plan section has its messages beside the rest of the contact plan's text.
const nl: Record<string, string> = { ...messagesNl, ...sheetNl, ...planNl, ...tableInputNl };
const en: Record<string, string> = { ...messagesEn, ...sheetEn, ...planEn, ...tableInputEn };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalog', () => {
  const codes = [...usedCodes()].sort();

  it('finds the engine codes by scanning the source', () => {
    expect(codes).toEqual(
      expect.arrayContaining([
        'model.weightNegative',
        'table.missingColumns',
        'client.missing',
        'client.invalid.date',
        'explain.gapPoints',
      ]),
    );
    expect(codes.length).toBeGreaterThan(50);
  });

  it.each(codes)('has Dutch and English text for %s', (code) => {
    expect(nl[code]).toEqual(expect.any(String));
    expect(en[code]).toEqual(expect.any(String));
    expect(nl[code]!.trim()).not.toBe('');
    expect(en[code]!.trim()).not.toBe('');
  });

  it('uses the same placeholders in Dutch and English for every key', () => {
    const mismatches = Object.keys(nl).filter((k) => JSON.stringify(placeholders(nl[k]!)) !== JSON.stringify(placeholders(en[k] ?? '')));
    expect(mismatches).toEqual([]);
  });
});
