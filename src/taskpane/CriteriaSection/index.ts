export { CriteriaSection } from './CriteriaSection';
export type { CriteriaSectionProps } from './CriteriaSection';
