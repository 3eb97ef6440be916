// English texts of ../preview.ts. Only in the lang-en chunk, which ../catalog.ts loads on demand.
import type { previewNl } from '../preview';

export const previewEn: Record<keyof typeof previewNl, string> = {
  'preview.title': 'Klantwaarde — preview without Excel',
  'preview.sheet': 'Sheet',
  'preview.loadExample': 'Load example table',
  'preview.openFile': 'Open Excel file',
  'preview.openFileHint': 'The file is read in this browser and sent nowhere.',
  'preview.pasteHint': 'Copy a table in Excel (with its header row) and paste it here with Ctrl+V.',
  'preview.pasteArea': 'Paste area for a table',
  'preview.pastedSheet': 'Pasted',
  'preview.moreRows': '… and {count} more rows',
  'preview.loading': 'Loading…',
  'preview.loadFailed': 'The file could not be read: {detail}',
  'preview.download': 'Download workbook with results',
  'preview.downloadNeedsFile': 'Downloading works for an opened Excel file or the example, not for a pasted table.',
  'preview.downloadFailed': 'The workbook could not be made: {detail}',
  'preview.notXlsx': '"{name}" is not an Excel workbook (.xlsx).',
  'preview.selected': 'Selected: {address}',
  'preview.grid': 'Sheet {sheet}',
};
