import type { ClassifyOutcome } from '../../workbook/session';
import { ClientList } from '../ClientList/ClientList';
import { ContactPlanSection } from '../ContactPlan/ContactPlanSection';
import { ResultSummary } from '../ResultSummary/ResultSummary';
import { Section } from '../Section';
import { useText } from '../hooks/useText';

/** The results view after a run: the outcome on top, the clients, then the contact plan (when made). */
export function Results({ outcome }: { readonly outcome: ClassifyOutcome }): JSX.Element {
  const { t } = useText();
  return (
    <>
      <Section title={t('ui.summary.title')}>
        <ResultSummary run={outcome.run} resultAddress={outcome.resultAddress} />
        <ClientList run={outcome.run} />
      </Section>
      <ContactPlanSection outcome={outcome} />
    </>
  );
}
