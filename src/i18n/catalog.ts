import type { Message, MessageParams } from '../engine';
import { functionsNl } from './functions';
import { messagesNl } from './messages';
import { sheetNl } from './sheet';
import { uiNl } from './ui';
import { workbookNl } from './workbook';
import { insightNl } from './insight';
import { previewNl } from './preview';
import { planNl } from './plan';
import { isEnglishLocale } from './locales';
import { hostNl } from './host';
import { tableInputNl } from './tableInput';
import { paneNl } from './pane';
import { helpNl } from './help';
import { formatLimit, formatMoney, formatNumber, formatPercent, localeOf } from './numbers';

/**
 * The one catalog of user-facing text (Dutch default, English when Office runs in English).
 * Sections live in their own files to stay readable. Each English section is typed against the keys
 * of its Dutch section, and the engine's messages against the engine's `MessageCode` union, so a
 * missing translation does not compile. The command-line texts (./cli.ts) are a separate catalog on
 * top of this one, so that they stay out of the browser bundles.
 *
 * Dutch is built in. The English sections (./en/) form their own chunk, loaded by `loadLanguage('en')`
 * before anything is shown in English: a Dutch Office never downloads them, and an English one
 * downloads only them. Every entry point (pane, ribbon command, functions, preview, CLI) loads its
 * language first; `t` in a language not loaded throws, as a programming error, never a wrong language.
 */
export type Lang = 'nl' | 'en';

const nl = {
  ...messagesNl,
  ...sheetNl,
  ...uiNl,
  ...functionsNl,
  ...insightNl,
  ...workbookNl,
  ...previewNl,
  ...planNl,
  ...hostNl,
  ...tableInputNl,
  ...paneNl,
  ...helpNl,
};

let en: Readonly<Record<CatalogKey, string>> | undefined;
let enLoading: Promise<void> | undefined;

/**
 * Makes `t(lang, …)` available. Dutch is always there; English is fetched once (webpack chunk lang-en;
 * in Node a plain require). A failed fetch may be retried by calling again.
 */
export function loadLanguage(lang: Lang): Promise<void> {
  if (isLanguageLoaded(lang)) return Promise.resolve();
  enLoading ??= import(/* webpackChunkName: "lang-en" */ './en/catalog').then(
    (m) => {
      en = m.enCatalog;
    },
    (error: unknown) => {
      enLoading = undefined;
      throw error;
    },
  );
  return enLoading;
}

export function isLanguageLoaded(lang: Lang): boolean {
  return lang === 'nl' || en !== undefined;
}

/**
 * `lang` when its texts load, else Dutch (always there) and why not: every entry point starts with
 * this, so that a network failure shows a Dutch pane with a message rather than no pane.
 */
export async function usableLanguage(lang: Lang): Promise<{ lang: Lang; failure?: unknown }> {
  try {
    await loadLanguage(lang);
    return { lang };
  } catch (failure) {
    return { lang: 'nl', failure };
  }
}

/** Every key of the catalog; `t` accepts nothing else. Keyed families are template literals (`insight.type.${ClientType}`). */
export type CatalogKey = keyof typeof nl;

/** A message whose code is any catalog key: engine messages plus the outer layers' own (workbook, functions). */
export type CatalogMessage = Message<CatalogKey>;

/** Text in one language, bound once so that output code does not thread `lang` through every call. */
export type Translate = (key: CatalogKey, params?: MessageParams) => string;

/** For keys that come from data at run time (e.g. a function id read from generated metadata). */
export function isCatalogKey(key: string): key is CatalogKey {
  return Object.prototype.hasOwnProperty.call(nl, key);
}

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

/** Fills the `{param}` placeholders of a template; numbers are formatted for the language. */
export function fillTemplate(lang: Lang, template: string, params: MessageParams = {}): string {
  const p = parts(template);
  let out = p[0]!;
  for (let i = 1; i < p.length; i += 2) {
    const name = p[i]!;
    const v = params[name];
    out += (v === undefined ? `{${name}}` : typeof v === 'number' ? formatNumber(lang, v) : v) + p[i + 1]!;
  }
  return out;
}

/** Catalog text for a key with its `{param}` placeholders filled in. */
export function t(lang: Lang, key: CatalogKey, params: MessageParams = {}): string {
  // The compiler allows only catalog keys; should a wrong one still arrive (e.g. a message from another
  // version of the add-in), the key itself is shown rather than the pane failing.
  let template: string | undefined = nl[key];
  if (lang === 'en') {
    if (!en) throw new Error(`English texts are not loaded (loadLanguage('en') first); asked for ${key}`);
    template = en[key];
  }
  return fillTemplate(lang, template ?? key, params);
}

/** `t` bound to a language. */
export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}

/**
 * Everything output code needs to write text in one language: catalog text, numbers, shares, money and
 * messages. Handed to output functions instead of `lang`, so they cannot mix languages and need no
 * formatter imports of their own.
 */
export interface Texts {
  readonly lang: Lang;
  /** The Intl locale of the language, for the few formats the catalog does not offer (a report's long date). */
  readonly locale: string;
  readonly t: Translate;
  readonly number: (value: number, fractionDigits?: number) => string;
  readonly percent: (fraction: number, fractionDigits?: number) => string;
  readonly money: (value: number) => string;
  /** A limit the user set, shown as set ("70%", "2,5%"). */
  readonly limit: (fraction: number) => string;
  readonly message: (message: CatalogMessage) => string;
}

const textsByLang = new Map<Lang, Texts>();

/** The `Texts` of a language (made once per language). */
export function textsFor(lang: Lang): Texts {
  let texts = textsByLang.get(lang);
  if (!texts) {
    texts = makeTexts(lang);
    textsByLang.set(lang, texts);
  }
  return texts;
}

function makeTexts(lang: Lang): Texts {
  return {
    lang,
    locale: localeOf(lang),
    t: translator(lang),
    number: (value, fractionDigits) => formatNumber(lang, value, fractionDigits),
    percent: (fraction, fractionDigits) => formatPercent(lang, fraction, fractionDigits),
    money: (value) => formatMoney(lang, value),
    limit: (fraction) => formatLimit(lang, fraction),
    message: (message) => formatMessage(lang, message),
  };
}

/**
 * Office display language ("nl-NL", "en-US", …) → our language: English for the English cultures of
 * ./locales (the same list the manifest and the English functions metadata use), Dutch otherwise.
 */
export function langFromOffice(displayLanguage: string | undefined): Lang {
  return isEnglishLocale(displayLanguage) ? 'en' : 'nl';
}

/** Model messages get their field path in front ("criteria[1].weight: …"). */
export function withFieldPath(lang: Lang, message: Message<string>, text: string): string {
  const path = message.params?.path;
  if (message.code.startsWith('model.') && typeof path === 'string' && path) return `${t(lang, 'model.field')} ${path}: ${text}`;
  return text;
}

/** Renders an engine, workbook or functions message. */
export function formatMessage(lang: Lang, message: CatalogMessage): string {
  return withFieldPath(lang, message, t(lang, message.code, message.params));
}
