import { errorAt, inOfficeLanguage, inputError, shown } from './excelRuntime';
import { klanttype } from '../../src/functions/functions';

// Four clients. Median value (10, 20, 30, 40) = 25; median potential (1, 3, 1, 3) = 2. High = at least the limit.
const VALUES = [[10], [20], [30], [40]];
const POTENTIALS = [[1], [3], [1], [3]];

describe('KW.KLANTTYPE', () => {
  describe('happy path', () => {
    it('places a client in the value × potential quadrant by the given limits', () => {
      expect(klanttype([[80_000]], [[3]], 50_000, 2)).toEqual([['Strategisch']]);
      expect(klanttype([[80_000]], [[1]], 50_000, 2)).toEqual([['Groot']]);
      expect(klanttype([[20_000]], [[3]], 50_000, 2)).toEqual([['Ontwikkeling']]);
      expect(klanttype([[20_000]], [[1]], 50_000, 2)).toEqual([['Transactioneel']]);
    });

    it('counts a value or potential that reaches its limit as high', () => {
      expect(klanttype([[50_000]], [[2]], 50_000, 2)).toEqual([['Strategisch']]);
    });

    it('names the types in English when Office runs in English, as the task pane does', () => {
      expect(inOfficeLanguage('en-US', () => klanttype(VALUES, POTENTIALS))).toEqual([
        ['Transactional'],
        ['Development'],
        ['Large'],
        ['Strategic'],
      ]);
    });
  });

  describe('given wrong argument type', () => {
    it('refuses text and gives #N/A for a missing potential', () => {
      expect(errorAt(klanttype([[10], ['veel']], [[1], [2]], 5, 2), 1).message).toBe(
        'KW.KLANTTYPE, waarde (rij 2, kolom 1): "veel" is geen getal.',
      );
      expect(errorAt(klanttype([[10]], [['']], 5, 2)).code).toBe('#N/A');
    });

    it('refuses ranges of different sizes', () => {
      expect(errorAt(klanttype(VALUES, [[1], [2]])).message).toBe(
        'KW.KLANTTYPE, potentie: moet even groot zijn als waarde (4 cellen), maar heeft er 2.',
      );
    });

    it('refuses a one-client formula without limits instead of calling every client high', () => {
      const e = errorAt(klanttype([[10]], [[1]]));
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toBe(
        'KW.KLANTTYPE, drempel_waarde: geef een drempel; zonder drempel geldt de mediaan, en die vraagt de waarden van meer dan één klant (geef de hele kolom).',
      );
      expect(errorAt(klanttype([[10]], [[1]], 5)).message).toMatch(/^KW\.KLANTTYPE, drempel_potentie: geef een drempel/);
    });

    it('refuses a limit that is text or a range', () => {
      expect(errorAt(klanttype(VALUES, POTENTIALS, 'hoog')).message).toBe('KW.KLANTTYPE, drempel_waarde: "hoog" is geen getal.');
      expect(errorAt(klanttype(VALUES, POTENTIALS, undefined, [[1, 2]])).message).toBe(
        'KW.KLANTTYPE, drempel_potentie: geef één getal, geen bereik van 2 cellen.',
      );
    });

    it('speaks English when Office does', () => {
      const e = inOfficeLanguage('en-US', () => errorAt(klanttype([[10]], [[1]])));
      expect(e.message).toMatch(/^KW\.CLIENTTYPE, value_limit: give a limit; without one the median applies/);
    });
  });

  describe('errors propagation', () => {
    it("passes an input error on in its own cell, the value's before the potential's", () => {
      const result = klanttype([[10], [inputError('#DIV/0!')], [30], [40]], [[1], [inputError('#NUM!')], [1], [3]]);
      // The median of the values left is 30: 10 → low, 30 and 40 → high; potentials (1, 1, 3): median 1 → all high.
      expect(shown(result)).toEqual([['Ontwikkeling'], ['#DIV/0!'], ['Strategisch'], ['Strategisch']]);
    });

    it('spoils the whole result for an error in a limit', () => {
      expect(shown(klanttype(VALUES, POTENTIALS, inputError('#N/A')))).toEqual([['#N/A']]);
    });
  });

  describe('spilling', () => {
    it('gives one type per pair of cells', () => {
      expect(klanttype(VALUES, POTENTIALS, 25, 2)).toEqual([['Transactioneel'], ['Ontwikkeling'], ['Groot'], ['Strategisch']]);
    });
  });

  describe('defaults', () => {
    it('uses the median of each column when the limits are omitted or blank (25 and 2 here)', () => {
      const byMedian = [['Transactioneel'], ['Ontwikkeling'], ['Groot'], ['Strategisch']];
      expect(klanttype(VALUES, POTENTIALS)).toEqual(byMedian);
      expect(klanttype(VALUES, POTENTIALS, null, '')).toEqual(byMedian);
    });

    it('mixes a given limit with a median one', () => {
      // Value limit 35: only 40 is high; potential median 2.
      expect(klanttype(VALUES, POTENTIALS, 35)).toEqual([['Transactioneel'], ['Ontwikkeling'], ['Transactioneel'], ['Strategisch']]);
    });
  });
});
