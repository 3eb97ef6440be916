import type { ClassificationMethod, CriterionScoring, ScoringModel } from '../engine';
import type { Texts } from '../i18n/catalog';
import { cellText } from './columns';
import type { ReportCell } from './port';

const text = (value: string, bold = false): ReportCell => ({ value: cellText(value), ...(bold ? { bold } : {}) });

/** "Grenzen (hoger is beter): 1 vanaf 10.000, 2 vanaf 20.000, 3 vanaf 50.000" and the like. */
function scoringText(tx: Texts, s: CriterionScoring): string {
  if (s.type === 'direct') return tx.t('report.model.scoring.direct');
  const direction = tx.t(`report.model.direction.${s.direction}`);
  if (s.type !== 'thresholds') return tx.t(`report.model.scoring.${s.type}`, { direction });
  const steps = s.thresholds.map((limit, k) => tx.t(`report.model.step.${s.direction}`, { score: k + 1, limit: tx.number(limit) }));
  return tx.t('report.model.scoring.thresholds', { direction, steps: steps.join(', ') });
}

/** Each class with the limit that admits it, in the method's own terms. */
function classesText(tx: Texts, c: ClassificationMethod): string {
  const labels = c.labels;
  switch (c.method) {
    case 'score':
      return labels
        .map((l, k) => (k < c.thresholds.length ? tx.t('report.model.class.score', { label: l, limit: tx.limit(c.thresholds[k]!) }) : l))
        .join(', ');
    case 'rank':
      return labels.map((l, k) => tx.t('report.model.class.rank', { label: l, share: tx.limit(c.shares[k] ?? 0) })).join(', ');
    case 'pareto':
      return labels
        .map((l, k) => (k < c.cutoffs.length ? tx.t('report.model.class.pareto', { label: l, limit: tx.limit(c.cutoffs[k]!) }) : l))
        .join(', ');
    case 'computed':
      return labels.join(', ');
  }
}

function methodKey(c: ClassificationMethod): `report.model.method.${ClassificationMethod['method'] | 'pyramid'}` {
  return `report.model.method.${c.method === 'rank' && c.preset === 'klantenpiramide' ? 'pyramid' : c.method}`;
}

/**
 * The model a run used, as a table a colleague can read on the report sheet (Dutch or English):
 * criteria with column, weight and scoring, then the class method, classes with their limits,
 * rules and the manual override. The exact model (JSON) stays in the workbook's settings.
 */
export function modelTable(tx: Texts, model: ScoringModel): ReportCell[][] {
  const rows: ReportCell[][] = [[text(tx.t('report.model'), true), text(model.name)]];
  rows.push(
    (['report.model.criterion', 'report.model.column', 'report.model.weight', 'report.model.scoring'] as const).map((k) =>
      text(tx.t(k), true),
    ),
  );
  for (const c of model.criteria) {
    rows.push([text(c.name), text(c.column), { value: c.weight }, text(scoringText(tx, c.scoring))]);
  }
  rows.push([text(tx.t('report.model.scale')), text(tx.t('report.model.scaleValue', { max: model.scaleMax }))]);
  rows.push([text(tx.t('report.model.method')), text(tx.t(methodKey(model.classification)))]);
  rows.push([text(tx.t('report.model.classes')), text(classesText(tx, model.classification))]);
  rows.push([text(tx.t('report.model.revenue')), text(model.revenue ?? tx.t('report.model.auto'))]);
  model.rules.forEach((r, k) => {
    const w = r.when;
    const value = typeof w.value === 'number' ? tx.number(w.value) : `"${w.value}"`;
    const bounds = [
      ...(r.atMost ? [tx.t('report.model.atMost', { label: r.atMost })] : []),
      ...(r.atLeast ? [tx.t('report.model.atLeast', { label: r.atLeast })] : []),
    ];
    rows.push([
      text(tx.t('report.model.rule', { number: k + 1 })),
      text(`${w.criterion ?? w.column} ${w.op} ${value}: ${bounds.join(', ')}`),
    ]);
  });
  if (model.override) rows.push([text(tx.t('report.model.override')), text(model.override.column)]);
  return rows;
}
