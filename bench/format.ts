/** The human-readable benchmark table (stdout without --json). */
import type { BenchReport } from './results';

type Cell = string | number | boolean | null | undefined;

function text(v: Cell): string {
  if (v === null || v === undefined) return 'n/a';
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en') : v.toLocaleString('en', { maximumFractionDigits: 2 });
  return String(v);
}

/** A plain monospace table: numbers right-aligned, text left-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const cells = rows.map((r) => r.map(text));
  const widths = headers.map((h, c) => Math.max(h.length, ...cells.map((r) => r[c]!.length)));
  const line = (r: readonly string[], raw?: readonly Cell[]) =>
    r.map((v, c) => (typeof raw?.[c] === 'number' ? v.padStart(widths[c]!) : v.padEnd(widths[c]!))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map((r, i) => line(r, rows[i]))].join('\n');
}

export function formatReport(r: BenchReport): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(`Klantwaarde benchmark — ${m.date}`);
  out.push(`node ${m.node}, ${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM, ${m.platform}, load ${m.loadAverage} at start`);
  out.push('');
  out.push('Engine: readClientTable + classifyClients, 6 criteria (median of reps; heap = peak of the first run)');
  out.push(table(
    ['method', 'clients', 'ms', 'read ms', 'classify ms', 'clients/s', 'heap MB', 'input MB', 'RSS MB', 'reps', 'note'],
    r.engine.map((e) => [e.method, e.clients, e.ms, e.readMs, e.classifyMs, e.clientsPerSecond, e.heapMB, e.inputHeapMB, e.rssMB, e.reps, e.note ?? '']),
  ));
  out.push('');
  out.push(table(['growth', 'from', 'to', 't(to)/t(from)'], r.growth.map((g) => [g.method, g.from, g.to, g.ratio])));
  out.push('');
  out.push('Excel pipeline through the Office.js fake');
  out.push(table(
    ['rows', 'syncs', 'max request bytes', 'max cells/read', 'ms', 'note'],
    r.excel.map((e) => [e.rows, e.syncs, e.maxRequestBytes, e.maxCellsPerRead, e.ms, e.note ?? '']),
  ));
  out.push('');
  out.push('Peer: the same score + Pareto classification as spreadsheet formulas in HyperFormula');
  out.push(table(
    ['rows', 'ours ms', 'ours cold ms', 'formulas ms', 'ratio', 'same classes', 'formulas: 1 edit ms'],
    r.peer.map((p) => [p.rows, p.oursMs, p.oursColdMs, p.formulasMs, p.ratio, p.sameClasses, p.formulasEditMs]),
  ));
  out.push('');
  out.push('Worksheet functions');
  out.push(table(['function', 'rows', 'µs per call', 'calls', 'note'], r.functions.map((f) => [f.name, f.rows, f.usPerCall, f.calls, f.note ?? ''])));
  out.push('');
  out.push('Targets');
  out.push(table(['target', 'measured', 'result'], r.targets.map((t) => [t.target, t.value, t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED'])));
  out.push('');
  out.push(`Total ${r.totalSeconds.toFixed(0)} s`);
  return out.join('\n');
}
