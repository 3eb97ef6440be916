export { PreviewPage } from './PreviewPage';
export type { OpenedFile, PreviewPageProps } from './PreviewPage';
