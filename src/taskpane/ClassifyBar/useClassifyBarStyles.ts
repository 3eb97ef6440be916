import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const useClassifyBarStyles = makeStyles({
  // Sticky to the bottom of whatever scrolls (the task pane's document, or the preview's pane box).
  root: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`,
    paddingInline: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.borderTop(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    boxShadow: tokens.shadow4,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  remove: { flexShrink: 0 },
  // The height of Fluent's medium ProgressBar, held while its chunk loads.
  progressSpace: { height: '2px' },
  classify: { flexGrow: 1 },
  status: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  line: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  // An error's first line says what is wrong and where; up to three lines of it stay readable here.
  detail: { display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden', overflowWrap: 'anywhere' },
  success: { color: tokens.colorStatusSuccessForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  error: { color: tokens.colorStatusDangerForeground1 },
  info: { color: tokens.colorNeutralForeground1 },
});
