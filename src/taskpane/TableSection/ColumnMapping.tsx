import { Button, Field, Select, Text } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { criterionCandidates, detectRevenueColumn, matchModelColumns, type ColumnMatch, type ScoringModel } from '../../engine';
import type { ModelAction } from '../model/modelReducer';
import { useText } from '../hooks/useText';
import { useTableSectionStyles } from './useTableSectionStyles';

export interface ColumnMappingProps {
  readonly headers: readonly string[];
  readonly model: ScoringModel;
  readonly dispatch: Dispatch<ModelAction>;
}

/**
 * Which column of the table serves which role: client name, revenue and each criterion, matched by
 * the engine (exact, synonym, close) on every read of the table, so a criterion whose column is gone
 * shows as missing instead of surviving silently. Each can be corrected; an unmatched one offers the
 * column the user probably means. The client-name column is never offered as a criterion.
 */
export function ColumnMapping({ headers, model, dispatch }: ColumnMappingProps): JSX.Element {
  const styles = useTableSectionStyles();
  const { t } = useText();
  const matches = matchModelColumns(headers, model);
  const candidates = criterionCandidates(headers, model).map((i) => headers[i]!);
  const detectedRevenue = detectRevenueColumn(headers);
  const revenueMatch = matches.revenue;
  const chosenRevenue = revenueMatch ? (revenueMatch.index >= 0 ? headers[revenueMatch.index]! : revenueMatch.wanted) : '';
  const revenueOptions = chosenRevenue && !headers.includes(chosenRevenue) ? [...headers, chosenRevenue] : headers;

  const status = (m: ColumnMatch): string => {
    if (m.index < 0) return t('ui.table.columnMissing', { column: m.wanted });
    const column = headers[m.index]!;
    if (m.kind === 'close') return t('ui.table.columnClose', { column, wanted: m.wanted });
    if (m.kind === 'synonym') return t('ui.table.columnSynonym', { column, wanted: m.wanted });
    return t('ui.table.columnFound', { column });
  };
  const suggestion = (m: ColumnMatch, use: (column: string) => void) =>
    m.index < 0 && m.suggestion !== undefined ? (
      <span className={styles.suggestion}>
        <Text>{t('ui.table.didYouMean', { column: m.suggestion })}</Text>
        <Button size="small" onClick={() => use(m.suggestion!)}>
          {t('ui.table.useSuggestion', { column: m.suggestion })}
        </Button>
      </span>
    ) : null;

  return (
    <>
      <dl className={styles.facts} aria-label={t('ui.table.mapping')}>
        <dt className={styles.term}>{t('ui.table.nameColumn')}</dt>
        <dd className={styles.value}>{matches.name >= 0 ? headers[matches.name] : t('ui.table.rowNumbers')}</dd>
        {model.criteria.map((c, i) => {
          const m = matches.criteria[i]!;
          const current = m.index >= 0 ? headers[m.index]! : '';
          const setColumn = (column: string) => dispatch({ type: 'setCriterionColumn', index: i, column });
          return [
            <dt key={`t-${i}`} className={styles.term}>
              {c.name}
            </dt>,
            <dd key={`d-${i}`} className={styles.mapped}>
              <Text className={m.index >= 0 ? undefined : styles.missing}>{status(m)}</Text>
              {suggestion(m, setColumn)}
              <Select
                className={styles.select}
                aria-label={t('ui.table.columnFor', { name: c.name })}
                value={current}
                onChange={(_e, data) => {
                  if (data.value) setColumn(data.value);
                }}
              >
                {current === '' && <option value="">{t('ui.table.chooseColumn')}</option>}
                {candidates.map((h, k) => (
                  <option key={`${k}-${h}`} value={h}>
                    {h}
                  </option>
                ))}
              </Select>
            </dd>,
          ];
        })}
      </dl>
      <Field label={t('ui.table.revenueColumn')}>
        <Select
          className={styles.select}
          value={chosenRevenue}
          onChange={(_e, data) => dispatch({ type: 'setRevenue', column: data.value || undefined })}
        >
          <option value="">
            {detectedRevenue !== undefined ? t('ui.table.revenueAuto', { column: headers[detectedRevenue]! }) : t('ui.table.revenueNone')}
          </option>
          {revenueOptions.map((h, i) =>
            h ? (
              <option key={`${i}-${h}`} value={h}>
                {h}
              </option>
            ) : null,
          )}
        </Select>
      </Field>
      {revenueMatch && revenueMatch.kind !== 'exact' && (
        <Text className={revenueMatch.index < 0 ? styles.missing : undefined}>{status(revenueMatch)}</Text>
      )}
      {revenueMatch && suggestion(revenueMatch, (column) => dispatch({ type: 'setRevenue', column }))}
    </>
  );
}
