export { Unsupported } from './Unsupported';
export type { UnsupportedProps } from './Unsupported';
