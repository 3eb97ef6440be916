import { Button, Field, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { useText } from '../hooks/useText';
import { useCopyText } from './useCopyText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  text: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, minHeight: '10em' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ExportTextProps {
  /** The file the text belongs in, e.g. "klantwaarde-model.json" or "afspraken.ics". */
  readonly fileName: string;
  readonly text: string;
  /** One line above the box: why the text is shown and what to do with it. */
  readonly hint: string;
  readonly onClose: () => void;
}

/**
 * An export as text, for hosts where a file download does nothing (Excel for Mac, iPad): a read-only
 * box with the whole text and a copy button. Reusable for any text export (model .json, agenda .ics).
 */
export function ExportText({ fileName, text, hint, onClose }: ExportTextProps): JSX.Element {
  const styles = useStyles();
  const { t } = useText();
  const box = useRef<HTMLTextAreaElement>(null);
  const { status, copy } = useCopyText();
  return (
    <section className={styles.root} aria-label={t('host.exportText.title', { file: fileName })}>
      <span>{hint}</span>
      <Field label={t('host.exportText.label', { file: fileName })}>
        <Textarea ref={box} className={styles.text} value={text} readOnly resize="vertical" onFocus={(e) => e.currentTarget.select()} />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => {
            void copy(text, box.current);
          }}
        >
          {t('host.exportText.copy')}
        </Button>
        <Button onClick={onClose}>{t('host.exportText.close')}</Button>
      </div>
      {status !== 'idle' && (
        <MessageBar intent={status === 'copied' ? 'success' : 'warning'} role="status">
          <MessageBarBody>{t(status === 'copied' ? 'host.exportText.copied' : 'host.exportText.copyFailed')}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
