/**
 * `npm run bench` — speed and scale of Klantwaarde, side by side with the formula approach.
 *
 *   npm run bench                      quick run (up to 100k clients; 1-2 minutes on a quiet machine): tables on stdout
 *   npm run bench -- --full            also 1M clients everywhere and the 10k-row formula sheet (10+ minutes)
 *   npm run bench -- --json            exactly one JSON object on stdout (shape: bench/results.ts; .npmrc
 *                                      sends npm's own banner line to stderr)
 *   npm run bench -- --sizes 100       tiny run (used by test/bench/shape.test.ts)
 *   npm run bench -- --only engine,peer --methods score,pareto
 *   npm run bench -- --full            with --full also the Excel-pipeline sizes estimated over 2.5 minutes, and the CLI at 1,048,575 rows
 *   npm run bench -- --markdown        the tables as Markdown (for BENCHMARKS.md)
 *   npm run bench -- --render out.json --markdown   re-print a saved --json result, measuring nothing
 *
 * Every measurement runs in its own Node process (--expose-gc --trace-gc), one after another,
 * so sizes do not share a heap or a JIT and the two cores are not fought over.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { METHODS, type MethodName } from './data';
import { formatReport } from './format';
import { describeMachine } from './machine';
import type { BenchReport } from './results';
import { measureBundles } from './bundles';
import { cliSection, endToEndSection, engineSection, excelSection, functionsSection, growth, peerSection } from './sections';
import { EXCEL_MAX_ROWS } from './targets';
import { evaluateTargets } from './targets';

/** The default run: every section, up to 100k clients, in about two minutes on two busy cores. */
const QUICK_SIZES = [1_000, 10_000, 100_000];
/** --full: up to a million clients (the targets for 1M are judged only here). */
const FULL_SIZES = [1_000, 10_000, 100_000, 1_000_000];

/** An Excel-pipeline size estimated above this is skipped unless --full. */
const EXCEL_BUDGET_MS = 150_000;
const SECTIONS = ['engine', 'endToEnd', 'excel', 'peer', 'functions', 'cli', 'bundles'] as const;
type Section = (typeof SECTIONS)[number];

interface Options {
  readonly json: boolean;
  readonly markdown: boolean;
  readonly render?: string;
  readonly sizes: readonly number[];
  readonly customSizes: boolean;
  readonly only: ReadonlySet<Section>;
  readonly methods: readonly MethodName[];
  /** 1M clients and the slow peer sizes too; without it the run stays within a few minutes. */
  readonly full: boolean;
}

function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!m) throw new Error(`--sizes: "${text}" is not a size (e.g. 1000, 10k, 1M)`);
  const n = Number(m[1]) * (m[2]!.toLowerCase() === 'k' ? 1e3 : m[2]!.toLowerCase() === 'm' ? 1e6 : 1);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--sizes: "${text}" must be a whole number of at least 1`);
  return n;
}

function list<T extends string>(flag: string, text: string | undefined, allowed: readonly T[]): T[] {
  if (!text) throw new Error(`${flag} needs a value: ${allowed.join(',')}`);
  return text.split(',').map((s) => {
    if (!allowed.includes(s as T)) throw new Error(`${flag}: "${s}" is not one of ${allowed.join(', ')}`);
    return s as T;
  });
}

export function parseOptions(argv: readonly string[]): Options {
  let json = false;
  let full = false;
  let markdown = false;
  let render: string | undefined;
  let sizes: number[] | undefined;
  let only: Section[] = [...SECTIONS];
  let methods: MethodName[] = [...METHODS];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--json') json = true;
    else if (flag === '--markdown') markdown = true;
    else if (flag === '--full') full = true;
    else if (flag === '--render') render = value();
    else if (flag === '--sizes') sizes = (value() ?? '').split(',').map(parseSize);
    else if (flag === '--only') only = list('--only', value(), SECTIONS);
    else if (flag === '--methods') methods = list('--methods', value(), METHODS);
    else throw new Error(`unknown option ${a} (known: --json, --markdown, --render, --full, --sizes, --only, --methods)`);
  }
  return {
    json,
    markdown,
    full,
    ...(render ? { render } : {}),
    sizes: sizes ?? (full ? FULL_SIZES : QUICK_SIZES),
    customSizes: sizes !== undefined,
    only: new Set(only),
    methods,
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.render) {
    const saved = JSON.parse(readFileSync(options.render, 'utf8')) as BenchReport;
    process.stdout.write(`${formatReport(saved, options.markdown ? 'markdown' : 'text')}\n`);
    return;
  }
  const started = performance.now();
  const progress = (line: string) =>
    process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
  const machine = describeMachine();
  const { sizes, only } = options;
  // The formula sheet is O(n²) (10k rows take minutes): quick runs 1k and 2k; --full 1k and 10k,
  // doubled while the next size is estimated under ~60 s; explicit --sizes, the sizes up to 10k.
  const peerSizes = options.customSizes ? sizes.filter((n) => n <= 10_000) : options.full ? [1_000, 10_000] : [1_000, 2_000];
  const functionRows = options.customSizes ? Math.min(10_000, Math.max(...sizes)) : 10_000;
  const endToEndSizes = options.customSizes ? sizes : sizes.filter((n) => n >= 10_000);

  const engine = only.has('engine') ? await engineSection(sizes, progress, options.methods) : [];
  const [from, to] = [...sizes].sort((a, b) => a - b).slice(-2);
  const growthRows = from !== undefined && to !== undefined && from !== to ? growth(engine, from, to) : [];
  const endToEnd = only.has('endToEnd') ? await endToEndSection(endToEndSizes, progress) : [];
  const excel = only.has('excel') ? await excelSection(sizes, options.full, EXCEL_BUDGET_MS, progress) : [];
  const functions = only.has('functions') ? await functionsSection(functionRows, progress) : [];
  const peer =
    only.has('peer') && peerSizes.length > 0 ? await peerSection(peerSizes, options.full && !options.customSizes, 60_000, progress) : [];
  // The command line on files: 10k and 100k, and Excel's maximum (1,048,575 clients) with --full.
  const cliSizes = options.customSizes
    ? sizes.map((n) => Math.min(n, EXCEL_MAX_ROWS))
    : [10_000, 100_000, ...(options.full ? [EXCEL_MAX_ROWS] : [])];
  const cli = only.has('cli') ? await cliSection(cliSizes, progress) : [];
  const bundleSizes = only.has('bundles') ? measureBundles() : { bundles: [], note: 'not run (--only)' };

  const report: BenchReport = {
    machine,
    engine,
    growth: growthRows,
    excel,
    peer,
    functions,
    cli,
    targets: evaluateTargets(engine, growthRows, excel, peer, cli, bundleSizes.bundles),
    totalSeconds: Math.round((performance.now() - started) / 100) / 10,
    mode: options.customSizes ? 'custom' : options.full ? 'full' : 'quick',
    endToEnd,
    bundles: bundleSizes.bundles,
    ...(bundleSizes.note ? { bundlesNote: bundleSizes.note } : {}),
  };
  progress('done');
  process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : `${formatReport(report, options.markdown ? 'markdown' : 'text')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
