import { enCatalog } from '../../src/i18n/en/catalog';
import { t } from '../../src/i18n/catalog';
import { ENGLISH_MARKS, MARK_KEYS, markText } from '../../src/i18n/outputMarks';
import { INSIGHT_HEADER_KEYS, RESULT_COLUMN_KEYS } from '../../src/workbook/results';

/**
 * The marks of our output live in the first load (src/i18n/outputMarks.ts), so that a Dutch session
 * recognises English output without fetching the English catalog: what it looks for must be what English writes.
 */
describe('output marks', () => {
  it('are what the English catalog writes, key for key', () => {
    for (const key of MARK_KEYS) expect([key, enCatalog[key]]).toEqual([key, ENGLISH_MARKS[key]]);
    for (const key of MARK_KEYS)
      expect([key, markText('en', key, { header: 'H', year: '2026' })]).toEqual([key, t('en', key, { header: 'H', year: '2026' })]);
    for (const key of MARK_KEYS) expect(enCatalog[key]).toContain(markText('en', key, { header: '{header}', year: '{year}' }));
  });

  it('cover every result and insight header and the titles we look for', () => {
    expect(MARK_KEYS).toEqual(
      expect.arrayContaining([
        ...RESULT_COLUMN_KEYS,
        ...Object.values(INSIGHT_HEADER_KEYS),
        'workbook.freeHeader',
        'report.title',
        'plan.title',
      ]),
    );
  });

  it('are the catalog text in Dutch', () => {
    for (const key of MARK_KEYS)
      expect(markText('nl', key, { header: 'H', year: '2026' })).toBe(t('nl', key, { header: 'H', year: '2026' }));
  });
});
