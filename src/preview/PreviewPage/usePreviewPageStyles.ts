import { makeStyles, tokens } from '@fluentui/react-components';

export const usePreviewPageStyles = makeStyles({
  root: {
    display: 'flex',
    height: '100vh',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  sheet: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, gap: tokens.spacingVerticalS },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hint: { color: tokens.colorNeutralForeground3 },
  pasteArea: { width: '100%', minHeight: '4em' },
  pane: {
    width: '380px',
    flexShrink: 0,
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  hiddenInput: { display: 'none' },
});
