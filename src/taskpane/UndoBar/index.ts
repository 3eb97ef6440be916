export { UndoBar } from './UndoBar';
export type { UndoBarProps } from './UndoBar';
