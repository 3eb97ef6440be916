import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ResultsDescription } from '../../workbook/session';
import { useSession } from '../hooks/useSession';
import { useText } from '../hooks/useText';
import { useRemoveDialogStyles } from './useRemoveDialogStyles';

export interface RemoveDialogProps {
  readonly open: boolean;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
}

type Answer =
  { readonly state: 'checking' } | { readonly state: 'known'; readonly what: ResultsDescription } | { readonly state: 'unknown' };

/**
 * The question before "Resultaten verwijderen": it names exactly which columns (headers and range)
 * and which report sheets go, as the workbook records them now. Excel's undo cannot be relied on
 * for add-in changes (undo support for the Excel JavaScript API only came with ExcelApi 1.20, and
 * writing workbook settings clears the undo stack; see
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities), so the
 * question comes first. An alert dialog: the safe choice, Annuleren, comes first.
 */
export function RemoveDialog({ open, onCancel, onConfirm }: RemoveDialogProps): JSX.Element {
  const styles = useRemoveDialogStyles();
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_e, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface className={styles.surface}>
        <RemoveQuestion onCancel={onCancel} onConfirm={onConfirm} />
      </DialogSurface>
    </Dialog>
  );
}

/** The dialog's body; mounted with each opening (the surface unmounts when closed), so it reads the workbook afresh. */
function RemoveQuestion({ onCancel, onConfirm }: Omit<RemoveDialogProps, 'open'>): JSX.Element {
  const styles = useRemoveDialogStyles();
  const session = useSession();
  const { t } = useText();
  const [answer, setAnswer] = useState<Answer>({ state: 'checking' });

  useEffect(() => {
    let live = true;
    const describe = session.describeResults?.bind(session) ?? (() => Promise.reject(new Error('describeResults')));
    describe().then(
      (what) => {
        if (live) setAnswer({ state: 'known', what });
      },
      () => {
        if (live) setAnswer({ state: 'unknown' });
      },
    );
    return () => {
      live = false;
    };
  }, [session]);

  const nothing = answer.state === 'known' && answer.what.blocks.length === 0 && answer.what.reports.length === 0;
  return (
    <DialogBody>
      <DialogTitle>{t('pane.remove.title')}</DialogTitle>
      <DialogContent className={styles.content}>
        {answer.state === 'checking' && <Spinner size="tiny" label={t('pane.remove.checking')} />}
        {answer.state === 'unknown' && <Text>{t('pane.remove.unknown')}</Text>}
        {nothing && <Text>{t('pane.remove.nothing')}</Text>}
        {answer.state === 'known' && !nothing && (
          <>
            <Text>{t('pane.remove.intro')}</Text>
            <ul className={styles.list}>
              {answer.what.blocks.map((b) => (
                <li key={b.address}>{t('pane.remove.block', { headers: b.headers.join(', '), address: b.address })}</li>
              ))}
              {answer.what.reports.map((r) => (
                <li key={r}>{t('pane.remove.report', { sheet: r })}</li>
              ))}
            </ul>
          </>
        )}
        {!nothing && answer.state !== 'checking' && <Text>{t('pane.remove.keeps')}</Text>}
      </DialogContent>
      <DialogActions className={styles.actions}>
        {/* One safe button that stays mounted while the answer arrives (it holds the focus). */}
        <Button appearance="primary" onClick={onCancel}>
          {nothing ? t('pane.remove.close') : t('pane.remove.cancel')}
        </Button>
        {!nothing && (
          <Button disabled={answer.state === 'checking'} onClick={onConfirm}>
            {t('pane.remove.confirm')}
          </Button>
        )}
      </DialogActions>
    </DialogBody>
  );
}
