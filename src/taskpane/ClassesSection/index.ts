export { ClassesSection } from './ClassesSection';
export type { ClassesSectionProps } from './ClassesSection';
