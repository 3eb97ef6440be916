import { makeStyles, tokens } from '@fluentui/react-components';

export const useModelToolbarStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  // Preset names are long; the select takes the full width and never pushes the pane sideways.
  preset: { flexBasis: '100%', minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' },
  presetSelect: { minWidth: 0 },
  exportText: { flexBasis: '100%', minWidth: 0 },
  // The file input is driven by the import button; it stays in the DOM (and labelled) for assistive tech and tests.
  file: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});
