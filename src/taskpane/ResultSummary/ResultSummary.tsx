import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { portfolioInsight, summarize, type ClassificationRun } from '../../engine';
import { ClassBadge } from '../ClassBadge';
import { useText } from '../hooks/useText';
import { InsightSummary } from './InsightSummary';
import { useResultSummaryStyles } from './useResultSummaryStyles';

export interface ResultSummaryProps {
  readonly run: ClassificationRun;
  /** Where the result columns were written. */
  readonly resultAddress: string;
}

/** Clients and revenue per class of the run just written, then its concentration and year-over-year shifts. */
export function ResultSummary({ run, resultAddress }: ResultSummaryProps): JSX.Element {
  const styles = useResultSummaryStyles();
  const text = useText();
  const { t } = text;
  const summary = useMemo(() => summarize(run), [run]);
  const insight = useMemo(() => portfolioInsight(run), [run]);
  const count = summary.classes.length;
  return (
    <>
      <Text className={styles.where}>{t('ui.summary.where', { address: resultAddress })}</Text>
      <Table size="small" aria-label={t('ui.summary.caption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('ui.summary.class')}</TableHeaderCell>
            <TableHeaderCell button={{ className: styles.numericHeader }}>{t('ui.summary.clients')}</TableHeaderCell>
            <TableHeaderCell button={{ className: styles.numericHeader }}>{t('ui.summary.revenue')}</TableHeaderCell>
            <TableHeaderCell button={{ className: styles.numericHeader }}>{t('ui.summary.revenueShare')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.classes.map((c, k) => (
            <TableRow key={c.label}>
              <TableCell>
                <ClassBadge label={c.label} index={k} count={count} noneText={t('ui.class.none')} />
              </TableCell>
              <TableCell className={styles.numeric}>{c.count}</TableCell>
              <TableCell className={styles.numeric}>{text.money(c.revenue)}</TableCell>
              <TableCell className={styles.numeric}>{text.percent(c.revenueShare)}</TableCell>
            </TableRow>
          ))}
          {summary.unclassified > 0 && (
            <TableRow>
              <TableCell>{t('ui.class.none')}</TableCell>
              <TableCell className={styles.numeric}>{summary.unclassified}</TableCell>
              <TableCell className={styles.numeric}>{text.money(summary.unclassifiedRevenue)}</TableCell>
              <TableCell className={styles.numeric}>{text.percent(summary.unclassifiedRevenueShare)}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <InsightSummary run={run} insight={insight} />
    </>
  );
}
