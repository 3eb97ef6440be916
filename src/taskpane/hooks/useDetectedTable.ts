import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DetectedTable } from '../../workbook/session';
import { errorNotice } from '../model/notice';
import type { Notices } from './useNotices';
import { useSession } from './useSession';
import { useText } from './useText';

export interface TableDetection {
  readonly table?: DetectedTable;
  readonly loading: boolean;
  /** Reads the selection again (the user may have selected another table). */
  readonly refresh: () => void;
}

export function useDetectedTable(skipHiddenRows: boolean, notices: Pick<Notices, 'show' | 'clear'>): TableDetection {
  const session = useSession();
  const { lang } = useText();
  const { show, clear } = notices;
  const [generation, setGeneration] = useState(0);
  // One object per detection asked for; loading is "the last answer is for an older request", so the
  // effect never sets state synchronously (the previous table stays shown while the next one loads).
  const request = useMemo(() => ({ session, skipHiddenRows, generation, lang }), [session, skipHiddenRows, generation, lang]);
  const [answer, setAnswer] = useState<{ request?: typeof request; table?: DetectedTable }>({});

  useEffect(() => {
    let live = true;
    // Via a resolved promise so a session that throws synchronously is reported like a rejection.
    Promise.resolve().then(() => request.session.detectTable({ skipHiddenRows: request.skipHiddenRows })).then(
      (table) => {
        if (!live) return;
        clear('table');
        setAnswer({ request, table });
      },
      (error: unknown) => {
        if (!live) return;
        show(errorNotice(request.lang, 'table', 'ui.table.failed', error));
        setAnswer({ request });
      },
    );
    return () => { live = false; };
  }, [request, show, clear]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...(answer.table ? { table: answer.table } : {}), loading: answer.request !== request, refresh };
}
