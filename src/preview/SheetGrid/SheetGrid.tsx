import { mergeClasses, Tab, TabList, Text } from '@fluentui/react-components';
import { columnLetter } from '../../engine';
import { textsFor, type Lang } from '../../i18n/catalog';
import type { MemoryWorkbook } from '../../workbook/memory';
import type { Scalar } from '../../workbook/memory';
import { useSheetGridStyles } from './useSheetGridStyles';

export interface SheetGridProps {
  readonly workbook: MemoryWorkbook;
  readonly sheet: string;
  readonly lang: Lang;
  /** Rows beyond this are summarised, so a large pasted table keeps the page responsive. */
  readonly maxRows?: number;
  readonly onSheetChange: (sheet: string) => void;
  readonly onSelect: (sheet: string, address: string) => void;
}

function display(value: Scalar | undefined, format: string | undefined, lang: Lang): string {
  if (value === undefined) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'boolean') return lang === 'nl' ? (value ? 'WAAR' : 'ONWAAR') : value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
    if (format?.includes('%')) return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    if (format?.includes('€'))
      return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  }
  return value;
}

/** A read-only picture of one sheet of the in-memory workbook, with Excel's row and column headings. */
export function SheetGrid({ workbook, sheet, lang, maxRows = 400, onSheetChange, onSelect }: SheetGridProps): JSX.Element {
  const styles = useSheetGridStyles();
  const { t } = textsFor(lang);
  const data = workbook.sheet(sheet);
  const used = data?.usedRange();
  const rowCount = used ? used.row + used.rowCount : 0;
  const columnCount = used ? used.column + used.columnCount : 0;
  const shownRows = Math.min(rowCount, maxRows);
  const selection = workbook.selection?.sheet === sheet ? workbook.selection.areas[0] : undefined;
  const isSelected = (r: number, c: number) =>
    !!selection &&
    r >= selection.row &&
    r < selection.row + selection.rowCount &&
    c >= selection.column &&
    c < selection.column + selection.columnCount;
  const address = selection ? `${columnLetter(selection.column)}${selection.row + 1}` : '';
  return (
    <div className={styles.root}>
      <TabList selectedValue={sheet} onTabSelect={(_, d) => onSheetChange(String(d.value))} size="small" aria-label={t('preview.sheet')}>
        {workbook.sheetNames().map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      <Text className={styles.status} aria-live="polite">
        {address ? t('preview.selected', { address }) : ''}
      </Text>
      <div className={styles.scroller}>
        <table className={styles.grid} role="grid" aria-label={t('preview.grid', { sheet })}>
          <thead>
            <tr>
              <th className={styles.heading} scope="col" />
              {Array.from({ length: columnCount }, (_, c) => (
                <th key={c} className={styles.heading} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: shownRows }, (_, r) => (
              <tr key={r}>
                <th className={styles.rowHeading} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: columnCount }, (_, c) => {
                  const value = data?.value(r, c);
                  const fill = data?.displayFill(r, c);
                  return (
                    <td
                      key={c}
                      role="gridcell"
                      aria-selected={isSelected(r, c)}
                      data-cell={`${columnLetter(c)}${r + 1}`}
                      className={mergeClasses(styles.cell, typeof value === 'number' && styles.number, isSelected(r, c) && styles.selected)}
                      style={fill ? { backgroundColor: fill } : undefined}
                      onClick={() => onSelect(sheet, `${columnLetter(c)}${r + 1}`)}
                    >
                      {display(value, data?.format(r, c), lang)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {rowCount > shownRows && <Text className={styles.status}>{t('preview.moreRows', { count: rowCount - shownRows })}</Text>}
      </div>
    </div>
  );
}
