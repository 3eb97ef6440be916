import type { Theme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Lang } from '../../i18n/catalog';
import type { PaneHost } from '../host/paneHost';
import { missingRequirements } from '../host/requirements';
import { Unsupported } from './Unsupported';

export interface RequirementGateProps {
  readonly lang: Lang;
  readonly host: PaneHost;
  readonly theme?: Theme;
  readonly children: ReactNode;
}

/** The pane only where Office supports every required set; otherwise a message naming what is missing. */
export function RequirementGate({ lang, host, theme, children }: RequirementGateProps): JSX.Element {
  const missing = host.isSetSupported ? missingRequirements(host.isSetSupported) : [];
  if (missing.length > 0) return <Unsupported lang={lang} missing={missing} client={host.client} theme={theme} />;
  return <>{children}</>;
}
