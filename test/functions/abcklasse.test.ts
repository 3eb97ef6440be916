import { OMITTED_BY_EXCEL, errorAt, inOfficeLanguage, inputError, shown } from './excelRuntime';
import { abcklasse } from '../../src/functions/functions';

// Total 100. Values strictly greater than each (G): 50→0, 30→50, 10→80, 5→90, 3→95, 2→98.
// A while G/total < 80%, B while < 95%, else C: A = {50, 30}, B = {10, 5}, C = {3, 2}.
const REVENUE = [[50], [30], [10], [5], [3], [2]];

describe('KW.ABCKLASSE', () => {
  describe('happy path', () => {
    it('classifies a value within the column by the 80/95 Pareto rule', () => {
      expect(abcklasse([[50]], REVENUE)).toEqual([['A']]);
      expect(abcklasse([[30]], REVENUE)).toEqual([['A']]);
      expect(abcklasse([[10]], REVENUE)).toEqual([['B']]);
      expect(abcklasse([[3]], REVENUE)).toEqual([['C']]);
    });

    it('gives tied values the same class, whatever their order', () => {
      // 40, 40, 20: G = 0 for both 40s (A); 20 has G = 80 → B.
      expect(abcklasse([[40], [40], [20]], [[40], [20], [40]])).toEqual([['A'], ['A'], ['B']]);
    });

    it('counts negative values (credit notes) as 0 and puts zero in the last class', () => {
      expect(abcklasse([[-10], [0], [100]], [[-10], [0], [100]])).toEqual([['C'], ['C'], ['A']]);
    });

    it('leaves blank cells and "n.v.t." out of the column, as if they were not there', () => {
      expect(abcklasse([[10]], [[50], [''], [30], [null], [10], ['n.v.t.'], [5], [3], [2]])).toEqual([['B']]);
    });

    it('classifies each column afresh: a per-row formula on a changed column never sees stale classes', () => {
      expect(abcklasse([[10]], REVENUE)).toEqual([['B']]);
      // Same values but the 50 became 500: 10 now has G = 530 of 550 → above 95% → C.
      expect(abcklasse([[10]], [[500], [30], [10], [5], [3], [2]])).toEqual([['C']]);
      expect(abcklasse([[10]], REVENUE)).toEqual([['B']]);
      // Same column, other limits.
      expect(abcklasse([[10]], REVENUE, [[0.85, 0.95]])).toEqual([['A']]);
    });

    it('uses the given limits and labels', () => {
      // Limits 50/90: 50 has G = 0 (A), 30 has G = 50 → not < 50%, < 90% → B, 10 has G = 80 → B, 5 → G = 90 → C.
      expect(abcklasse([[50], [30], [10], [5]], REVENUE, [[0.5, 0.9]], [['Top', 'Mid', 'Rest']])).toEqual([
        ['Top'],
        ['Mid'],
        ['Mid'],
        ['Rest'],
      ]);
    });
  });

  describe('given wrong argument type', () => {
    it('refuses text in the column with one #VALUE! (a header row selected by mistake)', () => {
      const e = errorAt(abcklasse([[50]], [['Omzet'], [50], [30]]));
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toBe('KW.ABCKLASSE, alle_waarden (rij 1, kolom 1): "Omzet" is geen getal.');
    });

    it('refuses an empty column', () => {
      expect(errorAt(abcklasse([[50]], [[''], [null]])).message).toBe('KW.ABCKLASSE, alle_waarden: bevat geen enkel getal.');
    });

    it('gives #N/A for a value that is not in the column, like RANK.EQ', () => {
      const e = errorAt(abcklasse([[49]], REVENUE));
      expect(e.code).toBe('#N/A');
      expect(e.message).toBe('KW.ABCKLASSE, waarde (rij 1, kolom 1): 49 komt niet voor in alle_waarden.');
    });

    it('gives #N/A for a blank value and #VALUE! for text', () => {
      expect(errorAt(abcklasse([['']], REVENUE)).code).toBe('#N/A');
      expect(errorAt(abcklasse([['veel']], REVENUE)).code).toBe('#VALUE!');
    });

    it('refuses limits that do not ascend or do not fit the labels', () => {
      expect(errorAt(abcklasse([[50]], REVENUE, [[0.95, 0.8]])).message).toBe('KW.ABCKLASSE, grenzen: de grenzen moeten oplopen.');
      expect(errorAt(abcklasse([[50]], REVENUE, [[0.8, 0.95]], [['A', 'B']])).message).toContain('er zijn 1 grenzen nodig');
    });

    it('speaks English when Office does', () => {
      const e = inOfficeLanguage('en-US', () => errorAt(abcklasse([[49]], REVENUE)));
      expect(e.message).toBe('KW.ABCCLASS, value (row 1, column 1): 49 does not occur in all_values.');
    });
  });

  describe('errors propagation', () => {
    it('passes an error in the column on as the whole result', () => {
      expect(shown(abcklasse([[50], [30]], [[50], [inputError('#DIV/0!')], [30]]))).toEqual([['#DIV/0!']]);
    });

    it('passes an error in a value on in its own cell', () => {
      expect(shown(abcklasse([[50], [inputError('#N/A')], [2]], REVENUE))).toEqual([['A'], ['#N/A'], ['C']]);
    });
  });

  describe('spilling', () => {
    it('gives one class per row when waarde is the column itself', () => {
      expect(abcklasse(REVENUE, REVENUE)).toEqual([['A'], ['A'], ['B'], ['B'], ['C'], ['C']]);
    });

    it('accepts the column as a row as well', () => {
      expect(abcklasse([[50, 10, 2]], [[50, 30, 10, 5, 3, 2]])).toEqual([['A', 'B', 'C']]);
    });
  });

  describe('defaults', () => {
    it('uses 80/95 and A, B, C when grenzen and labels are omitted or blank', () => {
      expect(abcklasse(REVENUE, REVENUE, OMITTED_BY_EXCEL, OMITTED_BY_EXCEL)).toEqual(
        abcklasse(REVENUE, REVENUE, [[0.8, 0.95]], [['A', 'B', 'C']]),
      );
      expect(abcklasse([[10]], REVENUE, [['']], undefined)).toEqual([['B']]);
    });

    it('names the classes A, B, C, D for three given limits', () => {
      // Limits 50/80/95: 50 → G 0 → A; 30 → G 50 → B; 10 → G 80 → C; 3 → G 95 → D.
      expect(abcklasse([[50], [30], [10], [3]], REVENUE, [[0.5, 0.8, 0.95]])).toEqual([['A'], ['B'], ['C'], ['D']]);
    });
  });
});
