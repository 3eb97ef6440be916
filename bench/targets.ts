/** The targets of issue 7, judged against one benchmark run. */
import type { BundleRow } from './bundles';
import type { CliRow, EngineRow, ExcelRow, GrowthRow, PeerRow, TargetRow } from './results';

const MB = 2 ** 20;
const REQUEST_LIMIT = 4 * MB;
const CELLS_PER_READ_LIMIT = 5_000_000;
/** Excel's last row, 1,048,576, less the header row. */
export const EXCEL_MAX_ROWS = 1_048_575;

function judged(target: string, value: number | null | undefined, unit: string, ok: (v: number) => boolean, digits = 0): TargetRow {
  if (value === null || value === undefined) return { target, value: 'not measured', met: null };
  return { target, value: `${value.toFixed(digits)} ${unit}`.trim(), met: ok(value) };
}

/** The shared-runtime page loads task pane, functions and commands together. */
const PANE_PAGE_GZIP_LIMIT = 200 * 1024;

export function evaluateTargets(
  engine: readonly EngineRow[],
  growth: readonly GrowthRow[],
  excel: readonly ExcelRow[],
  peer: readonly PeerRow[],
  cli: readonly CliRow[] = [],
  bundles: readonly BundleRow[] = [],
): TargetRow[] {
  const score = (n: number) => engine.find((r) => r.method === 'score' && r.clients === n);
  const excelAt = (n: number) => excel.find((r) => r.rows === n && r.available);
  const measuredExcel = excel.filter((r) => r.available && r.syncs !== null);
  const maxRequest = measuredExcel.length ? Math.max(...measuredExcel.map((r) => r.maxRequestBytes ?? Infinity)) : null;
  const maxCells = measuredExcel.length ? Math.max(...measuredExcel.map((r) => r.maxCellsPerRead ?? Infinity)) : null;
  const peer10k = peer.find((r) => r.rows === 10_000);
  const cliAt = (n: number) => cli.find((r) => r.rows === n && r.ms !== null);
  const measuredCli = cli.filter((r) => r.rssMB !== null);
  const cliRss = measuredCli.length ? Math.max(...measuredCli.map((r) => r.rssMB!)) : null;
  const targets: TargetRow[] = [
    judged('engine, score method: 100k clients < 0.3 s', score(100_000)?.ms, 'ms', (v) => v < 300),
    judged('engine, score method: 1M clients < 4 s', score(1_000_000)?.ms, 'ms', (v) => v < 4000),
    judged('engine, score method: peak heap for 1M < 1.5 GB', score(1_000_000)?.heapMB, 'MB', (v) => v < 1536),
    judged(
      'engine, score method: t(1M)/t(100k) < 15',
      growth.find((g) => g.method === 'score' && g.from === 100_000 && g.to === 1_000_000)?.ratio,
      '',
      (v) => v < 15,
      2,
    ),
    judged('Excel pipeline: ≤ 4 syncs for 10k rows', excelAt(10_000)?.syncs, 'syncs', (v) => v <= 4),
    judged('Excel pipeline: no request over 4 MB at any size', maxRequest, 'bytes (largest)', (v) => v <= REQUEST_LIMIT),
    judged('Excel pipeline: no read over 5 million cells', maxCells, 'cells (largest read)', (v) => v <= CELLS_PER_READ_LIMIT),
    judged('Excel pipeline: 1M rows completes', excelAt(1_000_000)?.ms, 'ms', () => true),
    peer10k
      ? {
          target: 'peer: ≥ 100× faster than formulas at 10k rows, identical classes',
          value: `${peer10k.ratio}× , sameClasses ${peer10k.sameClasses}`,
          met: peer10k.ratio >= 100 && peer10k.sameClasses,
        }
      : { target: 'peer: ≥ 100× faster than formulas at 10k rows, identical classes', value: 'not measured', met: null },
    judged('CLI: 100k rows ≤ 6 s', cliAt(100_000)?.ms, 'ms', (v) => v <= 6000),
    judged('CLI: 1,048,575 rows ≤ 60 s', cliAt(EXCEL_MAX_ROWS)?.ms, 'ms', (v) => v <= 60_000),
    judged('CLI: peak RSS ≤ 1.5 GB at every size', cliRss, 'MB (largest)', (v) => v <= 1536),
    cli.length > 0
      ? {
          target: 'CLI: same classes as the engine',
          value: cli.map((c) => `${c.rows}: ${c.sameClassesAsEngine}`).join(', '),
          met: cli.every((c) => c.sameClassesAsEngine === true),
        }
      : { target: 'CLI: same classes as the engine', value: 'not measured', met: null },
    judged(
      'pane page (taskpane.html, all its scripts) ≤ 200 KB gzip',
      bundles.find((b) => b.name === 'page taskpane.html')?.gzipBytes,
      'bytes gzip',
      (v) => v <= PANE_PAGE_GZIP_LIMIT,
    ),
    judged(
      'pane page in English Office (with the English texts) ≤ 200 KB gzip',
      bundles.find((b) => b.name === 'page taskpane.html (English Office)')?.gzipBytes,
      'bytes gzip',
      (v) => v <= PANE_PAGE_GZIP_LIMIT,
    ),
  ];
  return targets;
}
