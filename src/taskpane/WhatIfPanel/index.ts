export { WhatIfPanel } from './WhatIfPanel';
export type { WhatIfPanelProps } from './WhatIfPanel';
export { useWhatIf } from './useWhatIf';
export type { Baseline, WhatIf } from './useWhatIf';
