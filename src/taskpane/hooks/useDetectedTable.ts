import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DetectedTable } from '../../workbook/session';
import { useHost } from '../host/paneHost';
import { errorNotice } from '../model/notice';
import type { Notices } from './useNotices';
import { useSession } from './useSession';
import { useText } from './useText';

/** Selection events come in bursts (dragging, arrow keys): read the table once the user pauses. */
export const REDETECT_DELAY_MS = 400;

function sameDetection(a: DetectedTable, b: DetectedTable): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface TableDetection {
  readonly table?: DetectedTable;
  readonly loading: boolean;
  /** Reads the selection again (the user may have selected another table). */
  readonly refresh: () => void;
  /** The header row the user chose (1-based sheet row; undefined: detect it), and reads the table with it. */
  readonly headerRow?: number;
  readonly setHeaderRow: (row: number | undefined) => void;
}

export function useDetectedTable(skipHiddenRows: boolean, notices: Pick<Notices, 'show' | 'clear'>): TableDetection {
  const session = useSession();
  const { watchTable } = useHost();
  const text = useText();
  const { show, clear } = notices;
  const [generation, setGeneration] = useState(0);
  const [headerRow, setHeaderRow] = useState<number | undefined>(undefined);
  // One object per detection asked for; loading is "the last answer is for an older request", so the
  // effect never sets state synchronously (the previous table stays shown while the next one loads).
  const request = useMemo(
    () => ({ session, skipHiddenRows, headerRow, generation, text }),
    [session, skipHiddenRows, headerRow, generation, text],
  );
  const [answer, setAnswer] = useState<{ request?: typeof request; table?: DetectedTable }>({});

  useEffect(() => {
    let live = true;
    const options = {
      skipHiddenRows: request.skipHiddenRows,
      ...(request.headerRow !== undefined ? { headerRow: request.headerRow } : {}),
    };
    // Via a resolved promise so a session that throws synchronously is reported like a rejection.
    Promise.resolve()
      .then(() => request.session.detectTable(options))
      .then(
        (table) => {
          if (!live) return;
          clear('table');
          // Re-detection after every selection pause usually finds the same table: keep the object then,
          // so the what-if preview (which reads the whole table) does not run again for nothing.
          setAnswer((a) => ({ request, table: a.table && sameDetection(a.table, table) ? a.table : table }));
        },
        (error: unknown) => {
          if (!live) return;
          show(errorNotice(request.text, 'table', 'ui.table.failed', error));
          setAnswer({ request });
        },
      );
    return () => {
      live = false;
    };
  }, [request, show, clear]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  // The shown table follows the workbook: another selection, or the pane shown after mounting hidden.
  useEffect(() => {
    if (!watchTable) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watchTable(() => {
      clearTimeout(timer);
      timer = setTimeout(refresh, REDETECT_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [watchTable, refresh]);

  return { ...(answer.table ? { table: answer.table } : {}), loading: answer.request !== request, refresh, headerRow, setHeaderRow };
}
