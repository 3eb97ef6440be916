import { isCatalogKey, t, type Lang } from '../i18n/catalog';
import { enCatalog } from '../i18n/en/catalog';
import { functionHelpEn, functionHelpNl, type FunctionHelpKey } from '../i18n/functionHelp';

/*
 * Excel localises custom functions by loading another functions.json per Office language (a
 * <bt:Override Locale> on the metadata URL in the manifest). The metadata generator only reads the
 * Dutch JSDoc, so the build derives the English file from the generated Dutch one with the catalog's
 * names and help texts. Ids stay the same: Excel identifies a function by its id, the name is what it shows.
 */

interface ParameterMetadata {
  name: string;
  description?: string;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
}

function text(lang: Lang, key: string): string {
  // A key missing from the catalog would silently leave Dutch (or a bare key) in the English file.
  if (!isCatalogKey(key)) throw new Error(`functions metadata: no catalog text for ${key}`);
  // The build reads the English catalog directly: it is loaded on demand only in the products.
  return lang === 'en' ? enCatalog[key] : t(lang, key);
}

function help(lang: Lang, key: string): string {
  const texts: Readonly<Record<FunctionHelpKey, string>> = lang === 'en' ? functionHelpEn : functionHelpNl;
  if (!Object.prototype.hasOwnProperty.call(texts, key)) throw new Error(`functions metadata: no help text for ${key}`);
  return texts[key as FunctionHelpKey];
}

/** The generated metadata (functions.json text) with names and descriptions in `lang`. */
export function localizeMetadata(metadataJson: string, lang: Lang): string {
  const metadata = JSON.parse(metadataJson) as { functions: FunctionMetadata[] };
  for (const fn of metadata.functions) {
    fn.name = text(lang, `fn.name.${fn.id}`);
    fn.description = help(lang, `fn.help.${fn.id}`);
    for (const param of fn.parameters) {
      param.description = help(lang, `fn.help.${fn.id}.${param.name}`);
      param.name = text(lang, `fn.param.${param.name}`);
    }
  }
  return JSON.stringify(metadata, null, 4);
}
