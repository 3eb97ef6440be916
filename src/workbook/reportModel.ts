import type { ClassificationMethod, CriterionScoring, ScoringModel } from '../engine';
import { formatLimit, formatNumber, t, type Lang } from '../i18n/catalog';
import { cellText } from './columns';
import type { ReportCell } from './port';

const text = (value: string, bold = false): ReportCell => ({ value: cellText(value), ...(bold ? { bold } : {}) });

/** "Grenzen (hoger is beter): 1 vanaf 10.000, 2 vanaf 20.000, 3 vanaf 50.000" and the like. */
function scoringText(lang: Lang, s: CriterionScoring): string {
  if (s.type === 'direct') return t(lang, 'report.model.scoring.direct');
  const direction = t(lang, `report.model.direction.${s.direction}`);
  if (s.type !== 'thresholds') return t(lang, `report.model.scoring.${s.type}`, { direction });
  const steps = s.thresholds.map((limit, k) =>
    t(lang, `report.model.step.${s.direction}`, { score: k + 1, limit: formatNumber(lang, limit) }),
  );
  return t(lang, 'report.model.scoring.thresholds', { direction, steps: steps.join(', ') });
}

/** Each class with the limit that admits it, in the method's own terms. */
function classesText(lang: Lang, c: ClassificationMethod): string {
  const labels = c.labels;
  switch (c.method) {
    case 'score':
      return labels
        .map((l, k) =>
          k < c.thresholds.length ? t(lang, 'report.model.class.score', { label: l, limit: formatLimit(lang, c.thresholds[k]!) }) : l,
        )
        .join(', ');
    case 'rank':
      return labels.map((l, k) => t(lang, 'report.model.class.rank', { label: l, share: formatLimit(lang, c.shares[k] ?? 0) })).join(', ');
    case 'pareto':
      return labels
        .map((l, k) =>
          k < c.cutoffs.length ? t(lang, 'report.model.class.pareto', { label: l, limit: formatLimit(lang, c.cutoffs[k]!) }) : l,
        )
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
export function modelTable(lang: Lang, model: ScoringModel): ReportCell[][] {
  const rows: ReportCell[][] = [[text(t(lang, 'report.model'), true), text(model.name)]];
  rows.push(
    (['report.model.criterion', 'report.model.column', 'report.model.weight', 'report.model.scoring'] as const).map((k) =>
      text(t(lang, k), true),
    ),
  );
  for (const c of model.criteria) {
    rows.push([text(c.name), text(c.column), { value: c.weight }, text(scoringText(lang, c.scoring))]);
  }
  rows.push([text(t(lang, 'report.model.scale')), text(t(lang, 'report.model.scaleValue', { max: model.scaleMax }))]);
  rows.push([text(t(lang, 'report.model.method')), text(t(lang, methodKey(model.classification)))]);
  rows.push([text(t(lang, 'report.model.classes')), text(classesText(lang, model.classification))]);
  rows.push([text(t(lang, 'report.model.revenue')), text(model.revenue ?? t(lang, 'report.model.auto'))]);
  model.rules.forEach((r, k) => {
    const w = r.when;
    const value = typeof w.value === 'number' ? formatNumber(lang, w.value) : `"${w.value}"`;
    const bounds = [
      ...(r.atMost ? [t(lang, 'report.model.atMost', { label: r.atMost })] : []),
      ...(r.atLeast ? [t(lang, 'report.model.atLeast', { label: r.atLeast })] : []),
    ];
    rows.push([
      text(t(lang, 'report.model.rule', { number: k + 1 })),
      text(`${w.criterion ?? w.column} ${w.op} ${value}: ${bounds.join(', ')}`),
    ]);
  });
  if (model.override) rows.push([text(t(lang, 'report.model.override')), text(model.override.column)]);
  return rows;
}
