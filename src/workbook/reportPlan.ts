import type { ActionPlan, GrowthTotals } from '../engine';
import type { CatalogKey, Texts } from '../i18n/catalog';
import { cellText } from './columns';
import type { ReportCell } from './port';

/** The report blocks of the action plan: the growth budget (per class, per owner) and the ideal-client profile. */

const FORMATS = { count: '0', money: '€ #,##0', share: '0%', lift: '0.00', hours: '#,##0' } as const;
/** Values shown per category column: the ones most typical of the top class. */
const VALUES_PER_COLUMN = 3;

type Rows = ReportCell[][];
const text = (value: string, bold = false): ReportCell => ({ value: cellText(value), ...(bold ? { bold } : {}) });
const num = (value: number, format: string): ReportCell => ({ value: Number.isFinite(value) ? value : null, format });

export function growthBlock(tx: Texts, action: ActionPlan): Rows {
  const g = action.growth;
  if (!g) return [];
  const row = (t: GrowthTotals, name = t.name, bold = false): ReportCell[] => [
    text(name, bold),
    num(t.clients, FORMATS.count),
    num(t.opportunity, FORMATS.money),
    num(t.expected, FORMATS.money),
  ];
  const header = (first: CatalogKey) =>
    ([first, 'growth.col.clients', 'growth.col.opportunity', 'growth.col.expected'] as const).map((k) => text(tx.t(k), true));
  const byOwner = g.byOwner.filter((o) => o.name !== '');
  return [
    [text(tx.t('growth.title'), true)],
    header('plan.col.class'),
    ...g.byClass.map((c) => row(c)),
    row(g.total, tx.t('plan.capacity.total'), true),
    ...(byOwner.length > 0 ? [header('plan.col.owner'), ...byOwner.map((o) => row(o))] : []),
    [],
  ];
}

export function idealClientBlock(tx: Texts, action: ActionPlan): Rows {
  const p = action.idealClient;
  if (!p) return [];
  const label = { label: p.label };
  const rows: Rows = [
    [text(tx.t('ideal.title', label), true)],
    [text(''), text(tx.t('ideal.col.top', label), true), text(tx.t('ideal.col.all'), true)],
    [text(tx.t('ideal.medianRevenue')), num(p.medianRevenue.top, FORMATS.money), num(p.medianRevenue.all, FORMATS.money)],
  ];
  if (Number.isFinite(p.medianHours.all))
    rows.push([text(tx.t('ideal.medianHours')), num(p.medianHours.top, FORMATS.hours), num(p.medianHours.all, FORMATS.hours)]);
  if (p.categories.length > 0) {
    rows.push(
      (['ideal.col.column', 'ideal.col.value', 'ideal.col.topShare', 'ideal.col.allShare', 'ideal.col.lift'] as const).map((k) =>
        text(tx.t(k, label), true),
      ),
    );
    for (const c of p.categories) {
      for (const v of c.values.slice(0, VALUES_PER_COLUMN)) {
        rows.push([
          text(c.column),
          text(v.value),
          num(v.topShare, FORMATS.share),
          num(v.allShare, FORMATS.share),
          num(v.lift, FORMATS.lift),
        ]);
      }
    }
  }
  rows.push([]);
  return rows;
}
