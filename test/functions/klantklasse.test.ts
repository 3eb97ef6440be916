import { OMITTED_BY_EXCEL, errorAt, inOfficeLanguage, inputError, shown } from './excelRuntime';
import { klantklasse } from '../../src/functions/functions';

describe('KW.KLANTKLASSE', () => {
  describe('happy path', () => {
    it('gives the first class whose limit is reached (70/45/20 → A/B/C, else D)', () => {
      const cases: [number, string][] = [
        [1, 'A'],
        [0.7, 'A'],
        [0.69, 'B'],
        [0.45, 'B'],
        [0.2, 'C'],
        [0.19, 'D'],
        [0, 'D'],
      ];
      for (const [pct, label] of cases) expect(klantklasse([[pct]])).toEqual([[label]]);
    });

    it('counts a limit as reached within the engine tolerance (27/33 style rounding)', () => {
      expect(klantklasse([[0.7 - 1e-12]])).toEqual([['A']]);
    });

    it('reads "70%" as 0,7', () => {
      expect(klantklasse([['70%']])).toEqual([['A']]);
    });

    it('uses the given limits and labels', () => {
      expect(klantklasse([[0.5], [0.49]], [[0.5]], [['Hoog', 'Laag']])).toEqual([['Hoog'], ['Laag']]);
    });
  });

  describe('given wrong argument type', () => {
    it('refuses a percentage outside 0–1 (70 instead of 70%)', () => {
      const e = errorAt(klantklasse([[70]]));
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toBe(
        'KW.KLANTKLASSE, percentage (rij 1, kolom 1): 70 ligt buiten 0–1; geef een fractie (0,7) of een percentage (70%).',
      );
    });

    it('refuses text and gives #N/A for a blank percentage', () => {
      expect(errorAt(klantklasse([['goed']])).code).toBe('#VALUE!');
      expect(errorAt(klantklasse([['']])).code).toBe('#N/A');
    });

    it("refuses limits that are not descending fractions, with the model validator's reason", () => {
      expect(errorAt(klantklasse([[0.5]], [[0.2, 0.45, 0.7]])).message).toBe('KW.KLANTKLASSE, grenzen: de grenzen moeten aflopen.');
      expect(errorAt(klantklasse([[0.5]], [[70, 45, 20]])).message).toContain('grenzen zijn fracties tussen 0 en 1');
      expect(errorAt(klantklasse([[0.5]], [['hoog']])).message).toBe('KW.KLANTKLASSE, grenzen (waarde 1): "hoog" is geen getal.');
    });

    it('refuses labels that do not fit the limits or repeat', () => {
      expect(errorAt(klantklasse([[0.5]], [[0.5]], [['A', 'B', 'C']])).message).toContain(
        'er zijn 2 grenzen nodig voor deze klassen, er staan er 1',
      );
      expect(errorAt(klantklasse([[0.5]], [[0.5]], [['A', 'a']])).message).toContain('labels: elke klassenaam mag maar één keer voorkomen');
      expect(errorAt(klantklasse([[0.5]], [[0.5]], [['A', '']])).message).toContain('labels (waarde 2): moet een tekst zijn');
    });

    it('explains in English when Office runs in English', () => {
      const e = inOfficeLanguage('en-US', () => errorAt(klantklasse([[0.5]], [[0.2, 0.45, 0.7]])));
      expect(e.message).toBe('KW.CLIENTCLASS, limits: the limits must descend.');
    });
  });

  describe('errors propagation', () => {
    it('passes an input error on in its own cell', () => {
      expect(shown(klantklasse([[0.8], [inputError('#DIV/0!')], [0.1]]))).toEqual([['A'], ['#DIV/0!'], ['D']]);
    });

    it('spoils the whole result for an error in the limits or labels', () => {
      expect(shown(klantklasse([[0.8], [0.1]], [[0.5, inputError('#N/A')]]))).toEqual([['#N/A']]);
      expect(shown(klantklasse([[0.8]], [[0.5]], [['A', inputError('#NUM!')]]))).toEqual([['#NUM!']]);
    });
  });

  describe('spilling', () => {
    it('gives one class per cell, in the shape of the range', () => {
      expect(
        klantklasse([
          [0.9, 0.5],
          [0.3, 0.1],
        ]),
      ).toEqual([
        ['A', 'B'],
        ['C', 'D'],
      ]);
    });
  });

  describe('defaults', () => {
    it('uses limits 0,7/0,45/0,2 and labels A–D when both are omitted or blank', () => {
      expect(klantklasse([[0.7], [0.45], [0.2], [0.1]], OMITTED_BY_EXCEL, undefined)).toEqual([['A'], ['B'], ['C'], ['D']]);
      expect(klantklasse([[0.7], [0.1]], [['']], [[null]])).toEqual([['A'], ['D']]);
    });

    it('names classes A, B, C… for given limits without labels, and keeps the default limits for 4 given labels', () => {
      expect(klantklasse([[0.6], [0.4]], [[0.5]])).toEqual([['A'], ['B']]);
      expect(klantklasse([[0.8], [0.1]], OMITTED_BY_EXCEL, [['Goud', 'Zilver', 'Brons', 'Rest']])).toEqual([['Goud'], ['Rest']]);
    });
  });
});
