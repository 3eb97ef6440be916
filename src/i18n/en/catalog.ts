import type { CatalogKey } from '../catalog';
import { functionsEn } from './functions';
import { messagesEn } from './messages';
import { sheetEn } from './sheet';
import { uiEn } from './ui';
import { workbookEn } from './workbook';
import { insightEn } from './insight';
import { previewEn } from './preview';
import { planEn } from './plan';
import { hostEn } from './host';
import { tableInputEn } from './tableInput';
import { paneEn } from './pane';
import { helpEn } from './help';

/** The English catalog: the lang-en chunk, loaded by `loadLanguage('en')` in ../catalog.ts. */
export const enCatalog: Readonly<Record<CatalogKey, string>> = {
  ...messagesEn,
  ...sheetEn,
  ...uiEn,
  ...functionsEn,
  ...insightEn,
  ...workbookEn,
  ...previewEn,
  ...planEn,
  ...hostEn,
  ...tableInputEn,
  ...paneEn,
  ...helpEn,
};
