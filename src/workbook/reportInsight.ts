import { CLIENT_TYPES, type ClassificationRun, type PortfolioInsight, type PortfolioSummary } from '../engine';
import type { CatalogKey, Texts } from '../i18n/catalog';
import { cellText } from './columns';
import type { ReportCell } from './port';

/**
 * The portfolio-insight blocks of the report sheet (class pyramid, concentration, computed-ABC
 * advice, migration matrix, client types, profitability), each a title row and its figures,
 * followed by an empty row. A block whose input is missing is left out.
 */

const FORMATS = { count: '0', share: '0.0%', money: '€ #,##0', perHour: '€ #,##0.00', index: '0.000' } as const;
/** The longest bar of the class pyramid, in characters. */
const PYRAMID_WIDTH = 30;

type Rows = ReportCell[][];

const text = (value: string, bold = false): ReportCell => ({ value: cellText(value), ...(bold ? { bold } : {}) });
const num = (value: number | null, format: string): ReportCell => ({
  value: value !== null && Number.isFinite(value) ? value : null,
  format,
});
const title = (tx: Texts, key: CatalogKey): ReportCell[] => [text(tx.t(key), true)];

/** Clients per class from the top class down, with a bar as long as the count (the pyramid, drawn in cells). */
export function pyramidBlock(tx: Texts, summary: PortfolioSummary): Rows {
  const largest = Math.max(0, ...summary.classes.map((c) => c.count));
  if (largest === 0) return [];
  const bar = (count: number) => (count > 0 ? '█'.repeat(Math.max(1, Math.round((count / largest) * PYRAMID_WIDTH))) : '');
  return [
    title(tx, 'insight.pyramid.title'),
    ...summary.classes.map((c) => [text(c.label), num(c.count, FORMATS.count), text(bar(c.count))]),
    [],
  ];
}

export function concentrationBlock(tx: Texts, run: ClassificationRun, insight: PortfolioInsight): Rows {
  const c = insight.concentration;
  if (!c || c.largestIndex < 0) return [];
  const rows: Rows = [
    title(tx, 'insight.concentration.title'),
    [text(tx.t('insight.concentration.largest')), num(c.largestShare, FORMATS.share), text(run.table.names[c.largestIndex]!)],
    [text(tx.t('insight.concentration.top3')), num(c.top3Share, FORMATS.share)],
    [text(tx.t('insight.concentration.herfindahl')), num(c.herfindahl, FORMATS.index)],
    [text(tx.t('insight.concentration.equivalent', { count: tx.number(c.equivalentClients, 1) }))],
  ];
  for (const above of c.aboveLimit) {
    rows.push([
      text(
        tx.t('insight.concentration.warning', {
          name: run.table.names[above.index]!,
          share: tx.percent(above.share, 1),
          limit: tx.limit(c.limit),
        }),
      ),
    ]);
  }
  rows.push([]);
  return rows;
}

/** "Your data suggests A ≈ the top 22% of clients", as the task pane shows it next to the class limits. */
export function adviceBlock(tx: Texts, run: ClassificationRun, insight: PortfolioInsight): Rows {
  const a = insight.advice;
  if (!a) return [];
  const onRevenue = a.basis === 'column' && run.table.mapping.classColumn === run.table.mapping.revenue;
  const value = (v: number) => (onRevenue ? tx.money(v) : tx.number(v));
  const [limitA, limitB] = a.advice.limits;
  const params = {
    aShare: tx.percent(a.advice.aShareOfClients),
    bShare: tx.percent(a.advice.bShareOfClients),
    limitA: Number.isFinite(limitA) ? value(limitA) : '–',
    limitB: value(limitB),
  };
  return [
    title(tx, 'insight.abc.title'),
    [text(tx.t(a.advice.aShareOfClients > 0 ? 'insight.abc.advice' : 'insight.abc.adviceNoA', params))],
    [text(a.basis === 'column' ? tx.t('insight.abc.basisColumn', { column: a.column ?? '' }) : tx.t('insight.abc.basisScore'))],
    [],
  ];
}

/** Last year's class (rows) × this year's (columns), then the clients that are new, then the tally. */
export function migrationBlock(tx: Texts, insight: PortfolioInsight): Rows {
  const m = insight.migration;
  if (!m) return [];
  const newCount = m.newByClass.reduce((a, b) => a + b, 0);
  return [
    title(tx, 'insight.migration.title'),
    [text(tx.t('insight.migration.corner'), true), ...m.labels.map((l) => text(l, true))],
    ...m.labels.map((from, k) => [text(from), ...m.matrix[k]!.map((count) => num(count, FORMATS.count))]),
    [text(tx.t('insight.migration.new')), ...m.newByClass.map((count) => num(count, FORMATS.count))],
    [text(tx.t('insight.migration.summary', { up: m.up, down: m.down, same: m.same, new: newCount }))],
    [],
  ];
}

export function clientTypesBlock(tx: Texts, insight: PortfolioInsight): Rows {
  const ct = insight.clientTypes;
  if (!ct) return [];
  const { quadrants } = ct;
  const limit = (v: number, money: boolean) => (Number.isNaN(v) ? '–' : money ? tx.money(v) : tx.number(v));
  const rows: Rows = [
    title(tx, 'insight.type.title'),
    [text(tx.t('insight.col.clientType'), true), text(tx.t('report.clients'), true), text(tx.t('col.approach'), true)],
    ...CLIENT_TYPES.map((type, k) => [
      text(tx.t(`insight.type.${type}`)),
      num(quadrants.counts[k]!, FORMATS.count),
      text(tx.t(`insight.type.${type}.strategy`)),
    ]),
  ];
  if (quadrants.unknown > 0) rows.push([text(tx.t('insight.type.unknown')), num(quadrants.unknown, FORMATS.count)]);
  rows.push([
    text(
      tx.t('insight.type.axes', {
        value: tx.t(`insight.type.value.${ct.value}`),
        valueLimit: limit(quadrants.limits.x, ct.value === 'revenue'),
        potential: ct.potentialColumn,
        potentialLimit: limit(quadrants.limits.y, false),
      }),
    ),
  ]);
  rows.push([]);
  return rows;
}

export function profitabilityBlock(tx: Texts, run: ClassificationRun, insight: PortfolioInsight): Rows {
  const p = insight.profitability;
  if (!p) return [];
  const { totals, result } = p;
  const rows: Rows = [title(tx, 'insight.profit.title')];
  if (result.hasMargin) {
    rows.push(
      [text(tx.t('report.revenue')), num(totals.revenue, FORMATS.money)],
      [text(tx.t('insight.col.cost')), num(totals.cost, FORMATS.money)],
      [text(tx.t('insight.col.margin')), num(totals.margin, FORMATS.money)],
      [text(tx.t('insight.col.marginPercent')), num(totals.marginPercent, FORMATS.share)],
    );
  }
  if (result.hasHours) rows.push([text(tx.t('insight.col.revenuePerHour')), num(totals.revenuePerHour, FORMATS.perHour)]);
  if (result.hasMargin) {
    rows.push([text(tx.t('insight.profit.clients', { count: totals.clients }))]);
    rows.push([text(tx.t('insight.profit.lossMaking', { count: totals.lossMaking }))]);
  }
  const rate = run.model.hourlyCost;
  if (result.hasHours) {
    rows.push([text(rate !== undefined ? tx.t('insight.profit.rate', { rate: tx.money(rate) }) : tx.t('insight.profit.noRate'))]);
  }
  rows.push([]);
  return rows;
}

/** Every insight block, in reading order. */
export function insightBlocks(tx: Texts, run: ClassificationRun, summary: PortfolioSummary, insight: PortfolioInsight): Rows {
  return [
    ...pyramidBlock(tx, summary),
    ...concentrationBlock(tx, run, insight),
    ...adviceBlock(tx, run, insight),
    ...migrationBlock(tx, insight),
    ...clientTypesBlock(tx, insight),
    ...profitabilityBlock(tx, run, insight),
  ];
}

/**
 * The class limits as shares of revenue, drawn as lines on the Pareto chart: only when the classes
 * are cut on the revenue itself (Pareto, or computed limits on the revenue column). Pareto gives the
 * limits of the model (80%, 95%); computed limits give the revenue share the classes above reach.
 */
export function revenueClassLimits(tx: Texts, run: ClassificationRun): { name: string; share: number }[] {
  const method = run.model.classification;
  const { mapping } = run.table;
  const labels = method.labels;
  if (mapping.revenue < 0 || mapping.classColumn !== mapping.revenue || !(run.revenueTotal > 0)) return [];
  const name = (k: number) => tx.t('insight.pareto.limit', { from: labels[k]!, to: labels[k + 1]! });
  if (method.method === 'pareto') return method.cutoffs.map((share, k) => ({ name: name(k), share }));
  if (method.method !== 'computed') return [];
  const upTo = new Array<number>(labels.length).fill(0);
  for (let i = 0; i < run.count; i++) {
    const k = run.baseClass[i]!;
    const r = run.revenue[i]!;
    if (k >= 0 && r > 0) for (let j = k; j < labels.length; j++) upTo[j]! += r;
  }
  return labels.slice(0, -1).map((_, k) => ({ name: name(k), share: upTo[k]! / run.revenueTotal }));
}
