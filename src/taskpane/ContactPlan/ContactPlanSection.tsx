import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { ClassifyOutcome } from '../../workbook/session';
import { Section } from '../Section';
import { useText } from '../hooks/useText';
import { AgendaActions } from './AgendaActions';
import { IdealClient } from './IdealClient';
import { useContactPlanStyles } from './useContactPlanStyles';

const CAPACITY_CODES = ['plan.overCapacity', 'plan.ownerOverCapacity'];

/** From class to action, after a run: the contact plan with its agenda, the growth budget and the ideal client. */
export function ContactPlanSection({ outcome }: { readonly outcome: ClassifyOutcome }): JSX.Element | null {
  const styles = useContactPlanStyles();
  const text = useText();
  const { t, message } = text;
  const action = outcome.action;
  if (!action) return null;
  const plan = outcome.agenda !== undefined ? action.contactPlan : undefined;
  const contacts = plan ? plan.clients.reduce((n, c) => n + c.contacts.length, 0) : 0;
  const hours = (h: number) => text.number(h, 0);
  if (!plan && !action.growth && !action.idealClient) return null;
  return (
    <Section title={t('ui.plan.title')}>
      <div className={styles.root}>
        {plan && (
          <section aria-label={t('ui.plan.summaryTitle')} className={styles.block}>
            <Text weight="semibold">{t('ui.plan.summaryTitle')}</Text>
            <Text>{t('ui.plan.summary', { clients: plan.clients.length, contacts, start: plan.start, anchorBy: plan.anchorBy })}</Text>
            {outcome.planSheet && <Text>{t('ui.plan.sheet', { sheet: outcome.planSheet })}</Text>}
            <Text>
              {plan.capacityHours !== undefined
                ? t('ui.plan.hoursCapacity', { hours: hours(plan.totalHours), capacity: hours(plan.capacityHours) })
                : t('ui.plan.hours', { hours: hours(plan.totalHours) })}
            </Text>
            <ul className={styles.list} aria-label={t('plan.capacity.owner')}>
              {plan.byOwner.map((o) => (
                <li key={o.name}>
                  {t('ui.plan.owner', { owner: o.name, clients: o.clients, contacts: o.contacts, hours: hours(o.hours) })}
                </li>
              ))}
            </ul>
            {plan.warnings
              .filter((w) => CAPACITY_CODES.includes(w.code))
              .map((w, i) => (
                <MessageBar key={i} intent="warning" layout="multiline">
                  <MessageBarBody>{message(w)}</MessageBarBody>
                </MessageBar>
              ))}
            <AgendaActions agenda={outcome.agenda!} sheet={outcome.planSheet} year={plan.year} />
          </section>
        )}
        {action.growth && (
          <section aria-label={t('ui.growth.title')} className={styles.block}>
            <Text weight="semibold">{t('ui.growth.title')}</Text>
            <Text>
              {t('ui.growth.total', { expected: text.money(action.growth.total.expected), clients: action.growth.total.clients })}
            </Text>
            <ul className={styles.list}>
              {action.growth.byClass
                .filter((c) => c.clients > 0)
                .map((c) => (
                  <li key={c.name}>{t('ui.growth.class', { label: c.name, expected: text.money(c.expected) })}</li>
                ))}
            </ul>
          </section>
        )}
        {action.idealClient && <IdealClient profile={action.idealClient} />}
      </div>
    </Section>
  );
}
