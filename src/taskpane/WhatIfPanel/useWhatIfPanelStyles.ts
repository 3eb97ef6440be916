import { makeStyles, tokens } from '@fluentui/react-components';

export const useWhatIfPanelStyles = makeStyles({
  basis: { color: tokens.colorNeutralForeground2 },
  moves: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  move: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  numeric: { textAlign: 'end', justifyContent: 'flex-end' },
  // The header cell lays its content out in a flex 'button' slot; align that to the numbers below.
  numericHeader: { justifyContent: 'flex-end' },
  // Read by screen readers instead of the arrow glyph.
  visuallyHidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});
