import { makeStyles, tokens } from '@fluentui/react-components';

export const useClientListStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: 'none' },
  client: { justifyContent: 'flex-start', width: '100%', gap: tokens.spacingHorizontalS, textAlign: 'start' },
  name: { flexGrow: 1 },
  explanation: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
});
