import { makeStyles, tokens } from '@fluentui/react-components';

export const usePaneStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    paddingInline: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: '100vh',
    boxSizing: 'border-box',
    // Nothing may make the pane wider than the task pane: long headers and options wrap or truncate
    // (no overflow clipping here: it would also stop the footer from sticking).
    minWidth: 0,
    maxWidth: '100%',
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBlockStart: tokens.spacingVerticalS,
  },
  title: { margin: 0 },
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
  // The height of the small TabList (a tab's vertical padding and one line), held while it loads.
  tabsSpace: { height: `calc(2 * ${tokens.spacingVerticalSNudge} + ${tokens.lineHeightBase300})` },
  // Grows so the footer sits at the bottom of a short pane and sticks there in a long one.
  content: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    paddingBlockEnd: tokens.spacingVerticalM,
  },
  errors: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});
