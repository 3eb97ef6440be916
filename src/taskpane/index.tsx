// Task pane entry. Loaded in taskpane.html together with the functions and commands bundles, because the
// shared runtime hosts all three in one page. Office.js is touched here only: the pane itself gets a session.
import { createRoot } from 'react-dom/client';
import { langFromOffice } from '../i18n/catalog';
import { createExcelSession } from '../workbook/excel';
import { App } from './App';
import { fluentThemeFor, forcedColorsActive } from './officeTheme';

Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) return;
  const lang = langFromOffice(Office.context?.displayLanguage);
  document.documentElement.lang = lang;
  createRoot(container).render(
    <App session={createExcelSession(lang)} lang={lang} theme={fluentThemeFor(Office.context?.officeTheme, forcedColorsActive(window))} />,
  );
});
