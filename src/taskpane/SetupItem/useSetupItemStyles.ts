import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const useSetupItemStyles = makeStyles({
  item: { ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2), minWidth: 0 },
  header: { margin: 0 },
  // The header button holds two lines; let it grow instead of clipping the summary.
  button: { height: 'auto', minHeight: '44px', paddingBlock: tokens.spacingVerticalXS, paddingInline: 0 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, textAlign: 'start' },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  // One line; the full text is in the open panel.
  summary: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  panel: { marginInline: 0 },
});
