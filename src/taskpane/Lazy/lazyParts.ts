import { createElement, lazy, useLayoutEffect, type ComponentType, type FunctionComponent, type LazyExoticComponent } from 'react';

// Parts of the pane nobody needs at first paint, each in its own async chunk (webpack turns every
// dynamic import() into one): the page Office opens then loads only the setup view, and the
// Fluent components these parts alone use (Dialog, Table, …) come with them. Chunk URLs resolve
// against the page's own script URL (webpack's default publicPath 'auto'), so they load from the
// add-in's host in Excel, the preview and the production ADDIN_URL build alike.

/**
 * A part loaded on first mount, like `React.lazy`, but one whose load failed is fetched again on its next
 * mount (the error boundary's "Opnieuw proberen" remounts the pane). React.lazy keeps a rejected load
 * for good, so each attempt is a React.lazy of its own, and a failed load resolves to a stand-in that
 * hands the error to the boundary. The stand-in replaces its attempt in a layout effect, that is once
 * it has been committed, never while rendering: React renders a suspended or failed subtree again
 * before it shows the boundary (a suspense retry, a synchronous retry after an error), and a fresh
 * load there would fetch in a loop instead of ever showing the message. A part that loaded stays loaded.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  const attempt = (): LazyExoticComponent<Attempt<P>> => {
    const part = lazy(() =>
      load().then(
        (component) => ({ default: loaded(component) }),
        (error: unknown) => ({
          default: notLoaded<P>(error, () => {
            if (current === part) current = attempt();
          }),
        }),
      ),
    );
    return part;
  };
  let current = attempt();
  function LazyPart(props: P): JSX.Element {
    return createElement(current, { props });
  }
  return LazyPart;
}

/**
 * What an attempt resolves to. The props travel as one object: React's types wrap a lazy component's
 * props in PropsWithRef, which a generic P cannot be proven to match.
 */
type Attempt<P> = FunctionComponent<{ readonly props: P }>;

function loaded<P extends object>(component: ComponentType<P>): Attempt<P> {
  return function LoadedPart({ props }) {
    return createElement(component, props);
  };
}

/** Stands in for a part whose load failed: once mounted, lets the next mount load again and throws the error to the boundary. */
function notLoaded<P>(error: unknown, forget: () => void): Attempt<P> {
  return function PartNotLoaded(): null {
    useLayoutEffect(() => {
      forget();
      throw error;
    });
    return null;
  };
}

/** "Zelftest": opened by few users, and only when something seems wrong. */
export const LazySelfTest = lazyPart(() => import(/* webpackChunkName: "self-test" */ '../SelfTest/SelfTest').then((m) => m.SelfTest));

/** The "Uitleg" dialog: loaded when its button is first pressed. */
export const LazyHelpDialog = lazyPart(() => import('../HelpPanel/HelpDialog').then((m) => m.HelpDialog));

/** The question before removing results: loaded when the user first asks to remove them. */
export const LazyRemoveDialog = lazyPart(() => import('../RemoveDialog/RemoveDialog').then((m) => m.RemoveDialog));

/** The results view (summary, client list, contact plan): only after a run. */
export const LazyResults = lazyPart(() => import(/* webpackChunkName: "results" */ '../Results/Results').then((m) => m.Results));
/** The tabs between setup and results (Fluent's TabList), shown from a run's outcome on: in the results view's chunk. */
export const LazyViewTabs = lazyPart(loadViewTabs);
function loadViewTabs() {
  return import(/* webpackChunkName: "results" */ '../Pane/ViewTabs').then((m) => m.ViewTabs);
}

/** The what-if panel (and Fluent's Table): its section starts closed; the pane's summary line needs only useWhatIf. */
export const LazyWhatIfPanel = lazyPart(() => import('../WhatIfPanel/WhatIfPanel').then((m) => m.WhatIfPanel));

/** The model as text to copy: only when the file cannot be downloaded or the user asks for it. */
export const LazyExportText = lazyPart(() => import('../ExportText/ExportText').then((m) => m.ExportText));

/**
 * The criteria and classes editors (with Fluent's SpinButton, Radio, InfoLabel/InfoButton and the
 * popover positioning under them): an accordion section's content mounts only while it is open, and
 * both start closed for a yearly re-run with a model saved in the workbook.
 */
export const LazyCriteriaSection = lazyPart(() =>
  import(/* webpackChunkName: "criteria" */ '../CriteriaSection/CriteriaSection').then((m) => m.CriteriaSection),
);
export const LazyClassesSection = lazyPart(() => import('../ClassesSection/ClassesSection').then((m) => m.ClassesSection));

/**
 * The preset and model-file toolbar (with Fluent's Field and Select): shown only above the criteria, so it
 * comes in the criteria section's chunk (the same chunk name: one fetch), and never waits on a fetch of its own.
 */
export const LazyModelToolbar = lazyPart(() =>
  import(/* webpackChunkName: "criteria" */ '../ModelToolbar/ModelToolbar').then((m) => m.ModelToolbar),
);

/**
 * The classify bar's progress bar (Fluent's ProgressBar): shown only while a run is on.
 */
export const LazyRunProgress = lazyPart(loadRunProgress);
function loadRunProgress() {
  return import('../ClassifyBar/RunProgress').then((m) => m.RunProgress);
}

/**
 * What a click on Classificeer shows next: the progress bar, then the view tabs with the results view.
 * Fetched when the pane is idle (ClassifyBar), so neither waits on the network after the click.
 */
export function preloadRunParts(): void {
  for (const load of [loadRunProgress, loadViewTabs]) load().catch(() => undefined);
}
