import type { ScoringModel, ServiceLevel } from './types';

/**
 * The attention pyramid: default service levels from the articles. Top class: contact four times a
 * year (twice a breakfast session, a yearly talk with a partner, a card on a special occasion);
 * the middle "as much time as needed"; the weakest classes a talk about conditions, then a
 * courteous goodbye. Texts (activities, roles) come from the i18n catalog by tier.
 */
export interface DefaultTier {
  readonly contactsPerYear: number;
  readonly hoursPerYear: number;
}

export const DEFAULT_TIERS: readonly DefaultTier[] = [
  { contactsPerYear: 4, hoursPerYear: 16 },
  { contactsPerYear: 2, hoursPerYear: 6 },
  { contactsPerYear: 1, hoursPerYear: 2 },
  { contactsPerYear: 0, hoursPerYear: 1 },
];

/** Which default tier class k of n gets: the top class tier 0, the last class the last tier, the rest in between. */
export function defaultTier(k: number, n: number): number {
  if (n <= DEFAULT_TIERS.length) return n === 3 && k === 2 ? 2 : k;
  if (k === n - 1) return DEFAULT_TIERS.length - 1;
  return Math.min(DEFAULT_TIERS.length - 2, Math.floor((k * (DEFAULT_TIERS.length - 1)) / (n - 1)));
}

/** Default texts per tier, supplied by the caller in the user's language. */
export type TierTexts = (tier: number) => { readonly activities: string; readonly ownerRole: string };

/** A service level with every field filled in, one per class (in class order). */
export type ResolvedLevel = Required<ServiceLevel>;

/** The model's levels per class, each missing one (or missing field) filled from its default tier. */
export function resolveServiceLevels(model: ScoringModel, texts: TierTexts): ResolvedLevel[] {
  const labels = model.classification.labels;
  const own = new Map((model.plan?.serviceLevels ?? []).map((l) => [l.class, l]));
  return labels.map((label, k) => {
    const tier = defaultTier(k, labels.length);
    const fallback = { ...DEFAULT_TIERS[tier]!, ...texts(tier) };
    const level = own.get(label);
    return {
      class: label,
      contactsPerYear: level?.contactsPerYear ?? fallback.contactsPerYear,
      hoursPerYear: level?.hoursPerYear ?? fallback.hoursPerYear,
      activities: level?.activities ?? fallback.activities,
      ownerRole: level?.ownerRole ?? fallback.ownerRole,
    };
  });
}
