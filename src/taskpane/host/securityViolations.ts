/*
 * Content-Security-Policy violations, collected from page load on. The browser reports each blocked
 * script, frame, image or connection as a `securitypolicyviolation` event on the document
 * (https://developer.mozilla.org/docs/Web/API/SecurityPolicyViolationEvent); without listening, a blocked
 * Office.js host script only shows up as an add-in that silently does nothing. The pane shows every
 * violation as a notice and the self-test lists them.
 */
export interface SecurityViolation {
  /** e.g. "script-src-elem" */
  readonly directive: string;
  /** The blocked URL, or "inline" / "eval" as the browser says. */
  readonly blocked: string;
}

const seen: SecurityViolation[] = [];
const listeners = new Set<(all: readonly SecurityViolation[]) => void>();
const watched = new WeakSet<object>();

type ViolationEvent = Event & Partial<Pick<SecurityPolicyViolationEvent, 'effectiveDirective' | 'violatedDirective' | 'blockedURI'>>;

/** Starts collecting on `target` (the document); calling it again for the same target does nothing. */
export function reportSecurityViolations(target: Pick<EventTarget, 'addEventListener'> & object): void {
  if (watched.has(target)) return;
  watched.add(target);
  target.addEventListener('securitypolicyviolation', (event) => {
    const e = event as ViolationEvent;
    seen.push({ directive: e.effectiveDirective || e.violatedDirective || 'unknown', blocked: e.blockedURI || 'inline' });
    const all = [...seen];
    for (const listener of listeners) listener(all);
  });
}

export function securityViolations(): readonly SecurityViolation[] {
  return [...seen];
}

/** Calls `listener` with all violations so far, now if there are any and after each new one. */
export function onSecurityViolations(listener: (all: readonly SecurityViolation[]) => void): () => void {
  listeners.add(listener);
  if (seen.length > 0) listener([...seen]);
  return () => {
    listeners.delete(listener);
  };
}
