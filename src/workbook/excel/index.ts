import type { Lang } from '../../i18n/catalog';
import { createSession, type SessionOptions } from '../createSession';
import type { KlantwaardeSession } from '../session';
import type { XlRun } from './api';
import { ExcelPort } from './port';

export { ExcelPort } from './port';
export type { XlRun } from './api';

/** Office.js's own batch runner. */
const excelRun: XlRun = (batch) => Excel.run((context) => batch(context));

/** The session the task pane and the ribbon command use: the pipeline over Office.js. */
export function createExcelSession(lang: Lang, options: SessionOptions & { readonly run?: XlRun } = {}): KlantwaardeSession {
  return createSession(new ExcelPort(options.run ?? excelRun), lang, options);
}
