import { Button, Field, ProgressBar } from '@fluentui/react-components';
import { useText } from '../hooks/useText';
import { useClassifyBarStyles } from './useClassifyBarStyles';

export interface ClassifyBarProps {
  /** False while the model is invalid or no table was found. */
  readonly canClassify: boolean;
  readonly running: boolean;
  /** 0..1, or undefined for an indeterminate bar. */
  readonly progress?: number;
  readonly onClassify: () => void;
  readonly onRemove: () => void;
}

/** (4) The one button of the yearly run, its progress, and the way back ("remove results"). */
export function ClassifyBar({ canClassify, running, progress, onClassify, onRemove }: ClassifyBarProps): JSX.Element {
  const styles = useClassifyBarStyles();
  const { t } = useText();
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="primary" size="large" disabled={!canClassify || running} onClick={onClassify}>{t('ui.classify')}</Button>
        <Button disabled={running} onClick={onRemove}>{t('ui.removeResults')}</Button>
      </div>
      {running && (
        <Field validationMessage={t('ui.classify.running')} validationState="none">
          <ProgressBar value={progress} max={1} aria-label={t('ui.classify.running')} />
        </Field>
      )}
    </div>
  );
}
