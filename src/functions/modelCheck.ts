import { validateModel, type ModelIssue, type ScoringModel } from '../engine';
import { itemPlace } from './cells';
import { fail, Problem, VALUE_ERROR, type ParamName } from './problem';

/**
 * Validates the arguments as a model, so a function obeys exactly the rules the task pane's model
 * obeys (weights ≥ 0 and not all 0, scale 1–10, limits in order, as many labels as classes, …) without
 * restating them. The first model issue is reported against the argument it came from.
 */
export function checkedModel(fields: Record<string, unknown>, limitsParam: ParamName = 'grenzen'): ScoringModel {
  const v = validateModel({ version: 1, ...fields });
  if (v.ok) return v.model;
  return fail(problemFromIssue(v.errors[0]!, limitsParam));
}

function problemFromIssue(issue: ModelIssue, limitsParam: ParamName): Problem {
  const { path, ...params } = issue.params;
  const reason = { code: issue.code, params };
  const at = (argument: ParamName, index: string | undefined) =>
    new Problem(VALUE_ERROR, argument, reason, index === undefined ? undefined : itemPlace(Number(index)));
  let m: RegExpExecArray | null;
  if (path === 'scaleMax') return at('schaalmax', undefined);
  if (path === 'criteria') return at('gewichten', undefined);
  if ((m = /^criteria\[(\d+)\]\.weight$/.exec(path))) return at('gewichten', m[1]);
  if ((m = /^classification\.(?:thresholds|cutoffs|shares)(?:\[(\d+)\])?$/.exec(path))) return at(limitsParam, m[1]);
  if ((m = /^classification\.labels(?:\[(\d+)\])?$/.exec(path))) return at('labels', m[1]);
  // Any other path means the function built a model wrongly: a bug, not a user error.
  throw new Error(`model issue ${issue.code} at ${path}`);
}
