/** Text of the browser preview page (the in-browser sheet beside the real task pane). */
export const previewNl = {
  'preview.title': 'Klantwaarde — voorbeeld zonder Excel',
  'preview.sheet': 'Werkblad',
  'preview.loadExample': 'Voorbeeldtabel laden',
  'preview.openFile': 'Excel-bestand openen',
  'preview.openFileHint': 'Het bestand wordt in deze browser gelezen en nergens naartoe gestuurd.',
  'preview.pasteHint': 'Kopieer een tabel in Excel (met kopregel) en plak die hier met Ctrl+V.',
  'preview.pasteArea': 'Plakvak voor een tabel',
  'preview.pastedSheet': 'Geplakt',
  'preview.moreRows': '… en nog {count} rijen',
  'preview.loading': 'Bezig met laden…',
  'preview.loadFailed': 'Het bestand kon niet worden gelezen: {detail}',
  'preview.notXlsx': '"{name}" is geen Excel-werkmap (.xlsx).',
  'preview.selected': 'Geselecteerd: {address}',
  'preview.grid': 'Werkblad {sheet}',
} as const;

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
  'preview.notXlsx': '"{name}" is not an Excel workbook (.xlsx).',
  'preview.selected': 'Selected: {address}',
  'preview.grid': 'Sheet {sheet}',
};
