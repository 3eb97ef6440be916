import type { ClassificationRun, Explanation } from '../engine';
import { explainClient } from '../engine';
import { formatLimit, formatMessage, formatMoney, formatNumber, formatPercent, t, type Lang } from './catalog';

function conditionText(lang: Lang, run: ClassificationRun, ruleIndex: number): string {
  const w = run.model.rules[ruleIndex]!.when;
  const value = typeof w.value === 'number' ? formatNumber(lang, w.value) : `"${w.value}"`;
  return `${w.criterion ?? w.column} ${w.op} ${value}`;
}

/** The Toelichting sentence: points per criterion, total, what decided the class, the gap to the next class. */
export function explanationText(lang: Lang, run: ClassificationRun, i: number, e: Explanation = explainClient(run, i)): string {
  const c = e.client;
  const parts: string[] = [];
  if (run.model.criteria.length > 0) {
    const points = e.points.map((p) =>
      p.score === null
        ? t(lang, 'explain.missingPoints', { criterion: p.criterion })
        : t(lang, 'explain.points', { criterion: p.criterion, score: p.score, weight: p.weight, points: p.points ?? 0 }),
    );
    parts.push(points.join(' + '));
    if (c.score !== null && c.percent !== null) {
      parts.push(t(lang, 'explain.total', { score: c.score, max: c.max, percent: formatPercent(lang, c.percent, 1) }));
    }
  }
  const decision = c.decision;
  if (decision.kind === 'unclassified') {
    const blocking = c.flags.find((f) => f.blocking);
    parts.push(blocking ? formatMessage(lang, blocking) : t(lang, 'approach.unclassified'));
    return parts.join('; ');
  }
  const label = c.label ?? '';
  if (decision.kind === 'override') {
    parts.push(
      decision.reason ? t(lang, 'explain.overrideReason', { label, reason: decision.reason }) : t(lang, 'explain.override', { label }),
    );
    return parts.join('; ');
  }
  const baseLabel = run.model.classification.labels[run.baseClass[i]!] ?? label;
  const method = run.model.classification;
  const percent = c.percent === null ? '' : formatPercent(lang, c.percent, 1);
  if (method.method === 'score') {
    parts.push(
      e.threshold !== undefined
        ? t(lang, 'explain.method.score', { label: baseLabel, percent, threshold: formatLimit(lang, e.threshold) })
        : t(lang, 'explain.method.scoreLast', { label: baseLabel, percent }),
    );
  } else if (method.method === 'rank') {
    // In the method's own terms: a position, and which positions make up this class and the one above.
    const ranges = (e.rankRanges ?? []).map((r) => t(lang, 'explain.rankRange', { label: r.label, from: r.from, to: r.to }));
    parts.push([t(lang, 'explain.method.rank', { label: baseLabel, rank: c.rank ?? 0, count: run.count }), ...ranges].join('; '));
  } else if (method.method === 'pareto') {
    const cumulative =
      run.table.mapping.classColumn === run.table.mapping.revenue && c.cumulativeShare !== null
        ? formatPercent(lang, c.cumulativeShare)
        : '–';
    const band = e.paretoBand
      ? t(lang, 'explain.paretoBand', {
          label: baseLabel,
          from: formatLimit(lang, e.paretoBand.from),
          to: formatLimit(lang, e.paretoBand.to),
        })
      : '';
    parts.push(
      [
        t(lang, 'explain.method.pareto', { label: baseLabel, column: run.table.headers[run.table.mapping.classColumn] ?? '', cumulative }),
        band,
      ]
        .filter(Boolean)
        .join(' '),
    );
  } else {
    parts.push(t(lang, 'explain.method.computed', { label: baseLabel }));
  }
  if (decision.kind === 'rule') {
    parts.push(
      t(lang, 'explain.rule', {
        number: decision.index + 1,
        condition: conditionText(lang, run, decision.index),
        from: decision.fromLabel,
        label,
      }),
    );
  }
  if (e.gap) {
    const g = e.gap;
    parts.push(
      g.kind === 'points'
        ? t(lang, g.amount === 1 ? 'explain.gapPoints.one' : 'explain.gapPoints', { amount: g.amount, label: g.label })
        : // A revenue gap is money ("nog € 2.832 Omzet tot B"); any other column keeps its own unit.
          t(lang, 'explain.gapValue', {
            amount: g.money ? formatMoney(lang, g.amount) : formatNumber(lang, g.amount),
            column: g.column,
            label: g.label,
          }),
    );
  } else if (decision.kind === 'method' && c.classIndex === 0) {
    parts.push(t(lang, 'explain.top'));
  }
  return parts.join('; ');
}

/** The Signalen cell: every flag of the client, in the user's language. */
export function signalsText(lang: Lang, run: ClassificationRun, i: number): string {
  return (run.flags.get(i) ?? []).map((f) => formatMessage(lang, f)).join(' | ');
}

/** The four approaches, from the top class down. */
const APPROACH_KEYS = ['approach.0', 'approach.1', 'approach.2', 'approach.3'] as const;
/** The klantenpiramide's own advice per layer (Top, Groot, Middel, Klein). */
const PYRAMID_APPROACH_KEYS = ['approach.pyramid.0', 'approach.pyramid.1', 'approach.pyramid.2', 'approach.pyramid.3'] as const;

/**
 * The Aanpak cell: what to do with a client of this class (by class position; the last class is
 * "look first, then remediate"). The klantenpiramide has its own advice per layer: its bottom layer
 * holds 80% of all clients by design, and small is not the same as unprofitable.
 */
export function approachText(lang: Lang, run: ClassificationRun, i: number): string {
  const k = run.classIndex[i]!;
  if (k < 0) return t(lang, 'approach.unclassified');
  const c = run.model.classification;
  if (c.method === 'rank' && c.preset === 'klantenpiramide' && k < PYRAMID_APPROACH_KEYS.length) return t(lang, PYRAMID_APPROACH_KEYS[k]!);
  const count = run.model.classification.labels.length;
  // Map the class position onto the four approaches so 3, 4 or more classes all read sensibly.
  const step = count <= 1 ? 0 : Math.floor((k * 3) / (count - 1));
  return t(lang, APPROACH_KEYS[step] ?? 'approach.3');
}
