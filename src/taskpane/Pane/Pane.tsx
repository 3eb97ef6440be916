import { Accordion, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Title3 } from '@fluentui/react-components';
import { Suspense, useEffect, useRef, useState } from 'react';
import { ClassifyBar } from '../ClassifyBar';
import { ContactPlanOption } from '../ContactPlan/ContactPlanOption';
import { HelpPanel } from '../HelpPanel';
import { NoticeBars } from '../NoticeBars';
import {
  LazyClassesSection,
  LazyCriteriaSection,
  LazyModelToolbar,
  LazyRemoveDialog,
  LazyResults,
  LazySelfTest,
  LazyViewTabs,
  LazyWhatIfPanel,
} from '../Lazy';
import { SetupItem } from '../SetupItem';
import { TableSection } from '../TableSection';
import { UndoBar } from '../UndoBar';
import { useWhatIf, type Baseline } from '../WhatIfPanel/useWhatIf';
import { useHost } from '../host/paneHost';
import { useClassify } from '../hooks/useClassify';
import { useDetectedTable } from '../hooks/useDetectedTable';
import { useModelDraft } from '../hooks/useModelDraft';
import { useCommandNotices } from '../hooks/useCommandNotices';
import { useNotices } from '../hooks/useNotices';
import { usePreviewRun } from '../hooks/usePreviewRun';
import { useSecurityNotices } from '../hooks/useSecurityNotices';
import { useText } from '../hooks/useText';
import { useSetupSummaries } from './useSetupSummaries';
import { usePaneStyles } from './usePaneStyles';
import type { PaneView as View } from './ViewTabs';
import type { Notice, NoticeSource } from '../model/notice';

/** Notices shown next to the control that caused them (a narrow pane scrolls; the top may be out of view). */
const BY_MODEL_FILE: readonly NoticeSource[] = ['modelFile'];
const BY_CLASSIFY: readonly NoticeSource[] = ['classify'];

/**
 * Which setup items start open: a first-time user sees table, criteria and classes; with a model
 * saved in the workbook (a yearly re-run) only the table, so one glance confirms what will be
 * classified and the rest is a one-line summary each.
 */
function initiallyOpen(hasSavedModel: boolean): string[] {
  return hasSavedModel ? ['table'] : ['table', 'criteria', 'classes'];
}

export interface PaneProps {
  /** Wait after the last model edit before the what-if preview runs. */
  readonly previewDelayMs?: number;
  /** Notices from the pane's start, e.g. that its language did not load (startPane.tsx). */
  readonly startNotices?: readonly Notice[];
}

/**
 * The task pane at task-pane size (320–350 px): a setup view of collapsible sections (table →
 * criteria → classes → what-if), a results view that opens after a run with the outcome on top,
 * and a footer with Classificeer and the last result's status that never scrolls away.
 */
export function Pane({ previewDelayMs = 250, startNotices }: PaneProps): JSX.Element {
  const styles = usePaneStyles();
  const text = useText();
  const host = useHost();
  const { t } = text;
  const notices = useNotices(startNotices);
  useCommandNotices(notices.show);
  const [skipHiddenRows, setSkipHiddenRows] = useState(false);
  const detection = useDetectedTable(skipHiddenRows, notices);
  const draft = useModelDraft(detection.table, detection.loading, notices);
  useSecurityNotices(notices.show);
  const run = useClassify(notices, draft.setSavedModel, detection.refresh);
  const valid = draft.validation?.ok ? draft.validation.model : undefined;
  // Until the user decides, a model with a plan section makes the plan (as the ribbon command and CLI do).
  const [planChoice, setPlanChoice] = useState<boolean | undefined>();
  const contactPlan = planChoice ?? valid?.plan !== undefined;

  const preview = usePreviewRun(valid, detection.table, skipHiddenRows, previewDelayMs);
  // The what-if baseline: the run just written, else the saved model on the current table.
  const savedPreview = usePreviewRun(run.outcome ? undefined : draft.savedModel, detection.table, skipHiddenRows, 0);
  const baseline = run.outcome?.run ?? savedPreview.run;
  const basis: Baseline = run.outcome ? 'written' : draft.savedModel && savedPreview.run ? 'saved' : 'none';
  const comparison = useWhatIf(preview, baseline, basis);
  const summaries = useSetupSummaries({ table: detection.table, loading: detection.loading, model: draft.model, preview, comparison });

  const [openItems, setOpenItems] = useState<string[] | undefined>();
  // Decided once, when the model is first there; saving a model later (a run) must not fold the sections.
  if (openItems === undefined && draft.model) setOpenItems(initiallyOpen(draft.savedModel !== undefined));
  const open = openItems ?? [];
  const [view, setView] = useState<View>('setup');
  // A new run opens the results view; removing the results goes back to the setup (set while rendering,
  // React's pattern for state that follows a changed value).
  const [shownOutcome, setShownOutcome] = useState(run.outcome);
  if (shownOutcome !== run.outcome) {
    setShownOutcome(run.outcome);
    setView(run.outcome ? 'results' : 'setup');
  }
  // A new outcome is shown from the top of the results view, however far the setup was scrolled.
  const paneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shownOutcome) paneRef.current?.scrollIntoView?.({ block: 'start' });
  }, [shownOutcome]);
  const [asking, setAsking] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [askedOnce, setAskedOnce] = useState(false);
  if (asking && !askedOnce) setAskedOnce(true);

  const noticesFrom = (sources: readonly NoticeSource[]) => notices.notices.filter((n) => sources.includes(n.source));
  const elsewhere = [...BY_MODEL_FILE, ...BY_CLASSIFY];
  const classifyNotice = noticesFrom(BY_CLASSIFY).at(-1);
  const canClassify = valid !== undefined && detection.table !== undefined;
  const idleText =
    !draft.model || (detection.loading && !detection.table)
      ? t('pane.status.loading')
      : !detection.table
        ? t('pane.status.noTable')
        : !valid
          ? t('pane.status.invalid')
          : preview.run
            ? text.n('pane.status.readyCount', preview.run.count)
            : t('pane.status.ready');
  // A section's content is fetched when the section first opens (Lazy/lazyParts.ts).
  const sectionLoading = <Spinner size="extra-tiny" label={t('pane.section.loading')} />;
  const shownView: View = view === 'results' && run.outcome ? 'results' : 'setup';

  const confirmRemove = () => {
    setAsking(false);
    setRemoving(true);
    void run.removeResults().finally(() => setRemoving(false));
  };

  return (
    <div ref={paneRef} className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t('ui.title')}
        </Title3>
        <HelpPanel />
      </header>
      {/* Tabs only once there are two views; their space is held while their chunk (the results view's) loads. */}
      {run.outcome && (
        <Suspense fallback={<div className={styles.tabsSpace} />}>
          <LazyViewTabs className={styles.tabs} view={shownView} onView={setView} />
        </Suspense>
      )}
      <main className={styles.content}>
        <NoticeBars notices={noticesFrom(BY_CLASSIFY)} onDismiss={notices.clear} />
        {shownView === 'results' && run.outcome && (
          <Suspense fallback={<Spinner size="small" label={t('pane.results.loading')} />}>
            <LazyResults outcome={run.outcome} />
          </Suspense>
        )}
        {shownView === 'setup' && (
          <>
            <NoticeBars notices={notices.notices.filter((n) => !elsewhere.includes(n.source))} onDismiss={notices.clear} />
            {!draft.model && <Spinner size="small" label={t('ui.model.loading')} />}
            {draft.model && draft.validation && !draft.validation.ok && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t('ui.model.incomplete')}</MessageBarTitle>
                  <ul className={styles.errors}>
                    {draft.validation.errors.map((e, i) => (
                      <li key={i}>{text.message(e)}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            <Accordion
              multiple
              collapsible
              openItems={open}
              aria-label={t('pane.sections')}
              onToggle={(_e, data) => setOpenItems(data.openItems.map(String))}
            >
              <SetupItem value="table" title={t('ui.table.title')} summary={summaries.table}>
                <TableSection
                  table={detection.table}
                  loading={detection.loading}
                  run={preview.run}
                  model={draft.model}
                  dispatch={draft.dispatch}
                  skipHiddenRows={skipHiddenRows}
                  onSkipHiddenRows={setSkipHiddenRows}
                  onRefresh={detection.refresh}
                  onHeaderRow={detection.setHeaderRow}
                />
              </SetupItem>
              {draft.model && (
                <>
                  <SetupItem value="criteria" title={t('ui.criteria.title')} summary={summaries.criteria}>
                    <Suspense fallback={sectionLoading}>
                      <LazyCriteriaSection
                        model={draft.model}
                        table={detection.table}
                        dispatch={draft.dispatch}
                        toolbar={
                          <>
                            <LazyModelToolbar validModel={valid} dispatch={draft.dispatch} onNotice={notices.show} />
                            <NoticeBars notices={noticesFrom(BY_MODEL_FILE)} onDismiss={notices.clear} />
                            <UndoBar change={draft.undoable} onUndo={draft.undo} />
                          </>
                        }
                      />
                    </Suspense>
                  </SetupItem>
                  <SetupItem value="classes" title={t('ui.classes.title')} summary={summaries.classes}>
                    <Suspense fallback={sectionLoading}>
                      <LazyClassesSection model={draft.model} dispatch={draft.dispatch} run={preview.run} />
                    </Suspense>
                  </SetupItem>
                  <SetupItem value="whatIf" title={t('ui.whatIf.title')} summary={summaries.whatIf}>
                    <Suspense fallback={sectionLoading}>
                      <LazyWhatIfPanel preview={preview} baseline={baseline} basis={basis} comparison={comparison} />
                    </Suspense>
                  </SetupItem>
                </>
              )}
            </Accordion>
            {draft.model && <ContactPlanOption checked={contactPlan} onChange={setPlanChoice} />}
            {/* Only where the host can provide a self-test workbook; otherwise its chunk is never loaded. */}
            {host.selfTestWorkbook && (
              <Suspense fallback={null}>
                <LazySelfTest />
              </Suspense>
            )}
          </>
        )}
      </main>
      <ClassifyBar
        canClassify={canClassify}
        running={run.running}
        progress={run.progress}
        notice={classifyNotice}
        idleText={idleText}
        runningText={removing ? t('pane.status.removing') : t('ui.classify.running')}
        onClassify={() => {
          if (valid)
            void run.classify(valid, { skipHiddenRows, contactPlan, expectedTable: detection.table, headerRow: detection.headerRow });
        }}
        onRemove={() => setAsking(true)}
      />
      {/* Mounted from the first request on (loading its chunk then), so it can also animate closed. */}
      {(asking || askedOnce) && (
        <Suspense fallback={null}>
          <LazyRemoveDialog open={asking} onCancel={() => setAsking(false)} onConfirm={confirmRemove} />
        </Suspense>
      )}
    </div>
  );
}
