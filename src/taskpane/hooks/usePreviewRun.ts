import { useEffect, useState } from 'react';
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
export function usePreviewRun(model: ScoringModel | undefined, table: DetectedTable | undefined, skipHiddenRows: boolean, delayMs: number): PreviewRun {
  const session = useSession();
  const [state, setState] = useState<PreviewRun>({ pending: false });

  useEffect(() => {
    if (!model || !table) {
      setState({ pending: false });
      return undefined;
    }
    let live = true;
    setState((s) => ({ ...s, pending: true }));
    const timer = setTimeout(() => {
      // The header row the user chose travels with the table it was read with.
      const headerRow = table.headerRowManual ? table.headerRow : undefined;
      Promise.resolve().then(() => session.preview(model, { skipHiddenRows, ...(headerRow !== undefined ? { headerRow } : {}) })).then(
        (run) => { if (live) setState({ run, pending: false }); },
        (error: unknown) => { if (live) setState({ error, pending: false }); },
      );
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [session, model, table, skipHiddenRows, delayMs]);

  return state;
}
