/** Starts one benchmark child process per task and collects its result and GC trace. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseGcTrace, type GcEvent } from './gc';
import { RESULT_MARK, type ChildTask } from './protocol';
const CHILD = path.join(__dirname, 'child.ts');
const ROOT = path.join(__dirname, '..');

export interface ChildOutcome<T> {
  readonly result: T & { readonly error?: string; readonly maxRssMB: number };
  readonly gc: readonly GcEvent[];
  readonly wallMs: number;
}

export function runChild<T>(task: ChildTask, nodeFlags: readonly string[] = []): Promise<ChildOutcome<T>> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--trace-gc', ...nodeFlags, '--import', 'tsx', CHILD, JSON.stringify(task)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const out = Buffer.concat(chunks).toString('utf8');
      const line = out.split('\n').find((l) => l.startsWith(RESULT_MARK));
      if (!line) {
        reject(new Error(`benchmark child ${JSON.stringify(task)} exited with ${code} and no result`));
        return;
      }
      resolve({ result: JSON.parse(line.slice(RESULT_MARK.length)), gc: parseGcTrace(out), wallMs: performance.now() - started });
    });
  });
}
