import { makeStyles, tokens } from '@fluentui/react-components';

export const useResultSummaryStyles = makeStyles({
  where: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  numeric: { textAlign: 'end', justifyContent: 'flex-end' },
  // The header cell lays its content out in a flex 'button' slot; align that to the numbers below.
  numericHeader: { justifyContent: 'flex-end' },
  insight: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalM },
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});
