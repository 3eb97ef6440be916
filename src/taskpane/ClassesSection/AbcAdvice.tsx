import { Caption1 } from '@fluentui/react-components';
import { useMemo } from 'react';
import { abcAdvice, type ClassificationRun } from '../../engine';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/catalog';
import { useText } from '../hooks/useText';
import { useClassesSectionStyles } from './useClassesSectionStyles';

/**
 * Next to fixed limits: what the computed ABC limits (Ultsch & Lötsch) make of the same values,
 * e.g. "your data suggests A ≈ the top 22% of clients". The values are those the method classifies
 * on: the score, or revenue for Pareto.
 */
export function AbcAdvice({ run }: { readonly run: ClassificationRun }): JSX.Element | null {
  const styles = useClassesSectionStyles();
  const { t, lang } = useText();
  const advice = useMemo(() => abcAdvice(run.classKey), [run]);
  const [limitA, limitB] = advice.limits;
  if (!Number.isFinite(limitB)) return null;
  const onRevenue = run.model.classification.method === 'pareto';
  const value = (v: number) => (onRevenue ? formatMoney(lang, v) : formatNumber(lang, v));
  const params = {
    aShare: formatPercent(lang, advice.aShareOfClients),
    bShare: formatPercent(lang, advice.bShareOfClients),
    limitA: Number.isFinite(limitA) ? value(limitA) : '–',
    limitB: value(limitB),
  };
  return (
    <Caption1 className={styles.hint}>{t(advice.aShareOfClients > 0 ? 'insight.abc.advice' : 'insight.abc.adviceNoA', params)}</Caption1>
  );
}
