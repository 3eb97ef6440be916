/** A1-style column letters for a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index for A1 letters (A → 0). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Where a table sits on its sheet, so messages can name sheet, row and column. */
export interface TablePlacement {
  readonly sheet?: string;
  /** 1-based sheet row of the header row. */
  readonly headerRow: number;
  /** 0-based sheet column of the table's first column. */
  readonly firstColumn: number;
}

export const DEFAULT_PLACEMENT: TablePlacement = { headerRow: 1, firstColumn: 0 };

export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Klanten!D14" for data row `dataRow` (0-based, below the header) and table column `col`. */
export function cellAddress(p: TablePlacement, dataRow: number, col: number): string {
  const a1 = `${columnLetter(p.firstColumn + col)}${p.headerRow + 1 + dataRow}`;
  return p.sheet ? `${quoteSheet(p.sheet)}!${a1}` : a1;
}

export function sheetRow(p: TablePlacement, dataRow: number): number {
  return p.headerRow + 1 + dataRow;
}
