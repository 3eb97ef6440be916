export { ContactPlanSection } from './ContactPlanSection';
export { ContactPlanOption } from './ContactPlanOption';
export type { ContactPlanOptionProps } from './ContactPlanOption';
