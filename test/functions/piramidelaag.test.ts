import { errorAt, inputError, settled, shown } from './excelRuntime';
import { piramidelaag } from '../../src/functions/functions';

// 100 clients with values 1..100. K = clients strictly higher; cumulative shares 1%, 5%, 20%, 100%.
// 100 (K=0) → Top; 99..96 (K=1..4) → Groot; 95..81 (K=5..19) → Middel; 80..1 → Klein.
const HUNDRED = Array.from({ length: 100 }, (_, i) => [100 - i]);

describe('KW.PIRAMIDELAAG', () => {
  describe('happy path', () => {
    it('gives Top 1%, Groot 4%, Middel 15%, Klein 80% by rank', () => {
      const level = (v: number) => settled(piramidelaag([[v]], HUNDRED))[0]![0];
      expect([100, 99, 96, 95, 81, 80, 1].map(level)).toEqual(['Top', 'Groot', 'Groot', 'Middel', 'Middel', 'Klein', 'Klein']);
    });

    it('counts the layers over the whole column: 1, 4, 15 and 80 clients', () => {
      const counts = new Map<unknown, number>();
      for (const [label] of settled(piramidelaag(HUNDRED, HUNDRED))) counts.set(label, (counts.get(label) ?? 0) + 1);
      expect(Object.fromEntries(counts)).toEqual({ Top: 1, Groot: 4, Middel: 15, Klein: 80 });
    });

    it('puts tied clients in the same layer', () => {
      // Two clients share the top value: both have K = 0 → Top.
      expect(piramidelaag([[100], [100]], [[100], ...HUNDRED.slice(1), [100]])).toEqual([['Top'], ['Top']]);
    });
  });

  describe('given wrong argument type', () => {
    it('refuses text in the column and an empty column', () => {
      expect(errorAt(piramidelaag([[1]], [[1], ['x1']])).message).toBe(
        'KW.PIRAMIDELAAG, alle_waarden (rij 2, kolom 1): "x1" is geen getal.',
      );
      expect(errorAt(piramidelaag([[1]], [['']])).message).toBe('KW.PIRAMIDELAAG, alle_waarden: bevat geen enkel getal.');
    });

    it('gives #N/A for a missing value or one outside the column', () => {
      expect(errorAt(piramidelaag([[null]], HUNDRED)).code).toBe('#N/A');
      expect(errorAt(piramidelaag([[101]], HUNDRED)).message).toContain('101 komt niet voor in alle_waarden');
    });
  });

  describe('errors propagation', () => {
    it('passes errors on: in the column as the whole result, in a value in its own cell', () => {
      expect(shown(piramidelaag([[1]], [[1], [inputError('#N/A')]]))).toEqual([['#N/A']]);
      expect(shown(piramidelaag([[100], [inputError('#NULL!')]], HUNDRED))).toEqual([['Top'], ['#NULL!']]);
    });
  });

  describe('spilling', () => {
    it('gives one layer per row', () => {
      expect(piramidelaag([[100], [97], [90], [3]], HUNDRED)).toEqual([['Top'], ['Groot'], ['Middel'], ['Klein']]);
    });
  });

  describe('defaults', () => {
    it('has no optional arguments: the preset shares and labels always apply', () => {
      expect(() => piramidelaag([[100]], HUNDRED)).not.toThrow();
      expect(piramidelaag([[100]], HUNDRED)).toEqual([['Top']]);
    });
  });
});
