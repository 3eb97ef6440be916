import { useCallback, useState } from 'react';
import type { ScoringModel } from '../../engine';
import type { ClassifyOutcome, TableIdentity } from '../../workbook/session';
import type { CatalogKey } from '../../i18n/catalog';
import { carriedMessage } from '../../i18n/errorText';
import { errorNotice } from '../model/notice';
import type { Notices } from './useNotices';
import { useSession } from './useSession';
import { useText } from './useText';

/**
 * The session refuses to write result columns over the user's data; the pane then offers to insert
 * columns instead (the message itself tells the user about that button).
 */
const OUTPUT_OCCUPIED: CatalogKey = 'workbook.outputOccupied';
/** The selection moved to another table than the pane shows: the pane reads the table again. */
const TABLE_CHANGED: CatalogKey = 'workbook.tableChanged';

/** What one click of Classificeer asks for. */
export interface ClassifyRequest {
  readonly skipHiddenRows: boolean;
  /** Insert whole sheet columns for our block (offered after "the cells beside the table are not empty"). */
  readonly insertColumns?: boolean;
  readonly contactPlan?: boolean;
  /** The table the pane shows: the session refuses to write when the selection moved elsewhere. */
  readonly expectedTable?: TableIdentity;
  /** The header row the user chose ("Kopregel"), 1-based; undefined: detected. */
  readonly headerRow?: number;
}

export interface Classification {
  readonly running: boolean;
  /** 0..1 while running when the session reports progress, else undefined (indeterminate). */
  readonly progress?: number;
  /** The last run written to the workbook (cleared by "remove results"). */
  readonly outcome?: ClassifyOutcome;
  /** Classifies and writes; `expectedTable` is the table the pane shows (the session refuses to write when the selection moved elsewhere). */
  readonly classify: (model: ScoringModel, request: ClassifyRequest) => Promise<void>;
  readonly removeResults: () => Promise<void>;
}

export function useClassify(
  notices: Pick<Notices, 'show' | 'clear'>,
  onSaved: (model: ScoringModel) => void,
  onTableChanged?: () => void,
): Classification {
  const session = useSession();
  const text = useText();
  const { show, clear } = notices;
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<number | undefined>();
  const [outcome, setOutcome] = useState<ClassifyOutcome | undefined>();

  const classify = useCallback(
    (model: ScoringModel, request: ClassifyRequest): Promise<void> => {
      const { skipHiddenRows, contactPlan, expectedTable, headerRow } = request;
      // A named inner function, so the "insert columns" button can run it again with the same model.
      const run = async (insert: boolean): Promise<void> => {
        setRunning(true);
        setProgress(undefined);
        clear('classify');
        try {
          const result = await session.classify(model, {
            skipHiddenRows,
            insertColumns: insert,
            onProgress: setProgress,
            ...(contactPlan !== undefined ? { contactPlan } : {}),
            ...(expectedTable ? { expectedTable } : {}),
            ...(headerRow !== undefined ? { headerRow } : {}),
          });
          // Saved after a successful write, so the saved model always describes what is in the sheet.
          await session.saveModel(model);
          onSaved(model);
          setOutcome(result);
          const lines = [text.t('ui.classify.written', { address: result.resultAddress })];
          if (result.reportSheet) lines.push(text.t('ui.classify.report', { sheet: result.reportSheet }));
          if (result.planSheet) lines.push(text.t('ui.classify.plan', { sheet: result.planSheet }));
          lines.push(...result.warnings.map(text.message));
          show({
            source: 'classify',
            intent: result.warnings.length > 0 ? 'warning' : 'success',
            title: text.n('ui.classify.done', result.run.count),
            lines,
          });
        } catch (error) {
          const notice = errorNotice(text, 'classify', 'ui.classify.failed', error);
          const code = carriedMessage(error)?.code;
          if (code === TABLE_CHANGED) onTableChanged?.();
          show(
            code === OUTPUT_OCCUPIED && !insert
              ? {
                  ...notice,
                  action: {
                    label: text.t('ui.classify.insertColumns'),
                    onClick: () => {
                      void run(true);
                    },
                  },
                }
              : notice,
          );
        } finally {
          setRunning(false);
          setProgress(undefined);
        }
      };
      return run(request.insertColumns ?? false);
    },
    [session, text, show, clear, onSaved, onTableChanged],
  );

  const removeResults = useCallback(async (): Promise<void> => {
    setRunning(true);
    clear('classify');
    try {
      const removed = await session.removeResults();
      setOutcome(undefined);
      show({
        source: 'classify',
        intent: removed.warnings?.length ? 'warning' : 'success',
        title: text.t('ui.remove.done'),
        lines: [
          text.n('ui.remove.columns', removed.removedColumns),
          ...(removed.removedReport ? [text.t('ui.remove.report')] : []),
          ...(removed.warnings ?? []).map(text.message),
        ],
      });
    } catch (error) {
      show(errorNotice(text, 'classify', 'ui.remove.failed', error));
    } finally {
      setRunning(false);
    }
  }, [session, text, show, clear]);

  return { running, progress, outcome, classify, removeResults };
}
