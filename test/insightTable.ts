import type { CellValue } from '../src/engine';

/**
 * Five clients with every portfolio-insight input, for the engine, workbook and pane tests. Model: the
 * seed's scoring matrix (Omzet by quantiles 5, Portfolio 2, Netwerk 3, Samenwerking 1; max 33;
 * limits 70/45/20%) plus `hourlyCost: 40`. Worked out by hand:
 *
 * Omzet quantiles (n = 5, s = min(3, floor(4·L/5)), L = clients with less revenue):
 *   500 → L 4 → 3; 300 → 3 → 2; 100 → 2 → 1; 50 → 1 → 0; 20 → 0 → 0.
 *   Aalders  3·5 + 3·2 + 2·3 + 2·1 = 29 → 87,9% A   (vorig jaar B → ↑)
 *   Bakker   2·5 + 2·2 + 2·3 + 1·1 = 21 → 63,6% B   (B → =)
 *   Claes    1·5 + 1·2 + 1·3 + 1·1 = 11 → 33,3% C   (A → ↓)
 *   De Vries 0·5 + 0·2 + 0·3 + 1·1 =  1 →  3,0% D   (empty → nieuw)
 *   Evers    0·5 + 2·2 + 2·3 + 2·1 = 12 → 36,4% C   (C → =)
 * Migration (rows last year, columns now, A..D): A [0,0,1,0], B [1,1,0,0], C [0,0,1,0], D [0,0,0,0];
 *   new per class [0,0,0,1]; 1 up, 1 down, 2 same, 1 new.
 * Profitability (cost = hours × 40): hours 4, 5, 2, 1, 2 → cost 160, 200, 80, 40, 80 →
 *   margin 340, 100, 20, 10, −60; revenue per hour 125, 60, 50, 50, 10.
 *   Totals: revenue 970, cost 560, margin 410 (42,27%), revenue per hour 970 / 14 = 69,2857; 1 loss-making.
 * Client types (value = revenue, limits = medians: revenue 100, potential 1 of 3, 0, 2, 1, 0):
 *   Aalders (500, 3) Strategisch, Bakker (300, 0) Groot, Claes (100, 2) Strategisch,
 *   De Vries (50, 1) Ontwikkeling, Evers (20, 0) Transactioneel → counts 2, 1, 1, 1.
 * Concentration (total 970): largest Aalders 500/970 = 51,55%, Bakker 300/970 = 30,93% (both > 20%),
 *   top 3 900/970 = 92,78%, Herfindahl (250000 + 90000 + 10000 + 2500 + 400) / 940900 = 352900/940900.
 */
export const INSIGHT_HEADER = ['Klant', 'Omzet', 'Uren', 'Portfolio', 'Netwerk', 'Samenwerking', 'Potentie', 'Klasse vorig jaar'];

export const INSIGHT_ROWS: CellValue[][] = [
  ['Aalders', 500, 4, 3, 2, 2, 3, 'B'],
  ['Bakker', 300, 5, 2, 2, 1, 0, 'B'],
  ['Claes', 100, 2, 1, 1, 1, 2, 'A'],
  ['De Vries', 50, 1, 0, 0, 1, 1, null],
  ['Evers', 20, 2, 2, 2, 2, 0, 'C'],
];

export const INSIGHT_MODEL_RAW = {
  version: 1,
  name: 'Scoringsmatrix met uurtarief',
  scaleMax: 3,
  revenue: 'Omzet',
  hourlyCost: 40,
  criteria: [
    { name: 'Omzet', weight: 5, scoring: { type: 'quantiles' } },
    { name: 'Portfolio', weight: 2 },
    { name: 'Netwerk', weight: 3 },
    { name: 'Samenwerking', weight: 1 },
  ],
  classification: { method: 'score', thresholds: [0.7, 0.45, 0.2], labels: ['A', 'B', 'C', 'D'] },
} as const;

export const EXPECTED_INSIGHT = {
  labels: ['A', 'B', 'C', 'D', 'C'],
  shifts: ['↑', '=', '↓', 'nieuw', '='],
  margins: [340, 100, 20, 10, -60],
  perHour: [125, 60, 50, 50, 10],
  types: ['Strategisch', 'Groot', 'Strategisch', 'Ontwikkeling', 'Transactioneel'],
  matrix: [
    [0, 0, 1, 0],
    [1, 1, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 0],
  ],
  newByClass: [0, 0, 0, 1],
  herfindahl: 352900 / 940900,
} as const;
