import { DEFAULT_PARETO_CUTOFFS, DEFAULT_SCORE_THRESHOLDS, PYRAMID_LABELS, PYRAMID_SHARES, validateModel } from './model';
import type { ScoringModel } from './types';

export type PresetId = 'scoringsmatrix' | 'abcdScore' | 'pareto8095' | 'klantenpiramide';

/** The seed's scoring matrix (lancelots): Omzet 5, Portfolio 2, Netwerk 3, Samenwerking 1. */
const RAW: Record<PresetId, unknown> = {
  scoringsmatrix: {
    version: 1,
    name: 'Scoringsmatrix (Omzet, Portfolio, Netwerk, Samenwerking)',
    scaleMax: 3,
    revenue: 'Omzet',
    criteria: [
      { name: 'Omzet', weight: 5, scoring: { type: 'quantiles' } },
      { name: 'Portfolio', weight: 2 },
      { name: 'Netwerk', weight: 3 },
      { name: 'Samenwerking', weight: 1 },
    ],
    classification: { method: 'score', thresholds: [...DEFAULT_SCORE_THRESHOLDS], labels: ['A', 'B', 'C', 'D'] },
  },
  abcdScore: {
    version: 1,
    name: 'ABCD op score',
    scaleMax: 3,
    criteria: [
      { name: 'Omzet', weight: 3, scoring: { type: 'quantiles' } },
      { name: 'Samenwerking', weight: 2 },
      { name: 'Betaalgedrag', weight: 2 },
      { name: 'Potentie', weight: 2 },
    ],
    classification: { method: 'score', thresholds: [...DEFAULT_SCORE_THRESHOLDS], labels: ['A', 'B', 'C', 'D'] },
  },
  pareto8095: {
    version: 1,
    name: 'Pareto op omzet 80/95',
    scaleMax: 3,
    revenue: 'Omzet',
    criteria: [{ name: 'Omzet', weight: 1, scoring: { type: 'quantiles' } }],
    classification: { method: 'pareto', column: 'Omzet', cutoffs: [...DEFAULT_PARETO_CUTOFFS], labels: ['A', 'B', 'C'] },
  },
  klantenpiramide: {
    version: 1,
    name: 'Klantenpiramide',
    scaleMax: 3,
    revenue: 'Omzet',
    criteria: [{ name: 'Omzet', weight: 1, scoring: { type: 'linear' } }],
    classification: { method: 'rank', preset: 'klantenpiramide', shares: [...PYRAMID_SHARES], labels: [...PYRAMID_LABELS] },
  },
};

export const PRESET_IDS = Object.keys(RAW) as PresetId[];

export function presetModel(id: PresetId): ScoringModel {
  const v = validateModel(RAW[id]);
  if (!v.ok) throw new Error(`Preset ${id} is invalid: ${JSON.stringify(v.errors)}`);
  return v.model;
}
