// English texts of ../pane.ts. Only in the lang-en chunk, which ../catalog.ts loads on demand.
import type { paneNl } from '../pane';

export const paneEn: Record<keyof typeof paneNl, string> = {
  // Shown only when these English texts did not load, hence (like the Dutch) in both languages.
  'pane.language.title': 'Engelse teksten niet geladen / English texts not loaded',
  'pane.language.failed':
    'Het taakvenster staat daarom in het Nederlands; sluit en open het om het opnieuw te proberen. The pane is shown in Dutch; close and reopen it to try again. ({detail})',
  'pane.views': 'View',
  'pane.view.setup': 'Set up',
  'pane.view.results': 'Results',
  'pane.sections': 'Settings',
  'pane.summary.table': '{address} · {clients}',
  'pane.summary.tableNone': 'No table found yet',
  'pane.summary.criteria': '{list}',
  'pane.summary.criterion': '{criterion} ×{weight}',
  'pane.summary.criteriaNone': 'No criteria yet',
  'pane.summary.classes': '{method}: {labels}',
  'pane.summary.whatIfNone': 'No preview yet',
  'pane.summary.moves': '{count} clients change class',
  'pane.summary.moves.one': '1 client changes class',

  'pane.status.label': 'Status',
  'pane.status.ready': 'Ready to classify.',
  'pane.status.readyCount': 'Ready to classify {count} clients.',
  'pane.status.readyCount.one': 'Ready to classify 1 client.',
  'pane.status.noTable': 'First select a cell in your client table and choose "Read table again".',
  'pane.status.invalid': 'The model is not complete yet: see the message under Set up.',
  'pane.status.loading': 'Loading table and model…',
  'pane.results.loading': 'Loading results…',
  'pane.section.loading': 'Loading…',
  'pane.status.removing': 'Removing results…',
  'pane.more': 'More actions',

  'pane.remove.title': 'Remove results?',
  'pane.remove.checking': 'Checking what will be removed…',
  'pane.remove.intro': 'This will be removed:',
  'pane.remove.block': 'Columns {headers} in {address}',
  'pane.remove.report': 'Report sheet "{sheet}"',
  'pane.remove.unknown': 'Every column and report sheet Klantwaarde wrote in this workbook.',
  'pane.remove.nothing': 'There are no Klantwaarde results in this workbook.',
  'pane.remove.keeps': 'Your own data and the saved model stay. Do not count on Excel being able to undo this.',
  'pane.remove.confirm': 'Remove',
  'pane.remove.cancel': 'Cancel',
  'pane.remove.close': 'Close',

  'pane.undo.replaced': 'The model was replaced by "{name}".',
  'pane.undo.removed': 'Criterion "{criterion}" removed.',
  'pane.undo.action': 'Undo',
  'pane.undo.undone': 'The last change was undone.',

  'pane.number.notNumber': '"{text}" is not a number. The model keeps {value}.',
  'pane.number.range': 'Choose a value from {min} to {max}. The model keeps {value}.',
  'pane.number.min': 'Choose a value of at least {min}. The model keeps {value}.',
};
