import { errorAt, inputError, shown } from './excelRuntime';
import { klantscorePct } from '../../src/functions/functions';

const SEED_WEIGHTS = [[5, 2, 3, 1]];

describe('KW.KLANTSCOREPCT', () => {
  describe('happy path', () => {
    it('divides the seed score by the maximum 3 × (5+2+3+1) = 33', () => {
      const pct = (klantscorePct([[3, 2, 2, 2]], SEED_WEIGHTS) as number[][])[0]?.[0];
      expect(pct).toBeCloseTo(27 / 33, 12);
    });

    it('gives 1 for top marks and 0 for none', () => {
      expect(
        klantscorePct(
          [
            [3, 3, 3, 3],
            [0, 0, 0, 0],
          ],
          SEED_WEIGHTS,
        ),
      ).toEqual([[1], [0]]);
    });

    it('uses schaalmax in the maximum: (5·1 + 0·1) / (5 × 2) = 0,5', () => {
      expect(klantscorePct([[5, 0]], [[1, 1]], 5)).toEqual([[0.5]]);
    });
  });

  describe('given wrong argument type', () => {
    it('refuses text, out-of-scale scores and negative weights with #VALUE! and a message', () => {
      expect(errorAt(klantscorePct([['hoog', 2]], [[1, 1]])).message).toBe(
        'KW.KLANTSCOREPCT, scores (rij 1, kolom 1): "hoog" is geen getal.',
      );
      expect(errorAt(klantscorePct([[3, 2]], [[1, 1]], 2)).message).toContain('score 3 ligt buiten de schaal 0–2');
      expect(errorAt(klantscorePct([[3, 2]], [[1, -1]])).message).toContain('gewichten (waarde 2)');
    });

    it('gives #N/A for a missing score', () => {
      expect(errorAt(klantscorePct([[3, null]], [[1, 1]])).code).toBe('#N/A');
    });

    it('refuses unequal widths', () => {
      expect(errorAt(klantscorePct([[3, 2, 1]], [[1, 1]])).message).toContain('een rij heeft 3 scores, maar er zijn 2 gewichten');
    });
  });

  describe('errors propagation', () => {
    it('passes an input error on in its own row', () => {
      expect(
        shown(
          klantscorePct(
            [
              [3, 3],
              [inputError('#NULL!'), 3],
            ],
            [[1, 1]],
          ),
        ),
      ).toEqual([[1], ['#NULL!']]);
    });
  });

  describe('spilling', () => {
    it('gives one fraction per client row', () => {
      const result = klantscorePct(
        [
          [3, 2, 2, 2],
          [1, 2, 1, 1],
        ],
        SEED_WEIGHTS,
      ) as number[][];
      expect(result).toHaveLength(2);
      expect(result[0]![0]).toBeCloseTo(27 / 33, 12);
      expect(result[1]![0]).toBeCloseTo(13 / 33, 12);
    });
  });

  describe('defaults', () => {
    it('takes schaalmax 3 when omitted: 3 of 3 is 100%', () => {
      expect(klantscorePct([[3]], [[2]])).toEqual([[1]]);
      expect(klantscorePct([[3]], [[2]], null)).toEqual([[1]]);
    });
  });
});
