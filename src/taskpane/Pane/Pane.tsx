import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Title3 } from '@fluentui/react-components';
import { useState } from 'react';
import { ClassesSection } from '../ClassesSection';
import { ClassifyBar } from '../ClassifyBar';
import { ContactPlanOption, ContactPlanSection } from '../ContactPlan';
import { ClientList } from '../ClientList';
import { CriteriaSection } from '../CriteriaSection';
import { ModelToolbar } from '../ModelToolbar';
import { NoticeBars } from '../NoticeBars';
import { ResultSummary } from '../ResultSummary';
import { Section } from '../Section';
import { SelfTest } from '../SelfTest';
import { TableSection } from '../TableSection';
import { WhatIfPanel, type Baseline } from '../WhatIfPanel';
import { useClassify } from '../hooks/useClassify';
import { useDetectedTable } from '../hooks/useDetectedTable';
import { useModelDraft } from '../hooks/useModelDraft';
import { useCommandNotices } from '../hooks/useCommandNotices';
import { useNotices } from '../hooks/useNotices';
import { usePreviewRun } from '../hooks/usePreviewRun';
import { useSecurityNotices } from '../hooks/useSecurityNotices';
import { useText } from '../hooks/useText';
import { usePaneStyles } from './usePaneStyles';
import type { NoticeSource } from '../model/notice';

/** Notices shown next to the control that caused them (a narrow pane scrolls; the top may be out of view). */
const BY_MODEL_FILE: readonly NoticeSource[] = ['modelFile'];
const BY_CLASSIFY: readonly NoticeSource[] = ['classify'];

export interface PaneProps {
  /** Wait after the last model edit before the what-if preview runs. */
  readonly previewDelayMs?: number;
}

/** The task pane: table → criteria → classes → what-if → classify → results. */
export function Pane({ previewDelayMs = 250 }: PaneProps): JSX.Element {
  const styles = usePaneStyles();
  const text = useText();
  const { t } = text;
  const notices = useNotices();
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
  const noticesFrom = (sources: readonly NoticeSource[]) => notices.notices.filter((n) => sources.includes(n.source));
  const elsewhere = [...BY_MODEL_FILE, ...BY_CLASSIFY];

  return (
    <main className={styles.root}>
      <Title3 as="h1" className={styles.title}>{t('ui.title')}</Title3>
      <NoticeBars notices={notices.notices.filter((n) => !elsewhere.includes(n.source))} onDismiss={notices.clear} />
      <TableSection table={detection.table} loading={detection.loading} run={preview.run} model={draft.model} dispatch={draft.dispatch}
        skipHiddenRows={skipHiddenRows} onSkipHiddenRows={setSkipHiddenRows} onRefresh={detection.refresh} onHeaderRow={detection.setHeaderRow} />
      {!draft.model && <Spinner size="small" label={t('ui.model.loading')} />}
      {draft.model && (
        <>
          <CriteriaSection model={draft.model} table={detection.table} dispatch={draft.dispatch}
            toolbar={(
              <>
                <ModelToolbar validModel={valid} dispatch={draft.dispatch} onNotice={notices.show} />
                <NoticeBars notices={noticesFrom(BY_MODEL_FILE)} onDismiss={notices.clear} />
              </>
            )} />
          <ClassesSection model={draft.model} dispatch={draft.dispatch} run={preview.run} />
          {draft.validation && !draft.validation.ok && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t('ui.model.incomplete')}</MessageBarTitle>
                <ul>{draft.validation.errors.map((e, i) => <li key={i}>{text.message(e)}</li>)}</ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <WhatIfPanel preview={preview} baseline={baseline} basis={basis} />
          <ContactPlanOption checked={contactPlan} onChange={setPlanChoice} />
          <ClassifyBar canClassify={valid !== undefined && detection.table !== undefined} running={run.running} progress={run.progress}
            onClassify={() => { if (valid) void run.classify(valid, { skipHiddenRows, contactPlan, expectedTable: detection.table, headerRow: detection.headerRow }); }}
            onRemove={() => { void run.removeResults(); }} />
          <NoticeBars notices={noticesFrom(BY_CLASSIFY)} onDismiss={notices.clear} />
        </>
      )}
      {run.outcome && (
        <Section title={t('ui.summary.title')}>
          <ResultSummary run={run.outcome.run} resultAddress={run.outcome.resultAddress} />
          <ClientList run={run.outcome.run} />
        </Section>
      )}
      {run.outcome && <ContactPlanSection outcome={run.outcome} />}
      <SelfTest />
    </main>
  );
}
