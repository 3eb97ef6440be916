import { Button } from '@fluentui/react-components';
import { Suspense, useState } from 'react';
import { useText } from '../hooks/useText';
import { LazyHelpDialog } from '../Lazy';

/**
 * The "Uitleg" button. The dialog behind it is loaded on the first press (an async chunk, see
 * Lazy/lazyParts.ts) and stays mounted afterwards, so it opens at once the next time.
 */
export function HelpPanel(): JSX.Element {
  const { t } = useText();
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  return (
    <>
      <Button
        appearance="subtle"
        size="small"
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        {t('help.open')}
      </Button>
      {wanted && (
        <Suspense fallback={null}>
          <LazyHelpDialog open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
