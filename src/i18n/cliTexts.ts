import type { MessageParams } from '../engine';
import { textsFor, type Lang, type Texts } from './catalog';
import { cliText, formatCliMessage, type CliMessage, type CliTextKey } from './cli';

/**
 * The command line's `Texts`: the shared catalog's numbers and texts, with `t` and `message` also
 * taking the CLI's own keys. Made once from the language in the CLI's `main`, so its output cannot
 * mix languages and needs no formatter of its own.
 */
export interface CliTexts extends Texts {
  readonly t: (key: CliTextKey, params?: MessageParams) => string;
  /** A CLI, engine or workbook message (model messages with their field path). */
  readonly message: (message: CliMessage) => string;
}

const cliTextsByLang = new Map<Lang, CliTexts>();

/** The `CliTexts` of a language (made once per language). */
export function cliTextsFor(lang: Lang): CliTexts {
  let texts = cliTextsByLang.get(lang);
  if (!texts) {
    texts = {
      ...textsFor(lang),
      t: (key, params) => cliText(lang, key, params),
      message: (message) => formatCliMessage(lang, message),
    };
    cliTextsByLang.set(lang, texts);
  }
  return texts;
}
