import { MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import type { ClassChange, ClassificationRun } from '../../engine';
import { ClassBadge } from '../ClassBadge';
import { errorText } from '../../i18n/errorText';
import { percentIn } from '../model/whatIf';
import type { PreviewRun } from '../hooks/usePreviewRun';
import { Section } from '../Section';
import { useText } from '../hooks/useText';
import { ClassShiftTable } from './ClassShiftTable';
import { useWhatIfPanelStyles } from './useWhatIfPanelStyles';
import type { Baseline, WhatIf } from './useWhatIf';

export interface WhatIfPanelProps {
  readonly preview: PreviewRun;
  readonly baseline?: ClassificationRun;
  readonly basis: Baseline;
  /** From useWhatIf (the pane also summarises it in the closed section header). */
  readonly comparison: WhatIf;
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
  const text = useText();
  const { t } = text;
  const labelsBefore = before.model.classification.labels;
  const labelsAfter = after.model.classification.labels;
  const pct = (p: number | null) => (p === null ? '–' : text.percent(p, 1));
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

/** Before anything is written: which clients would change class and how the classes move. */
export function WhatIfPanel({ preview, baseline, basis, comparison }: WhatIfPanelProps): JSX.Element {
  const styles = useWhatIfPanelStyles();
  const text = useText();
  const { t, n } = text;
  const { run, error, pending } = preview;
  const { whatIf, compared } = comparison;

  return (
    <Section title={t('ui.whatIf.title')}>
      <Text className={styles.basis}>{t(`ui.whatIf.basis.${basis}`)}</Text>
      {pending && <Spinner size="extra-tiny" label={t('ui.whatIf.updating')} />}
      {error !== undefined && !pending && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('ui.whatIf.failed', { detail: errorText(text, error) })}</MessageBarBody>
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
