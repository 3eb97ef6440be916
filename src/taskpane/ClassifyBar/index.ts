export { ClassifyBar } from './ClassifyBar';
export type { ClassifyBarProps } from './ClassifyBar';
