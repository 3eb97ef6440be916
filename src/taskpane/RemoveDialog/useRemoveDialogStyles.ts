import { makeStyles, tokens } from '@fluentui/react-components';

export const useRemoveDialogStyles = makeStyles({
  // A task pane is ~320 px wide: the dialog uses the width there is, never more.
  surface: { maxWidth: 'calc(100vw - 24px)', boxSizing: 'border-box' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { flexWrap: 'wrap' },
});
