import { MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { compareRuns, type ClassChange, type ClassificationRun, type RunComparison } from '../../engine';
import { formatPercent } from '../../i18n/catalog';
import { ClassBadge } from '../ClassBadge';
import { errorText } from '../../i18n/errorText';
import { percentIn } from '../model/whatIf';
import type { PreviewRun } from '../hooks/usePreviewRun';
import { Section } from '../Section';
import { useText } from '../hooks/useText';
import { ClassShiftTable } from './ClassShiftTable';
import { useWhatIfPanelStyles } from './useWhatIfPanelStyles';

/** What the what-if compares with: the run last written, the model saved in the workbook, or nothing yet. */
export type Baseline = 'written' | 'saved' | 'none';

export interface WhatIfPanelProps {
  readonly preview: PreviewRun;
  readonly baseline?: ClassificationRun;
  readonly basis: Baseline;
  /** From useWhatIf (the pane also summarises it in the closed section header). */
  readonly comparison: WhatIf;
}

export interface WhatIf {
  readonly whatIf?: RunComparison;
  readonly compared: boolean;
}

/** How many moved clients are listed; the per-class table always covers everyone. */
const MAX_MOVES = 50;

function MoveItem({
  move,
  before,
  after,
}: {
  readonly move: ClassChange;
  readonly before: ClassificationRun;
  readonly after: ClassificationRun;
}): JSX.Element {
  const styles = useWhatIfPanelStyles();
  const { t, lang } = useText();
  const labelsBefore = before.model.classification.labels;
  const labelsAfter = after.model.classification.labels;
  const pct = (p: number | null) => (p === null ? '–' : formatPercent(lang, p, 1));
  return (
    <li className={styles.move}>
      <Text weight="semibold">{move.name}</Text>
      <ClassBadge
        label={move.from}
        index={move.from === null ? -1 : labelsBefore.indexOf(move.from)}
        count={labelsBefore.length}
        noneText={t('ui.class.none')}
      />
      <span aria-hidden="true">→</span>
      <span className={styles.visuallyHidden}>{t('ui.whatIf.to')}</span>
      <ClassBadge
        label={move.to}
        index={move.to === null ? -1 : labelsAfter.indexOf(move.to)}
        count={labelsAfter.length}
        noneText={t('ui.class.none')}
      />
      <Text size={200}>
        ({pct(percentIn(before, move.beforeIndex))} → {pct(percentIn(after, move.afterIndex))})
      </Text>
    </li>
  );
}

/** The comparison the panel shows (also the pane's one-line summary of it): computed once per preview. */
export function useWhatIf(preview: PreviewRun, baseline: ClassificationRun | undefined, basis: Baseline): WhatIf {
  const { run } = preview;
  const compared = basis !== 'none' && baseline !== undefined;
  const whatIf = useMemo(() => (run ? compareRuns(compared ? baseline! : run, run) : undefined), [run, baseline, compared]);
  return { whatIf, compared };
}

/** Before anything is written: which clients would change class and how the classes move. */
export function WhatIfPanel({ preview, baseline, basis, comparison }: WhatIfPanelProps): JSX.Element {
  const styles = useWhatIfPanelStyles();
  const { t, n, lang } = useText();
  const { run, error, pending } = preview;
  const { whatIf, compared } = comparison;

  return (
    <Section title={t('ui.whatIf.title')}>
      <Text className={styles.basis}>{t(`ui.whatIf.basis.${basis}`)}</Text>
      {pending && <Spinner size="extra-tiny" label={t('ui.whatIf.updating')} />}
      {error !== undefined && !pending && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('ui.whatIf.failed', { detail: errorText(lang, error) })}</MessageBarBody>
        </MessageBar>
      )}
      {run && whatIf && error === undefined && (
        <>
          <ClassShiftTable classes={whatIf.classes} compared={compared} />
          {compared &&
            (whatIf.changes.length === 0 ? (
              <Text>{t('ui.whatIf.noMoves')}</Text>
            ) : (
              <>
                <Text>{n('ui.whatIf.moves', whatIf.changes.length)}</Text>
                <ul className={styles.moves} aria-label={t('ui.whatIf.movesCaption')}>
                  {whatIf.changes.slice(0, MAX_MOVES).map((m) => (
                    <MoveItem key={m.row} move={m} before={baseline!} after={run} />
                  ))}
                </ul>
                {whatIf.changes.length > MAX_MOVES && <Text>{n('ui.whatIf.more', whatIf.changes.length - MAX_MOVES)}</Text>}
              </>
            ))}
        </>
      )}
    </Section>
  );
}
