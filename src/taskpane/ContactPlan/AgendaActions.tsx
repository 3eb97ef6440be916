import { Button, Field, Textarea } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useText } from '../hooks/useText';
import { agendaFileName, copyText, downloadAgenda } from './agendaFile';
import { useContactPlanStyles } from './useContactPlanStyles';

export interface AgendaActionsProps {
  readonly agenda: string;
  readonly sheet?: string;
  readonly year: number;
}

/** Copy or download the agenda file, and the text itself for hosts where neither works (Excel for Mac). */
export function AgendaActions({ agenda, sheet, year }: AgendaActionsProps): JSX.Element {
  const styles = useContactPlanStyles();
  const { t } = useText();
  const box = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<'copied' | 'copyFailed' | undefined>();
  const [showText, setShowText] = useState(false);
  return (
    <div className={styles.block}>
      <div className={styles.buttons}>
        <Button
          onClick={() => {
            void copyText(agenda, box.current).then((ok) => setStatus(ok ? 'copied' : 'copyFailed'));
          }}
        >
          {t('ui.plan.copy')}
        </Button>
        <Button onClick={() => downloadAgenda(agenda, agendaFileName(sheet, year))}>{t('ui.plan.download')}</Button>
        <Button appearance="subtle" aria-expanded={showText} onClick={() => setShowText(!showText)}>
          {t('ui.plan.showText')}
        </Button>
      </div>
      <div role="status">{status ? t(`ui.plan.${status}`) : ''}</div>
      {showText && (
        <Field label={t('ui.plan.agendaText')} hint={t('ui.plan.agendaHint')}>
          <Textarea ref={box} className={styles.agendaText} value={agenda} readOnly rows={6} resize="vertical" />
        </Field>
      )}
    </div>
  );
}
