import { allClients, sheetRow, summarize, type ClassificationRun } from '../engine';
import { formatMessage, formatMoney, formatPercent, t, type Lang } from '../i18n/catalog';
import { explanationText } from '../i18n/explain';

/** Lays out rows as a plain-text table: first column left-aligned, the numbers right-aligned. */
function textTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: readonly string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1]!)].join('\n');
}

/** The per-class summary printed after a run: the same figures as the report sheet's class table. */
export function summaryText(lang: Lang, run: ClassificationRun): string {
  const s = summarize(run);
  const pct = (x: number) => formatPercent(lang, x, 1);
  const hasRevenue = s.revenueTotal > 0;
  const money = (x: number) => (hasRevenue ? formatMoney(lang, x) : '–');
  const revenueShare = (x: number) => (hasRevenue ? pct(x) : '–');
  const rows: string[][] = [[
    t(lang, 'report.class'), t(lang, 'report.clients'), t(lang, 'report.clientShare'), t(lang, 'report.revenue'),
    t(lang, 'report.revenueShare'), t(lang, 'report.averageScore'),
  ]];
  for (const c of s.classes) {
    rows.push([c.label, String(c.count), pct(s.clients > 0 ? c.count / s.clients : 0), money(c.revenue), revenueShare(c.revenueShare),
      c.averagePercent === null ? '–' : pct(c.averagePercent)]);
  }
  // The unclassified clients' revenue is shown too, so the total is the whole portfolio (as on the report sheet).
  let unclassifiedRevenue = 0;
  let unclassifiedPositive = 0;
  for (let i = 0; i < run.count; i++) {
    const r = run.revenue[i]!;
    if (run.classIndex[i]! < 0 && !Number.isNaN(r)) { unclassifiedRevenue += r; unclassifiedPositive += Math.max(0, r); }
  }
  if (s.unclassified > 0) {
    rows.push([t(lang, 'report.unclassified'), String(s.unclassified), pct(s.unclassified / s.clients), money(unclassifiedRevenue),
      revenueShare(hasRevenue ? unclassifiedPositive / s.revenueTotal : 0), '–']);
  }
  const allRevenue = s.classes.reduce((sum, c) => sum + c.revenue, unclassifiedRevenue);
  rows.push([t(lang, 'report.total'), String(s.clients), pct(1), money(allRevenue), revenueShare(1), '']);
  return `${textTable(rows)}\n`;
}

/** One line per unclassified client (sheet row, name, the blocking reason), at most `limit`. */
export function unclassifiedLines(lang: Lang, run: ClassificationRun, limit: number): { lines: string[]; more: number } {
  const lines: string[] = [];
  let total = 0;
  for (let i = 0; i < run.count; i++) {
    if (run.classIndex[i]! >= 0) continue;
    total++;
    if (lines.length >= limit) continue;
    const reason = (run.flags.get(i) ?? []).find((f) => f.blocking);
    const row = sheetRow(run.table.placement, run.table.dataRow[i]!);
    lines.push(`  ${row}: ${run.table.names[i]}${reason ? ` — ${formatMessage(lang, reason)}` : ''}`);
  }
  return { lines, more: total - lines.length };
}

/**
 * `--json`: every client with its sheet row, score, class and the same explanation and signals the
 * workbook gets, so a script can use the results without opening Excel. Numbers stay numbers
 * (fractions for percentages and shares); null where there is no value.
 */
export function resultsJson(lang: Lang, run: ClassificationRun, source: { file: string; output: string; table: string }): string {
  const s = summarize(run);
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
    decidedBy: c.decision.kind,
    criterionScores: Object.fromEntries(run.model.criteria.map((k, j) => [k.name, c.criterionScores[j]])),
    explanation: explanationText(lang, run, c.index),
    signals: c.flags.map((f) => formatMessage(lang, f)),
  }));
  return `${JSON.stringify({
    input: source.file,
    output: source.output,
    table: source.table,
    model: run.model.name,
    summary: {
      clients: s.clients,
      unclassified: s.unclassified,
      revenueTotal: s.revenueTotal,
      classes: s.classes.map((c) => ({ class: c.label, count: c.count, revenue: c.revenue, revenueShare: c.revenueShare, averagePercent: c.averagePercent })),
    },
    clients,
  }, null, 2)}\n`;
}
