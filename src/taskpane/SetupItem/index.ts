export { SetupItem } from './SetupItem';
export type { SetupItemProps } from './SetupItem';
