import { deflateRawSync } from 'node:zlib';
import { zipOf } from './helpers';

/**
 * Builds .xlsx packages part by part, the way Excel lays them out, with the features accountants'
 * workbooks have (names, validations incl. x14 ones in extLst, merges, comments, tables without
 * an explicit headerRowCount, protection, custom properties). Written with Node's zlib, not with
 * the library the product uses, so the tests do not share its mistakes.
 */
export type Cell = string | number | boolean | null | { f: string; v?: number | string } | { n: number; s: number };

export interface TableSpec {
  readonly name: string;
  readonly ref: string;
  /** Written only when given: Excel leaves headerRowCount out (its default is 1). */
  readonly headerRowCount?: 0 | 1;
  readonly totalsRowCount?: number;
  /** A calculated column formula on the table's last column. */
  readonly calculated?: string;
}

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly state?: 'hidden' | 'veryHidden';
  readonly merges?: readonly string[];
  readonly validations?: readonly { sqref: string; list: string }[];
  /** A list validation as Excel 2010+ writes it when the list is on another sheet: in extLst. */
  readonly x14Validations?: readonly { sqref: string; list: string }[];
  readonly tables?: readonly TableSpec[];
  /** 'excel' writes sheet="1" with a hash; 'libreoffice' writes sheet="true". */
  readonly protection?: 'excel' | 'libreoffice';
  readonly hiddenRows?: readonly number[];
  readonly comments?: readonly { ref: string; text: string }[];
  readonly hyperlinks?: readonly { ref: string; location: string }[];
  readonly sparklines?: boolean;
  readonly printArea?: string;
  readonly conditional?: { sqref: string; formula: string };
}

export interface BookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly names?: readonly { name: string; value: string; localSheetId?: number }[];
  readonly structureProtected?: boolean;
  readonly customProperties?: Readonly<Record<string, string>>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const col = (c: number): string =>
  c < 26 ? String.fromCharCode(65 + c) : col(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26));
const ref = (r: number, c: number) => `${col(c)}${r + 1}`;
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** Styles: 0 General, 1 percent, 2 a date, 3 euro with a custom code, 4 bold. */
export const STYLE = { general: 0, percent: 1, date: 2, euro: 3 } as const;
const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;€&quot;\\ #,##0"/></numFmts>` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';

export function buildXlsx(book: BookSpec): Buffer {
  const parts: [string, string][] = [];
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (s: string) => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };
  const types = [
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
  ];
  const wbRels: string[] = [];
  let tableCount = 0;
  let commentCount = 0;
  const names = [...(book.names ?? [])];
  book.sheets.forEach((sheet, s) => {
    const part = `xl/worksheets/sheet${s + 1}.xml`;
    types.push(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    wbRels.push(`<Relationship Id="rId${s + 1}" Type="${R}/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`);
    const rels: string[] = [];
    const hidden = new Set(sheet.hiddenRows ?? []);
    const rows = sheet.rows
      .map((line, r) => {
        const cells = line
          .map((v, c) => {
            const at = ref(r, c);
            if (v === null) return '';
            if (typeof v === 'number') return `<c r="${at}"><v>${v}</v></c>`;
            if (typeof v === 'boolean') return `<c r="${at}" t="b"><v>${v ? 1 : 0}</v></c>`;
            if (typeof v === 'string') return `<c r="${at}" t="s"><v>${shared(v)}</v></c>`;
            if ('n' in v) return `<c r="${at}" s="${v.s}"><v>${v.n}</v></c>`;
            if (typeof v.v === 'string') return `<c r="${at}" t="str"><f>${esc(v.f)}</f><v>${esc(v.v)}</v></c>`;
            return `<c r="${at}"><f>${esc(v.f)}</f>${v.v === undefined ? '' : `<v>${v.v}</v>`}</c>`;
          })
          .join('');
        return `<row r="${r + 1}"${hidden.has(r) ? ' hidden="1"' : ''}>${cells}</row>`;
      })
      .join('');
    let xml = `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">`;
    xml += `<dimension ref="A1:${ref(Math.max(0, sheet.rows.length - 1), Math.max(0, ...sheet.rows.map((l) => l.length - 1)))}"/>`;
    xml += '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>';
    xml += `<sheetData>${rows}</sheetData>`;
    if (sheet.protection === 'excel')
      xml +=
        '<sheetProtection algorithmName="SHA-512" hashValue="x6Hd0GxXb2lqm1Bz+v+Rw9w0aXfKJ3yG6pV4Q2T0RkE=" saltValue="qGq0p8p7nYp1Z6bq5YbF2A==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>';
    if (sheet.protection === 'libreoffice') xml += '<sheetProtection sheet="true" password="cc1a" objects="true" scenarios="true"/>';
    if (sheet.merges?.length)
      xml += `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
    if (sheet.conditional)
      xml += `<conditionalFormatting sqref="${sheet.conditional.sqref}"><cfRule type="expression" dxfId="0" priority="1"><formula>${esc(sheet.conditional.formula)}</formula></cfRule></conditionalFormatting>`;
    if (sheet.validations?.length) {
      xml += `<dataValidations count="${sheet.validations.length}">${sheet.validations.map((v) => `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${v.sqref}"><formula1>${esc(v.list)}</formula1></dataValidation>`).join('')}</dataValidations>`;
    }
    if (sheet.hyperlinks?.length)
      xml += `<hyperlinks>${sheet.hyperlinks.map((h) => `<hyperlink ref="${h.ref}" location="${esc(h.location)}" display="${esc(h.location)}"/>`).join('')}</hyperlinks>`;
    xml += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
    if (sheet.comments?.length) {
      commentCount++;
      const comments = `xl/comments${commentCount}.xml`;
      const vml = `xl/drawings/vmlDrawing${commentCount}.vml`;
      rels.push(
        `<Relationship Id="rIdC" Type="${R}/comments" Target="../comments${commentCount}.xml"/>`,
        `<Relationship Id="rIdV" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing${commentCount}.vml"/>`,
      );
      types.push(
        `<Override PartName="/${comments}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`,
      );
      parts.push([
        comments,
        `${HEAD}<comments xmlns="${MAIN}"><authors><author>M. de Boer</author></authors><commentList>${sheet.comments.map((c) => `<comment ref="${c.ref}" authorId="0"><text><r><t xml:space="preserve">${esc(c.text)}</t></r></text></comment>`).join('')}</commentList></comments>`,
      ]);
      parts.push([
        vml,
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout></xml>',
      ]);
      xml += '<legacyDrawing r:id="rIdV"/>';
    }
    if (sheet.tables?.length) {
      const ids = sheet.tables.map((table) => {
        tableCount++;
        const id = `rIdT${tableCount}`;
        rels.push(`<Relationship Id="${id}" Type="${R}/table" Target="../tables/table${tableCount}.xml"/>`);
        types.push(
          `<Override PartName="/xl/tables/table${tableCount}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
        );
        parts.push([`xl/tables/table${tableCount}.xml`, tableXml(table, tableCount, sheet.rows)]);
        return id;
      });
      xml += `<tableParts count="${ids.length}">${ids.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`;
    }
    const ext: string[] = [];
    if (sheet.x14Validations?.length) {
      ext.push(
        `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="${sheet.x14Validations.length}" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">` +
          sheet.x14Validations
            .map(
              (v) =>
                `<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>${esc(v.list)}</xm:f></x14:formula1><xm:sqref>${v.sqref}</xm:sqref></x14:dataValidation>`,
            )
            .join('') +
          '</x14:dataValidations></ext>',
      );
    }
    if (sheet.sparklines) {
      ext.push(
        '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>Blad1!B2:E2</xm:f><xm:sqref>Z2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>',
      );
    }
    if (ext.length) xml += `<extLst>${ext.join('')}</extLst>`;
    xml += '</worksheet>';
    parts.push([part, xml]);
    if (rels.length)
      parts.push([
        `xl/worksheets/_rels/sheet${s + 1}.xml.rels`,
        `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
      ]);
    if (sheet.printArea) names.push({ name: '_xlnm.Print_Area', value: `'${sheet.name}'!${sheet.printArea}`, localSheetId: s });
  });
  const n = book.sheets.length;
  wbRels.push(
    `<Relationship Id="rId${n + 1}" Type="${R}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId${n + 2}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`,
  );
  const definedNames = names.length
    ? `<definedNames>${names.map((d) => `<definedName name="${esc(d.name)}"${d.localSheetId !== undefined ? ` localSheetId="${d.localSheetId}"` : ''}>${esc(d.value)}</definedName>`).join('')}</definedNames>`
    : '';
  const workbook =
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${R}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>` +
    `${book.structureProtected ? '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="abc=" workbookSaltValue="def=" workbookSpinCount="100000" lockStructure="1"/>' : ''}` +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></bookViews><sheets>` +
    book.sheets
      .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
      .join('') +
    `</sheets>${definedNames}<calcPr calcId="191029"/></workbook>`;
  parts.push(['xl/workbook.xml', workbook]);
  parts.push([
    'xl/_rels/workbook.xml.rels',
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${wbRels.join('')}</Relationships>`,
  ]);
  parts.push(['xl/styles.xml', STYLES]);
  parts.push([
    'xl/sharedStrings.xml',
    `${HEAD}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`,
  ]);
  parts.push([
    'docProps/core.xml',
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>M. de Boer</dc:creator></cp:coreProperties>`,
  ]);
  const rootRels = [
    `<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>`,
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
  ];
  if (book.customProperties) {
    types.push(
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
    );
    rootRels.push(`<Relationship Id="rId3" Type="${R}/custom-properties" Target="docProps/custom.xml"/>`);
    parts.push([
      'docProps/custom.xml',
      `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
        Object.entries(book.customProperties)
          .map(
            ([k, v], i) =>
              `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${esc(k)}"><vt:lpwstr>${esc(v)}</vt:lpwstr></property>`,
          )
          .join('') +
        '</Properties>',
    ]);
  }
  parts.push([
    '_rels/.rels',
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rootRels.join('')}</Relationships>`,
  ]);
  parts.unshift([
    '[Content_Types].xml',
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${types.join('')}</Types>`,
  ]);
  return zipOf(
    parts.map(([name, text]) => {
      const data = Buffer.from(text, 'utf8');
      return { name, data: deflateRawSync(data), size: data.length };
    }),
  );
}

function tableXml(table: TableSpec, id: number, rows: readonly (readonly Cell[])[]): string {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(table.ref)!;
  const toIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c0 = toIndex(m[1]!);
  const c1 = toIndex(m[3]!);
  const r0 = Number(m[2]) - 1;
  const headers = Array.from({ length: c1 - c0 + 1 }, (_, k) => String(rows[r0]?.[c0 + k] ?? `Kolom${k + 1}`));
  const totals = table.totalsRowCount ?? 0;
  const filterEnd = `${m[3]}${Number(m[4]) - totals}`;
  const columns = headers
    .map((h, k) => {
      const calc =
        table.calculated && k === headers.length - 1 ? `<calculatedColumnFormula>${esc(table.calculated)}</calculatedColumnFormula>` : '';
      return `<tableColumn id="${k + 1}" name="${esc(h)}"${calc ? '>' + calc + '</tableColumn>' : '/>'}`;
    })
    .join('');
  return (
    `${HEAD}<table xmlns="${MAIN}" id="${id}" name="${table.name}" displayName="${table.name}" ref="${table.ref}"` +
    `${table.headerRowCount !== undefined ? ` headerRowCount="${table.headerRowCount}"` : ''}${totals ? ` totalsRowCount="${totals}"` : ''}>` +
    `${table.headerRowCount === 0 ? '' : `<autoFilter ref="${m[1]}${m[2]}:${filterEnd}"/>`}<tableColumns count="${headers.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}
