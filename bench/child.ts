/**
 * Entry of a benchmark child process (started by bench/run.ts with --expose-gc --trace-gc).
 * One task per process, so every size starts from a clean heap. The result is the last stdout
 * line, prefixed with RESULT_MARK; V8's GC trace fills the lines before it.
 */
import { measureCli, prepareCliInput } from './cli';
import { measureEndToEnd } from './endToEnd';
import { measureEngine } from './engine';
import { measureExcel } from './excel';
import { measureFunctions } from './functions';
import { measurePeer } from './peer';
import { RESULT_MARK, type ChildTask } from './protocol';

async function main(): Promise<void> {
  const task = JSON.parse(process.argv[2] ?? '{}') as ChildTask;
  let result: unknown;
  try {
    switch (task.kind) {
      case 'engine':
        result = measureEngine(task.method, task.clients, task.reps);
        break;
      case 'peer':
        result = measurePeer(task.rows);
        break;
      case 'excel':
        result = await measureExcel(task.rows);
        break;
      case 'functions':
        result = await measureFunctions(task.rows);
        break;
      case 'cliInput':
        result = prepareCliInput(task.rows);
        break;
      case 'cli':
        result = await measureCli(task.file, task.model);
        break;
      case 'endToEnd':
        result = measureEndToEnd(task.clients);
        break;
      default:
        throw new Error(`unknown task ${JSON.stringify(task)}`);
    }
  } catch (e) {
    result = { error: e instanceof Error ? e.message : String(e) };
  }
  const maxRssMB = process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify({ ...(result as object), maxRssMB })}\n`);
}

void main();
