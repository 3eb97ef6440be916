import { isCatalogKey, type CatalogMessage, type Texts } from './catalog';

/**
 * The raw text of anything thrown: an Error's message (its name when the message is empty), with the
 * host's error code in front when it has one (Office.js errors carry e.g. `InvalidArgument`).
 */
export function thrownText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const text = error.message || error.name;
  return typeof code === 'string' && code ? `${code}: ${text}` : text;
}

/**
 * The catalog message an error carries (the workbook's KlantwaardeError). Recognised by shape, not
 * class: in the shared runtime another bundle's copy of the class is a different constructor.
 */
export function carriedMessage(error: unknown): CatalogMessage | undefined {
  if (!(error instanceof Error) || error.name !== 'KlantwaardeError') return undefined;
  const detail = (error as { detail?: { code?: unknown; params?: CatalogMessage['params'] } }).detail;
  const code = detail?.code;
  return typeof code === 'string' && isCatalogKey(code) ? { code, params: detail?.params } : undefined;
}

/**
 * webpack's error for a chunk it could not fetch: the network, or a file gone because the add-in was
 * updated on the host while the pane was open. Recognised by name, as webpack's runtime sets no class.
 */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && error.name === 'ChunkLoadError';
}

/**
 * The text of any failure: our own errors say what and where; a part that could not be fetched says
 * what to do rather than "Loading chunk 477 failed"; anything else gets a generic line with its text.
 */
export function errorText(tx: Texts, error: unknown): string {
  const message = carriedMessage(error);
  if (message) return tx.message(message);
  if (isChunkLoadError(error)) return tx.t('workbook.partNotLoaded');
  return tx.t('ui.error.unexpected', { detail: thrownText(error) });
}
