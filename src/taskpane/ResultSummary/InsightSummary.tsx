import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { ClassificationRun, PortfolioInsight } from '../../engine';
import { useText } from '../hooks/useText';
import { useResultSummaryStyles } from './useResultSummaryStyles';

export interface InsightSummaryProps {
  readonly run: ClassificationRun;
  readonly insight: PortfolioInsight;
}

/**
 * Under the class table: how much revenue leans on a few clients (with the report sheet's warning
 * when one client exceeds the limit) and, when the table holds last year's class, how many clients
 * moved up, down, stayed or are new.
 */
export function InsightSummary({ run, insight }: InsightSummaryProps): JSX.Element | null {
  const styles = useResultSummaryStyles();
  const text = useText();
  const { t } = text;
  const c = insight.concentration;
  const m = insight.migration;
  const hasConcentration = c !== null && c.largestIndex >= 0;
  const newCount = m ? m.newByClass.reduce((a, b) => a + b, 0) : 0;
  let none = 0;
  for (let i = 0; i < run.count; i++) if (run.classIndex[i]! < 0) none++;
  const rest = { other: m ? Math.max(0, run.count - none - m.up - m.down - m.same - newCount) : 0, none };
  if (!hasConcentration && !m) return null;
  return (
    <div className={styles.insight}>
      {hasConcentration && (
        <section aria-label={t('insight.concentration.title')} className={styles.block}>
          <Text weight="semibold">{t('insight.concentration.title')}</Text>
          <Text>
            {t('insight.concentration.line', {
              name: run.table.names[c.largestIndex]!,
              share: text.percent(c.largestShare, 1),
              top3: text.percent(c.top3Share, 1),
              herfindahl: text.number(c.herfindahl, 3),
            })}
          </Text>
          {c.aboveLimit.map((above) => (
            <MessageBar key={above.index} intent="warning" layout="multiline">
              <MessageBarBody>
                {t('insight.concentration.warning', {
                  name: run.table.names[above.index]!,
                  share: text.percent(above.share, 1),
                  limit: text.limit(c.limit),
                })}
              </MessageBarBody>
            </MessageBar>
          ))}
        </section>
      )}
      {m && (
        <section aria-label={t('insight.migration.title')} className={styles.block}>
          <Text weight="semibold">{t('insight.migration.title')}</Text>
          <Text>{t('insight.migration.summary', { up: m.up, down: m.down, same: m.same, new: newCount })}</Text>
          {/* Every client is accounted for: a classification with other labels (the klantenpiramide
              beside last year's A–D) leaves most clients outside up/down/same. */}
          {rest.other + rest.none > 0 && <Text>{t('insight.migration.rest', { ...rest, total: run.count })}</Text>}
        </section>
      )}
    </div>
  );
}
