export { SheetGrid } from './SheetGrid';
export type { SheetGridProps } from './SheetGrid';
