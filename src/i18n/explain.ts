import type { ClassificationRun, Explanation } from '../engine';
import { explainClient } from '../engine';
import type { Texts } from './catalog';

function conditionText(tx: Texts, run: ClassificationRun, ruleIndex: number): string {
  const w = run.model.rules[ruleIndex]!.when;
  const value = typeof w.value === 'number' ? tx.number(w.value) : `"${w.value}"`;
  return `${w.criterion ?? w.column} ${w.op} ${value}`;
}

/** The Toelichting sentence: points per criterion, total, what decided the class, the gap to the next class. */
export function explanationText(tx: Texts, run: ClassificationRun, i: number, e: Explanation = explainClient(run, i)): string {
  const c = e.client;
  const parts: string[] = [];
  if (run.model.criteria.length > 0) {
    const points = e.points.map((p) =>
      p.score === null
        ? tx.t('explain.missingPoints', { criterion: p.criterion })
        : tx.t('explain.points', { criterion: p.criterion, score: p.score, weight: p.weight, points: p.points ?? 0 }),
    );
    parts.push(points.join(' + '));
    if (c.score !== null && c.percent !== null) {
      parts.push(tx.t('explain.total', { score: c.score, max: c.max, percent: tx.percent(c.percent, 1) }));
    }
  }
  const decision = c.decision;
  if (decision.kind === 'unclassified') {
    const blocking = c.flags.find((f) => f.blocking);
    parts.push(blocking ? tx.message(blocking) : tx.t('approach.unclassified'));
    return parts.join('; ');
  }
  const label = c.label ?? '';
  if (decision.kind === 'override') {
    parts.push(decision.reason ? tx.t('explain.overrideReason', { label, reason: decision.reason }) : tx.t('explain.override', { label }));
    return parts.join('; ');
  }
  const baseLabel = run.model.classification.labels[run.baseClass[i]!] ?? label;
  const method = run.model.classification;
  const percent = c.percent === null ? '' : tx.percent(c.percent, 1);
  if (method.method === 'score') {
    parts.push(
      e.threshold !== undefined
        ? tx.t('explain.method.score', { label: baseLabel, percent, threshold: tx.limit(e.threshold) })
        : tx.t('explain.method.scoreLast', { label: baseLabel, percent }),
    );
  } else if (method.method === 'rank') {
    // In the method's own terms: a position, and which positions make up this class and the one above.
    const ranges = (e.rankRanges ?? []).map((r) => tx.t('explain.rankRange', { label: r.label, from: r.from, to: r.to }));
    parts.push([tx.t('explain.method.rank', { label: baseLabel, rank: c.rank ?? 0, count: run.count }), ...ranges].join('; '));
  } else if (method.method === 'pareto') {
    const cumulative =
      run.table.mapping.classColumn === run.table.mapping.revenue && c.cumulativeShare !== null ? tx.percent(c.cumulativeShare) : '–';
    const band = e.paretoBand
      ? tx.t('explain.paretoBand', {
          label: baseLabel,
          from: tx.limit(e.paretoBand.from),
          to: tx.limit(e.paretoBand.to),
        })
      : '';
    parts.push(
      [
        tx.t('explain.method.pareto', { label: baseLabel, column: run.table.headers[run.table.mapping.classColumn] ?? '', cumulative }),
        band,
      ]
        .filter(Boolean)
        .join(' '),
    );
  } else {
    parts.push(tx.t('explain.method.computed', { label: baseLabel }));
  }
  if (decision.kind === 'rule') {
    parts.push(
      tx.t('explain.rule', {
        number: decision.index + 1,
        condition: conditionText(tx, run, decision.index),
        from: decision.fromLabel,
        label,
      }),
    );
  }
  if (e.gap) {
    const g = e.gap;
    parts.push(
      g.kind === 'points'
        ? tx.t(g.amount === 1 ? 'explain.gapPoints.one' : 'explain.gapPoints', { amount: g.amount, label: g.label })
        : // A revenue gap is money ("nog € 2.832 Omzet tot B"); any other column keeps its own unit.
          tx.t('explain.gapValue', {
            amount: g.money ? tx.money(g.amount) : tx.number(g.amount),
            column: g.column,
            label: g.label,
          }),
    );
  } else if (decision.kind === 'method' && c.classIndex === 0) {
    parts.push(tx.t('explain.top'));
  }
  return parts.join('; ');
}

/** The Signalen cell: every flag of the client, in the user's language. */
export function signalsText(tx: Texts, run: ClassificationRun, i: number): string {
  return (run.flags.get(i) ?? []).map(tx.message).join(' | ');
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
export function approachText(tx: Texts, run: ClassificationRun, i: number): string {
  const k = run.classIndex[i]!;
  if (k < 0) return tx.t('approach.unclassified');
  const c = run.model.classification;
  if (c.method === 'rank' && c.preset === 'klantenpiramide' && k < PYRAMID_APPROACH_KEYS.length) return tx.t(PYRAMID_APPROACH_KEYS[k]!);
  const count = run.model.classification.labels.length;
  // Map the class position onto the four approaches so 3, 4 or more classes all read sensibly.
  const step = count <= 1 ? 0 : Math.floor((k * 3) / (count - 1));
  return tx.t(APPROACH_KEYS[step] ?? 'approach.3');
}
