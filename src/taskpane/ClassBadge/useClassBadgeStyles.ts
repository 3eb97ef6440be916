import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

// Class colours are the one place the pane uses colour for meaning: top class green … last class red.
// The label text always carries the meaning too, so nothing depends on seeing the colour.
export const useClassBadgeStyles = makeStyles({
  root: {
    display: 'inline-block',
    minWidth: '2.5em',
    paddingInline: tokens.spacingHorizontalXS,
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    ...shorthands.border(tokens.strokeWidthThin, 'solid', 'transparent'),
    textAlign: 'center',
    fontWeight: tokens.fontWeightSemibold,
    // In Windows high contrast the background is dropped; keep a visible outline instead.
    '@media (forced-colors: active)': { ...shorthands.borderColor('CanvasText') },
  },
  tone0: { backgroundColor: tokens.colorPaletteGreenBackground2, color: tokens.colorPaletteGreenForeground2 },
  tone1: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  tone2: { backgroundColor: tokens.colorPaletteMarigoldBackground2, color: tokens.colorNeutralForeground1 },
  tone3: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2 },
  none: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2 },
});
