import { useMemo } from 'react';
import type { ScoringModel } from '../../engine';
import type { DetectedTable } from '../../workbook/session';
import { methodChoiceOf } from '../model/classDefaults';
import type { PreviewRun } from '../hooks/usePreviewRun';
import { useText } from '../hooks/useText';
import type { WhatIf } from '../WhatIfPanel/useWhatIf';

export interface SetupSummaryInput {
  readonly table?: DetectedTable;
  readonly loading: boolean;
  readonly model?: ScoringModel;
  readonly preview: PreviewRun;
  readonly comparison: WhatIf;
}

/** The one line each closed setup item shows: enough to know what is set without opening it. */
export function useSetupSummaries({ table, loading, model, preview, comparison }: SetupSummaryInput) {
  const { t, n } = useText();
  return useMemo(() => {
    const clients = preview.run ? n('ui.table.clients', preview.run.count) : table ? n('ui.table.rows', table.rowCount) : '';
    const tableLine = table
      ? t('pane.summary.table', { address: table.address, clients })
      : loading
        ? t('ui.table.searching')
        : t('pane.summary.tableNone');
    const criteria =
      model && model.criteria.length > 0
        ? t('pane.summary.criteria', {
            list: model.criteria.map((c) => t('pane.summary.criterion', { criterion: c.name, weight: c.weight })).join(', '),
          })
        : t('pane.summary.criteriaNone');
    const classes = model
      ? t('pane.summary.classes', {
          method: t(`ui.method.${methodChoiceOf(model.classification)}`),
          labels: model.classification.labels.join(' · '),
        })
      : '';
    const { whatIf, compared } = comparison;
    const whatIfLine = !whatIf
      ? t('pane.summary.whatIfNone')
      : !compared
        ? t('ui.whatIf.basis.none')
        : whatIf.changes.length === 0
          ? t('ui.whatIf.noMoves')
          : n('pane.summary.moves', whatIf.changes.length);
    return { table: tableLine, criteria, classes, whatIf: whatIfLine };
  }, [t, n, table, loading, model, preview.run, comparison]);
}
