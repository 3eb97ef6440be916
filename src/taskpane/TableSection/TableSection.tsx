import { Button, Checkbox, Field, MessageBar, MessageBarBody, Select, Spinner, Text } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import type { ClassificationRun, ScoringModel } from '../../engine';
import type { DetectedTable } from '../../workbook/session';
import type { ModelAction } from '../model/modelReducer';
import { Section } from '../Section';
import { useText } from '../hooks/useText';
import { ColumnMapping } from './ColumnMapping';
import { useTableSectionStyles } from './useTableSectionStyles';

export interface TableSectionProps {
  readonly table?: DetectedTable;
  readonly loading: boolean;
  /** The latest preview, for the number of clients (blank and totals rows are not clients). */
  readonly run?: ClassificationRun;
  readonly model?: ScoringModel;
  readonly dispatch: Dispatch<ModelAction>;
  readonly skipHiddenRows: boolean;
  readonly onSkipHiddenRows: (skip: boolean) => void;
  readonly onRefresh: () => void;
  /** Reads the table again with this header row (1-based sheet row; undefined: detect it). */
  readonly onHeaderRow?: (row: number | undefined) => void;
}

/** Rows offered as the header row: the first 20, and a few below the one in use. */
const HEADER_ROW_CHOICES = 20;

/** (1) The table found from the selection: where it is, how many clients, which column is what. */
export function TableSection(props: TableSectionProps): JSX.Element {
  const { table, loading, run, model, dispatch, skipHiddenRows, onSkipHiddenRows, onRefresh, onHeaderRow } = props;
  const styles = useTableSectionStyles();
  const text = useText();
  const { t } = text;
  const warnings = [...new Set([...(table?.warnings ?? []), ...(run?.table.warnings ?? [])].map(text.message))];

  return (
    <Section title={t('ui.table.title')}>
      {loading && !table && <Spinner size="tiny" label={t('ui.table.searching')} />}
      {!loading && !table && <Text>{t('ui.table.none')}</Text>}
      {table && (
        <dl className={styles.facts}>
          <dt className={styles.term}>{t('ui.table.address')}</dt>
          <dd className={styles.value}>
            {table.tableName ? t('ui.table.excelTable', { address: table.address, name: table.tableName }) : table.address}
          </dd>
          <dt className={styles.term}>{t('ui.table.clientsLabel')}</dt>
          <dd className={styles.value}>
            {run ? text.n('ui.table.clients', run.count) : text.n('ui.table.rows', table.rowCount)}
            {table.hiddenRowCount > 0 && <span> {text.n('ui.table.hidden', table.hiddenRowCount)}</span>}
          </dd>
        </dl>
      )}
      {table && !table.tableName && onHeaderRow && table.headerRow !== undefined && (
        <Field label={t('ui.table.headerRow')}>
          <Select
            className={styles.select}
            value={table.headerRowManual ? String(table.headerRow) : ''}
            onChange={(_e, data) => onHeaderRow(data.value ? Number(data.value) : undefined)}
          >
            <option value="">
              {table.headerRowManual ? t('ui.table.headerRowAutoPlain') : t('ui.table.headerRowAuto', { row: String(table.headerRow) })}
            </option>
            {Array.from({ length: Math.max(HEADER_ROW_CHOICES, table.headerRow + 5) }, (_, i) => (
              <option key={i + 1} value={String(i + 1)}>
                {t('ui.table.headerRowOption', { row: String(i + 1) })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {table && model && <ColumnMapping headers={table.headers} model={model} dispatch={dispatch} />}
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {warnings.length === 1 ? (
              warnings[0]
            ) : (
              <ul>
                {warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Checkbox
          label={t('ui.table.skipHidden')}
          checked={skipHiddenRows}
          onChange={(_e, data) => onSkipHiddenRows(data.checked === true)}
        />
        <Button onClick={onRefresh} disabled={loading}>
          {t('ui.table.refresh')}
        </Button>
      </div>
    </Section>
  );
}
