export { TableSection } from './TableSection';
export type { TableSectionProps } from './TableSection';
