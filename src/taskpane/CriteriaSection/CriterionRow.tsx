import { Button, Caption1, InfoButton, Select } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import type { Criterion, Direction } from '../../engine';
import { NumberField } from '../NumberField';
import { SCORING_TYPES, scoringFor, type ScoringType } from '../model/criterionDefaults';
import type { ModelAction } from '../model/modelReducer';
import { useText } from '../hooks/useText';
import { useCriteriaSectionStyles } from './useCriteriaSectionStyles';

export interface CriterionRowProps {
  readonly criterion: Criterion;
  readonly index: number;
  readonly scaleMax: number;
  /** Sampled numbers of the criterion's column, for starting thresholds. */
  readonly sample: readonly number[];
  readonly dispatch: Dispatch<ModelAction>;
}

/** One criterion: its weight (0–5), how a cell becomes a score, and the thresholds when used. */
export function CriterionRow({ criterion, index, scaleMax, sample, dispatch }: CriterionRowProps): JSX.Element {
  const styles = useCriteriaSectionStyles();
  const { t } = useText();
  const name = criterion.name;
  const s = criterion.scoring;
  return (
    <li className={styles.criterion} aria-label={name}>
      <span className={styles.name}>
        {name}
        {criterion.column !== name && <Caption1> ({t('ui.criteria.column', { column: criterion.column })})</Caption1>}
      </span>
      <NumberField
        label={t('ui.criteria.weight', { criterion: name })}
        value={criterion.weight}
        min={0}
        max={5}
        step={1}
        className={styles.weight}
        onValue={(weight) => dispatch({ type: 'setWeight', index, weight })}
      />
      <Select
        aria-label={t('ui.criteria.scoring', { criterion: name })}
        value={s.type}
        onChange={(_e, data) =>
          dispatch({ type: 'setScoring', index, scoring: scoringFor(data.value as ScoringType, s, sample, scaleMax) })
        }
      >
        {SCORING_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`ui.scoring.${type}`)}
          </option>
        ))}
      </Select>
      <InfoButton
        aria-label={t('help.scoring.label', { criterion: name })}
        info={
          <ul className={styles.helpList}>
            {SCORING_TYPES.map((type) => (
              <li key={type} className={type === s.type ? styles.current : undefined}>
                {t(`help.scoring.${type}`)}
              </li>
            ))}
          </ul>
        }
      />
      {s.type !== 'direct' && (
        <Select
          aria-label={t('ui.criteria.direction', { criterion: name })}
          value={s.direction}
          onChange={(_e, data) => dispatch({ type: 'setDirection', index, direction: data.value as Direction })}
        >
          <option value="higher">{t('ui.direction.higher')}</option>
          <option value="lower">{t('ui.direction.lower')}</option>
        </Select>
      )}
      <Button onClick={() => dispatch({ type: 'removeCriterion', index })}>{t('ui.criteria.remove', { criterion: name })}</Button>
      {s.type === 'thresholds' && (
        <div className={styles.thresholds}>
          {s.thresholds.map((value, position) => (
            <NumberField
              key={position}
              className={styles.threshold}
              value={value}
              label={t(s.direction === 'higher' ? 'ui.criteria.thresholdHigher' : 'ui.criteria.thresholdLower', {
                criterion: name,
                score: position + 1,
              })}
              onValue={(v) => dispatch({ type: 'setThreshold', index, position, value: v })}
            />
          ))}
        </div>
      )}
    </li>
  );
}
