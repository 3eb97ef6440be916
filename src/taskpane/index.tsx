// Task pane entry. Loaded in taskpane.html together with the functions and commands bundles, because the
// shared runtime hosts all three in one page. Office.js is touched here only: the pane itself gets a session.
import { createRoot } from 'react-dom/client';
import { langFromOffice, type Lang } from '../i18n/catalog';
import { KlantwaardeError, type KlantwaardeSession } from '../workbook/session';
import { App } from './App';
import { fluentThemeFor } from './officeTheme';
// TODO(lead): the Excel adapter (src/workbook/excel, Office.js port + createSession) is not in the tree yet.
// When it lands, replace the import and the `excelSession` function below with:
//   import { createExcelSession } from '../workbook/excel';
// and render <App session={createExcelSession(lang)} …/>.

/** Until the Excel adapter exists, every call says so in a MessageBar instead of failing silently. */
function excelSession(_lang: Lang): KlantwaardeSession {
  const unavailable = async (): Promise<never> => { throw new KlantwaardeError({ code: 'ui.excelUnavailable' }); };
  return {
    detectTable: unavailable, preview: unavailable, classify: unavailable, removeResults: unavailable,
    loadModel: async () => undefined, saveModel: unavailable,
  };
}

Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) return;
  const lang = langFromOffice(Office.context?.displayLanguage);
  document.documentElement.lang = lang;
  createRoot(container).render(
    <App session={excelSession(lang)} lang={lang} theme={fluentThemeFor(Office.context?.officeTheme)} />,
  );
});
