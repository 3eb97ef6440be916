import { cellXml } from './cellXml';
import type { SheetView } from './sheetView';

/**
 * Our settings (the saved model, the record of what we wrote) live on a hidden worksheet, as the
 * earlier versions of the command line wrote them: a sheet survives any .xlsx tool and the preview
 * reads it back. Hidden, not "very hidden", so an accountant can still see it (Unhide).
 *
 * Layout: A1 holds a marker; from row 2 column A holds a key and B, C, … the value in pieces,
 * since a cell holds at most 32,767 characters and a model or record may be longer.
 */
export const SETTINGS_SHEET = 'KlantwaardeInstellingen';
const SETTINGS_MARKER = 'Klantwaarde-instellingen (niet wijzigen / do not edit)';
const PIECE = 30_000;

export function isSettingsA1(value: unknown): boolean {
  return value === SETTINGS_MARKER;
}

/** Every key and value on a settings sheet. */
export function readSettingsSheet(view: SheetView): Map<string, string> {
  const out = new Map<string, string>();
  for (let r = 1; r < view.rowEnd; r++) {
    const key = view.value(r, 0);
    if (typeof key !== 'string') continue;
    let value = '';
    const width = view.scan.rows[r]?.values.length ?? 0;
    for (let c = 1; c < width; c++) {
      const piece = view.value(r, c);
      if (typeof piece === 'string') value += piece;
    }
    out.set(key, value);
  }
  return out;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The settings sheet's XML for these keys (sorted, so the part is the same for the same settings). */
export function settingsSheetXml(settings: ReadonlyMap<string, string>): string {
  const rows = [`<row r="1">${cellXml('', 0, 0, SETTINGS_MARKER, undefined)}</row>`];
  [...settings.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .forEach(([key, value], i) => {
      const r = i + 1;
      const cells = [cellXml('', r, 0, key, undefined)];
      for (let p = 0; p * PIECE < value.length || p === 0; p++)
        cells.push(cellXml('', r, 1 + p, value.slice(p * PIECE, (p + 1) * PIECE), undefined));
      rows.push(`<row r="${r + 1}">${cells.filter((c) => c !== null).join('')}</row>`);
    });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}
