import { allClients, clientTypeOf, portfolioInsight, sheetRow, summarize, type ClassificationRun, type PortfolioInsight } from '../engine';
import type { Texts } from '../i18n/catalog';
import { explanationText } from '../i18n/explain';

/** Lays out rows as a plain-text table: first column left-aligned, the numbers right-aligned. */
function textTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1]!)].join('\n');
}

/** "Concentratie: grootste klant …" (as in the task pane), or null without revenue. */
export function concentrationLine(tx: Texts, run: ClassificationRun, insight: PortfolioInsight): string | null {
  const c = insight.concentration;
  if (!c || c.largestIndex < 0) return null;
  return tx.t('insight.concentration.line', {
    name: run.table.names[c.largestIndex]!,
    share: tx.percent(c.largestShare, 1),
    top3: tx.percent(c.top3Share, 1),
    herfindahl: tx.number(c.herfindahl, 3),
  });
}

/** Last year's class (rows) × this year's (columns) as a text table, the new clients and the tally. */
function migrationText(tx: Texts, insight: PortfolioInsight): string | null {
  const m = insight.migration;
  if (!m) return null;
  const rows = [
    [tx.t('insight.migration.corner'), ...m.labels],
    ...m.labels.map((from, k) => [from, ...m.matrix[k]!.map(String)]),
    [tx.t('insight.migration.new'), ...m.newByClass.map(String)],
  ];
  const newCount = m.newByClass.reduce((a, b) => a + b, 0);
  return `${tx.t('insight.migration.title')}\n${textTable(rows)}\n${tx.t('insight.migration.summary', { up: m.up, down: m.down, same: m.same, new: newCount })}`;
}

/**
 * The per-class summary printed after a run: the same figures as the report sheet's class table,
 * then the concentration line and, when last year's class is in the table, the migration matrix.
 */
export function summaryText(tx: Texts, run: ClassificationRun, insight: PortfolioInsight = portfolioInsight(run)): string {
  const s = summarize(run);
  const pct = (x: number) => tx.percent(x, 1);
  const hasRevenue = s.revenueTotal > 0;
  const money = (x: number) => (hasRevenue ? tx.money(x) : '–');
  const revenueShare = (x: number) => (hasRevenue ? pct(x) : '–');
  const rows: string[][] = [
    [
      tx.t('report.class'),
      tx.t('report.clients'),
      tx.t('report.clientShare'),
      tx.t('report.revenue'),
      tx.t('report.revenueShare'),
      tx.t('report.averageScore'),
    ],
  ];
  for (const c of s.classes) {
    rows.push([
      c.label,
      String(c.count),
      pct(s.clients > 0 ? c.count / s.clients : 0),
      money(c.revenue),
      revenueShare(c.revenueShare),
      c.averagePercent === null ? '–' : pct(c.averagePercent),
    ]);
  }
  // The unclassified clients' revenue is shown too, so the total is the whole portfolio (as on the report sheet).
  let unclassifiedRevenue = 0;
  let unclassifiedPositive = 0;
  for (let i = 0; i < run.count; i++) {
    const r = run.revenue[i]!;
    if (run.classIndex[i]! < 0 && !Number.isNaN(r)) {
      unclassifiedRevenue += r;
      unclassifiedPositive += Math.max(0, r);
    }
  }
  if (s.unclassified > 0) {
    rows.push([
      tx.t('report.unclassified'),
      String(s.unclassified),
      pct(s.unclassified / s.clients),
      money(unclassifiedRevenue),
      revenueShare(hasRevenue ? unclassifiedPositive / s.revenueTotal : 0),
      '–',
    ]);
  }
  const allRevenue = s.classes.reduce((sum, c) => sum + c.revenue, unclassifiedRevenue);
  rows.push([tx.t('report.total'), String(s.clients), pct(1), money(allRevenue), revenueShare(1), '']);
  const extra = [concentrationLine(tx, run, insight), migrationText(tx, insight)].filter((x): x is string => x !== null);
  return `${[textTable(rows), ...extra].join('\n\n')}\n`;
}

/** One line per unclassified client (sheet row, name, the blocking reason), at most `limit`. */
export function unclassifiedLines(tx: Texts, run: ClassificationRun, limit: number): { lines: string[]; more: number } {
  const lines: string[] = [];
  let total = 0;
  for (let i = 0; i < run.count; i++) {
    if (run.classIndex[i]! >= 0) continue;
    total++;
    if (lines.length >= limit) continue;
    const reason = (run.flags.get(i) ?? []).find((f) => f.blocking);
    const row = sheetRow(run.table.placement, run.table.dataRow[i]!);
    lines.push(`  ${row}: ${run.table.names[i]}${reason ? ` — ${tx.message(reason)}` : ''}`);
  }
  return { lines, more: total - lines.length };
}

/**
 * `--json`: every client with its sheet row, score, class and the same explanation and signals the
 * workbook gets, so a script can use the results without opening Excel. Numbers stay numbers
 * (fractions for percentages and shares); null where there is no value.
 */
export function resultsJson(
  tx: Texts,
  run: ClassificationRun,
  source: { file: string; output: string; table: string },
  insight: PortfolioInsight = portfolioInsight(run),
): string {
  const s = summarize(run);
  const has = (c: (typeof insight.columns)[number]) => insight.columns.includes(c);
  const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);
  // The insight fields a client gets: only those whose columns the workbook got, keyed in English like the rest.
  const insightOf = (i: number) => ({
    ...(has('shift') ? { shift: insight.migration?.shifts[i]?.kind ?? null } : {}),
    ...(has('margin')
      ? { margin: finite(insight.profitability?.result.margin[i]), marginPercent: finite(insight.profitability?.result.marginPercent[i]) }
      : {}),
    ...(has('revenuePerHour') ? { revenuePerHour: finite(insight.profitability?.result.revenuePerHour[i]) } : {}),
    ...(has('clientType') ? { clientType: insight.clientTypes ? clientTypeOf(insight.clientTypes.quadrants.quadrant[i]!) : null } : {}),
  });
  const conc = insight.concentration;
  const previous = run.table.mapping.previousClass >= 0 ? run.table.texts.get(run.table.mapping.previousClass) : undefined;
  const clients = allClients(run).map((c) => ({
    row: sheetRow(run.table.placement, c.dataRow),
    name: c.name,
    score: c.score,
    max: c.max,
    percent: c.percent,
    class: c.label,
    rank: c.rank,
    revenue: c.revenue,
    revenueShare: c.revenueShare,
    ...(previous ? { previousClass: previous[c.index] || null } : {}),
    ...insightOf(c.index),
    decidedBy: c.decision.kind,
    criterionScores: Object.fromEntries(run.model.criteria.map((k, j) => [k.name, c.criterionScores[j]])),
    explanation: explanationText(tx, run, c.index),
    signals: c.flags.map(tx.message),
  }));
  return `${JSON.stringify(
    {
      input: source.file,
      output: source.output,
      table: source.table,
      model: run.model.name,
      summary: {
        clients: s.clients,
        unclassified: s.unclassified,
        revenueTotal: s.revenueTotal,
        classes: s.classes.map((c) => ({
          class: c.label,
          count: c.count,
          revenue: c.revenue,
          revenueShare: c.revenueShare,
          averagePercent: c.averagePercent,
        })),
        ...(conc && conc.largestIndex >= 0
          ? {
              concentration: {
                largestClient: run.table.names[conc.largestIndex],
                largestShare: conc.largestShare,
                top3Share: conc.top3Share,
                herfindahl: conc.herfindahl,
                limit: conc.limit,
                aboveLimit: conc.aboveLimit.map((a) => ({ name: run.table.names[a.index], share: a.share })),
              },
            }
          : {}),
        ...(insight.migration
          ? {
              migration: {
                labels: insight.migration.labels,
                matrix: insight.migration.matrix,
                newByClass: insight.migration.newByClass,
                up: insight.migration.up,
                down: insight.migration.down,
                same: insight.migration.same,
              },
            }
          : {}),
      },
      clients,
    },
    null,
    2,
  )}\n`;
}
