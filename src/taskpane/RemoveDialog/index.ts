export { RemoveDialog } from './RemoveDialog';
export type { RemoveDialogProps } from './RemoveDialog';
