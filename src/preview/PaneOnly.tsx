import { useMemo } from 'react';
import type { Lang } from '../i18n/catalog';
import { App } from '../taskpane/App';
import type { Theme } from '@fluentui/react-components';
import { MemoryPort, type MemoryWorkbook } from '../workbook/memory';
import { createSession } from '../workbook/createSession';
import type { Notice } from '../taskpane/model/notice';

export interface PaneOnlyProps {
  readonly workbook: MemoryWorkbook;
  readonly lang: Lang;
  /** The Fluent theme for Office's theme (see taskpane/officeTheme); light when absent. */
  readonly theme?: Theme;
  /** Notices from the page's start (a language that did not load). */
  readonly startNotices?: readonly Notice[];
}

/**
 * `preview.html?pane`: only the task pane, filling the window as it fills Excel's task pane (try a
 * 320–350 px wide window), on the example workbook. The end-to-end tests measure the pane this way.
 */
export function PaneOnly({ workbook, lang, theme, startNotices }: PaneOnlyProps): JSX.Element {
  const session = useMemo(() => createSession(new MemoryPort(workbook), lang), [workbook, lang]);
  return <App session={session} lang={lang} theme={theme} startNotices={startNotices} />;
}
