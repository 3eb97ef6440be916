import { cellAddress } from './address';
import { findHeader, headerKey } from './headers';
import type { ClassificationRun } from './run';
import { cellErrorText, displayText, isBlank } from './text';
import type { CellValue, Message } from './types';

/** Header synonyms (comparison keys) of the relationship-owner column. */
const OWNER_HEADERS = [
  'relatiebeheerder',
  'accountmanager',
  'vennoot',
  'eigenaar',
  'relatiemanager',
  'klantbeheerder',
  'partner',
  'owner',
  'relationshipmanager',
  'relationshipowner',
  'clientowner',
];

/** A column the plan reads: the one the model names, else the first header among the synonyms; -1 when absent. */
export function planColumn(headers: readonly string[], wanted: string | undefined, synonyms: readonly string[]): number {
  if (wanted) {
    const hits = findHeader(headers, wanted);
    return hits.length === 1 ? hits[0]! : -1;
  }
  const keys = headers.map(headerKey);
  for (const s of synonyms) {
    const i = keys.indexOf(s);
    if (i >= 0) return i;
  }
  return -1;
}

export function ownerColumn(run: ClassificationRun): number {
  return planColumn(run.table.headers, run.model.plan?.ownerColumn, OWNER_HEADERS);
}

export interface OwnerReading {
  /** Table column of the owner, -1 when the table has none. */
  readonly column: number;
  /** Per client: the owner's name as written, '' when blank. */
  readonly names: readonly string[];
  readonly warnings: readonly Message[];
}

/**
 * The relationship owner per client. With a list of owners in the model, a name that is not in it
 * is flagged with its cell (a typo would otherwise become an owner of its own); the spelling of
 * the list wins for names that differ only in case.
 */
export function readOwners(run: ClassificationRun, rows: readonly (readonly CellValue[])[]): OwnerReading {
  const column = ownerColumn(run);
  const warnings: Message[] = [];
  const { table } = run;
  if (run.model.plan?.ownerColumn && column < 0)
    warnings.push({ code: 'table.optionalColumnMissing', params: { column: run.model.plan.ownerColumn } });
  if (column < 0) return { column, names: new Array<string>(run.count).fill(''), warnings };
  const known = new Map((run.model.plan?.owners ?? []).map((o) => [o.name.toLowerCase(), o.name]));
  const names: string[] = [];
  for (let i = 0; i < run.count; i++) {
    const cell = rows[table.dataRow[i]!]?.[column];
    const name = isBlank(cell) || cellErrorText(cell) ? '' : displayText(cell, 255).trim();
    if (name && known.size > 0 && !known.has(name.toLowerCase())) {
      warnings.push({
        code: 'plan.unknownOwner',
        params: {
          name,
          cell: cellAddress(table.placement, table.dataRow[i]!, column),
          client: table.names[i]!,
          owners: [...known.values()].join(', '),
        },
      });
    }
    names.push(known.get(name.toLowerCase()) ?? name);
  }
  return { column, names, warnings };
}
