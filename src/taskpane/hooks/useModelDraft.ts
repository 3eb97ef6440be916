import { useCallback, useEffect, useMemo, useReducer, useState, type Dispatch } from 'react';
import { validateModel, type ModelValidation, type ScoringModel } from '../../engine';
import type { DetectedTable } from '../../workbook/session';
import type { ModelAction } from '../model/modelReducer';
import { draftReducer, type UndoableChange } from '../model/undo';
import { errorNotice } from '../model/notice';
import { suggestModel } from '../model/suggestModel';
import type { Notices } from './useNotices';
import { useSession } from './useSession';
import { useText } from './useText';

export interface ModelDraft {
  /** The model being edited (undefined while the saved model loads). */
  readonly model?: ScoringModel;
  readonly dispatch: Dispatch<ModelAction>;
  /** Derived: the draft checked with the engine's rules (field-path messages). */
  readonly validation?: ModelValidation;
  /** The model saved in the workbook (what the last run used), if any. */
  readonly savedModel?: ScoringModel;
  readonly setSavedModel: (model: ScoringModel) => void;
  /** The last change that can be undone (a model replaced, a criterion removed), if it was the last edit. */
  readonly undoable?: UndoableChange;
  readonly undo: () => void;
}

/**
 * The model the pane edits: loaded from the workbook on start (validated, since a colleague may
 * have stored an older or hand-edited one), else a suggestion for the detected table.
 */
export function useModelDraft(table: DetectedTable | undefined, tableLoading: boolean, notices: Pick<Notices, 'show'>): ModelDraft {
  const session = useSession();
  const text = useText();
  const { show } = notices;
  const [draft, dispatchDraft] = useReducer(draftReducer, {});
  const model = draft.model;
  const dispatch: Dispatch<ModelAction> = dispatchDraft;
  const undo = useCallback(() => dispatchDraft({ type: 'undo' }), []);
  const [saved, setSaved] = useState<{ loaded: boolean; model?: ScoringModel }>({ loaded: false });

  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => session.loadModel())
      .then(
        (raw) => {
          if (!live) return;
          if (raw === undefined || raw === null) {
            setSaved({ loaded: true });
            return;
          }
          const v = validateModel(raw);
          if (v.ok) {
            setSaved({ loaded: true, model: v.model });
            return;
          }
          show({ source: 'savedModel', intent: 'warning', title: text.t('ui.model.savedInvalid'), lines: v.errors.map(text.message) });
          setSaved({ loaded: true });
        },
        (error: unknown) => {
          if (!live) return;
          show(errorNotice(text, 'savedModel', 'ui.model.loadFailed', error));
          setSaved({ loaded: true });
        },
      );
    return () => {
      live = false;
    };
  }, [session, show, text]);

  // Start editing once both the saved model and the table are known (the suggestion needs the headers).
  useEffect(() => {
    if (model || !saved.loaded || tableLoading) return;
    dispatch({ type: 'replace', model: saved.model ?? suggestModel(table, text.t('ui.model.defaultName')) });
  }, [model, saved, tableLoading, table, text, dispatch]);

  const validation = useMemo(() => (model ? validateModel(model) : undefined), [model]);
  const setSavedModel = useCallback((m: ScoringModel) => setSaved({ loaded: true, model: m }), []);
  return { model, dispatch, validation, savedModel: saved.model, setSavedModel, undoable: draft.undo, undo };
}
