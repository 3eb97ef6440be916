import { compareRuns } from '../../../src/engine';
import { classify, model, type Row } from '../builders';

const scoreModel = (p: number, q: number, labels = ['A', 'B', 'C'], thresholds = [0.7, 0.4]) =>
  model({
    criteria: [
      { name: 'P', weight: p },
      { name: 'Q', weight: q },
    ],
    classification: { method: 'score', thresholds, labels },
  });

// Revenue is detected from the "Omzet" header.
const rows: Row[] = [
  { Klant: 'c1', Omzet: 1000, P: 3, Q: 0 },
  { Klant: 'c2', Omzet: 2000, P: 0, Q: 3 },
  { Klant: 'c3', Omzet: 5000, P: 3, Q: 3 },
  { Klant: 'c4', Omzet: 500, P: 1, Q: 1 },
  { Klant: 'c5', Omzet: 700, P: null, Q: 2 },
];

describe('compareRuns (what-if)', () => {
  it('happy path: raising weight P moves c1 up and c2 down, and the class totals follow', () => {
    // Before (P 1, Q 1, max 6): c1 3/6 = 50% B, c2 50% B, c3 100% A, c4 33% C, c5 unclassified.
    // After (P 3, Q 1, max 12): c1 9/12 = 75% A, c2 3/12 = 25% C, c3 A, c4 4/12 = 33% C.
    // Shares are of all positive revenue, the unclassified c5 included: 9200 in total.
    const before = classify(rows, scoreModel(1, 1)).run;
    const after = classify(rows, scoreModel(3, 1)).run;
    const diff = compareRuns(before, after);
    expect(diff.changes).toEqual([
      { name: 'c1', from: 'B', to: 'A', row: 0, beforeIndex: 0, afterIndex: 0 },
      { name: 'c2', from: 'B', to: 'C', row: 1, beforeIndex: 1, afterIndex: 1 },
    ]);
    expect(diff.classes).toEqual([
      {
        label: 'A',
        countBefore: 1,
        countAfter: 2,
        countDelta: 1,
        revenueBefore: 5000,
        revenueAfter: 6000,
        revenueDelta: 1000,
        revenueShareBefore: 5000 / 9200,
        revenueShareAfter: 6000 / 9200,
      },
      {
        label: 'B',
        countBefore: 2,
        countAfter: 0,
        countDelta: -2,
        revenueBefore: 3000,
        revenueAfter: 0,
        revenueDelta: -3000,
        revenueShareBefore: 3000 / 9200,
        revenueShareAfter: 0,
      },
      {
        label: 'C',
        countBefore: 1,
        countAfter: 2,
        countDelta: 1,
        revenueBefore: 500,
        revenueAfter: 2500,
        revenueDelta: 2000,
        revenueShareBefore: 500 / 9200,
        revenueShareAfter: 2500 / 9200,
      },
    ]);
    expect([diff.unclassifiedBefore, diff.unclassifiedAfter]).toEqual([1, 1]);
  });

  it('the same model twice changes nothing', () => {
    const diff = compareRuns(classify(rows, scoreModel(1, 1)).run, classify(rows, scoreModel(1, 1)).run);
    expect(diff.changes).toEqual([]);
    expect(diff.classes.every((c) => c.countDelta === 0 && c.revenueDelta === 0)).toBe(true);
  });

  it('fewer classes after: the dropped label is listed last and its clients move', () => {
    // After: two classes, A from 70%: c4 (33%) and c1, c2 (50%) all become B.
    const before = classify(rows, scoreModel(1, 1)).run;
    const after = classify(rows, scoreModel(1, 1, ['A', 'B'], [0.7])).run;
    const diff = compareRuns(before, after);
    expect(diff.classes.map((c) => [c.label, c.countBefore, c.countAfter])).toEqual([
      ['A', 1, 1],
      ['B', 2, 3],
      ['C', 1, 0],
    ]);
    expect(diff.changes).toEqual([{ name: 'c4', from: 'C', to: 'B', row: 3, beforeIndex: 3, afterIndex: 3 }]);
  });

  it('matches clients by sheet row, also when one run lacks a client', () => {
    const before = classify(rows, scoreModel(1, 1)).run;
    // The same sheet with c3's row emptied: it is skipped, so c4 is client 2 but still row 3.
    const emptied = rows.map((r, i) => (i === 2 ? { Klant: null, Omzet: null, P: null, Q: null } : r));
    const after = classify(emptied, scoreModel(1, 1)).run;
    const diff = compareRuns(before, after);
    expect(diff.changes).toEqual([{ name: 'c3', from: 'A', to: null, row: 2, beforeIndex: 2, afterIndex: -1 }]);
  });
});
