import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { errorText } from '../../i18n/errorText';
import { ExportText } from '../ExportText';
import { useHost } from '../host/paneHost';
import { useSession } from '../hooks/useSession';
import { useText } from '../hooks/useText';
import { Section } from '../Section';
import { runSelfTest, type SelfTestResult } from './runSelfTest';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS, minWidth: 0 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalL, minWidth: 0, overflowWrap: 'anywhere' },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * "Zelftest": one click that runs the whole add-in on a temporary sheet and reports every step, with a
 * text to copy into a support request. Only where the host can provide a self-test workbook.
 */
export function SelfTest(): JSX.Element | null {
  const styles = useStyles();
  const host = useHost();
  const session = useSession();
  const text = useText();
  const { t } = text;
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<SelfTestResult | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  if (!host.selfTestWorkbook) return null;
  const workbookFor = host.selfTestWorkbook;

  const start = async () => {
    setRunning(true);
    setResult(undefined);
    setFailure(undefined);
    try {
      setResult(await runSelfTest({ session, workbook: await workbookFor(), host, texts: text }));
    } catch (e) {
      // Only fetching the workbook operations or reading the workbook's starting state can throw here;
      // every step reports its own failure.
      setFailure(errorText(text, e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Section title={t('selftest.heading')}>
      <div className={styles.root}>
        <span>{t('selftest.intro')}</span>
        <Button
          onClick={() => {
            void start();
          }}
          disabled={running}
        >
          {t('selftest.button')}
        </Button>
        {running && <Spinner size="tiny" label={t('selftest.running')} />}
        {failure && (
          <MessageBar intent="error">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        )}
        {result && (
          <>
            <MessageBar intent={result.ok ? 'success' : 'error'} role="status">
              <MessageBarBody>
                {result.ok ? t('selftest.allPassed') : t('selftest.someFailed', { count: result.steps.filter((s) => !s.ok).length })}
              </MessageBarBody>
            </MessageBar>
            <ul className={styles.steps} aria-label={t('selftest.results')}>
              {result.steps.map((s) => (
                <li key={s.id} className={s.ok ? undefined : styles.failed}>
                  {`${t(`selftest.step.${s.id}`)}: ${t(s.ok ? 'selftest.passed' : 'selftest.failed')} — ${s.detail}`}
                </li>
              ))}
            </ul>
            <ExportText
              fileName={t('selftest.reportFile')}
              text={result.report}
              hint={t('selftest.reportHint')}
              onClose={() => setResult(undefined)}
            />
          </>
        )}
      </div>
    </Section>
  );
}
