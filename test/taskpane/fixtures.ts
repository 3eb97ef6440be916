import type { FakeSheet } from './fakeSession';

/**
 * Four clients scored on the seed's matrix (Omzet 5, Portfolio 2, Netwerk 3, Samenwerking 1; max 33).
 * Omzet is ranked into quantile scores: with 4 distinct revenues s = floor(4·L/4) = L, the number of
 * clients with a lower revenue, so Jansen 3, De Vries 2, Smit 1, Vos 0. By hand:
 *   Jansen   3·5 + 2·2 + 2·3 + 2·1 = 27 → 81,8% → A (≥ 70%)
 *   De Vries 2·5 + 3·2 + 2·3 + 1·1 = 23 → 69,7% → B (≥ 45%)
 *   Smit     1·5 + 1·2 + 1·3 + 1·1 = 11 → 33,3% → C (≥ 20%)
 *   Vos      0·5 + 0·2 + 1·3 + 0·1 =  3 →  9,1% → D
 * With Portfolio weight 3 (max 36) De Vries gets 10 + 9 + 6 + 1 = 26 → 72,2% → A; the others keep
 * their class (Jansen 29 → 80,6%, Smit 12 → 33,3%, Vos 3 → 8,3%).
 */
export const SEED_SHEET: FakeSheet = {
  sheet: 'Klanten',
  header: ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'],
  rows: [
    ['Bakkerij Jansen', 40000, 2, 2, 2],
    ['Garage De Vries', 20000, 3, 2, 1],
    ['Kapsalon Smit', 10000, 1, 1, 1],
    ['Stichting Vos', 5000, 0, 1, 0],
  ],
};
