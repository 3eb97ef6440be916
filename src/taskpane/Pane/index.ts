export { Pane } from './Pane';
export type { PaneProps } from './Pane';
