import { errorAt } from './excelRuntime';
import { contactmomenten } from '../../src/functions/functions';

/**
 * KW.CONTACTMOMENTEN reads the model saved in the workbook through an Excel.RequestContext. The
 * fake below is the part of Excel's API it uses: one workbook setting, absent or holding JSON text.
 */
function withSavedModel(saved: unknown | undefined): void {
  class RequestContext {
    readonly workbook = {
      settings: {
        getItemOrNullObject: (key: string) => ({
          load: () => undefined,
          isNullObject: key !== 'klantwaarde.model' || saved === undefined,
          value: typeof saved === 'string' ? saved : JSON.stringify(saved),
        }),
      },
    };
    sync(): Promise<void> {
      return Promise.resolve();
    }
  }
  Object.assign(globalThis, { Excel: { RequestContext } });
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

const MODEL = {
  version: 1,
  criteria: [{ name: 'Score', weight: 1 }],
  classification: { method: 'score', thresholds: [0.6, 0.3], labels: ['Goud', 'Zilver', 'Brons'] },
  plan: { serviceLevels: [{ class: 'Goud', contactsPerYear: 6, hoursPerYear: 20 }] },
};

describe('KW.CONTACTMOMENTEN', () => {
  describe('happy path', () => {
    it('gives the default contact moments without a saved model: A 4, B 2, C 1, D 0', async () => {
      withSavedModel(undefined);
      expect(await contactmomenten([['A'], ['b'], ['C'], ['D']])).toEqual([[4], [2], [1], [0]]);
    });

    it('reads the service levels of the saved model, the rest from the default tiers', async () => {
      withSavedModel(MODEL);
      expect(await contactmomenten([['Goud', 'Zilver', 'Brons']])).toEqual([[6, 2, 1]]);
    });
  });

  describe('given wrong argument type', () => {
    it('gives #N/A naming the classes for a class the model does not have', async () => {
      withSavedModel(MODEL);
      const e = errorAt(await contactmomenten([['Goud'], ['A']]), 1);
      expect(e.code).toBe('#N/A');
      expect(e.message).toBe(
        'KW.CONTACTMOMENTEN, klasse (rij 2, kolom 1): klasse "A" bestaat niet in het model; de klassen zijn Goud, Zilver, Brons.',
      );
    });

    it('gives #N/A for a blank class cell, in English when Office is English', async () => {
      withSavedModel(undefined);
      // Office's language is read when the function evaluates, after the model has been read.
      Object.assign(globalThis, { Office: { context: { displayLanguage: 'en-US' } } });
      const result = await contactmomenten([['']]).finally(() => {
        delete (globalThis as { Office?: unknown }).Office;
      });
      expect(errorAt(result).message).toBe('KW.CONTACTMOMENTS, class (row 1, column 1): the value is missing (blank cell or n/a).');
    });

    it('says so when the saved model is invalid instead of planning with another one', async () => {
      withSavedModel('{"version": 1, "criteria": "geen lijst"}');
      expect(errorAt(await contactmomenten([['A']])).message).toBe(
        'KW.CONTACTMOMENTEN, klasse: het model dat in de werkmap is opgeslagen is ongeldig; open het taakvenster om het te herstellen.',
      );
    });
  });

  describe('errors propagation', () => {
    it('passes an error in a class cell on', async () => {
      withSavedModel(undefined);
      expect(errorAt(await contactmomenten([['#N/A']])).code).toBe('#N/A');
    });
  });
});
