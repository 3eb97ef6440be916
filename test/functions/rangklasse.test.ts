import { OMITTED_BY_EXCEL, errorAt, inputError, shown } from './excelRuntime';
import { rangklasse } from '../../src/functions/functions';

// Ten clients 10..1. K = clients strictly higher. Class = first k with K/10 < 0.2, 0.5, 1.
// 10 (K=0) and 9 (K=1) → A; 8, 7, 6 (K=2..4) → B; 5..1 (K=5..9) → C.
const TEN = [[10], [9], [8], [7], [6], [5], [4], [3], [2], [1]];

describe('KW.RANGKLASSE', () => {
  describe('happy path', () => {
    it('gives the top 20% A, the next 30% B, the rest C', () => {
      expect(rangklasse(TEN, TEN)).toEqual([['A'], ['A'], ['B'], ['B'], ['B'], ['C'], ['C'], ['C'], ['C'], ['C']]);
    });

    it('gives tied clients the same class', () => {
      // 5, 5, 5, 1: K = 0 for every 5 → A; 1 has K = 3 → 0.75 → C.
      expect(rangklasse([[5], [1]], [[5], [5], [5], [1]])).toEqual([['A'], ['C']]);
    });

    it('uses the given shares and labels', () => {
      // Shares 0.5/0.5: 10..6 (K=0..4, K/10 < 0.5) → Boven; 5..1 → Onder.
      expect(rangklasse([[6], [5]], TEN, [[0.5, 0.5]], [['Boven', 'Onder']])).toEqual([['Boven'], ['Onder']]);
    });
  });

  describe('given wrong argument type', () => {
    it('refuses shares that do not add up to 1', () => {
      const e = errorAt(rangklasse([[10]], TEN, [[0.2, 0.3, 0.4]]));
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toBe('KW.RANGKLASSE, aandelen: de aandelen tellen op tot 0,9; ze moeten samen 1 (100%) zijn.');
    });

    it('refuses labels that do not match the shares', () => {
      expect(errorAt(rangklasse([[10]], TEN, [[0.5, 0.5]], [['A', 'B', 'C']])).message).toContain('aandelen: er zijn 3 grenzen nodig');
    });

    it('refuses text in the column and gives #N/A for a value outside it', () => {
      expect(errorAt(rangklasse([[10]], [[10], ['tien']])).message).toBe(
        'KW.RANGKLASSE, alle_waarden (rij 2, kolom 1): "tien" is geen getal.',
      );
      const outside = errorAt(rangklasse([[11]], TEN));
      expect(outside.code).toBe('#N/A');
      expect(outside.message).toBe('KW.RANGKLASSE, waarde (rij 1, kolom 1): 11 komt niet voor in alle_waarden.');
    });
  });

  describe('errors propagation', () => {
    it('passes errors on: in the column as the whole result, in a value in its own cell', () => {
      expect(shown(rangklasse([[10]], [[10], [inputError('#NUM!')]]))).toEqual([['#NUM!']]);
      expect(shown(rangklasse([[10], [inputError('#DIV/0!')]], TEN))).toEqual([['A'], ['#DIV/0!']]);
    });
  });

  describe('spilling', () => {
    it('gives one class per cell of a 2-D range', () => {
      expect(
        rangklasse(
          [
            [10, 1],
            [8, 5],
          ],
          TEN,
        ),
      ).toEqual([
        ['A', 'C'],
        ['B', 'C'],
      ]);
    });
  });

  describe('defaults', () => {
    it('uses shares 0,2/0,3/0,5 and labels A, B, C when omitted', () => {
      expect(rangklasse(TEN, TEN, OMITTED_BY_EXCEL, OMITTED_BY_EXCEL)).toEqual(rangklasse(TEN, TEN, [[0.2, 0.3, 0.5]], [['A', 'B', 'C']]));
    });

    it('names the classes A, B… for given shares without labels', () => {
      expect(rangklasse([[10], [1]], TEN, [[0.5, 0.5]])).toEqual([['A'], ['B']]);
    });
  });
});
