import type { Cell } from 'exceljs';
import type { CellValue } from '../../engine';

type Raw = Cell['value'] | Cell['result'] | { error: string } | undefined;

function plain(value: Raw): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return String(value);
  if ('error' in value && typeof value.error === 'string') return { error: value.error };
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
  // A hyperlink cell shows its text; the link itself is not client data.
  if ('hyperlink' in value && 'text' in value) return plain(value.text as Raw);
  return null;
}

/**
 * A cell as the engine sees it, the way Excel shows it: the cached result of a formula (a formula
 * without a saved result reads as empty, so the engine reports it missing instead of guessing),
 * the text of rich text and hyperlinks, and nothing in the non-top-left cells of a merged area
 * (as Office.js reports them).
 */
export function cellValue(cell: Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) return null;
  const v = cell.value;
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    // exceljs drops a falsy cached result from `value` (0, '', false); `cell.result` keeps it.
    return plain(cell.result as Raw);
  }
  return plain(v);
}

/** The number format Excel would show for the cell ("General" when none). */
export function cellFormat(cell: Cell): string {
  return cell.numFmt || 'General';
}
