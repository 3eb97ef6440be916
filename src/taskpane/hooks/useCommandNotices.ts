import { useEffect } from 'react';
import { onCommandNotice, takePendingCommandNotice } from '../../commands/channel';
import type { Notice } from '../model/notice';

/** Shows what the ribbon command reported, also when it finished before the pane opened. */
export function useCommandNotices(show: (notice: Notice) => void): void {
  useEffect(() => {
    const pending = takePendingCommandNotice();
    if (pending) show({ source: 'command', ...pending });
    return onCommandNotice((notice) => show({ source: 'command', ...notice }));
  }, [show]);
}
