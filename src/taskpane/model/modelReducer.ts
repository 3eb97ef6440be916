import type { CriterionScoring, Direction, ScoringModel } from '../../engine';
import { classificationFor, fixedClassCount, methodChoiceOf, withLimit, type MethodChoice } from './classDefaults';
import { withDirection } from './criterionDefaults';

/**
 * Every edit the pane makes to the model. The model (a draft that may be invalid while the user
 * edits) is the pane's single source of truth; validation, preview and what-if derive from it.
 */
export type ModelAction =
  | { readonly type: 'replace'; readonly model: ScoringModel }
  | { readonly type: 'setWeight'; readonly index: number; readonly weight: number }
  | { readonly type: 'addCriterion'; readonly column: string; readonly scoring: CriterionScoring }
  | { readonly type: 'removeCriterion'; readonly index: number }
  | { readonly type: 'setScoring'; readonly index: number; readonly scoring: CriterionScoring }
  | { readonly type: 'setDirection'; readonly index: number; readonly direction: Direction }
  | { readonly type: 'setThreshold'; readonly index: number; readonly position: number; readonly value: number }
  | { readonly type: 'setMethod'; readonly method: MethodChoice }
  | { readonly type: 'setClassCount'; readonly count: number }
  | { readonly type: 'setLimit'; readonly position: number; readonly value: number }
  | { readonly type: 'setLabel'; readonly position: number; readonly label: string }
  | { readonly type: 'setRevenue'; readonly column: string | undefined }
  /** The table column a criterion reads (the mapping's correction); its name stays. */
  | { readonly type: 'setCriterionColumn'; readonly index: number; readonly column: string };

function updateCriterion(
  model: ScoringModel,
  index: number,
  update: (c: ScoringModel['criteria'][number]) => ScoringModel['criteria'][number],
): ScoringModel {
  return { ...model, criteria: model.criteria.map((c, i) => (i === index ? update(c) : c)) };
}

export function modelReducer(model: ScoringModel | undefined, action: ModelAction): ScoringModel | undefined {
  if (action.type === 'replace') return action.model;
  if (!model) return model;
  switch (action.type) {
    case 'setWeight':
      return updateCriterion(model, action.index, (c) => ({ ...c, weight: action.weight }));
    case 'addCriterion':
      return {
        ...model,
        criteria: [...model.criteria, { name: action.column, column: action.column, weight: 1, scoring: action.scoring }],
      };
    case 'removeCriterion':
      return { ...model, criteria: model.criteria.filter((_, i) => i !== action.index) };
    case 'setCriterionColumn':
      return updateCriterion(model, action.index, (c) => ({ ...c, column: action.column }));
    case 'setScoring':
      return updateCriterion(model, action.index, (c) => ({ ...c, scoring: action.scoring }));
    case 'setDirection':
      return updateCriterion(model, action.index, (c) => ({ ...c, scoring: withDirection(c.scoring, action.direction) }));
    case 'setThreshold':
      return updateCriterion(model, action.index, (c) =>
        c.scoring.type !== 'thresholds'
          ? c
          : {
              ...c,
              scoring: { ...c.scoring, thresholds: c.scoring.thresholds.map((t, k) => (k === action.position ? action.value : t)) },
            },
      );
    case 'setMethod':
      return {
        ...model,
        classification: classificationFor(
          action.method,
          fixedClassCount(action.method) ?? model.classification.labels.length,
          model.classification,
        ),
      };
    case 'setClassCount':
      return { ...model, classification: classificationFor(methodChoiceOf(model.classification), action.count, model.classification) };
    case 'setLimit':
      return { ...model, classification: withLimit(model.classification, action.position, action.value) };
    case 'setLabel':
      return {
        ...model,
        classification: {
          ...model.classification,
          labels: model.classification.labels.map((l, i) => (i === action.position ? action.label : l)),
        },
      };
    case 'setRevenue': {
      const { revenue: old, ...rest } = model;
      // A Pareto classification on the revenue column follows it to the newly chosen column.
      const c = model.classification;
      const classification =
        c.method === 'pareto' && (c.column === undefined || c.column === old)
          ? { method: 'pareto' as const, cutoffs: c.cutoffs, labels: c.labels, ...(action.column ? { column: action.column } : {}) }
          : c;
      return { ...rest, classification, ...(action.column ? { revenue: action.column } : {}) };
    }
  }
}
