import type { ScoringModel } from '../../engine';
import { modelReducer, type ModelAction } from './modelReducer';

/** The last change that threw work away (a whole model replaced, a criterion removed), and the model before it. */
export interface UndoableChange {
  readonly kind: 'replaced' | 'removed';
  /** The new model's name, or the removed criterion's. */
  readonly name: string;
  readonly before: ScoringModel;
}

export interface DraftState {
  readonly model?: ScoringModel;
  readonly undo?: UndoableChange;
}

export type DraftAction = ModelAction | { readonly type: 'undo' };

/**
 * The model reducer plus one step of undo for the changes that lose work. Any other edit ends the
 * offer: "undo" always means the last change the user made, never one further back.
 */
export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  if (action.type === 'undo') return state.undo ? { model: state.undo.before } : state;
  const model = modelReducer(state.model, action);
  if (model === state.model) return state;
  const before = state.model;
  if (before && action.type === 'replace') return { model, undo: { kind: 'replaced', name: action.model.name, before } };
  if (before && action.type === 'removeCriterion') {
    return { model, undo: { kind: 'removed', name: before.criteria[action.index]?.name ?? '', before } };
  }
  return { model };
}
