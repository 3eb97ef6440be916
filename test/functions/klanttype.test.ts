import { errorAt, inOfficeLanguage, inputError, shown } from './excelRuntime';
import { klanttype } from '../../src/functions/functions';

describe('KW.KLANTTYPE', () => {
  describe('happy path', () => {
    it('places a client in the value × potential quadrant', () => {
      expect(klanttype([[0.8]], [[0.8]])).toEqual([['Strategisch']]);
      expect(klanttype([[0.8]], [[0.2]])).toEqual([['Groot']]);
      expect(klanttype([[0.2]], [[0.8]])).toEqual([['Ontwikkeling']]);
      expect(klanttype([[0.2]], [[0.2]])).toEqual([['Transactioneel']]);
    });

    it('counts a value or potential that reaches the limit as high', () => {
      expect(klanttype([[0.5]], [[0.5]])).toEqual([['Strategisch']]);
    });

    it('uses the given limits', () => {
      // value 0,6 < 0,7 → low; potential 0,3 ≥ 0,3 → high.
      expect(klanttype([[0.6]], [[0.3]], 0.7, 0.3)).toEqual([['Ontwikkeling']]);
    });
  });

  describe('given wrong argument type', () => {
    it('refuses a value or potential outside 0–1, and text', () => {
      expect(errorAt(klanttype([[80]], [[0.5]])).message).toBe('KW.KLANTTYPE, waarde (rij 1, kolom 1): 80 ligt buiten 0–1; geef een fractie (0,7) of een percentage (70%).');
      expect(errorAt(klanttype([[0.8]], [[-0.1]])).message).toContain('potentie (rij 1, kolom 1)');
      expect(errorAt(klanttype([[0.8]], [['hoog']])).code).toBe('#VALUE!');
    });

    it('gives #N/A for a missing potential', () => {
      expect(errorAt(klanttype([[0.8]], [['']])).code).toBe('#N/A');
    });

    it('refuses ranges of different sizes and limits outside 0–1', () => {
      expect(errorAt(klanttype([[0.8], [0.2]], [[0.5]])).message).toBe('KW.KLANTTYPE, potentie: moet even groot zijn als waarde (2 cellen), maar heeft er 1.');
      expect(errorAt(klanttype([[0.8]], [[0.5]], 50)).message).toBe('KW.KLANTTYPE, drempel_waarde: 50 ligt buiten 0–1; geef een fractie (0,7) of een percentage (70%).');
      expect(errorAt(klanttype([[0.8]], [[0.5]], undefined, [[0.1, 0.2]])).message).toContain('drempel_potentie: geef één getal, geen bereik van 2 cellen.');
    });

    it('speaks English when Office does', () => {
      const e = inOfficeLanguage('en-US', () => errorAt(klanttype([[0.8]], [[0.5]], 50)));
      expect(e.message).toBe('KW.CLIENTTYPE, value_limit: 50 is outside 0–1; give a fraction (0.7) or a percentage (70%).');
    });
  });

  describe('errors propagation', () => {
    it('passes an input error on in its own cell, the value\'s before the potential\'s', () => {
      expect(shown(klanttype([[0.8], [inputError('#DIV/0!')]], [[0.8], [inputError('#NUM!')]]))).toEqual([['Strategisch'], ['#DIV/0!']]);
    });

    it('spoils the whole result for an error in a limit', () => {
      expect(shown(klanttype([[0.8]], [[0.8]], inputError('#N/A')))).toEqual([['#N/A']]);
    });
  });

  describe('spilling', () => {
    it('gives one type per pair of cells', () => {
      expect(klanttype([[0.9], [0.9], [0.1], [0.1]], [[0.9], [0.1], [0.9], [0.1]])).toEqual([
        ['Strategisch'], ['Groot'], ['Ontwikkeling'], ['Transactioneel'],
      ]);
    });
  });

  describe('defaults', () => {
    it('uses 0,5 for both limits when omitted or blank', () => {
      expect(klanttype([[0.5], [0.49]], [[0.49], [0.5]], null, '')).toEqual([['Groot'], ['Ontwikkeling']]);
    });
  });
});
