import {
  Button, FluentProvider, MessageBar, MessageBarBody, Text, Textarea, Title3, webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useMemo, useRef, useState } from 'react';
import { t, type Lang } from '../../i18n/catalog';
import { thrownText } from '../../i18n/errorText';
import { App } from '../../taskpane/App';
import { MemoryPort, type MemoryWorkbook } from '../../workbook/memory';
import { createSession } from '../../workbook/pipeline';
import type { KlantwaardeSession } from '../../workbook/session';
import { SheetGrid } from '../SheetGrid';
import { looksLikeXlsx, memoryFromPaste, memoryFromXlsx, rowsFromClipboard } from '../workbookFile';
import { usePreviewPageStyles } from './usePreviewPageStyles';

export interface PreviewPageProps {
  readonly initial: MemoryWorkbook;
  readonly lang: Lang;
  /** Why the example could not be loaded at start, if so. */
  readonly initialError?: string;
  /** Reloads the example workbook (served beside the page, read in the browser). */
  readonly loadExample: () => Promise<MemoryWorkbook>;
}

/** Calls `changed` after every session call that may have written to the workbook, so the grid redraws. */
function observed(session: KlantwaardeSession, changed: () => void): KlantwaardeSession {
  const after = <T,>(p: Promise<T>) => p.finally(changed);
  return {
    ...session,
    classify: (model, options) => after(session.classify(model, options)),
    removeResults: () => after(session.removeResults()),
    saveModel: (model) => after(session.saveModel(model)),
  };
}

/** The real task pane beside an in-browser sheet: the product working without Excel. */
export function PreviewPage({ initial, initialError, lang, loadExample }: PreviewPageProps): JSX.Element {
  const styles = usePreviewPageStyles();
  const [workbook, setWorkbook] = useState(initial);
  const [sheet, setSheet] = useState(initial.selection?.sheet ?? initial.sheetNames()[0] ?? '');
  const [version, setVersion] = useState(0);
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<string | undefined>(initialError);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const redraw = useCallback(() => setVersion((v) => v + 1), []);
  const session = useMemo(() => observed(createSession(new MemoryPort(workbook), lang), redraw), [workbook, lang, redraw]);

  const replace = (next: MemoryWorkbook) => {
    setWorkbook(next);
    setSheet(next.selection?.sheet ?? next.sheetNames()[0] ?? '');
    setGeneration((g) => g + 1);
    setError(undefined);
  };
  const load = async (make: () => Promise<MemoryWorkbook>) => {
    setBusy(true);
    try {
      replace(await make());
    } catch (e) {
      setError(t(lang, 'preview.loadFailed', { detail: thrownText(e) }));
    } finally {
      setBusy(false);
    }
  };
  const openFile = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!looksLikeXlsx(bytes)) { setError(t(lang, 'preview.notXlsx', { name: file.name })); return; }
    await load(() => memoryFromXlsx(bytes));
  };
  const paste = (text: string) => {
    const rows = rowsFromClipboard(text);
    if (rows.length > 0) replace(memoryFromPaste(rows, t(lang, 'preview.pastedSheet')));
  };
  const select = (name: string, address: string) => {
    workbook.select(name, address);
    redraw();
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <section className={styles.sheet} aria-label={t(lang, 'preview.sheet')}>
          <Title3 as="h1">{t(lang, 'preview.title')}</Title3>
          <div className={styles.toolbar}>
            <Button onClick={() => void load(loadExample)} disabled={busy}>{t(lang, 'preview.loadExample')}</Button>
            <Button onClick={() => fileInput.current?.click()} disabled={busy}>{t(lang, 'preview.openFile')}</Button>
            <input
              ref={fileInput}
              className={styles.hiddenInput}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={t(lang, 'preview.openFile')}
              onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void openFile(f); }}
            />
            <Text className={styles.hint}>{busy ? t(lang, 'preview.loading') : t(lang, 'preview.openFileHint')}</Text>
          </div>
          <Textarea
            className={styles.pasteArea}
            aria-label={t(lang, 'preview.pasteArea')}
            placeholder={t(lang, 'preview.pasteHint')}
            value=""
            onChange={() => undefined}
            onPaste={(e) => { e.preventDefault(); paste(e.clipboardData.getData('text/plain')); }}
          />
          {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
          <SheetGrid
            key={`${generation}-${version}`}
            workbook={workbook}
            sheet={workbook.sheet(sheet) ? sheet : workbook.sheetNames()[0] ?? ''}
            lang={lang}
            onSheetChange={setSheet}
            onSelect={select}
          />
        </section>
        <aside className={styles.pane} aria-label="Klantwaarde">
          <App key={generation} session={session} lang={lang} />
        </aside>
      </main>
    </FluentProvider>
  );
}
