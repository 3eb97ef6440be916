export { ClassBadge, toneOf } from './ClassBadge';
export type { ClassBadgeProps } from './ClassBadge';
