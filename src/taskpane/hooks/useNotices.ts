import { useCallback, useMemo, useReducer } from 'react';
import type { Notice, NoticeSource } from '../model/notice';

type NoticeAction = { readonly type: 'show'; readonly notice: Notice } | { readonly type: 'clear'; readonly source: NoticeSource };

function noticesReducer(notices: readonly Notice[], action: NoticeAction): readonly Notice[] {
  if (action.type === 'clear') return notices.filter((n) => n.source !== action.source);
  return [...notices.filter((n) => n.source !== action.notice.source), action.notice];
}

export interface Notices {
  readonly notices: readonly Notice[];
  /** Shows a notice, replacing an earlier one from the same source. */
  readonly show: (notice: Notice) => void;
  readonly clear: (source: NoticeSource) => void;
}

/** `initial`: notices from before the pane mounted (see startPane). */
export function useNotices(initial: readonly Notice[] = []): Notices {
  const [notices, dispatch] = useReducer(noticesReducer, initial);
  const show = useCallback((notice: Notice) => dispatch({ type: 'show', notice }), []);
  const clear = useCallback((source: NoticeSource) => dispatch({ type: 'clear', source }), []);
  return useMemo(() => ({ notices, show, clear }), [notices, show, clear]);
}
