export { WhatIfPanel } from './WhatIfPanel';
export type { Baseline, WhatIfPanelProps } from './WhatIfPanel';
