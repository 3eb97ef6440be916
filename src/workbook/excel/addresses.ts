import { parseA1, type CellRange } from '../cells';

/**
 * Splits a RangeAreas address ("Klanten!A2:H5,Klanten!A8:H10", or with a quoted sheet name
 * "'Mijn, klanten'!A2:H5,…") into ranges. Commas inside a quoted sheet name do not split.
 */
export function parseAreasAddress(address: string): CellRange[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i]!;
    if (ch === "'") {
      // '' inside a quoted name is an escaped quote.
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (current) parts.push(current);
  return parts.map((part) => {
    const bang = part.lastIndexOf('!');
    const sheetPart = bang >= 0 ? part.slice(0, bang) : '';
    const sheet = sheetPart.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
    const rect = parseA1(part.slice(bang + 1).trim());
    if (!rect) throw new Error(`Unexpected address "${part}" from Excel.`);
    return { sheet, ...rect };
  });
}
