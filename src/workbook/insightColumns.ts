import { clientTypeOf, type ClassificationRun, type InsightColumn, type PortfolioInsight } from '../engine';
import type { Texts } from '../i18n/catalog';
import { TEXT_FORMAT } from './columns';
import type { OutputColumn, OutputValue } from './port';
import { insightHeader } from './results';

/** Money per client; per hour with cents (an hourly rate of € 87 or € 87,50 is a real difference). */
export const INSIGHT_FORMATS = { margin: '€ #,##0', revenuePerHour: '€ #,##0.00' } as const;

const numberOrNull = (v: number | undefined): number | null => (v !== undefined && Number.isFinite(v) ? v : null);

/** Per client, the value of one insight column (null: empty cell). */
function valueOf(tx: Texts, kind: InsightColumn, insight: PortfolioInsight, i: number): OutputValue {
  switch (kind) {
    case 'shift': {
      const shift = insight.migration?.shifts[i];
      return shift ? tx.t(`insight.shift.${shift.kind}`) : null;
    }
    case 'margin':
      return insight.profitability?.result.hasMargin ? numberOrNull(insight.profitability.result.margin[i]) : null;
    case 'revenuePerHour':
      return numberOrNull(insight.profitability?.result.revenuePerHour[i]);
    case 'clientType': {
      const type = insight.clientTypes ? clientTypeOf(insight.clientTypes.quadrants.quadrant[i]!) : null;
      return type ? tx.t(`insight.type.${type}`) : null;
    }
  }
}

function formatOf(kind: InsightColumn): string {
  return kind === 'margin' || kind === 'revenuePerHour' ? INSIGHT_FORMATS[kind] : TEXT_FORMAT;
}

/**
 * The insight columns of a block, in `layout` order (header in row 0, one value per table row, like
 * the fixed result columns). A column whose input is no longer in the table is written empty: it
 * keeps its place so a re-run never moves a header.
 */
export function insightOutputColumns(
  tx: Texts,
  run: ClassificationRun,
  insight: PortfolioInsight,
  layout: readonly InsightColumn[],
  blockRows: number,
): OutputColumn[] {
  return layout.map((kind) => {
    const values = new Array<OutputValue>(blockRows).fill(null);
    values[0] = insightHeader(tx, kind);
    if (insight.columns.includes(kind)) {
      for (let i = 0; i < run.count; i++) {
        const r = run.table.dataRow[i]! + 1;
        if (r < blockRows) values[r] = valueOf(tx, kind, insight, i);
      }
    }
    return { values, numberFormat: formatOf(kind) };
  });
}
