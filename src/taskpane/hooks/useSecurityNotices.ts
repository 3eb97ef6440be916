import { useEffect } from 'react';
import { onSecurityViolations } from '../host/securityViolations';
import type { Notice } from '../model/notice';
import { useText } from './useText';

/** Every Content-Security-Policy violation of this page as one error notice, instead of a silent failure. */
export function useSecurityNotices(show: (notice: Notice) => void): void {
  const { t } = useText();
  useEffect(
    () =>
      onSecurityViolations((all) => {
        show({
          source: 'csp',
          intent: 'error',
          title: t('host.csp.title'),
          lines: all.map((v) => t('host.csp.line', { directive: v.directive, blocked: v.blocked })),
        });
      }),
    [show, t],
  );
}
