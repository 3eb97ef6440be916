import fc from 'fast-check';
import { migration, runMigration } from '../../../src/engine';
import { classify, model } from '../builders';

const LABELS = ['A', 'B', 'C', 'D'];

describe('migration (year over year)', () => {
  it('happy path: shifts per client and the from × to matrix', () => {
    const previous = ['B', 'A', 'C', '', 'D', 'x', 'B'];
    const current = ['A', 'B', 'C', 'C', 'B', 'A', null];
    const m = migration(previous, current, LABELS);
    expect(m.shifts.map((s) => s?.kind ?? null)).toEqual(['up', 'down', 'same', 'new', 'up', 'unknown', null]);
    expect(m.shifts[4]).toEqual({ kind: 'up', from: 'D', to: 'B' });
    // B→A, A→B, C→C, D→B; the new, unknown and unclassified clients are not in the matrix.
    expect(m.matrix).toEqual([
      [0, 1, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 1, 0],
      [0, 1, 0, 0],
    ]);
    expect({ both: m.both, up: m.up, down: m.down, same: m.same }).toEqual({ both: 4, up: 2, down: 1, same: 1 });
    expect(m.newByClass).toEqual([0, 0, 1, 0]);
    expect(m.unknownLabels).toEqual([{ index: 5, text: 'x' }]);
  });

  it('matches labels case-insensitively and ignores surrounding spaces', () => {
    const m = migration([' a ', 'c'], ['A', 'b'], LABELS);
    expect(m.shifts.map((s) => s?.kind)).toEqual(['same', 'up']);
    expect(m.shifts[1]?.from).toBe('C');
  });

  it("reads last year's class from the column the model names", () => {
    const m = model({
      criteria: [{ name: 'Score', weight: 1 }],
      classification: { method: 'score', thresholds: [0.7, 0.4], labels: ['A', 'B', 'C'] },
      previousClassColumn: 'Klasse vorig jaar',
    });
    const { run } = classify(
      [
        { Klant: 'Bakker', Score: 3, 'Klasse vorig jaar': 'B' },
        { Klant: 'Smit', Score: 1, 'Klasse vorig jaar': 'A' },
        { Klant: 'De Vries', Score: 2, 'Klasse vorig jaar': null },
      ],
      m,
    );
    const mig = runMigration(run)!;
    // Scores 3/3 → A, 1/3 → C, 2/3 → B.
    expect(mig.shifts).toEqual([
      { kind: 'up', from: 'B', to: 'A' },
      { kind: 'down', from: 'A', to: 'C' },
      { kind: 'new', from: null, to: 'B' },
    ]);
  });

  it('no previous-class column: no migration', () => {
    const m = model({
      criteria: [{ name: 'Score', weight: 1 }],
      classification: { method: 'score', thresholds: [0.5], labels: ['A', 'B'] },
    });
    expect(runMigration(classify([{ Klant: 'X', Score: 1 }], m).run)).toBeNull();
  });

  it('property: the matrix sums to the clients classified both years, and up + down + same too', () => {
    const label = fc.oneof(fc.constantFrom(...LABELS), fc.constantFrom('', 'Z', 'b'));
    fc.assert(
      fc.property(fc.array(fc.tuple(label, fc.option(fc.constantFrom(...LABELS), { nil: null })), { maxLength: 80 }), (pairs) => {
        const m = migration(
          pairs.map((p) => p[0]),
          pairs.map((p) => p[1]),
          LABELS,
        );
        const known = (s: string) => LABELS.some((l) => l.toLowerCase() === s.trim().toLowerCase());
        const both = pairs.filter(([from, to]) => to !== null && known(from)).length;
        expect(m.matrix.flat().reduce((s, c) => s + c, 0)).toBe(both);
        expect(m.up + m.down + m.same).toBe(both);
      }),
      { seed: 20240607, numRuns: 200 },
    );
  });
});
