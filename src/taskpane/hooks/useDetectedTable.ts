import { useCallback, useEffect, useState } from 'react';
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
  /** The header row the user chose (1-based sheet row; undefined: detect it), and reads the table with it. */
  readonly headerRow?: number;
  readonly setHeaderRow: (row: number | undefined) => void;
}

export function useDetectedTable(skipHiddenRows: boolean, notices: Pick<Notices, 'show' | 'clear'>): TableDetection {
  const session = useSession();
  const { lang } = useText();
  const { show, clear } = notices;
  const [state, setState] = useState<{ table?: DetectedTable; loading: boolean }>({ loading: true });
  const [generation, setGeneration] = useState(0);
  const [headerRow, setHeaderRow] = useState<number | undefined>(undefined);

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    // Via a resolved promise so a session that throws synchronously is reported like a rejection.
    Promise.resolve().then(() => session.detectTable({ skipHiddenRows, ...(headerRow !== undefined ? { headerRow } : {}) })).then(
      (table) => {
        if (!live) return;
        clear('table');
        setState({ table, loading: false });
      },
      (error: unknown) => {
        if (!live) return;
        show(errorNotice(lang, 'table', 'ui.table.failed', error));
        setState({ loading: false });
      },
    );
    return () => { live = false; };
  }, [session, skipHiddenRows, headerRow, generation, lang, show, clear]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, refresh, headerRow, setHeaderRow };
}
