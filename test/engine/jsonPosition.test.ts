import fc from 'fast-check';
import { jsonErrorOffset, positionOf } from '../../src/engine/jsonPosition';

/** Where a model file's JSON goes wrong, so the message can point at line and character in the user's language. */
describe('jsonErrorOffset', () => {
  it.each([
    ['a missing comma between two fields', '{"a": 1 "b": 2}', 8],
    ['a trailing comma', '[1, 2,]', 6],
    ['an unclosed string', '{"name": "Omzet', 15],
    ['a number with a leading zero', '[01]', 2],
    ['text after the value', '{} x', 3],
    ['an empty file', '', 0],
    ['a bare word', 'criteria: Omzet 5', 0],
  ])('points at %s', (_what, text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('agrees with JSON.parse on which texts are valid', () => {
    const piece = fc.constantFrom('{', '}', '[', ']', '"', ',', ':', ' ', '\n', '0', '1', '-', '.', 'e', 'true', 'null', '"a"', '\\');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 14 }).map((p) => p.join('')),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(jsonErrorOffset(text) < 0).toBe(valid);
        },
      ),
      { seed: 7, numRuns: 3000 },
    );
  });
});

describe('positionOf', () => {
  it('counts lines and characters from 1, a Windows line break once', () => {
    const text = '{\r\n  "version": 1,\r\n  "criteria" []\r\n}';
    expect(positionOf(text, text.indexOf('['))).toEqual({ line: 3, column: 14 });
    expect(positionOf('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});
