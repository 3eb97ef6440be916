/**
 * The bad-input catalogue (docs/bad-input.md), proven: every case runs through the real pipeline (or
 * the command line) and must end exactly as the catalogue says, with the real message. A last test
 * reads the catalogue and checks it lists every case with the Dutch and English text the code
 * renders, so the document and the code cannot drift apart.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatCliMessage, type CliMessage } from '../../src/i18n/cli';
import { parseA1 } from '../../src/workbook/cells';
import { fileCases } from './cases.file';
import { inputCases } from './cases.input';
import { modelCases } from './cases.model';
import { planCases } from './cases.plan';
import { safetyCases } from './cases.safety';
import { tableCases } from './cases.table';
import { valueCases } from './cases.values';
import { scratchFolders, type BadInputCase, type Observed } from './harness';

const from = (file: string, cases: readonly BadInputCase[]) => cases.map((c) => ({ ...c, file: `test/badInput/${file}` }));

/** The single table of cases, in catalogue order. */
const CASES: readonly BadInputCase[] = [
  ...from('cases.table.ts', tableCases),
  ...from('cases.values.ts', valueCases),
  ...from('cases.model.ts', modelCases),
  ...from('cases.safety.ts', safetyCases),
  ...from('cases.plan.ts', planCases),
  ...from('cases.input.ts', inputCases),
  ...from('cases.file.ts', fileCases),
];

const DOC = join(__dirname, '..', '..', 'docs', 'bad-input.md');

afterAll(() => {
  for (const dir of scratchFolders) rmSync(dir, { recursive: true, force: true });
});

const plain = (m: CliMessage) => ({ code: m.code, params: m.params ?? {} });

/** The Signalen cell of a client row (1-based sheet row), found from where the results were written. */
function signalsCell(o: Observed, sheetRow: number): unknown {
  const [sheet, address] = o.outcome!.resultAddress.split('!') as [string, string];
  const block = parseA1(address)!;
  return o.wb!.requireSheet(sheet).value(sheetRow - 1, block.column + 7);
}

async function check(c: BadInputCase): Promise<void> {
  const o = await c.arrange();
  const e = c.expect;
  switch (e.kind) {
    case 'stops':
      expect(o.failure).toEqual(plain(e.message));
      // A stop changes nothing at all: cells, formats, sheets, tables and settings are as they were.
      expect(JSON.stringify(o.wb!.snapshot())).toBe(o.before);
      break;
    case 'warns':
      expect(o.failure).toBeUndefined();
      expect(o.outcome!.warnings).toContainEqual(e.message);
      break;
    case 'flags': {
      expect(o.failure).toBeUndefined();
      const flags = [...o.outcome!.run.flags.values()].flat();
      expect(flags).toContainEqual(expect.objectContaining(plain(e.message)));
      expect(signalsCell(o, e.row)).toEqual(expect.stringContaining(formatCliMessage('nl', e.message)));
      break;
    }
    case 'cli':
      expect({ code: o.cli!.code, stderr: o.cli!.stderr }).toEqual({
        code: e.exit,
        stderr: expect.stringContaining(formatCliMessage('nl', e.message)),
      });
      break;
    case 'runs':
      expect(o.failure).toBeUndefined();
      expect(o.outcome!.warnings).toEqual([]);
      break;
  }
  await c.also?.(o);
}

describe('bad-input catalogue', () => {
  it('numbers its cases 1, 2, 3, … in order, each once', () => {
    expect(CASES.map((c) => c.id)).toEqual(CASES.map((_, i) => i + 1));
  });

  it.each(CASES.map((c) => [c.id, c.title, c] as const))('#%i %s', async (_id, _title, c) => {
    await check(c);
  });

  it('docs/bad-input.md lists every case with the Dutch and English message the code produces', () => {
    // Table rows: | # | case | behaviour | Dutch message | English message | test file |
    const rows = new Map<number, string[]>();
    for (const line of readFileSync(DOC, 'utf8').split('\n')) {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((s) => s.trim());
      if (cells.length === 6 && /^\d+$/.test(cells[0]!)) rows.set(Number(cells[0]), cells);
    }
    expect([...rows.keys()]).toEqual(CASES.map((c) => c.id));
    for (const c of CASES) {
      const [, , , nl, en, file] = rows.get(c.id)!;
      const message = c.expect.kind === 'runs' ? undefined : c.expect.message;
      // The expectation's message is the one the case test above saw the code produce.
      expect({ id: c.id, nl, en, file }).toEqual({
        id: c.id,
        nl: message ? formatCliMessage('nl', message) : '—',
        en: message ? formatCliMessage('en', message) : '—',
        file: `\`${c.file}\``,
      });
    }
  });
});
