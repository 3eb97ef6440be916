import { makeStyles, tokens } from '@fluentui/react-components';

export const useCriteriaSectionStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  criterion: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  name: { flexBasis: '100%', fontWeight: tokens.fontWeightSemibold },
  weight: { width: '5.5em' },
  threshold: { width: '7em' },
  thresholds: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, flexBasis: '100%' },
  helpList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  current: { fontWeight: tokens.fontWeightSemibold },
  add: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  // A long header must not widen the pane: the select shrinks to the row and cuts the option text.
  addField: { flexGrow: 1, minWidth: 0, maxWidth: '100%' },
  select: { minWidth: 0, maxWidth: '100%' },
});
