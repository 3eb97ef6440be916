/**
 * Text about the Excel host itself: what this Excel lacks, a table that changed under the pane, blocked
 * resources, the model as text where files cannot be downloaded, and the self-test.
 */
export const hostNl = {
  'host.unsupported.title': 'Klantwaarde werkt niet in deze versie van Excel',
  'host.unsupported.body': 'Deze Excel mist wat Klantwaarde nodig heeft. Gebruik Microsoft 365 of Excel 2021 of nieuwer (Windows, Mac of Excel op het web).',
  'host.unsupported.missing': 'Ontbreekt: {set} {version} — {purpose}.',
  'host.unsupported.client': 'Deze Excel: {host}, {platform}, versie {version}.',
  'host.requirement.ExcelApi': 'nodig om de klantentabel te lezen en resultaten, filters en de grafiek te schrijven',
  'host.requirement.SharedRuntime': 'nodig om taakvenster, werkbladfuncties en de lintknop samen te laten werken',
  'host.requirement.CustomFunctionsRuntime': 'nodig voor de werkbladfuncties KW.* met foutmeldingen',

  'workbook.tableChanged': 'De selectie staat nu op een andere tabel ({found}) dan het taakvenster toont ({shown}). Er is niets geschreven. Het taakvenster leest de tabel opnieuw; controleer de instellingen en classificeer dan opnieuw.',

  'host.csp.title': 'Geblokkeerd door de beveiligingsregels van het taakvenster',
  'host.csp.line': '{directive} blokkeerde {blocked}',

  'host.exportText.button': 'Model als tekst',
  'host.exportText.title': 'Model als tekst ({file})',
  'host.exportText.hint': 'Kopieer de tekst en bewaar hem als {file}; importeer hem later met "Model importeren".',
  'host.exportText.noDownload': 'Deze Excel kan geen bestanden downloaden (zoals Excel voor Mac). Kopieer de tekst en bewaar hem als {file}.',
  'host.exportText.label': 'Inhoud van {file}',
  'host.exportText.copy': 'Kopiëren',
  'host.exportText.copied': 'Gekopieerd naar het klembord.',
  'host.exportText.copyFailed': 'Kopiëren lukte niet. Selecteer de tekst in het vak en kopieer hem zelf (Ctrl+C, op de Mac ⌘C).',
  'host.exportText.close': 'Sluiten',
} as const;

export const hostEn: Record<keyof typeof hostNl, string> = {
  'host.unsupported.title': 'Klantwaarde does not work in this version of Excel',
  'host.unsupported.body': 'This Excel lacks what Klantwaarde needs. Use Microsoft 365 or Excel 2021 or later (Windows, Mac or Excel on the web).',
  'host.unsupported.missing': 'Missing: {set} {version} — {purpose}.',
  'host.unsupported.client': 'This Excel: {host}, {platform}, version {version}.',
  'host.requirement.ExcelApi': 'needed to read the client table and write results, filters and the chart',
  'host.requirement.SharedRuntime': 'needed for the task pane, worksheet functions and ribbon button to work together',
  'host.requirement.CustomFunctionsRuntime': 'needed for the KW.* worksheet functions with error messages',

  'workbook.tableChanged': 'The selection is now on another table ({found}) than the task pane shows ({shown}). Nothing was written. The task pane reads the table again; check the settings, then classify again.',

  'host.csp.title': 'Blocked by the task pane\'s security rules',
  'host.csp.line': '{directive} blocked {blocked}',

  'host.exportText.button': 'Model as text',
  'host.exportText.title': 'Model as text ({file})',
  'host.exportText.hint': 'Copy the text and save it as {file}; import it later with "Import model".',
  'host.exportText.noDownload': 'This Excel cannot download files (like Excel for Mac). Copy the text and save it as {file}.',
  'host.exportText.label': 'Contents of {file}',
  'host.exportText.copy': 'Copy',
  'host.exportText.copied': 'Copied to the clipboard.',
  'host.exportText.copyFailed': 'Copying did not work. Select the text in the box and copy it yourself (Ctrl+C, on a Mac ⌘C).',
  'host.exportText.close': 'Close',
};
