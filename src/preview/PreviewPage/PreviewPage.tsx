import { Button, FluentProvider, MessageBar, MessageBarBody, Text, Textarea, Title3, webLightTheme } from '@fluentui/react-components';
import { useCallback, useMemo, useRef, useState } from 'react';
import { textsFor, type Lang } from '../../i18n/catalog';
import { thrownText } from '../../i18n/errorText';
import { App } from '../../taskpane/App';
import { BROWSER_HOST, type PaneHost } from '../../taskpane/host/paneHost';
import { memorySelfTestWorkbook, type SelfTestWorkbook } from '../../taskpane/SelfTest';
import { MemoryPort, type MemoryWorkbook } from '../../workbook/memory';
import { createSession } from '../../workbook/createSession';
import type { KlantwaardeSession } from '../../workbook/session';
import { classifiedWorkbook, downloadName, RecordingPort } from '../download';
import { SheetGrid } from '../SheetGrid';
import { looksLikeXlsx, memoryFromPaste, memoryFromXlsx, rowsFromClipboard } from '../workbookFile';
import { usePreviewPageStyles } from './usePreviewPageStyles';

export interface PreviewPageProps {
  readonly initial: MemoryWorkbook;
  readonly lang: Lang;
  /** Why the example could not be loaded at start, if so. */
  readonly initialError?: string;
  /** The .xlsx file `initial` was read from (the example), so the classified workbook can be downloaded. */
  readonly initialFile?: OpenedFile;
  /** Reloads the example workbook (served beside the page, read in the browser). */
  readonly loadExample: () => Promise<{ workbook: MemoryWorkbook; file: OpenedFile }>;
}

/** An opened .xlsx file: its name and bytes, kept to patch on download. */
export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
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

/** The self-test's workbook operations on the preview's workbook, redrawing the grid after each. */
function observedSelfTest(workbook: MemoryWorkbook, changed: () => void): SelfTestWorkbook {
  const inner = memorySelfTestWorkbook(workbook);
  return Object.fromEntries(
    Object.entries(inner).map(([name, op]) => [
      name,
      (...args: unknown[]) => (op as (...a: unknown[]) => Promise<unknown>)(...args).finally(changed),
    ]),
  ) as unknown as SelfTestWorkbook;
}

/** The real task pane beside an in-browser sheet: the product working without Excel. */
export function PreviewPage({ initial, initialError, initialFile, lang, loadExample }: PreviewPageProps): JSX.Element {
  const styles = usePreviewPageStyles();
  const { t } = textsFor(lang);
  const [workbook, setWorkbook] = useState(initial);
  const [sheet, setSheet] = useState(initial.selection?.sheet ?? initial.sheetNames()[0] ?? '');
  const [version, setVersion] = useState(0);
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<string | undefined>(initialError);
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<OpenedFile | undefined>(initialFile);
  const fileInput = useRef<HTMLInputElement>(null);
  const redraw = useCallback(() => setVersion((v) => v + 1), []);
  const recorder = useMemo(() => new RecordingPort(new MemoryPort(workbook)), [workbook]);
  const session = useMemo(() => observed(createSession(recorder, lang), redraw), [recorder, lang, redraw]);
  const host = useMemo<PaneHost>(
    () => ({ ...BROWSER_HOST, selfTestWorkbook: () => observedSelfTest(workbook, redraw) }),
    [workbook, redraw],
  );

  const replace = (next: MemoryWorkbook, opened?: OpenedFile) => {
    setWorkbook(next);
    setFile(opened);
    setSheet(next.selection?.sheet ?? next.sheetNames()[0] ?? '');
    setGeneration((g) => g + 1);
    setError(undefined);
  };
  const load = async (make: () => Promise<{ workbook: MemoryWorkbook; file?: OpenedFile }>) => {
    setBusy(true);
    try {
      const made = await make();
      replace(made.workbook, made.file);
    } catch (e) {
      setError(t('preview.loadFailed', { detail: thrownText(e) }));
    } finally {
      setBusy(false);
    }
  };
  const openFile = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!looksLikeXlsx(bytes)) {
      setError(t('preview.notXlsx', { name: file.name }));
      return;
    }
    await load(async () => ({ workbook: await memoryFromXlsx(bytes), file: { name: file.name, bytes } }));
  };
  const download = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const bytes = await classifiedWorkbook(file.bytes, recorder.plans);
      const url = URL.createObjectURL(
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = downloadName(file.name);
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      setError(t('preview.downloadFailed', { detail: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  const paste = (text: string) => {
    const rows = rowsFromClipboard(text);
    if (rows.length > 0) replace(memoryFromPaste(rows, t('preview.pastedSheet')));
  };
  const select = (name: string, address: string) => {
    workbook.select(name, address);
    redraw();
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <section className={styles.sheet} aria-label={t('preview.sheet')}>
          <Title3 as="h1">{t('preview.title')}</Title3>
          <div className={styles.toolbar}>
            <Button onClick={() => void load(loadExample)} disabled={busy}>
              {t('preview.loadExample')}
            </Button>
            <Button onClick={() => fileInput.current?.click()} disabled={busy}>
              {t('preview.openFile')}
            </Button>
            <input
              ref={fileInput}
              className={styles.hiddenInput}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={t('preview.openFile')}
              onChange={(e) => {
                const f = e.target.files?.[0];
                e.target.value = '';
                if (f) void openFile(f);
              }}
            />
            <Button onClick={() => void download()} disabled={busy || !file}>
              {t('preview.download')}
            </Button>
            <Text className={styles.hint}>
              {busy ? t('preview.loading') : file ? t('preview.openFileHint') : t('preview.downloadNeedsFile')}
            </Text>
          </div>
          <Textarea
            className={styles.pasteArea}
            aria-label={t('preview.pasteArea')}
            placeholder={t('preview.pasteHint')}
            value=""
            onChange={() => undefined}
            onPaste={(e) => {
              e.preventDefault();
              paste(e.clipboardData.getData('text/plain'));
            }}
          />
          {error && (
            <MessageBar intent="error">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          <SheetGrid
            key={`${generation}-${version}`}
            workbook={workbook}
            sheet={workbook.sheet(sheet) ? sheet : (workbook.sheetNames()[0] ?? '')}
            lang={lang}
            onSheetChange={setSheet}
            onSelect={select}
          />
        </section>
        <aside className={styles.pane} aria-label="Klantwaarde">
          <App key={generation} session={session} lang={lang} host={host} />
        </aside>
      </main>
    </FluentProvider>
  );
}
