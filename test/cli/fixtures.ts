import type { Cell } from './ooxml';

/** The seed's four clients (Omzet and three judged criteria), as the package tests write them. */
export const CLIENTS: Cell[][] = [
  ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'],
  ['Aalders', 400, 3, 2, 2],
  ['Bakker', 300, 2, 2, 1],
  ['Claes', 200, 1, 1, 1],
  ['De Vries', 100, 0, 0, 1],
];

/** The scoring-matrix model the package tests classify with (max 33: 29 → A, 21 → B, 11 → C, 1 → D). */
export const MODEL = {
  version: 1 as const,
  name: 'Matrix',
  scaleMax: 3,
  revenue: 'Omzet',
  missing: 'unclassified' as const,
  rules: [],
  criteria: [
    { name: 'Omzet', column: 'Omzet', weight: 5, scoring: { type: 'quantiles' as const, direction: 'higher' as const } },
    { name: 'Portfolio', column: 'Portfolio', weight: 2, scoring: { type: 'direct' as const } },
    { name: 'Netwerk', column: 'Netwerk', weight: 3, scoring: { type: 'direct' as const } },
    { name: 'Samenwerking', column: 'Samenwerking', weight: 1, scoring: { type: 'direct' as const } },
  ],
  classification: { method: 'score' as const, thresholds: [0.7, 0.45, 0.2], labels: ['A', 'B', 'C', 'D'] },
};
