/**
 * Renders the task pane against a fake session, with the few browser APIs Fluent UI v9 expects
 * that jsdom lacks (ResizeObserver for MessageBar reflow, matchMedia for motion preferences,
 * Blob URLs for the model download).
 */
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
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
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }),
    });
  }
  // jsdom has no layout: offsetParent is always null and the body measures 0×0. Tabster (Fluent's
  // focus manager) then takes every element for invisible, never activates a dialog's modal focus
  // trap and marks the open dialog aria-hidden. Give it what a browser reports for a shown page.
  if (!('klantwaardeLayoutShim' in window)) {
    Object.defineProperty(window, 'klantwaardeLayoutShim', { value: true });
    Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
      configurable: true,
      get(this: HTMLElement) {
        return this.parentElement;
      },
    });
    const measure = HTMLElement.prototype.getBoundingClientRect;
    HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
      return this === this.ownerDocument.body ? DOMRect.fromRect({ x: 0, y: 0, width: 340, height: 640 }) : measure.call(this);
    };
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
  // Ready when the model has been loaded: its setup sections (criteria and onward) are then on screen.
  // The Classificeer button is not a signal: the footer shows it from the start.
  await screen.findByRole('button', { name: lang === 'nl' ? /^2\. Criteria en gewichten/ : /^2\. Criteria and weights/ });
  await sectionsLoaded(lang);
  return { ...result, user };
}

/** Opens a collapsed setup section by its header (title first, then its one-line summary). */
export async function openSection(user: RenderedPane['user'], title: string): Promise<HTMLElement> {
  const header = screen.getByRole('button', { name: new RegExp(`^${title.replace(/[.?]/g, '\\$&')}`) });
  if (header.getAttribute('aria-expanded') !== 'true') await user.click(header);
  const region = await screen.findByRole('region', { name: title });
  await sectionsLoaded();
  return region;
}

/**
 * Waits until every open section's content is there: a section's editor is a lazy chunk that loads
 * when the section first opens (src/taskpane/Lazy), showing "Laden…" until then.
 */
export async function sectionsLoaded(lang?: Lang): Promise<void> {
  const loading = lang === 'en' ? 'Loading…' : lang === 'nl' ? 'Laden…' : /^(Laden|Loading)…$/;
  await waitFor(() => expect(screen.queryAllByText(loading)).toHaveLength(0));
}
