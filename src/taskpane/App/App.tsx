import { FluentProvider, makeStaticStyles, webLightTheme, type Theme } from '@fluentui/react-components';
import { textsFor, type Lang } from '../../i18n/catalog';
import type { KlantwaardeSession } from '../../workbook/session';
import type { Notice } from '../model/notice';
import { ErrorBoundary } from '../ErrorBoundary';
import { BROWSER_HOST, HostContext, type PaneHost } from '../host/paneHost';
import { LangContext } from '../hooks/useText';
import { SessionContext } from '../hooks/useSession';
import { Pane } from '../Pane';

export interface AppProps {
  /** The workbook: Excel (Office.js) in the add-in, an in-memory sheet in the preview page and tests. */
  readonly session: KlantwaardeSession;
  readonly lang: Lang;
  readonly theme?: Theme;
  /** Office around the pane (events, platform, requirement sets); the browser in the preview and tests. */
  readonly host?: PaneHost;
  /** Wait after the last model edit before the what-if preview runs (ms). */
  readonly previewDelayMs?: number;
  /** Notices from the pane's start (startPane.tsx). */
  readonly startNotices?: readonly Notice[];
}

// The pane fills the task pane edge to edge: the browser's default body margin would add a scrollbar
// to a pane that fits, and the sticky footer would then float 8 px above the bottom.
const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

/** The whole task pane, independent of where it runs. */
export function App({ session, lang, theme = webLightTheme, host = BROWSER_HOST, previewDelayMs, startNotices }: AppProps): JSX.Element {
  usePageStyles();
  return (
    <FluentProvider theme={theme} lang={lang}>
      <LangContext.Provider value={lang}>
        <SessionContext.Provider value={session}>
          <HostContext.Provider value={host}>
            <ErrorBoundary texts={textsFor(lang)}>
              <Pane previewDelayMs={previewDelayMs} startNotices={startNotices} />
            </ErrorBoundary>
          </HostContext.Provider>
        </SessionContext.Provider>
      </LangContext.Provider>
    </FluentProvider>
  );
}
