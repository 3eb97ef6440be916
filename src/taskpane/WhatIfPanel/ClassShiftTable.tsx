import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { ClassDelta } from '../../engine';
import { useText } from '../hooks/useText';
import { useWhatIfPanelStyles } from './useWhatIfPanelStyles';

/** Per class: clients and revenue share before → after. Without a baseline only the "after" side is shown. */
export function ClassShiftTable({
  classes,
  compared,
}: {
  readonly classes: readonly ClassDelta[];
  readonly compared: boolean;
}): JSX.Element {
  const styles = useWhatIfPanelStyles();
  const text = useText();
  const { t } = text;
  const arrow = (before: string, after: string) => (compared && before !== after ? `${before} → ${after}` : after);
  return (
    <Table size="extra-small" aria-label={t('ui.whatIf.classesCaption')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('ui.summary.class')}</TableHeaderCell>
          <TableHeaderCell button={{ className: styles.numericHeader }}>{t('ui.summary.clients')}</TableHeaderCell>
          <TableHeaderCell button={{ className: styles.numericHeader }}>{t('ui.summary.revenueShare')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {classes.map((c) => (
          <TableRow key={c.label}>
            <TableCell>{c.label}</TableCell>
            <TableCell className={styles.numeric}>{arrow(String(c.countBefore), String(c.countAfter))}</TableCell>
            <TableCell className={styles.numeric}>{arrow(text.percent(c.revenueShareBefore), text.percent(c.revenueShareAfter))}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
