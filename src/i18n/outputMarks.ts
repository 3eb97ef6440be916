import type { MessageParams } from '../engine';
import { fillTemplate, t, type Lang } from './catalog';

/**
 * The texts by which we recognise our own output in a workbook (result and insight headers, the
 * report's and contact plan's titles) in either language, whatever language runs now: a workbook
 * classified in English Office and re-run in Dutch Office still has its columns replaced, not doubled.
 * The English catalog is loaded on demand (./catalog.ts), so its marks live here, in the first load, and
 * the English sections (./en/) take them from here.
 */
export const ENGLISH_MARKS = {
  'col.score': 'Client score',
  'col.percent': 'Score %',
  'col.class': 'Class',
  'col.rank': 'Rank',
  'col.revenueShare': 'Revenue share',
  'col.explanation': 'Explanation',
  'col.approach': 'Approach',
  'col.signals': 'Signals',
  'insight.col.shift': 'Shift',
  'insight.col.margin': 'Margin',
  'insight.col.revenuePerHour': 'Revenue per hour',
  'insight.col.clientType': 'Client type',
  'workbook.freeHeader': '{header} (Klantwaarde)',
  'report.title': 'Client analysis {year}',
  'plan.title': 'Contact plan {year}',
} as const;

export type MarkKey = keyof typeof ENGLISH_MARKS;

export const MARK_KEYS = Object.keys(ENGLISH_MARKS) as MarkKey[];

/** Both languages, Dutch first: what a workbook of ours may carry. */
export const OUTPUT_LANGS: readonly Lang[] = ['nl', 'en'];

/** The mark text of `key` in `lang`, with English loaded or not (the English catalog's text is this one). */
export function markText(lang: Lang, key: MarkKey, params?: MessageParams): string {
  return lang === 'en' ? fillTemplate(lang, ENGLISH_MARKS[key], params) : t(lang, key, params);
}
