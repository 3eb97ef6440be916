import { useMemo } from 'react';
import type { Lang } from '../i18n/catalog';
import { App } from '../taskpane/App';
import { fluentThemeFor, forcedColorsActive } from '../taskpane/officeTheme';
import { MemoryPort, type MemoryWorkbook } from '../workbook/memory';
import { createSession } from '../workbook/createSession';

export interface PaneOnlyProps {
  readonly workbook: MemoryWorkbook;
  readonly lang: Lang;
  /** "dark" shows the pane as in Office's Black/Dark Gray theme. */
  readonly officeTheme?: 'dark' | 'light';
}

/**
 * `preview.html?pane`: only the task pane, filling the window as it fills Excel's task pane (try a
 * 320–350 px wide window), on the example workbook. The end-to-end tests measure the pane this way.
 */
export function PaneOnly({ workbook, lang, officeTheme }: PaneOnlyProps): JSX.Element {
  const session = useMemo(() => createSession(new MemoryPort(workbook), lang), [workbook, lang]);
  const theme = fluentThemeFor(officeTheme === 'dark' ? { isDarkTheme: true } : undefined, forcedColorsActive(window));
  return <App session={session} lang={lang} theme={theme} />;
}
