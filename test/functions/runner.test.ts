import { errorAt, inOfficeLanguage, inputError } from './excelRuntime';
import { defineFunction, evaluate } from '../../src/functions/runner';
import { Problem } from '../../src/functions/problem';

// The generic runner on its own, with made-up functions: what every KW.* function inherits.
const echo = defineFunction('OMZETAANDEEL', [{ name: 'waarde', kind: 'cells' }], (values) => values);

describe('the function runner', () => {
  it('turns an unexpected exception into #VALUE! with its text, never a silent value', () => {
    const broken = defineFunction('KLANTSCORE', [{ name: 'waarde', kind: 'cells' }], () => {
      throw new Error('boom');
    });
    const e = errorAt(evaluate(broken, [[[1]]]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe('KW.KLANTSCORE: interne fout (boom).');
  });

  it('renders a problem a body returns as an error in that cell only', () => {
    const half = defineFunction('KLANTKLASSE', [{ name: 'percentage', kind: 'cells' }], (values) =>
      values.map((row) => row.map((v) => (typeof v === 'number' && v > 1 ? new Problem('#N/A', 'percentage', { code: 'fn.missing' }) : v))),
    );
    const result = evaluate(half, [[[0.5], [2]]]);
    expect(result[0]).toEqual([0.5]);
    expect(errorAt(result, 1).code).toBe('#N/A');
  });

  it('passes input errors on as themselves; #NAME? and #REF! become #VALUE! because Excel refuses them as results', () => {
    for (const code of ['#DIV/0!', '#NUM!', '#NULL!']) expect(errorAt(evaluate(echo, [[[inputError(code)]]])).code).toBe(code);
    for (const code of ['#NAME?', '#REF!']) {
      const e = errorAt(evaluate(echo, [[[inputError(code)]]]));
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toBe(`KW.OMZETAANDEEL, waarde (rij 1, kolom 1): bevat de fout ${code}.`);
    }
  });

  it('reads a 1-D array as one row and a single value as one cell', () => {
    expect(evaluate(echo, [[1, 2]])).toEqual([[1, 2]]);
    expect(evaluate(echo, [7])).toEqual([[7]]);
  });

  it('speaks Dutch unless Office runs in English', () => {
    expect(inOfficeLanguage('de-DE', () => errorAt(evaluate(echo, [[['abc']]])).message)).toBe(
      'KW.OMZETAANDEEL, waarde (rij 1, kolom 1): "abc" is geen getal.',
    );
    expect(inOfficeLanguage('en-AU', () => errorAt(evaluate(echo, [[['abc']]])).message)).toBe(
      'KW.REVENUESHARE, value (row 1, column 1): "abc" is not a number.',
    );
  });
});
