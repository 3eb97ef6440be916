import { errorAt, inOfficeLanguage, inputError, shown } from './excelRuntime';
import { klantscore } from '../../src/functions/functions';

// The seed (lancelots): weights Omzet 5, Portfolio 2, Netwerk 3, Samenwerking 1.
const SEED_WEIGHTS = [[5, 2, 3, 1]];

describe('KW.KLANTSCORE', () => {
  describe('happy path', () => {
    it('gives the seed total: 3·5 + 2·2 + 2·3 + 2·1 = 27', () => {
      expect(klantscore([[3, 2, 2, 2]], SEED_WEIGHTS)).toEqual([[27]]);
    });

    it('accepts the weights as a column and the scores of one client as a column', () => {
      expect(klantscore([[3, 2, 2, 2]], [[5], [2], [3], [1]])).toEqual([[27]]);
      expect(klantscore([[3], [2], [2], [2]], SEED_WEIGHTS)).toEqual([[27]]);
    });

    it('reads number text the way the table reader does ("2", "2,5")', () => {
      // 3·5 + 2·2 + 2,5·3 + 2·1 = 28,5
      expect(klantscore([['3', '2', '2,5', 2]], SEED_WEIGHTS)).toEqual([[28.5]]);
    });

    it('uses another scale when schaalmax says so: 5·1 + 4·2 = 13 on a 0–5 scale', () => {
      expect(klantscore([[5, 4]], [[1, 2]], 5)).toEqual([[13]]);
    });

    it('counts a criterion with weight 0 for nothing', () => {
      expect(klantscore([[3, 1]], [[0, 2]])).toEqual([[2]]);
    });
  });

  describe('given wrong argument type', () => {
    it('refuses text that is not a number with #VALUE!, naming the argument and the cell', () => {
      const e = errorAt(klantscore([[3, 'drie', 2, 2]], SEED_WEIGHTS));
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toBe('KW.KLANTSCORE, scores (rij 1, kolom 2): "drie" is geen getal.');
    });

    it('refuses TRUE/FALSE as a score', () => {
      expect(errorAt(klantscore([[3, true, 2, 2]], SEED_WEIGHTS)).message).toContain('WAAR/ONWAAR is geen getal');
    });

    it('refuses a score outside 0..schaalmax (the default scale is 0–3)', () => {
      const high = errorAt(klantscore([[3, 2, 4, 2]], SEED_WEIGHTS));
      expect(high.code).toBe('#VALUE!');
      expect(high.message).toBe('KW.KLANTSCORE, scores (rij 1, kolom 3): score 4 ligt buiten de schaal 0–3.');
      expect(errorAt(klantscore([[-1, 2, 2, 2]], SEED_WEIGHTS)).message).toContain('score -1 ligt buiten de schaal 0–3');
      expect(klantscore([[4, 2]], [[1, 1]], 4)).toEqual([[6]]);
    });

    it('gives #N/A for a missing score, never a silent 0', () => {
      for (const blank of ['', null, '   ', 'n.v.t.']) {
        const e = errorAt(klantscore([[3, blank, 2, 2]], SEED_WEIGHTS));
        expect(e.code).toBe('#N/A');
        expect(e.message).toBe(
          'KW.KLANTSCORE, scores (rij 1, kolom 2): de score ontbreekt (lege cel of n.v.t.); een ontbrekende score telt niet als 0.',
        );
      }
    });

    it('refuses scores and weights of unequal width with one #VALUE!', () => {
      const result = klantscore(
        [
          [3, 2, 2],
          [1, 2, 1],
        ],
        SEED_WEIGHTS,
      );
      expect(result).toHaveLength(1);
      expect(errorAt(result).message).toBe(
        'KW.KLANTSCORE, scores: een rij heeft 3 scores, maar er zijn 4 gewichten; geef per criterium één score.',
      );
    });

    it('refuses a negative weight, all-zero weights, a missing weight and a block of weights', () => {
      expect(errorAt(klantscore([[3, 2]], [[5, -2]])).message).toBe(
        'KW.KLANTSCORE, gewichten (waarde 2): het gewicht -2 is negatief; een gewicht is 0 of meer.',
      );
      expect(errorAt(klantscore([[3, 2]], [[0, 0]])).message).toContain('gewichten: alle gewichten zijn 0');
      expect(errorAt(klantscore([[3, 2]], [[5, '']])).code).toBe('#N/A');
      expect(errorAt(klantscore([[3, 2]], [[5, 'veel']])).message).toContain('gewichten (waarde 2): "veel" is geen getal.');
      expect(
        errorAt(
          klantscore(
            [[3, 2]],
            [
              [5, 2],
              [3, 1],
            ],
          ),
        ).message,
      ).toContain('gewichten: geef één rij of één kolom, geen blok van 2 bij 2 cellen.');
    });

    it('refuses a schaalmax that is not a whole number from 1 to 10', () => {
      for (const bad of [0, 2.5, 11, 'drie']) {
        const e = errorAt(klantscore([[1, 1]], [[1, 1]], bad));
        expect(e.code).toBe('#VALUE!');
        expect(e.message).toMatch(/^KW\.KLANTSCORE, schaalmax: /);
      }
    });

    it('speaks English when Office does', () => {
      const e = inOfficeLanguage('en-US', () => errorAt(klantscore([[3, 'three', 2, 2]], SEED_WEIGHTS)));
      expect(e.message).toBe('KW.CLIENTSCORE, scores (row 1, column 2): "three" is not a number.');
      const w = inOfficeLanguage('en-GB', () => errorAt(klantscore([[3, 2]], [[5, -2]])));
      expect(w.message).toBe('KW.CLIENTSCORE, weights (item 2): weight -2 is negative; a weight is 0 or more.');
    });
  });

  describe('errors propagation', () => {
    it('passes an error in a score on as that error, in that row only', () => {
      const result = klantscore(
        [
          [3, 2, 2, 2],
          [1, inputError('#DIV/0!'), 1, 1],
        ],
        SEED_WEIGHTS,
      );
      expect(shown(result)).toEqual([[27], ['#DIV/0!']]);
      expect(errorAt(result, 1).message).toBeUndefined();
    });

    it('explains a passed-on #N/A, and turns #REF! (not allowed as a result) into #VALUE!', () => {
      expect(errorAt(klantscore([[inputError('#N/A'), 2, 2, 2]], SEED_WEIGHTS)).message).toBe(
        'KW.KLANTSCORE, scores (rij 1, kolom 1): bevat de fout #N/A.',
      );
      const ref = errorAt(klantscore([[inputError('#REF!'), 2, 2, 2]], SEED_WEIGHTS));
      expect(ref.code).toBe('#VALUE!');
      expect(ref.message).toContain('bevat de fout #REF!');
    });

    it('accepts an error as Excel text too ("#N/A" in a cell value)', () => {
      expect(errorAt(klantscore([['#N/A', 2, 2, 2]], SEED_WEIGHTS)).code).toBe('#N/A');
    });

    it('spoils the whole result when a weight holds an error', () => {
      expect(
        shown(
          klantscore(
            [
              [3, 2],
              [1, 1],
            ],
            [[5, inputError('#NUM!')]],
          ),
        ),
      ).toEqual([['#NUM!']]);
    });
  });

  describe('spilling', () => {
    it('gives one total per row for a block of clients: the seed gives 27 and 13', () => {
      expect(
        klantscore(
          [
            [3, 2, 2, 2],
            [1, 2, 1, 1],
          ],
          SEED_WEIGHTS,
        ),
      ).toEqual([[27], [13]]);
    });

    it('keeps a bad row to itself', () => {
      const result = klantscore(
        [
          [3, 2, 2, 2],
          [1, '', 1, 1],
          [0, 0, 0, 9],
          [3, 3, 3, 3],
        ],
        SEED_WEIGHTS,
      );
      expect(shown(result)).toEqual([[27], ['#N/A'], ['#VALUE!'], [33]]);
      expect(errorAt(result, 2).message).toContain('scores (rij 3, kolom 4): score 9 ligt buiten');
    });

    it('treats a column of scores with one weight as one client per row', () => {
      expect(klantscore([[1], [2], [3]], [[2]])).toEqual([[2], [4], [6]]);
    });
  });

  describe('defaults', () => {
    it('uses the scale 0–3 when schaalmax is omitted or blank', () => {
      for (const omitted of [undefined, null, '', [['']], [[null]]]) {
        expect(klantscore([[3, 3]], [[1, 1]], omitted)).toEqual([[6]]);
        expect(errorAt(klantscore([[4, 3]], [[1, 1]], omitted)).message).toContain('buiten de schaal 0–3');
      }
    });
  });
});
