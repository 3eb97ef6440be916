export { ResultSummary } from './ResultSummary';
export type { ResultSummaryProps } from './ResultSummary';
