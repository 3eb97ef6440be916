// Proves the architecture rule in eslint.config.mjs actually bites: src/engine may not import UI, Office.js,
// Node or outer layers, nor touch host globals, while the same code is fine outside the engine.
import { execFileSync } from 'child_process';
import path from 'path';

type Sample = { label: string; code: string; rule: string };

const samples: Sample[] = [
  { label: 'a React import', code: "import * as React from 'react';\nexport const x = React;\n", rule: 'no-restricted-imports' },
  { label: 'an fs import', code: "import fs from 'fs';\nexport const x = fs;\n", rule: 'no-restricted-imports' },
  {
    label: 'a node: import',
    code: "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n",
    rule: 'no-restricted-imports',
  },
  {
    label: 'a Fluent UI import',
    code: "import { Button } from '@fluentui/react-components';\nexport const x = Button;\n",
    rule: 'no-restricted-imports',
  },
  {
    label: 'an outer-layer import',
    code: "import type { X } from '../workbook/port';\nexport type Y = X;\n",
    rule: 'no-restricted-imports',
  },
  {
    label: 'Excel.run',
    code: 'export async function f(): Promise<void> {\n  await Excel.run(async () => {});\n}\n',
    rule: 'no-restricted-globals',
  },
  { label: 'an Office.js type', code: 'export const r: Excel.Range | null = null;\n', rule: 'no-restricted-syntax' },
];
const ENGINE_INTERNAL = "import { a } from './scoring';\nexport const x = a;\n";

/** Lints everything in one child process (ESLint startup dominates the cost). */
function lintAll(items: Array<{ code: string; filePath: string }>): string[][] {
  const helper = path.join(__dirname, 'lint-text.mjs');
  const out = execFileSync(process.execPath, [helper], { input: JSON.stringify(items), encoding: 'utf8' });
  return JSON.parse(out) as string[][];
}

let inEngine: string[][];
let outside: string[][];
let internal: string[];

beforeAll(() => {
  const results = lintAll([
    ...samples.map((s) => ({ code: s.code, filePath: 'src/engine/x.ts' })),
    ...samples.map((s) => ({ code: s.code, filePath: 'src/taskpane/x.tsx' })),
    { code: ENGINE_INTERNAL, filePath: 'src/engine/x.ts' },
  ]);
  inEngine = results.slice(0, samples.length);
  outside = results.slice(samples.length, 2 * samples.length);
  internal = results[2 * samples.length]!;
}, 60000);

describe('engine purity lint rule', () => {
  it.each(samples.map((s, i) => [s.label, i] as const))('rejects %s in src/engine', (_label, i) => {
    expect(inEngine[i]).toContain(samples[i]!.rule);
  });

  it.each(samples.map((s, i) => [s.label, i] as const))('allows %s outside src/engine', (_label, i) => {
    expect(outside[i]).toEqual([]);
  });

  it('allows engine-internal imports', () => {
    expect(internal).toEqual([]);
  });
});
