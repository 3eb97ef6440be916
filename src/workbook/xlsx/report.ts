import { columnLetter, quoteSheet } from '../../engine';
import type { ChartSpec, ReportSpec } from '../port';
import { cellXml } from './cellXml';
import type { StylesPatch } from './styles';
import { escapeXml } from './xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

/** Excel column width (characters of the default font) for a width in points, as the pane gives it. */
function pointsToCharacters(points: number): number {
  // 1 pt = 4/3 px; a character of Calibri 11 is 7 px plus 5 px of padding per column.
  return Math.max(1, Math.round((((points * 4) / 3 - 5) / 7) * 100) / 100);
}

/** The report worksheet part; `drawingId` is the relationship id of its chart drawing, when there is one. */
export function reportSheetXml(report: ReportSpec, styles: StylesPatch, drawingId: string | undefined): string {
  const cols = report.columnWidths
    .map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${pointsToCharacters(w)}" customWidth="1"/>`)
    .join('');
  const rows = report.cells
    .map((line, r) => {
      const cells = line
        .map((spec, c) => {
          const style =
            spec.format || spec.bold ? styles.xf({ format: spec.format ?? 'General', ...(spec.bold ? { bold: true } : {}) }) : undefined;
          return cellXml('', r, c, spec.value, style);
        })
        .filter((x) => x !== null);
      return cells.length > 0 ? `<row r="${r + 1}">${cells.join('')}</row>` : '';
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${R_NS}">` +
    `${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData>${drawingId ? `<drawing r:id="${drawingId}"/>` : ''}</worksheet>`
  );
}

/** The drawing part that anchors the chart over the cells of `position` (ECMA-376 Part 1, 20.5). */
export function drawingXml(chart: ChartSpec, chartId: string): string {
  const p = chart.position;
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">` +
    `<xdr:twoCellAnchor>${marker('from', p.column, p.row)}${marker('to', p.column + p.columnCount, p.row + p.rowCount)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${chartId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

const AXIS = { category: 500100, value: 500200 } as const;

/**
 * The Pareto chart as a DrawingML chart part (ECMA-376 Part 1, 21.2): the group shares as columns,
 * the cumulative share (and any class limits) as lines over the same axes, from 0% to 100%.
 */
export function chartXml(chart: ChartSpec, sheet: string): string {
  const q = quoteSheet(sheet);
  const d = chart.data;
  const firstRow = d.row + 2;
  const lastRow = d.row + d.rowCount;
  const col = (c: number) => columnLetter(c);
  const categories = `${q}!$${col(d.column)}$${firstRow}:$${col(d.column)}$${lastRow}`;
  const series = Array.from({ length: d.columnCount - 1 }, (_, k) => {
    const c = d.column + 1 + k;
    return {
      index: k,
      name: `${q}!$${col(c)}$${d.row + 1}`,
      values: `${q}!$${col(c)}$${firstRow}:$${col(c)}$${lastRow}`,
    };
  });
  const line = new Set(chart.lineSeries);
  const ser = (s: (typeof series)[number], isLine: boolean) =>
    `<c:ser><c:idx val="${s.index}"/><c:order val="${s.index}"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(s.name)}</c:f></c:strRef></c:tx>` +
    (isLine ? '<c:marker><c:symbol val="none"/></c:marker>' : '<c:invertIfNegative val="0"/>') +
    `<c:cat><c:numRef><c:f>${escapeXml(categories)}</c:f></c:numRef></c:cat><c:val><c:numRef><c:f>${escapeXml(s.values)}</c:f></c:numRef></c:val>` +
    (isLine ? '<c:smooth val="0"/>' : '') +
    '</c:ser>';
  const axes = `<c:axId val="${AXIS.category}"/><c:axId val="${AXIS.value}"/>`;
  const bars = series.filter((s) => !line.has(s.index));
  const lines = series.filter((s) => line.has(s.index));
  const barChart =
    bars.length > 0
      ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars.map((s) => ser(s, false)).join('')}<c:gapWidth val="50"/>${axes}</c:barChart>`
      : '';
  const lineChart =
    lines.length > 0
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map((s) => ser(s, true)).join('')}<c:marker val="1"/>${axes}</c:lineChart>`
      : '';
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${barChart}${lineChart}` +
    `<c:catAx><c:axId val="${AXIS.category}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="0%" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="${AXIS.value}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    `<c:valAx><c:axId val="${AXIS.value}"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="${AXIS.category}"/>` +
    '<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>' +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}
