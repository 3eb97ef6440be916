import { Button, Field, Input, Text, useId } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { normalizeHeader, type ClassificationRun } from '../../engine';
import { ClassBadge } from '../ClassBadge';
import { useText } from '../hooks/useText';
import { ClientExplanation } from './ClientExplanation';
import { useClientListStyles } from './useClientListStyles';

export interface ClientListProps {
  readonly run: ClassificationRun;
}

/** A pane is narrow and a portfolio can hold thousands of clients: show the best-ranked matches only. */
const MAX_SHOWN = 100;

/** Client indexes best first (by rank; unranked clients last, in table order). */
function rankOrder(run: ClassificationRun): number[] {
  const order = Array.from({ length: run.count }, (_, i) => i);
  const rankOf = (i: number) => (run.rank[i]! > 0 ? run.rank[i]! : Number.MAX_SAFE_INTEGER);
  return order.sort((a, b) => rankOf(a) - rankOf(b) || a - b);
}

/** Every client with class and score; opening one shows why it got its class. */
export function ClientList({ run }: ClientListProps): JSX.Element {
  const styles = useClientListStyles();
  const text = useText();
  const { t } = text;
  const baseId = useId('client');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<number | undefined>();
  const order = useMemo(() => rankOrder(run), [run]);
  const matches = useMemo(() => {
    const q = normalizeHeader(query);
    return q ? order.filter((i) => normalizeHeader(run.table.names[i]).includes(q)) : order;
  }, [order, query, run]);
  const labels = run.model.classification.labels;

  return (
    <>
      <Field label={t('ui.clients.search')}>
        <Input type="search" value={query} onChange={(_e, data) => setQuery(data.value)} />
      </Field>
      {matches.length > MAX_SHOWN && <Text>{t('ui.clients.limited', { shown: MAX_SHOWN, count: matches.length })}</Text>}
      {matches.length === 0 && <Text>{t('ui.clients.noMatch')}</Text>}
      <ul className={styles.list} aria-label={t('ui.clients.title')}>
        {matches.slice(0, MAX_SHOWN).map((i) => {
          const k = run.classIndex[i]!;
          const percent = run.percent[i]!;
          const expanded = open === i;
          return (
            <li key={i}>
              <Button
                appearance="subtle"
                className={styles.client}
                aria-expanded={expanded}
                aria-controls={expanded ? `${baseId}-${i}` : undefined}
                onClick={() => setOpen(expanded ? undefined : i)}
              >
                <ClassBadge label={k >= 0 ? labels[k]! : null} index={k} count={labels.length} noneText={t('ui.class.none')} />
                <span className={styles.name}>{run.table.names[i]}</span>
                <span>{Number.isNaN(percent) ? '–' : text.percent(percent, 1)}</span>
              </Button>
              {expanded && <ClientExplanation run={run} index={i} id={`${baseId}-${i}`} />}
            </li>
          );
        })}
      </ul>
    </>
  );
}
