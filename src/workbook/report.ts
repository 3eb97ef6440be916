import { portfolioInsight, summarize, type ActionPlan, type ClassificationRun, type PortfolioInsight } from '../engine';
import type { Texts } from '../i18n/catalog';
import { markText, OUTPUT_LANGS } from '../i18n/outputMarks';
import { cellText } from './columns';
import type { ChartSpec, ReportCell, ReportSpec } from './port';
import { insightBlocks, revenueClassLimits } from './reportInsight';
import { looksLikeOwnPlan } from './planSheet';
import { growthBlock, idealClientBlock } from './reportPlan';
import { modelTable } from './reportModel';

export const REPORT_FORMATS = { count: '0', share: '0.0%', money: '€ #,##0' } as const;
/** The Pareto curve is drawn in at most this many groups of clients, whatever the table size. */
export const PARETO_GROUPS = 20;
/** "The largest 20% of clients bring in X% of revenue." */
const CONCENTRATION_TOP = 0.2;
export const CHART_NAME = 'KlantwaardePareto';

/** "Klantanalyse 2026" (the year as text: the catalog would format a number as "2.026"). */
export function reportTitle(tx: Texts, year: number): string {
  return tx.t('report.title', { year: String(year) });
}

/** Report sheet candidates: "Klantanalyse 2026", "Klantanalyse 2026 (2)", … */
export function reportSheetName(title: string, attempt: number): string {
  return attempt <= 1 ? title : `${title} (${attempt})`;
}

/** True when a sheet's A1 holds one of our report (or contact plan) titles (either language, any year). */
export function looksLikeOwnReport(a1: unknown): boolean {
  if (typeof a1 !== 'string') return false;
  if (looksLikeOwnPlan(a1)) return true;
  return OUTPUT_LANGS.some((lang) => new RegExp(`^${escapeRegExp(markText(lang, 'report.title', { year: '' }))}\\d{4}$`).test(a1));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface ReportInput {
  readonly texts: Texts;
  readonly run: ClassificationRun;
  readonly sheet: string;
  readonly tableAddress: string;
  readonly now: Date;
  /** The run's portfolio insight, when the caller has it already (computed here otherwise). */
  readonly insight?: PortfolioInsight;
  /** Growth budget and ideal-client profile, when the run has them. */
  readonly action?: ActionPlan;
}

const text = (value: string, bold = false): ReportCell => ({ value: cellText(value), ...(bold ? { bold } : {}) });
const num = (value: number | null, format: string): ReportCell => ({
  value: value !== null && Number.isFinite(value) ? value : null,
  format,
});

/** Revenue sorted from largest to smallest; missing and negative revenue count as 0 (as in the shares). */
function sortedRevenue(run: ClassificationRun): Float64Array {
  const values = Float64Array.from(run.revenue, (v) => (Number.isNaN(v) ? 0 : Math.max(0, v)));
  return values.sort().reverse();
}

function paretoRows(tx: Texts, run: ClassificationRun, sorted: Float64Array): ReportCell[][] {
  const n = sorted.length;
  const groups = Math.min(PARETO_GROUPS, n);
  const total = run.revenueTotal;
  const rows: ReportCell[][] = [];
  const bucket = new Intl.NumberFormat(tx.locale, { style: 'percent', maximumFractionDigits: 1 });
  let start = 0;
  let cumulative = 0;
  for (let g = 0; g < groups; g++) {
    const end = Math.round(((g + 1) * n) / groups);
    let sum = 0;
    for (let i = start; i < end; i++) sum += sorted[i]!;
    cumulative += sum;
    // The client share is a text label ("20%"), not a number: Excel takes a chart's first column as
    // category labels only when it is text; a number there would be plotted as one more series.
    rows.push([text(bucket.format(end / n)), num(sum / total, REPORT_FORMATS.share), num(cumulative / total, REPORT_FORMATS.share)]);
    start = end;
  }
  return rows;
}

/**
 * The report sheet: per-class summary (clients, % clients, revenue, % revenue, average score %),
 * the unclassified count, concentration, a Pareto chart of cumulative revenue share, and the model
 * used (as a readable table, so colleagues can see how clients were judged) with the date.
 */
export function buildReport(input: ReportInput): ReportSpec {
  const { texts: tx, run, now } = input;
  const summary = summarize(run);
  const date = new Intl.DateTimeFormat(tx.locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(now);
  const cells: ReportCell[][] = [
    [text(reportTitle(tx, now.getFullYear()), true)],
    [text(tx.t('report.generated', { date, model: run.model.name }))],
    [text(`${tx.t('report.table')}: ${input.tableAddress}`)],
    [],
    (['report.class', 'report.clients', 'report.clientShare', 'report.revenue', 'report.revenueShare', 'report.averageScore'] as const).map(
      (k) => text(tx.t(k), true),
    ),
  ];
  const clients = summary.clients;
  const total = summary.revenueTotal;
  const hasRevenue = total > 0;
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  for (const c of summary.classes) {
    cells.push([
      text(c.label),
      num(c.count, REPORT_FORMATS.count),
      num(share(c.count, clients), REPORT_FORMATS.share),
      num(hasRevenue ? c.revenue : null, REPORT_FORMATS.money),
      num(hasRevenue ? c.revenueShare : null, REPORT_FORMATS.share),
      num(c.averagePercent, REPORT_FORMATS.share),
    ]);
  }
  let unclassifiedRevenue = 0;
  let unclassifiedPositive = 0;
  let allRevenue = 0;
  let percentSum = 0;
  let scored = 0;
  for (let i = 0; i < run.count; i++) {
    const r = run.revenue[i]!;
    if (!Number.isNaN(r)) {
      allRevenue += r;
      if (run.classIndex[i]! < 0) {
        unclassifiedRevenue += r;
        unclassifiedPositive += Math.max(0, r);
      }
    }
    if (!Number.isNaN(run.percent[i]!)) {
      percentSum += run.percent[i]!;
      scored++;
    }
  }
  cells.push([
    text(tx.t('report.unclassified')),
    num(summary.unclassified, REPORT_FORMATS.count),
    num(share(summary.unclassified, clients), REPORT_FORMATS.share),
    num(hasRevenue ? unclassifiedRevenue : null, REPORT_FORMATS.money),
    num(hasRevenue ? share(unclassifiedPositive, total) : null, REPORT_FORMATS.share),
    num(null, REPORT_FORMATS.share),
  ]);
  cells.push([
    text(tx.t('report.total'), true),
    num(clients, REPORT_FORMATS.count),
    num(clients > 0 ? 1 : null, REPORT_FORMATS.share),
    num(hasRevenue ? allRevenue : null, REPORT_FORMATS.money),
    num(hasRevenue ? 1 : null, REPORT_FORMATS.share),
    num(scored > 0 ? percentSum / scored : null, REPORT_FORMATS.share),
  ]);
  cells.push([]);
  cells.push(...insightBlocks(tx, run, summary, input.insight ?? portfolioInsight(run)));
  if (input.action) cells.push(...growthBlock(tx, input.action), ...idealClientBlock(tx, input.action));

  let chart: ChartSpec | undefined;
  if (hasRevenue && run.count > 0) {
    const sorted = sortedRevenue(run);
    const top = Math.max(1, Math.ceil(CONCENTRATION_TOP * sorted.length));
    let topSum = 0;
    for (let i = 0; i < top; i++) topSum += sorted[i]!;
    cells.push([
      text(
        tx.t('workbook.report.concentration', {
          clientShare: tx.percent(top / sorted.length),
          revenueShare: tx.percent(topSum / total),
        }),
      ),
    ]);
    cells.push([]);
    const dataRow = cells.length;
    // Class limits cut on revenue are drawn as level lines across the chart, one series each.
    const limits = revenueClassLimits(tx, run);
    cells.push([
      ...(['workbook.report.clientShare', 'workbook.report.groupShare', 'report.cumulativeShare'] as const).map((k) => text(tx.t(k), true)),
      ...limits.map((l) => text(l.name, true)),
    ]);
    const rows = paretoRows(tx, run, sorted).map((row) => [...row, ...limits.map((l) => num(l.share, REPORT_FORMATS.share))]);
    cells.push(...rows);
    chart = {
      name: CHART_NAME,
      title: tx.t('report.paretoChart'),
      data: { row: dataRow, column: 0, rowCount: rows.length + 1, columnCount: 3 + limits.length },
      lineSeries: [1, ...limits.map((_, j) => 2 + j)],
      position: { row: 4, column: 7, rowCount: 20, columnCount: 9 },
    };
  } else {
    // A revenue column that is there but adds up to nothing is not "no revenue column".
    const revenue = run.table.mapping.revenue;
    cells.push([
      text(revenue >= 0 ? tx.t('workbook.report.revenueZero', { column: run.table.headers[revenue]! }) : tx.t('workbook.report.noRevenue')),
    ]);
  }
  cells.push([]);
  cells.push(...modelTable(tx, run.model));
  return { sheet: input.sheet, cells, columnWidths: [150, 70, 80, 100, 80, 90], ...(chart ? { chart } : {}) };
}
