// Task pane entry. Loaded in taskpane.html together with the functions and commands bundles, because the
// shared runtime hosts all three in one page. Office.js is touched here (and in host/officeHost) only:
// the pane itself gets a session and a PaneHost.
import { createRoot } from 'react-dom/client';
import { langFromOffice } from '../i18n/catalog';
import { createExcelSession } from '../workbook/excel';
import { preloadResultsWriter } from '../workbook/onDemand';
import { App } from './App';
import { whenIdle } from './host/idle';
import { officeHost } from './host/officeHost';
import { reportSecurityViolations } from './host/securityViolations';
import { forcedColorsActive, themeKindFor } from './officeTheme';
import { prepareStart } from './startPane';
import { RequirementGate } from './Unsupported';

// Before Office.js is ready: a blocked script or frame must not go unnoticed (see securityViolations).
reportSecurityViolations(document);

Office.onReady(async () => {
  const container = document.getElementById('root');
  if (!container) return;
  const host = officeHost();
  const { lang, theme, notices } = await prepareStart(
    langFromOffice(Office.context?.displayLanguage),
    themeKindFor(Office.context?.officeTheme, forcedColorsActive(window)),
  );
  document.documentElement.lang = lang;
  // Checked before the pane mounts: on Excel 2016/2019 Office opens this page without our API sets,
  // and the first Excel call would fail without saying why.
  createRoot(container).render(
    <RequirementGate lang={lang} host={host} theme={theme}>
      <App session={createExcelSession(lang)} lang={lang} theme={theme} host={host} startNotices={notices} />
    </RequirementGate>,
  );
  // The write half (results, report, removal) is not in the first load; fetched now, a click does not wait for it.
  whenIdle(preloadResultsWriter);
});
