import { cliEn, cliNl } from './cli';
import { functionsEn, functionsNl } from './functions';
import { messagesEn, messagesNl } from './messages';
import { sheetEn, sheetNl } from './sheet';
import { uiEn, uiNl } from './ui';
import { workbookEn, workbookNl } from './workbook';
import { insightEn, insightNl } from './insight';
import { previewEn, previewNl } from './preview';
import { paneEn, paneNl } from './pane';
import { helpEn, helpNl } from './help';
import { formatNumber } from './numbers';

export { formatLimit, formatMoney, formatNumber, formatPercent } from './numbers';

/**
 * The one catalog of user-facing text (Dutch default, English when Office runs in English).
 * Sections live in their own files to stay readable; every key exists in both languages
 * (the English sections are typed against the Dutch keys).
 */
export type Lang = 'nl' | 'en';

const catalogs = {
  nl: { ...messagesNl, ...sheetNl, ...uiNl, ...cliNl, ...functionsNl, ...insightNl, ...workbookNl, ...previewNl, ...paneNl, ...helpNl } as Record<string, string>,
  en: { ...messagesEn, ...sheetEn, ...uiEn, ...cliEn, ...functionsEn, ...insightEn, ...workbookEn, ...previewEn, ...paneEn, ...helpEn } as Record<string, string>,
};

export type CatalogKey = keyof typeof messagesNl | keyof typeof sheetNl | keyof typeof uiNl | keyof typeof cliNl
  | keyof typeof functionsNl | keyof typeof insightNl | keyof typeof workbookNl | keyof typeof previewNl
  | keyof typeof paneNl | keyof typeof helpNl;

export function hasText(key: string): boolean {
  return key in catalogs.nl;
}

/** Text for a key with `{param}` placeholders filled in. Unknown keys fall back to the key itself. */
/** A template split once into literal text (even indexes) and parameter names (odd indexes). */
const compiled = new Map<string, readonly string[]>();

function parts(template: string): readonly string[] {
  let p = compiled.get(template);
  if (!p) {
    p = template.split(/\{(\w+)\}/);
    compiled.set(template, p);
  }
  return p;
}

export function t(lang: Lang, key: CatalogKey | string, params: Readonly<Record<string, string | number>> = {}): string {
  const template = catalogs[lang][key] ?? catalogs.nl[key] ?? key;
  const p = parts(template);
  let out = p[0]!;
  for (let i = 1; i < p.length; i += 2) {
    const name = p[i]!;
    const v = params[name];
    out += (v === undefined ? `{${name}}` : typeof v === 'number' ? formatNumber(lang, v) : v) + p[i + 1]!;
  }
  return out;
}

/** Office display language ("nl-NL", "en-US", …) → our language: English only when Office runs in English. */
export function langFromOffice(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** Renders an engine message; model messages get their field path in front ("criteria[1].weight: …"). */
export function formatMessage(lang: Lang, message: { code: string; params?: Readonly<Record<string, string | number>> }): string {
  const params = message.params ?? {};
  const text = t(lang, message.code, params);
  if (message.code.startsWith('model.') && typeof params.path === 'string' && params.path) {
    return `${t(lang, 'model.field')} ${params.path}: ${text}`;
  }
  return text;
}
