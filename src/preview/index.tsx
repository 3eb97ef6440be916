// Browser preview entry: the real task pane beside an in-memory sheet. No Office.js and no network
// beyond this page's own origin (the example workbook is served next to it and read in the browser).
import { createRoot } from 'react-dom/client';
import { t, type Lang } from '../i18n/catalog';
import { thrownText } from '../i18n/errorText';
import { MemoryWorkbook } from '../workbook/memory';
import { PaneOnly } from './PaneOnly';
import { PreviewPage, type OpenedFile } from './PreviewPage';
import { memoryFromXlsx } from './workbookFile';
import { reportSecurityViolations } from '../taskpane/host/securityViolations';
import { whenIdle } from '../taskpane/host/idle';
import { preloadResultsWriter } from '../workbook/onDemand';
import { installCustomFunctionsShim } from './customFunctionsShim';
import { forcedColorsActive, themeKindFor } from '../taskpane/officeTheme';
import { prepareStart } from '../taskpane/startPane';

// Like the add-in's pane: anything the page's Content-Security-Policy blocks is shown, not swallowed.
reportSecurityViolations(document);
// The self-test calls the worksheet functions' code, which needs Excel's CustomFunctions objects.
installCustomFunctionsShim();

/** Dutch by default, like the add-in; `?lang=en` shows the English pane. */
function pageLang(): Lang {
  return new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'nl';
}

async function loadExample(): Promise<{ workbook: MemoryWorkbook; file: OpenedFile }> {
  const response = await fetch('examples/klanten.xlsx');
  if (!response.ok) throw new Error(`examples/klanten.xlsx: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { workbook: await memoryFromXlsx(bytes), file: { name: 'klanten.xlsx', bytes } };
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const params = new URLSearchParams(window.location.search);
  // `?pane&theme=dark` shows the pane as in Office's Black/Dark Gray theme. As in the add-in, the
  // language's texts load first (English comes on demand); should they not, the page is Dutch and says so.
  const { lang, theme, notices } = await prepareStart(
    pageLang(),
    params.has('pane')
      ? themeKindFor(params.get('theme') === 'dark' ? { isDarkTheme: true } : undefined, forcedColorsActive(window))
      : 'light',
  );
  document.documentElement.lang = lang;
  let initial: MemoryWorkbook;
  let initialFile: OpenedFile | undefined;
  let initialError: string | undefined;
  try {
    ({ workbook: initial, file: initialFile } = await loadExample());
  } catch (e) {
    // Still show the page (paste or open a file instead), with the reason in a message bar.
    initial = new MemoryWorkbook();
    initial.addSheet('Blad1');
    initialError = t(lang, 'preview.loadFailed', { detail: thrownText(e) });
  }
  createRoot(container).render(
    params.has('pane') ? (
      <PaneOnly workbook={initial} lang={lang} theme={theme} startNotices={notices} />
    ) : (
      <PreviewPage
        initial={initial}
        initialError={
          [...notices.map((n) => [n.title, ...n.lines].join(': ')), ...(initialError ? [initialError] : [])].join(' ') || undefined
        }
        initialFile={initialFile}
        lang={lang}
        loadExample={loadExample}
      />
    ),
  );
  // As in the add-in's pane: the write half is fetched ahead of the first Classificeer.
  whenIdle(preloadResultsWriter);
}

void start();
