import { Field, Select } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { detectNameColumn, detectRevenueColumn, findHeader, type ScoringModel } from '../../engine';
import type { ModelAction } from '../model/modelReducer';
import { useText } from '../hooks/useText';
import { useTableSectionStyles } from './useTableSectionStyles';

export interface ColumnMappingProps {
  readonly headers: readonly string[];
  readonly model: ScoringModel;
  readonly dispatch: Dispatch<ModelAction>;
}

/** Which column of the table serves which role: client name, revenue and each criterion. */
export function ColumnMapping({ headers, model, dispatch }: ColumnMappingProps): JSX.Element {
  const styles = useTableSectionStyles();
  const { t } = useText();
  const column = (wanted: string): string | undefined => {
    const hits = findHeader(headers, wanted);
    return hits.length === 1 ? headers[hits[0]!] : undefined;
  };
  const nameIndex = model.nameColumn ? findHeader(headers, model.nameColumn)[0] : detectNameColumn(headers);
  const detectedRevenue = detectRevenueColumn(headers);
  const chosenRevenue = model.revenue ? column(model.revenue) ?? model.revenue : '';
  const revenueOptions = chosenRevenue && !headers.includes(chosenRevenue) ? [...headers, chosenRevenue] : headers;

  return (
    <>
      <dl className={styles.facts} aria-label={t('ui.table.mapping')}>
        <dt className={styles.term}>{t('ui.table.nameColumn')}</dt>
        <dd className={styles.value}>{nameIndex !== undefined && nameIndex >= 0 ? headers[nameIndex] : t('ui.table.rowNumbers')}</dd>
        {model.criteria.map((c, i) => {
          const found = column(c.column);
          return [
            <dt key={`t-${i}`} className={styles.term}>{c.name}</dt>,
            <dd key={`d-${i}`} className={found ? styles.value : styles.missing}>
              {found ? t('ui.table.columnFound', { column: found }) : t('ui.table.columnMissing', { column: c.column })}
            </dd>,
          ];
        })}
      </dl>
      <Field label={t('ui.table.revenueColumn')}>
        <Select value={chosenRevenue}
          onChange={(_e, data) => dispatch({ type: 'setRevenue', column: data.value || undefined })}>
          <option value="">
            {detectedRevenue !== undefined ? t('ui.table.revenueAuto', { column: headers[detectedRevenue]! }) : t('ui.table.revenueNone')}
          </option>
          {revenueOptions.map((h, i) => (h ? <option key={`${i}-${h}`} value={h}>{h}</option> : null))}
        </Select>
      </Field>
    </>
  );
}
