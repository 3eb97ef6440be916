import type { ContactPlan, GrowthBudget, PlanTotals } from '../engine';
import type { Texts } from '../i18n/catalog';
import { markText, OUTPUT_LANGS } from '../i18n/outputMarks';
import { cellText } from './columns';
import type { ReportCell, ReportSpec } from './port';

/**
 * The sheet "Contactplan <jaar>": per planned client the class, owner, activities, hours, the
 * anchored appointment and every contact date; then the capacity per class and per owner. Dates are
 * written as text ("2026-03-16"): a number would need a date format per adapter, and the agenda file
 * carries the real appointments.
 */

const FORMATS = { count: '0', hours: '#,##0', money: '€ #,##0' } as const;
const text = (value: string, bold = false): ReportCell => ({ value: cellText(value), ...(bold ? { bold } : {}) });
const num = (value: number | undefined, format: string): ReportCell => ({
  value: value !== undefined && Number.isFinite(value) ? value : null,
  format,
});

/** "Contactplan 2026" (the year as text: a number would be formatted "2.026"). */
export function planTitle(tx: Texts, year: number): string {
  return tx.t('plan.title', { year: String(year) });
}

/** True when a sheet's A1 holds one of our plan titles (either language, any year). */
export function looksLikeOwnPlan(a1: unknown): boolean {
  if (typeof a1 !== 'string') return false;
  return OUTPUT_LANGS.some((lang) => {
    const prefix = markText(lang, 'plan.title', { year: '' });
    return a1.startsWith(prefix) && /^\d{4}$/.test(a1.slice(prefix.length));
  });
}

function capacityRows(tx: Texts, heading: string, totals: readonly PlanTotals[], withCapacity: boolean): ReportCell[][] {
  return [
    [
      text(heading, true),
      text(tx.t('plan.capacity.clients'), true),
      text(tx.t('plan.col.contacts'), true),
      text(tx.t('plan.capacity.needed'), true),
      ...(withCapacity ? [text(tx.t('plan.capacity.available'), true)] : []),
    ],
    ...totals.map((o) => [
      text(o.name),
      num(o.clients, FORMATS.count),
      num(o.contacts, FORMATS.count),
      num(o.hours, FORMATS.hours),
      ...(withCapacity ? [num(o.capacity, FORMATS.hours)] : []),
    ]),
  ];
}

export function buildPlanSheet(tx: Texts, plan: ContactPlan, growth: GrowthBudget | undefined, sheet: string, year: number): ReportSpec {
  const most = Math.max(0, ...plan.clients.map((c) => c.contacts.length));
  const cells: ReportCell[][] = [
    [text(planTitle(tx, year), true)],
    [text(tx.t('plan.period', { start: plan.start, end: plan.end, anchorBy: plan.anchorBy, months: String(plan.anchorMonths) }))],
    [],
    [
      ...(['plan.col.client', 'plan.col.class', 'plan.col.owner', 'plan.col.activities', 'plan.col.hours', 'plan.col.anchor'] as const).map(
        (k) => text(tx.t(k), true),
      ),
      ...(growth ? [text(tx.t('plan.col.expected'), true)] : []),
      ...Array.from({ length: most }, (_, j) => text(tx.t('plan.col.contact', { n: String(j + 1) }), true)),
    ],
  ];
  for (const c of plan.clients) {
    const expected = growth?.expected[c.index];
    cells.push([
      text(c.name),
      text(c.label),
      text(c.owner),
      text(c.activities),
      num(c.hoursPerYear, FORMATS.hours),
      text(c.anchor ?? ''),
      ...(growth ? [num(expected, FORMATS.money)] : []),
      ...c.contacts.map((k) => text(k.date)),
    ]);
  }
  cells.push([], [text(tx.t('plan.capacity.title'), true)]);
  cells.push(...capacityRows(tx, tx.t('plan.capacity.class'), plan.byClass, false), []);
  const ownerCapacity = plan.byOwner.some((o) => o.capacity !== undefined);
  cells.push(...capacityRows(tx, tx.t('plan.capacity.owner'), plan.byOwner, ownerCapacity), []);
  cells.push([
    text(tx.t('plan.capacity.total'), true),
    text(''),
    text(''),
    num(plan.totalHours, FORMATS.hours),
    num(plan.capacityHours, FORMATS.hours),
  ]);
  if (plan.capacityHours === undefined && !ownerCapacity) cells.push([text(tx.t('plan.capacity.unknown'))]);
  else if (plan.fits) cells.push([text(tx.t('plan.capacity.fits'))]);
  for (const w of plan.warnings) {
    if (w.code === 'plan.overCapacity' || w.code === 'plan.ownerOverCapacity') {
      cells.push([text(tx.t(w.code, w.params))]);
    }
  }
  if (growth) cells.push([], [text(tx.t('growth.title'), true), text(tx.money(growth.total.expected))]);
  return { sheet, cells, columnWidths: [160, 50, 110, 260, 70, 90, ...(growth ? [90] : []), ...Array.from({ length: most }, () => 75)] };
}
