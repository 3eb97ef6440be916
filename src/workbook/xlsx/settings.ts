import type { Workbook, Worksheet } from 'exceljs';

/**
 * Our settings (the saved model, the record of what we wrote) live on a hidden worksheet: exceljs
 * cannot write workbook custom properties, and a sheet survives any .xlsx tool. It is hidden, not
 * "very hidden", so an accountant can still see it (Unhide) and knows nothing is concealed.
 *
 * Layout: A1 holds a marker; from row 2 column A holds a key and B, C, … the value in pieces, since
 * a cell holds at most 32,767 characters and a model or record may be longer.
 */
export const SETTINGS_SHEET = 'KlantwaardeInstellingen';
const MARKER = 'Klantwaarde-instellingen (niet wijzigen / do not edit)';
const PIECE = 30_000;

function isSettingsSheet(sheet: Worksheet): boolean {
  return sheet.getCell(1, 1).value === MARKER;
}

export function settingsSheet(workbook: Workbook): Worksheet | undefined {
  return workbook.worksheets.find(isSettingsSheet);
}

export function readSettings(workbook: Workbook, keys: readonly string[]): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = Object.fromEntries(keys.map((k) => [k, undefined]));
  const sheet = settingsSheet(workbook);
  if (!sheet) return result;
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const key = row.getCell(1).value;
    if (typeof key !== 'string' || !keys.includes(key)) continue;
    let value = '';
    for (let c = 2; c <= row.cellCount; c++) {
      const piece = row.getCell(c).value;
      if (typeof piece === 'string') value += piece;
    }
    result[key] = value;
  }
  return result;
}

/** A name for a new settings sheet that no user sheet has. */
function freeName(workbook: Workbook): string {
  const taken = new Set(workbook.worksheets.map((s) => s.name.toLowerCase()));
  for (let k = 1; ; k++) {
    const name = k === 1 ? SETTINGS_SHEET : `${SETTINGS_SHEET}${k}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Writes or deletes (null) keys; the sheet is created on first use and removed when it becomes empty. */
export function writeSettings(workbook: Workbook, changes: Readonly<Record<string, string | null>>): void {
  const current = new Map<string, string>();
  const existing = settingsSheet(workbook);
  if (existing) {
    const all = readAllKeys(existing);
    for (const [k, v] of Object.entries(readSettings(workbook, all))) if (v !== undefined) current.set(k, v);
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) current.delete(key);
    else current.set(key, value);
  }
  if (existing) workbook.removeWorksheet(existing.id);
  if (current.size === 0) return;
  const sheet = workbook.addWorksheet(existing?.name ?? freeName(workbook), { state: 'hidden' });
  sheet.getCell(1, 1).value = MARKER;
  [...current.entries()].sort(([a], [b]) => a.localeCompare(b)).forEach(([key, value], i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(1).value = key;
    for (let p = 0; p * PIECE < value.length || p === 0; p++) row.getCell(2 + p).value = value.slice(p * PIECE, (p + 1) * PIECE);
  });
}

function readAllKeys(sheet: Worksheet): string[] {
  const keys: string[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const key = sheet.getRow(r).getCell(1).value;
    if (typeof key === 'string') keys.push(key);
  }
  return keys;
}
