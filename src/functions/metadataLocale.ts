import { isCatalogKey, textsFor, type Lang, type Texts } from '../i18n/catalog';

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

function text(tx: Texts, key: string): string {
  // A key missing from the catalog would silently leave Dutch (or a bare key) in the English file.
  if (!isCatalogKey(key)) throw new Error(`functions metadata: no catalog text for ${key}`);
  return tx.t(key);
}

/** The generated metadata (functions.json text) with names and descriptions in `lang`. */
export function localizeMetadata(metadataJson: string, lang: Lang): string {
  const tx = textsFor(lang);
  const metadata = JSON.parse(metadataJson) as { functions: FunctionMetadata[] };
  for (const fn of metadata.functions) {
    fn.name = text(tx, `fn.name.${fn.id}`);
    fn.description = text(tx, `fn.help.${fn.id}`);
    for (const param of fn.parameters) {
      param.description = text(tx, `fn.help.${fn.id}.${param.name}`);
      param.name = text(tx, `fn.param.${param.name}`);
    }
  }
  return JSON.stringify(metadata, null, 4);
}
