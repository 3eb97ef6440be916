import { Caption1, Field, InfoLabel, Input, Radio, RadioGroup, Select } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import type { ClassificationRun, ScoringModel } from '../../engine';
import type { CatalogKey } from '../../i18n/catalog';
import { NumberField } from '../NumberField';
import { METHOD_CHOICES, fixedClassCount, limitsOf, methodChoiceOf, type MethodChoice } from '../model/classDefaults';
import type { ModelAction } from '../model/modelReducer';
import { Section } from '../Section';
import { useText } from '../hooks/useText';
import { AbcAdvice } from './AbcAdvice';
import { useClassesSectionStyles } from './useClassesSectionStyles';

export interface ClassesSectionProps {
  readonly model: ScoringModel;
  readonly dispatch: Dispatch<ModelAction>;
  /** The latest preview, for the computed-limits advice. */
  readonly run?: ClassificationRun;
}

/** Limits are stored as fractions and edited as whole percentages (70 rather than 0,7). */
const toPercent = (fraction: number) => Math.round(fraction * 10000) / 100;
const toFraction = (percent: number) => Math.round(percent * 100) / 10000;

/** Which limit belongs to class k: score and Pareto have one per class except the last, rank one per class. */
function limitKey(choice: MethodChoice): CatalogKey {
  switch (choice) {
    case 'score':
      return 'ui.classes.limit.score';
    case 'pareto':
      return 'ui.classes.limit.pareto';
    default:
      return 'ui.classes.limit.rank';
  }
}

/** (3) Classes: the method, 3 or 4 classes with their names, and each class's limit. */
export function ClassesSection({ model, dispatch, run }: ClassesSectionProps): JSX.Element {
  const styles = useClassesSectionStyles();
  const { t } = useText();
  const c = model.classification;
  const choice = methodChoiceOf(c);
  const limits = limitsOf(c);
  const fixedCount = fixedClassCount(choice) !== undefined;

  return (
    <Section title={t('ui.classes.title')}>
      <div className={styles.row}>
        <Field
          className={styles.method}
          label={{
            children: (_: unknown, props: Record<string, unknown>) => (
              <InfoLabel
                {...props}
                info={
                  <ul className={styles.helpList}>
                    {METHOD_CHOICES.map((m) => (
                      <li key={m}>{t(`help.method.${m}`)}</li>
                    ))}
                  </ul>
                }
              >
                {t('ui.classes.method')}
              </InfoLabel>
            ),
          }}
        >
          <Select value={choice} onChange={(_e, data) => dispatch({ type: 'setMethod', method: data.value as MethodChoice })}>
            {METHOD_CHOICES.map((m) => (
              <option key={m} value={m}>
                {t(`ui.method.${m}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('ui.classes.count')}>
          <RadioGroup
            layout="horizontal"
            value={String(c.labels.length)}
            disabled={fixedCount}
            onChange={(_e, data) => dispatch({ type: 'setClassCount', count: Number(data.value) })}
          >
            <Radio value="3" label="3" />
            <Radio value="4" label="4" />
          </RadioGroup>
        </Field>
      </div>
      <Caption1 className={styles.hint}>{t(`help.method.${choice}`)}</Caption1>
      {run && choice !== 'computed' && <AbcAdvice run={run} />}
      <ul className={styles.classes}>
        {c.labels.map((label, k) => (
          <li key={k} className={styles.class}>
            <Input
              className={styles.label}
              aria-label={t('ui.classes.label', { number: k + 1 })}
              value={label}
              onChange={(_e, data) => dispatch({ type: 'setLabel', position: k, label: data.value })}
            />
            {k < limits.length && (
              <NumberField
                className={styles.limit}
                label={t(limitKey(choice), { label })}
                value={toPercent(limits[k]!)}
                min={0}
                max={100}
                step={5}
                onValue={(v) => dispatch({ type: 'setLimit', position: k, value: toFraction(v) })}
              />
            )}
            {k < limits.length && <span aria-hidden="true">%</span>}
          </li>
        ))}
      </ul>
    </Section>
  );
}
