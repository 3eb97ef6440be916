import type { ClassificationRun } from '../../engine';
import { approachText, explanationText, signalsText } from '../../i18n/explain';
import { useText } from '../hooks/useText';
import { useClientListStyles } from './useClientListStyles';

export interface ClientExplanationProps {
  readonly run: ClassificationRun;
  readonly index: number;
  readonly id: string;
}

/** The same three texts the sheet gets (Toelichting, Aanpak, Signalen) for one client. */
export function ClientExplanation({ run, index, id }: ClientExplanationProps): JSX.Element {
  const styles = useClientListStyles();
  const text = useText();
  const { t } = text;
  const signals = signalsText(text, run, index);
  return (
    <dl id={id} className={styles.explanation}>
      <dt className={styles.term}>{t('ui.client.explanation')}</dt>
      <dd className={styles.detail}>{explanationText(text, run, index)}</dd>
      <dt className={styles.term}>{t('ui.client.approach')}</dt>
      <dd className={styles.detail}>{approachText(text, run, index)}</dd>
      {signals && <dt className={styles.term}>{t('ui.client.signals')}</dt>}
      {signals && <dd className={styles.detail}>{signals}</dd>}
    </dl>
  );
}
