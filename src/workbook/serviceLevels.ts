import { resolveServiceLevels, type ResolvedLevel, type ScoringModel } from '../engine';
import type { Texts } from '../i18n/catalog';

/*
 * The service levels alone, apart from the contact plan and agenda (actionPlan.ts): the worksheet
 * function CONTACTMOMENTEN needs them in the first load of the page, the plan only when results are written.
 */

/** The catalog texts of the default tiers (top class first), as the engine's DEFAULT_TIERS orders them. */
const TIER_TEXTS = [
  { activities: 'plan.tier0.activities', ownerRole: 'plan.tier0.role' },
  { activities: 'plan.tier1.activities', ownerRole: 'plan.tier1.role' },
  { activities: 'plan.tier2.activities', ownerRole: 'plan.tier2.role' },
  { activities: 'plan.tier3.activities', ownerRole: 'plan.tier3.role' },
] as const;

/** The service levels of a model in the user's language: the model's own, else the defaults of the articles. */
export function serviceLevels(model: ScoringModel, tx: Texts): ResolvedLevel[] {
  return resolveServiceLevels(model, (tier) => {
    const keys = TIER_TEXTS[Math.min(tier, TIER_TEXTS.length - 1)]!;
    return { activities: tx.t(keys.activities), ownerRole: tx.t(keys.ownerRole) };
  });
}
