/** The human-readable benchmark table (stdout without --json). */
import type { BenchReport } from './results';

type Cell = string | number | boolean | null | undefined;

function text(v: Cell): string {
  if (v === null || v === undefined) return 'n/a';
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en') : v.toLocaleString('en', { maximumFractionDigits: 2 });
  return String(v);
}

export type Style = 'text' | 'markdown';

/** A monospace (or Markdown) table: numbers right-aligned, text left-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly Cell[])[], style: Style = 'text'): string {
  const cells = rows.map((r) => r.map(text));
  const widths = headers.map((h, c) => Math.max(h.length, ...cells.map((r) => r[c]!.length)));
  const numeric = headers.map((_, c) => rows.some((r) => typeof r[c] === 'number'));
  const pad = (v: string, c: number, raw?: readonly Cell[]) =>
    typeof raw?.[c] === 'number' ? v.padStart(widths[c]!) : v.padEnd(widths[c]!);
  if (style === 'markdown') {
    const line = (r: readonly string[], raw?: readonly Cell[]) => `| ${r.map((v, c) => pad(v, c, raw)).join(' | ')} |`;
    const rule = `|${widths.map((w, c) => (numeric[c] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
    return [line(headers), rule, ...cells.map((r, i) => line(r, rows[i]))].join('\n');
  }
  const line = (r: readonly string[], raw?: readonly Cell[]) =>
    r
      .map((v, c) => pad(v, c, raw))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map((r, i) => line(r, rows[i]))].join('\n');
}

export function formatReport(r: BenchReport, style: Style = 'text'): string {
  // A section that was not run (--only) shows as such rather than as an empty table.
  const grid = (h: readonly string[], rows: readonly (readonly Cell[])[]) => (rows.length ? table(h, rows, style) : '(not run)');
  const title = (t: string) => (style === 'markdown' ? `### ${t}\n` : t);
  const m = r.machine;
  const out: string[] = [];
  out.push(`Klantwaarde benchmark — ${m.date}${r.mode ? ` (${r.mode} run)` : ''}`);
  out.push(`node ${m.node}, ${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM, ${m.platform}, load ${m.loadAverage} at start`);
  out.push('');
  out.push(title('Engine: readClientTable + classifyClients, 6 criteria (median of reps; heap = peak of the first run)'));
  out.push(
    grid(
      ['method', 'clients', 'ms', 'read ms', 'classify ms', 'clients/s', 'heap MB', 'input MB', 'RSS MB', 'reps', 'note'],
      r.engine.map((e) => [
        e.method,
        e.clients,
        e.ms,
        e.readMs,
        e.classifyMs,
        e.clientsPerSecond,
        e.heapMB,
        e.inputHeapMB,
        e.rssMB,
        e.reps,
        e.note ?? '',
      ]),
    ),
  );
  out.push('');
  out.push(
    grid(
      ['growth', 'from', 'to', 't(to)/t(from)'],
      r.growth.map((g) => [g.method, g.from, g.to, g.ratio]),
    ),
  );
  out.push('');
  out.push(title('End to end without the host: read + classify + an explanation per client + portfolio insight (score method)'));
  out.push(
    grid(
      ['clients', 'cold ms', 'warm ms', 'read ms', 'classify ms', 'explain ms', 'insight ms', 'reps', 'note'],
      (r.endToEnd ?? []).map((e) => [
        e.clients,
        e.coldMs,
        e.warmMs,
        e.readMs,
        e.classifyMs,
        e.explainMs,
        e.insightMs,
        e.reps,
        e.note ?? '',
      ]),
    ),
  );
  out.push('');
  out.push(title('Excel pipeline through the Office.js fake: classify() = read + engine + write results and report'));
  out.push(
    grid(
      ['rows', 'syncs', 'max request bytes', 'max response bytes', 'max cells/read', 'ms', 'detect syncs', 'RSS MB', 'note'],
      r.excel.map((e) => [
        e.rows,
        e.syncs,
        e.maxRequestBytes,
        e.maxResponseBytes,
        e.maxCellsPerRead,
        e.ms,
        e.detectSyncs,
        e.rssMB,
        e.note ?? '',
      ]),
    ),
  );
  out.push('');
  out.push(title('Peer: the same score + Pareto classification as spreadsheet formulas in HyperFormula'));
  out.push(
    grid(
      [
        'rows',
        'ours cold ms',
        'formulas cold ms',
        'cold ratio',
        'ours warm ms',
        'formulas warm ms',
        'warm ratio',
        'same classes',
        'formulas: 1 edit ms',
      ],
      r.peer.map((p) => [
        p.rows,
        p.oursColdMs,
        p.formulasMs,
        p.ratio,
        p.oursMs,
        p.formulasWarmMs ?? null,
        p.warmRatio ?? null,
        p.sameClasses,
        p.formulasEditMs,
      ]),
    ),
  );
  out.push('');
  out.push(title('Worksheet functions'));
  out.push(
    grid(
      ['function', 'mode', 'rows', 'µs per call', 'calls timed', 'whole column ms', 'matches engine', 'note'],
      r.functions.map((f) => [
        f.name,
        f.mode ?? '',
        f.rows,
        f.usPerCall,
        f.calls,
        f.mode === 'spill' ? (f.usPerCall === null ? null : Math.round(f.usPerCall / 1000)) : f.projectedColumnMs,
        f.matchesEngine,
        f.note ?? '',
      ]),
    ),
  );
  out.push('');
  out.push(title('Command line: klantwaarde classify on an .xlsx file, end to end in its own process'));
  out.push(
    grid(
      ['rows', 'ms', 'CPU ms', 'RSS MB', 'file MB', 'same classes as engine', 'note'],
      (r.cli ?? []).map((c) => [c.rows, c.ms, c.cpuMs, c.rssMB, c.fileMB, c.sameClassesAsEngine, c.note ?? '']),
    ),
  );
  out.push('');
  out.push(title(`Bundles (gzip: zlib default level)${r.bundlesNote ? `; ${r.bundlesNote}` : ''}`));
  out.push(
    grid(
      ['bundle or page', 'bytes', 'gzip bytes'],
      (r.bundles ?? []).map((b) => [b.name, b.bytes, b.gzipBytes]),
    ),
  );
  out.push('');
  out.push(title('Targets'));
  out.push(
    grid(
      ['target', 'measured', 'result'],
      r.targets.map((t) => [t.target, t.value, t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED']),
    ),
  );
  out.push('');
  out.push(`Total ${r.totalSeconds.toFixed(0)} s`);
  return out.join('\n');
}
