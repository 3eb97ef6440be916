/**
 * Renders the task pane against a fake session, with the few browser APIs Fluent UI v9 expects
 * that jsdom lacks (ResizeObserver for MessageBar reflow, matchMedia for motion preferences,
 * Blob URLs for the model download).
 */
import { render, screen, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Lang } from '../../src/i18n/catalog';
import { App } from '../../src/taskpane/App';
import type { PaneHost } from '../../src/taskpane/host/paneHost';
import type { FakeSession } from './fakeSession';

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

export function installBrowserShims(): void {
  if (!('ResizeObserver' in window)) {
    Object.defineProperty(window, 'ResizeObserver', { configurable: true, writable: true, value: NoopResizeObserver });
  }
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      writable: true,
      value: (query: string) => ({
        matches: false, media: query, onchange: null,
        addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {},
        dispatchEvent: () => false,
      }),
    });
  }
  if (!URL.createObjectURL) {
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, writable: true, value: () => 'blob:klantwaarde-test' });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: () => {} });
  }
}

installBrowserShims();

export interface RenderedPane extends RenderResult {
  readonly user: ReturnType<typeof userEvent.setup>;
}

/** The pane with a short preview delay (tests wait for the preview; they never measure time). */
export async function renderPane(session: FakeSession, lang: Lang = 'nl', host?: PaneHost): Promise<RenderedPane> {
  const user = userEvent.setup();
  const result = render(<App session={session} lang={lang} previewDelayMs={10} {...(host ? { host } : {})} />);
  // Ready when the model has been loaded and the criteria are on screen.
  await screen.findByRole('button', { name: lang === 'nl' ? 'Classificeer' : 'Classify' });
  return { ...result, user };
}
