import { isChunkLoadError } from '../i18n/errorText';
import { KlantwaardeError } from './session';

/*
 * What only serves writing results comes on demand: the write half of classify and the removal
 * (resultsWriter.ts, with the report, contact plan, agenda and the engine's insight code they use) and
 * the Excel adapter's write code. In the browser bundles their `import()`s form one async chunk,
 * "results-writer", fetched when the pane is idle (preloadResultsWriter) or else on the first classify,
 * removal or save; in Node (CLI, tests) an `import()` is a plain require.
 */

/** Loads an on-demand part; one that cannot be fetched becomes a message saying what to do (a later call fetches again). */
export async function onDemand<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isChunkLoadError(error)) throw new KlantwaardeError({ code: 'workbook.partNotLoaded' });
    throw error;
  }
}

export type ResultsWriter = typeof import('./resultsWriter');
export type ResultsWriterImport = () => Promise<ResultsWriter>;

export const importResultsWriter: ResultsWriterImport = () => import(/* webpackChunkName: "results-writer" */ './resultsWriter');

/**
 * Fetches the write half ahead of the first click, so Classificeer does not wait on the network. A
 * failure here says nothing: the click fetches again and, failing too, says why.
 */
export function preloadResultsWriter(): void {
  importResultsWriter().catch(() => undefined);
}
