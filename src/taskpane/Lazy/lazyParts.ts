import { lazy } from 'react';

// Parts of the pane nobody needs at first paint, each in its own async chunk (webpack turns every
// dynamic import() into one): the page Office opens then loads only the setup view, and the
// Fluent components these parts alone use (Dialog, Table, …) come with them. Chunk URLs resolve
// against the page's own script URL (webpack's default publicPath 'auto'), so they load from the
// add-in's host in Excel, the preview and the production ADDIN_URL build alike.

/** "Zelftest": opened by few users, and only when something seems wrong. */
export const LazySelfTest = lazy(() => import('../SelfTest/SelfTest').then((m) => ({ default: m.SelfTest })));

/** The "Uitleg" dialog: loaded when its button is first pressed. */
export const LazyHelpDialog = lazy(() => import('../HelpPanel/HelpDialog').then((m) => ({ default: m.HelpDialog })));

/** The question before removing results: loaded when the user first asks to remove them. */
export const LazyRemoveDialog = lazy(() => import('../RemoveDialog/RemoveDialog').then((m) => ({ default: m.RemoveDialog })));

/** The results view (summary, client list, contact plan): only after a run. */
export const LazyResults = lazy(() => import('../Results/Results').then((m) => ({ default: m.Results })));

/** The what-if panel (and Fluent's Table): its section starts closed; the pane's summary line needs only useWhatIf. */
export const LazyWhatIfPanel = lazy(() => import('../WhatIfPanel/WhatIfPanel').then((m) => ({ default: m.WhatIfPanel })));

/** The model as text to copy: only when the file cannot be downloaded or the user asks for it. */
export const LazyExportText = lazy(() => import('../ExportText/ExportText').then((m) => ({ default: m.ExportText })));

/**
 * The criteria and classes editors (with Fluent's SpinButton, Radio, InfoLabel/InfoButton and the
 * popover positioning under them): an accordion section's content mounts only while it is open, and
 * both start closed for a yearly re-run with a model saved in the workbook.
 */
export const LazyCriteriaSection = lazy(() => import('../CriteriaSection/CriteriaSection').then((m) => ({ default: m.CriteriaSection })));
export const LazyClassesSection = lazy(() => import('../ClassesSection/ClassesSection').then((m) => ({ default: m.ClassesSection })));
