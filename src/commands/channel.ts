/**
 * How the ribbon command tells the task pane what happened. The commands and task pane bundles share
 * one page (shared runtime) but not their module instances, so the message goes through the page:
 * kept in sessionStorage (the pane may open after the command finished) and announced with an event.
 */
export interface CommandNotice {
  readonly intent: 'success' | 'warning' | 'error' | 'info';
  readonly title: string;
  readonly lines: readonly string[];
}

const KEY = 'klantwaarde.commandNotice';
const EVENT = 'klantwaarde:command-notice';

export function publishCommandNotice(notice: CommandNotice, target: Window = window): void {
  try {
    target.sessionStorage.setItem(KEY, JSON.stringify(notice));
  } catch {
    // Storage can be unavailable (privacy settings); the event still reaches an open pane.
  }
  target.dispatchEvent(new CustomEvent<CommandNotice>(EVENT, { detail: notice }));
}

/** Takes the notice left by a command before the pane opened, if any (it is shown once). */
export function takePendingCommandNotice(target: Window = window): CommandNotice | undefined {
  try {
    const text = target.sessionStorage.getItem(KEY);
    target.sessionStorage.removeItem(KEY);
    return text ? (JSON.parse(text) as CommandNotice) : undefined;
  } catch {
    return undefined;
  }
}

export function onCommandNotice(listener: (notice: CommandNotice) => void, target: Window = window): () => void {
  const handler = (e: Event) => {
    try {
      target.sessionStorage.removeItem(KEY);
    } catch {
      /* see publishCommandNotice */
    }
    listener((e as CustomEvent<CommandNotice>).detail);
  };
  target.addEventListener(EVENT, handler);
  return () => target.removeEventListener(EVENT, handler);
}
