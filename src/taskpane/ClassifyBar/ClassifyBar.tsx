import { Button, Text, mergeClasses } from '@fluentui/react-components';
import { Suspense, useEffect } from 'react';
import type { Notice } from '../model/notice';
import { useText } from '../hooks/useText';
import { whenIdle } from '../host/idle';
import { LazyRunProgress, preloadRunParts } from '../Lazy';
import { useClassifyBarStyles } from './useClassifyBarStyles';

export interface ClassifyBarProps {
  /** False while the model is invalid or no table was found. */
  readonly canClassify: boolean;
  readonly running: boolean;
  /** 0..1, or undefined for an indeterminate bar. */
  readonly progress?: number;
  /** The last classify or remove outcome; its title is the status line. */
  readonly notice?: Notice;
  /** What the status line says when there is no outcome yet (ready, or why the button is disabled). */
  readonly idleText: string;
  readonly runningText: string;
  readonly onClassify: () => void;
  /** Opens the removal question; nothing is removed without it. */
  readonly onRemove: () => void;
}

/**
 * (4) The footer that stays in view however far the pane is scrolled: the one button of the yearly
 * run, its progress, a one-line status of the last result (a live region, so screen readers hear
 * it), and the way back ("remove results", which asks first).
 */
export function ClassifyBar(props: ClassifyBarProps): JSX.Element {
  const { canClassify, running, progress, notice, idleText, runningText, onClassify, onRemove } = props;
  const styles = useClassifyBarStyles();
  const { t } = useText();
  const failed = notice?.intent === 'error';
  // What a click on Classificeer shows next (progress bar, view tabs, results view): fetched before, once the pane is idle.
  useEffect(() => whenIdle(preloadRunParts), []);
  return (
    <footer className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="primary" className={styles.classify} disabled={!canClassify || running} onClick={onClassify}>
          {t('ui.classify')}
        </Button>
        <Button size="small" className={styles.remove} disabled={running} onClick={onRemove}>
          {t('ui.removeResults')}
        </Button>
      </div>
      {running && (
        // Until its chunk is there, an empty bar of the same height keeps the status line where it will be.
        <Suspense fallback={<div className={styles.progressSpace} />}>
          <LazyRunProgress value={progress} label={runningText} />
        </Suspense>
      )}
      <div role="status" aria-label={t('pane.status.label')} className={styles.status}>
        {running ? (
          <Text size={200}>{runningText}</Text>
        ) : notice ? (
          <>
            <Text size={200} weight="semibold" className={mergeClasses(styles.line, styles[notice.intent])}>
              {notice.title}
            </Text>
            {failed && notice.lines[0] && (
              <Text size={200} className={styles.detail}>
                {notice.lines[0]}
              </Text>
            )}
          </>
        ) : (
          <Text size={200} className={styles.line}>
            {idleText}
          </Text>
        )}
      </div>
      {!running && notice?.action && (
        <Button size="small" onClick={notice.action.onClick}>
          {notice.action.label}
        </Button>
      )}
    </footer>
  );
}
