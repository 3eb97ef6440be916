import { makeStyles, tokens } from '@fluentui/react-components';

export const useClassesSectionStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  classes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  class: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { width: '7em' },
  limit: { width: '6.5em' },
  hint: { color: tokens.colorNeutralForeground2 },
  // The select takes the row's width there is; long option names are cut by the select, not the pane.
  method: { flexGrow: 1, minWidth: 0, maxWidth: '100%' },
  helpList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});
