/** What the benchmark parent (run.ts) and its child processes (child.ts) say to each other. */
import type { MethodName } from './data';

/** Prefix of the child's result line on stdout (V8's GC trace fills the lines before it). */
export const RESULT_MARK = '@@bench-result ';

export type ChildTask =
  | { readonly kind: 'engine'; readonly method: MethodName; readonly clients: number; readonly reps?: number }
  | { readonly kind: 'peer'; readonly rows: number }
  | { readonly kind: 'excel'; readonly rows: number }
  | { readonly kind: 'functions'; readonly rows: number }
  | { readonly kind: 'cliInput'; readonly rows: number }
  | { readonly kind: 'cli'; readonly file: string; readonly model: string }
  | { readonly kind: 'endToEnd'; readonly clients: number };
