export { NoticeBars } from './NoticeBars';
export type { NoticeBarsProps } from './NoticeBars';
