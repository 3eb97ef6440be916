import { createContext, useContext } from 'react';
import type { SelfTestWorkbook } from '../SelfTest/selfTestWorkbook';
import type { ClientInfo, IsSetSupported } from './requirements';

/**
 * What the pane needs from the application around it, beyond the workbook (the session): Office in the
 * add-in (./officeHost), the browser in the preview and tests (BROWSER_HOST).
 */
export interface PaneHost {
  readonly client: ClientInfo;
  /** A Blob + <a download> really saves a file (not in Excel for Mac or on iPad). */
  readonly canDownloadFiles: boolean;
  /** Office's requirement-set check; absent outside Office (the self-test then says so). */
  readonly isSetSupported?: IsSetSupported;
  /**
   * Calls `listener` whenever the table the pane shows may have changed: the selection moved, or a
   * pane that mounted hidden became visible. Returns the unsubscribe.
   */
  readonly watchTable?: (listener: () => void) => () => void;
  /** The workbook operations of the self-test (in Excel from a chunk of their own); without them the pane offers no self-test. */
  readonly selfTestWorkbook?: () => SelfTestWorkbook | Promise<SelfTestWorkbook>;
}

/** The preview page and tests: a browser, files download, no Office events. */
export const BROWSER_HOST: PaneHost = {
  client: { host: 'Browser', platform: 'Preview', version: '-' },
  canDownloadFiles: true,
};

export const HostContext = createContext<PaneHost>(BROWSER_HOST);

export function useHost(): PaneHost {
  return useContext(HostContext);
}
