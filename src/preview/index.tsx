// Browser preview entry: the real task pane beside an in-memory sheet. No Office.js and no network
// beyond this page's own origin (the example workbook is served next to it and read in the browser).
import { createRoot } from 'react-dom/client';
import { t, type Lang } from '../i18n/catalog';
import { MemoryWorkbook } from '../workbook/memory';
import { PaneOnly } from './PaneOnly';
import { PreviewPage } from './PreviewPage';
import { memoryFromXlsx } from './workbookFile';

/** Dutch by default, like the add-in; `?lang=en` shows the English pane. */
function pageLang(): Lang {
  return new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'nl';
}

async function loadExample() {
  const response = await fetch('examples/klanten.xlsx');
  if (!response.ok) throw new Error(`examples/klanten.xlsx: HTTP ${response.status}`);
  return memoryFromXlsx(new Uint8Array(await response.arrayBuffer()));
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const lang = pageLang();
  document.documentElement.lang = lang;
  let initial: MemoryWorkbook;
  let initialError: string | undefined;
  try {
    initial = await loadExample();
  } catch (e) {
    // Still show the page (paste or open a file instead), with the reason in a message bar.
    initial = new MemoryWorkbook();
    initial.addSheet('Blad1');
    initialError = t(lang, 'preview.loadFailed', { detail: e instanceof Error ? e.message : String(e) });
  }
  const params = new URLSearchParams(window.location.search);
  createRoot(container).render(params.has('pane')
    ? <PaneOnly workbook={initial} lang={lang} officeTheme={params.get('theme') === 'dark' ? 'dark' : 'light'} />
    : <PreviewPage initial={initial} initialError={initialError} lang={lang} loadExample={loadExample} />);
}

void start();
