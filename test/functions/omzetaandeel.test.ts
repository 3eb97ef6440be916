import { errorAt, inputError, shown } from './excelRuntime';
import { omzetaandeel } from '../../src/functions/functions';

const REVENUE = [[50], [30], [20]];

describe('KW.OMZETAANDEEL', () => {
  describe('happy path', () => {
    it('divides a value by the column total: 30 of 100 is 0,3', () => {
      expect(omzetaandeel([[30]], REVENUE)).toEqual([[0.3]]);
    });

    it('counts negative revenue as 0, in the share and in the total', () => {
      // Total = 0 + 30 + 10 = 40.
      expect(omzetaandeel([[-10], [30], [10]], [[-10], [30], [10]])).toEqual([[0], [0.75], [0.25]]);
    });

    it('reads Dutch amount text ("€ 1.500,00")', () => {
      expect(omzetaandeel([[500]], [['€ 1.500,00'], [500]])).toEqual([[0.25]]);
    });
  });

  describe('given wrong argument type', () => {
    it('refuses text in the column and an empty column', () => {
      expect(errorAt(omzetaandeel([[30]], [[50], ['dertig']])).code).toBe('#VALUE!');
      expect(errorAt(omzetaandeel([[30]], [[null]])).message).toBe('KW.OMZETAANDEEL, alle_waarden: bevat geen enkel getal.');
    });

    it('gives #N/A for a missing value or one outside the column', () => {
      expect(errorAt(omzetaandeel([['']], REVENUE)).code).toBe('#N/A');
      expect(errorAt(omzetaandeel([[31]], REVENUE)).message).toBe(
        'KW.OMZETAANDEEL, waarde (rij 1, kolom 1): 31 komt niet voor in alle_waarden.',
      );
    });
  });

  describe('errors propagation', () => {
    it('passes errors on: in the column as the whole result, in a value in its own cell', () => {
      expect(shown(omzetaandeel([[50]], [[50], [inputError('#DIV/0!')]]))).toEqual([['#DIV/0!']]);
      expect(shown(omzetaandeel([[50], [inputError('#NUM!')]], REVENUE))).toEqual([[0.5], ['#NUM!']]);
    });
  });

  describe('spilling', () => {
    it('gives one share per row; the shares of the column add up to 1', () => {
      const shares = omzetaandeel(REVENUE, REVENUE) as number[][];
      expect(shares).toEqual([[0.5], [0.3], [0.2]]);
      expect(shares.reduce((s, [v]) => s + v!, 0)).toBeCloseTo(1, 12);
    });
  });

  describe('defaults', () => {
    it('gives 0 for every client when the column total is 0 (no revenue to share)', () => {
      expect(omzetaandeel([[0], [0]], [[0], [0]])).toEqual([[0], [0]]);
    });
  });
});
