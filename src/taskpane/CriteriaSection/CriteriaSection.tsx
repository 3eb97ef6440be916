import { Button, Field, Select } from '@fluentui/react-components';
import { useState, type Dispatch, type ReactNode } from 'react';
import { criterionCandidates, findHeader, matchModelColumns, type ScoringModel } from '../../engine';
import type { DetectedTable } from '../../workbook/session';
import { looksLikeScores, sampleNumbers } from '../model/criterionDefaults';
import type { ModelAction } from '../model/modelReducer';
import { Section } from '../Section';
import { useText } from '../hooks/useText';
import { CriterionRow } from './CriterionRow';
import { useCriteriaSectionStyles } from './useCriteriaSectionStyles';

export interface CriteriaSectionProps {
  readonly model: ScoringModel;
  readonly table?: DetectedTable;
  readonly dispatch: Dispatch<ModelAction>;
  /** Shown above the criteria (the preset and model-file toolbar). */
  readonly toolbar?: ReactNode;
}

/** (2) Criteria and weights: which columns count, how heavily, and how a cell becomes a score. */
export function CriteriaSection({ model, table, dispatch, toolbar }: CriteriaSectionProps): JSX.Element {
  const styles = useCriteriaSectionStyles();
  const { t } = useText();
  const headers = table?.headers ?? [];
  const columnIndex = (column: string) => findHeader(headers, column)[0] ?? -1;
  // Each criterion's column as the engine matches it ("Omzet" reads "Omzet 2025"), so it is not offered again.
  const matched = matchModelColumns(headers, model).criteria.map((m) => m.index);
  const samplesAt = (index: number) => (table && index >= 0 ? sampleNumbers(table.sample, index) : []);
  const samples = (column: string) => samplesAt(columnIndex(column));
  const used = new Set(matched);
  // The client-name column is never a criterion.
  const available = criterionCandidates(headers, model)
    .filter((i) => !used.has(i))
    .map((i) => headers[i]!);
  const [chosen, setChosen] = useState('');
  const column = available.includes(chosen) ? chosen : (available[0] ?? '');

  const add = () => {
    if (!column) return;
    // A column that already holds 0..M scores is used as is; anything else is ranked into scores.
    const scoring = looksLikeScores(samples(column), model.scaleMax)
      ? { type: 'direct' as const }
      : { type: 'quantiles' as const, direction: 'higher' as const };
    dispatch({ type: 'addCriterion', column, scoring });
  };

  return (
    <Section title={t('ui.criteria.title')}>
      {toolbar}
      <ul className={styles.list}>
        {model.criteria.map((c, i) => (
          <CriterionRow
            key={`${i}-${c.name}`}
            criterion={c}
            index={i}
            scaleMax={model.scaleMax}
            sample={samplesAt(matched[i] ?? -1)}
            dispatch={dispatch}
          />
        ))}
      </ul>
      {available.length > 0 && (
        <div className={styles.add}>
          <Field className={styles.addField} label={t('ui.criteria.addColumn')}>
            <Select value={column} onChange={(_e, data) => setChosen(data.value)}>
              {available.map((h, i) => (
                <option key={`${i}-${h}`} value={h}>
                  {h}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={add}>{t('ui.criteria.add')}</Button>
        </div>
      )}
    </Section>
  );
}
