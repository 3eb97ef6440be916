/**
 * The command line end to end on an .xlsx file (runs inside benchmark child processes): one child
 * writes the input file and classifies the same clients with the engine alone; another runs
 * `klantwaarde classify` on it, so its time and peak memory are the CLI's own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { main } from '../src/cli/main';
import { classifyClients, modelToJson, readClientTable } from '../src/engine';
import { writeClientFile } from './cliFile';
import { benchModel, clientRows } from './data';
import { countClasses } from './engine';

/** The classification the benchmark's CLI runs use (the model is passed as a file). */
const METHOD = 'score' as const;

export interface CliInputResult {
  readonly dir: string;
  readonly file: string;
  readonly model: string;
  readonly fileBytes: number;
  /** The engine's classes for the same clients and model. */
  readonly engineClasses: Record<string, number>;
}

export function prepareCliInput(rows: number): CliInputResult {
  const dir = mkdtempSync(join(tmpdir(), 'kw-bench-cli-'));
  const file = join(dir, 'klanten.xlsx');
  const model = join(dir, 'model.json');
  const fileBytes = writeClientFile(rows, file);
  writeFileSync(model, JSON.stringify(modelToJson(benchModel(METHOD))));
  const data = clientRows(rows);
  const reading = readClientTable(data.header, data.rows, benchModel(METHOD));
  if (!reading.ok) throw new Error(`bench table: ${reading.error.code}`);
  return { dir, file, model, fileBytes, engineClasses: countClasses(classifyClients(reading.table, benchModel(METHOD))) };
}

export interface CliChildResult {
  readonly ms: number;
  /** CPU time of the whole process (user + system), which shared cores do not inflate as they do wall time. */
  readonly cpuMs: number;
  readonly exitCode: number;
  readonly classes: Record<string, number>;
}

/**
 * Runs the CLI in this process (it is the only thing the process does) and reads the classes from
 * its summary table on stdout (not --json: that lists every client, which is not what is measured).
 */
export async function measureCli(file: string, model: string): Promise<CliChildResult> {
  let stdout = '';
  const out = file.replace(/\.xlsx$/, '.klantwaarde.xlsx');
  const t0 = performance.now();
  const exitCode = await main(['classify', file, '--model', model, '--force', '--out', out, '--lang', 'en'], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => {},
    env: {},
    cwd: process.cwd(),
    stderrIsTTY: false,
    largeFileBytes: Number.POSITIVE_INFINITY,
  });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage();
  // Summary lines: "<class>  <count>  <share> …", then "Unclassified  <count> …" when there are any.
  const classes: Record<string, number> = { unclassified: 0 };
  for (const line of stdout.split('\n')) {
    const m = /^(\S+)\s+(\d+)\s+\d/.exec(line);
    if (!m || m[1] === 'Total') continue;
    classes[m[1] === 'Unclassified' ? 'unclassified' : m[1]!] = Number(m[2]);
  }
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, exitCode, classes };
}

export function removeCliInput(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
