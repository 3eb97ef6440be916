import { contactPlan, type ContactPlan } from './contactPlan';
import { growthBudget, type GrowthBudget } from './growth';
import { idealClientProfile, type IdealClientProfile } from './idealClient';
import type { ClassificationRun } from './run';
import type { ResolvedLevel } from './serviceLevels';
import type { CellValue, Message } from './types';

/** From class to action: the contact plan, the growth budget and the ideal-client profile of one run. */
export interface ActionPlan {
  readonly contactPlan: ContactPlan;
  readonly growth?: GrowthBudget;
  readonly idealClient?: IdealClientProfile;
  readonly warnings: readonly Message[];
}

export function actionPlan(run: ClassificationRun, rows: readonly (readonly CellValue[])[], levels: readonly ResolvedLevel[], from: string): ActionPlan {
  const plan = contactPlan({ run, rows, levels, from });
  const owners = new Array<string>(run.count).fill('');
  for (const c of plan.clients) owners[c.index] = c.owner;
  const growth = growthBudget(run, rows, owners);
  const exclude = [plan.ownerColumn, growth?.opportunityColumn ?? -1, growth?.chanceColumn ?? -1];
  const idealClient = idealClientProfile(run, rows, exclude);
  return {
    contactPlan: plan, ...(growth ? { growth } : {}), ...(idealClient ? { idealClient } : {}),
    warnings: [...plan.warnings, ...(growth?.warnings ?? [])],
  };
}
