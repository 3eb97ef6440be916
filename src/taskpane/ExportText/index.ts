export { ExportText } from './ExportText';
export type { ExportTextProps } from './ExportText';
export { useCopyText } from './useCopyText';
export type { CopyStatus } from './useCopyText';
