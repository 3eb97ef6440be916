import { validateModel, type ScoringModel } from '../../src/engine';
import { t, type CatalogKey, type Lang } from '../../src/i18n/catalog';
import { insightNl } from '../../src/i18n/insight';
import { messagesNl } from '../../src/i18n/messages';
import { planNl } from '../../src/i18n/plan';
import { sheetNl } from '../../src/i18n/sheet';
import { tableInputNl } from '../../src/i18n/tableInput';
import { workbookNl } from '../../src/i18n/workbook';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { INSIGHT_HEADER, INSIGHT_MODEL_RAW, INSIGHT_ROWS } from '../insightTable';
import { memoryAdapter, sessionFor } from './fixtures';

/**
 * A classify writes in one language only: the session binds its texts once, and every output function
 * (result and insight columns, explanations, signals, report, contact plan, agenda) takes those texts
 * instead of a language of its own. Checked on everything one run writes, in both directions, against
 * the catalog sections whose texts end up in the workbook.
 */

const SECTIONS = [messagesNl, sheetNl, insightNl, planNl, workbookNl, tableInputNl];
const KEYS = SECTIONS.flatMap((s) => Object.keys(s)) as CatalogKey[];

/**
 * The phrases only `lang` has: the literal parts of its texts (between placeholders) that are at least
 * two words and ten characters long and occur in no text of the other language ("Herfindahl-index" or
 * a class label is the same in both and says nothing about the language).
 */
function ownPhrases(lang: Lang): string[] {
  const other = KEYS.map((k) => t(lang === 'nl' ? 'en' : 'nl', k)).join('\n');
  const phrases = KEYS.flatMap((k) => t(lang, k).split(/\{\w+\}/))
    .map((p) => p.trim())
    .filter((p) => p.length >= 10 && /\s/.test(p) && !other.includes(p));
  return [...new Set(phrases)];
}

function model(raw: unknown): ScoringModel {
  const v = validateModel(raw);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.model;
}

/** Every insight input, a contact plan, a rule and a client with an unusable value (a signal, an unclassified explanation). */
const MODEL = model({
  ...INSIGHT_MODEL_RAW,
  rules: [{ when: { criterion: 'Netwerk', op: '<=', value: 0 }, atMost: 'C' }],
  plan: { capacityHours: 10 },
});

/** The texts one classify writes: the cells right of the client table, every sheet it adds, and the agenda. */
async function writtenTexts(lang: Lang): Promise<string[]> {
  const wb = new MemoryWorkbook();
  wb.loadSheet('Klanten', [INSIGHT_HEADER, ...INSIGHT_ROWS, ['Fransen', 80, 1, 1, 'veel', 1, 1, 'D']]);
  wb.select('Klanten', 'A1');
  const outcome = await sessionFor(memoryAdapter, wb, lang).classify(MODEL, { contactPlan: true });
  const ours = (sheet: string, fromColumn: number) =>
    wb
      .readSheet(sheet)
      .flatMap((row) => row.slice(fromColumn))
      .filter((v): v is string => typeof v === 'string');
  const added = wb.sheetNames().filter((s) => s !== 'Klanten');
  expect(added).toHaveLength(2); // report and contact plan
  return [...ours('Klanten', INSIGHT_HEADER.length), ...added.flatMap((s) => ours(s, 0)), outcome.agenda!];
}

describe('a classify writes in one language', () => {
  it.each([
    ['en', 'nl'],
    ['nl', 'en'],
  ] as const)('in %s: none of the phrases only %s has', async (lang, other) => {
    const written = (await writtenTexts(lang)).join('\n');
    // The check can see a language: the run's own phrases are there, the other language's are not.
    expect(ownPhrases(lang).filter((p) => written.includes(p)).length).toBeGreaterThan(20);
    expect(ownPhrases(other).filter((p) => written.includes(p))).toEqual([]);
  });
});
