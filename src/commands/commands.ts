// Ribbon commands. In the shared runtime this bundle runs in the task pane's page (taskpane.html), so
// the "Classificeer" button (ExecuteFunction "classify") works with the pane closed.
import { langFromOffice, textsFor, usableLanguage } from '../i18n/catalog';
import { createExcelSession } from '../workbook/excel';
import { publishCommandNotice } from './channel';
import { classifyWithSavedModel } from './classifyCommand';

async function classify(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // English texts come on demand; should they not load, the command still runs, in Dutch.
    const { lang } = await usableLanguage(langFromOffice(Office.context?.displayLanguage));
    await classifyWithSavedModel({
      session: createExcelSession(lang),
      texts: textsFor(lang),
      showPane: () => Office.addin.showAsTaskpane(),
      publish: publishCommandNotice,
    });
  } finally {
    // Without completed() Office keeps showing the command as running.
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('classify', classify);
});
