import { contactPlan, type ContactPlan } from './contactPlan';
import { growthBudget, type GrowthBudget } from './growth';
import { idealClientProfile, type IdealClientProfile } from './idealClient';
import { readOwners } from './owners';
import type { ClassificationRun } from './run';
import type { ResolvedLevel } from './serviceLevels';
import type { CellValue, Message } from './types';

/** From class to action: the contact plan, the growth budget and the ideal-client profile of one run. */
export interface ActionPlan {
  /** Only when asked for: dates for every client cost more than the rest together. */
  readonly contactPlan?: ContactPlan;
  readonly growth?: GrowthBudget;
  readonly idealClient?: IdealClientProfile;
  readonly warnings: readonly Message[];
}

export function actionPlan(
  run: ClassificationRun,
  rows: readonly (readonly CellValue[])[],
  levels: readonly ResolvedLevel[],
  from: string,
  withContactPlan = true,
): ActionPlan {
  const plan = withContactPlan ? contactPlan({ run, rows, levels, from }) : undefined;
  let owners: string[];
  let ownerColumn: number;
  if (plan) {
    owners = new Array<string>(run.count).fill('');
    for (const c of plan.clients) owners[c.index] = c.owner;
    ownerColumn = plan.ownerColumn;
  } else {
    const reading = readOwners(run, rows);
    owners = [...reading.names];
    ownerColumn = reading.column;
  }
  const growth = growthBudget(run, rows, owners);
  const exclude = [ownerColumn, growth?.opportunityColumn ?? -1, growth?.chanceColumn ?? -1];
  const idealClient = idealClientProfile(run, rows, exclude);
  return {
    ...(plan ? { contactPlan: plan } : {}),
    ...(growth ? { growth } : {}),
    ...(idealClient ? { idealClient } : {}),
    warnings: [...(plan?.warnings ?? []), ...(growth?.warnings ?? [])],
  };
}
