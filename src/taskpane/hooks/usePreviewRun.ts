import { useEffect, useMemo, useState } from 'react';
import type { ClassificationRun, ScoringModel } from '../../engine';
import type { DetectedTable } from '../../workbook/session';
import { useSession } from './useSession';

export interface PreviewRun {
  readonly run?: ClassificationRun;
  readonly error?: unknown;
  /** A newer preview is on its way (the run shown is for an earlier model). */
  readonly pending: boolean;
}

/**
 * Classifies the current table with a model without writing anything, `delayMs` after the model
 * last changed (a weight SpinButton held down must not start a preview per step). Results of
 * superseded requests are dropped. `table` only triggers a new run when the table was re-detected.
 */
export function usePreviewRun(
  model: ScoringModel | undefined,
  table: DetectedTable | undefined,
  skipHiddenRows: boolean,
  delayMs: number,
): PreviewRun {
  const session = useSession();
  // One object per preview asked for; "pending" is derived (the last answer is for an older request),
  // so the effect never sets state synchronously.
  const request = useMemo(
    () => (model && table ? { session, model, table, skipHiddenRows, delayMs } : undefined),
    [session, model, table, skipHiddenRows, delayMs],
  );
  const [answer, setAnswer] = useState<{ request?: typeof request; run?: ClassificationRun; error?: unknown }>({});

  useEffect(() => {
    if (!request) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      // The header row the user chose travels with the table it was read with.
      const headerRow = request.table.headerRowManual ? request.table.headerRow : undefined;
      const options = { skipHiddenRows: request.skipHiddenRows, ...(headerRow !== undefined ? { headerRow } : {}) };
      Promise.resolve()
        .then(() => request.session.preview(request.model, options))
        .then(
          (run) => {
            if (live) setAnswer({ request, run });
          },
          (error: unknown) => {
            if (live) setAnswer({ request, error });
          },
        );
    }, request.delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [request]);

  if (!request) return { pending: false };
  return {
    ...(answer.run ? { run: answer.run } : {}),
    ...(answer.error !== undefined ? { error: answer.error } : {}),
    pending: answer.request !== request,
  };
}
