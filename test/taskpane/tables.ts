import { within } from '@testing-library/react';

/** The text of every data cell, row by row (header rows have no cells and are left out). */
export function cellTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((cell) => (cell.textContent ?? '').trim()),
    )
    .filter((cells) => cells.length > 0);
}

/** The cells of the row whose first cell is `label`. */
export function rowFor(table: HTMLElement, label: string): string[] {
  const row = cellTexts(table).find((cells) => cells[0] === label);
  if (!row) throw new Error(`no row for ${label} in ${JSON.stringify(cellTexts(table))}`);
  return row;
}
