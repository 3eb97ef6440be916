export { Unsupported } from './Unsupported';
export type { UnsupportedProps } from './Unsupported';
export { RequirementGate } from './RequirementGate';
