export { WhatIfPanel, useWhatIf } from './WhatIfPanel';
export type { Baseline, WhatIf, WhatIfPanelProps } from './WhatIfPanel';
