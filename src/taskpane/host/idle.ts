/** How long a task waits for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 5_000;
/** Where the webview has no requestIdleCallback (Safari's, so Excel on Mac): after first paint and the first reads. */
const FALLBACK_DELAY_MS = 2_000;

/**
 * Runs `task` once the page has nothing else to do: used to fetch parts that are needed only on a
 * click (the write half, src/workbook/onDemand.ts) before that click, without competing with the
 * pane's first paint and its first reads of the workbook.
 */
export function whenIdle(task: () => void, win: Pick<Window, 'setTimeout'> & Partial<Pick<Window, 'requestIdleCallback'>> = window): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT_MS });
  else win.setTimeout(task, FALLBACK_DELAY_MS);
}
