import { useCallback, useState } from 'react';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/**
 * Copies text to the clipboard: the async Clipboard API where the webview allows it, else the older
 * execCommand('copy') on a selected text box. Office webviews differ (Excel for Mac may refuse both),
 * so the caller always shows the text as well and `status` says whether copying worked.
 */
export function useCopyText(): {
  readonly status: CopyStatus;
  readonly copy: (text: string, box?: HTMLTextAreaElement | null) => Promise<CopyStatus>;
} {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const copy = useCallback(async (text: string, box?: HTMLTextAreaElement | null): Promise<CopyStatus> => {
    let result: CopyStatus = 'failed';
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(text);
        result = 'copied';
      }
    } catch {
      // Refused (no permission, no focus): fall through to the selection route.
    }
    if (result === 'failed' && box) {
      box.focus();
      box.select();
      try {
        if (typeof document.execCommand === 'function' && document.execCommand('copy')) result = 'copied';
      } catch {
        // Left selected, so the user can copy it by hand.
      }
    }
    setStatus(result);
    return result;
  }, []);
  return { status, copy };
}
