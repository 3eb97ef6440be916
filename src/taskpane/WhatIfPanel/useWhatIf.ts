import { useMemo } from 'react';
import { compareRuns, type ClassificationRun, type RunComparison } from '../../engine';
import type { PreviewRun } from '../hooks/usePreviewRun';

// Apart from the panel: the pane summarises the comparison in the closed section's header, while the
// panel itself is loaded only when the section is opened (Lazy/lazyParts.ts).

/** What the what-if compares with: the run last written, the model saved in the workbook, or nothing yet. */
export type Baseline = 'written' | 'saved' | 'none';

export interface WhatIf {
  readonly whatIf?: RunComparison;
  readonly compared: boolean;
}

/** The comparison the panel shows (also the pane's one-line summary of it): computed once per preview. */
export function useWhatIf(preview: PreviewRun, baseline: ClassificationRun | undefined, basis: Baseline): WhatIf {
  const { run } = preview;
  const compared = basis !== 'none' && baseline !== undefined;
  const whatIf = useMemo(() => (run ? compareRuns(compared ? baseline! : run, run) : undefined), [run, baseline, compared]);
  return { whatIf, compared };
}
