import { Caption1 } from '@fluentui/react-components';
import { useMemo } from 'react';
import { abcAdvice, type ClassificationRun } from '../../engine';
import { useText } from '../hooks/useText';
import { useClassesSectionStyles } from './useClassesSectionStyles';

/**
 * Next to fixed limits: what the computed ABC limits (Ultsch & Lötsch) make of the same values,
 * e.g. "your data suggests A ≈ the top 22% of clients". The values are those the method classifies
 * on: the score, or revenue for Pareto.
 */
export function AbcAdvice({ run }: { readonly run: ClassificationRun }): JSX.Element | null {
  const styles = useClassesSectionStyles();
  const text = useText();
  const { t } = text;
  const advice = useMemo(() => abcAdvice(run.classKey), [run]);
  const [limitA, limitB] = advice.limits;
  if (!Number.isFinite(limitB)) return null;
  const onRevenue = run.model.classification.method === 'pareto';
  const value = (v: number) => (onRevenue ? text.money(v) : text.number(v));
  const params = {
    aShare: text.percent(advice.aShareOfClients),
    bShare: text.percent(advice.bShareOfClients),
    limitA: Number.isFinite(limitA) ? value(limitA) : '–',
    limitB: value(limitB),
  };
  return (
    <Caption1 className={styles.hint}>{t(advice.aShareOfClients > 0 ? 'insight.abc.advice' : 'insight.abc.adviceNoA', params)}</Caption1>
  );
}
