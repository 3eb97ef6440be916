export { ModelToolbar } from './ModelToolbar';
export type { ModelToolbarProps } from './ModelToolbar';
export { modelFileName } from './modelFile';
