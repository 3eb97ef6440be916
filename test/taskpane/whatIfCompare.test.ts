import { classifyTable, compareRuns, validateModel, type ScoringModel } from '../../src/engine';
import { percentIn } from '../../src/taskpane/model/whatIf';

const header = ['Klant', 'Omzet', 'Score'];
const rows = [
  ['a', 600, 3],
  ['b', 300, 2],
  ['c', 100, 1],
];

function run(classification: Record<string, unknown>) {
  const v = validateModel({ version: 1, criteria: [{ name: 'Score', weight: 1 }], classification });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const result = classifyTable(header, rows, v.model as ScoringModel);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.run;
}

describe('the what-if comparison the pane shows', () => {
  // Scores 3, 2, 1 of 3 → 100%, 66,7%, 33,3%.
  const before = run({ method: 'score', thresholds: [0.9, 0.5], labels: ['A', 'B', 'C'] });

  test('the same model moves nobody and keeps every count and share', () => {
    const same = compareRuns(before, before);
    expect(same.changes).toEqual([]);
    expect(same.classes.map((c) => [c.label, c.countBefore, c.countAfter, c.revenueShareBefore, c.revenueShareAfter])).toEqual([
      ['A', 1, 1, 0.6, 0.6],
      ['B', 1, 1, 0.3, 0.3],
      ['C', 1, 1, 0.1, 0.1],
    ]);
  });

  test('a lower B limit moves c from C to B; counts and revenue shares follow', () => {
    const after = run({ method: 'score', thresholds: [0.9, 0.3], labels: ['A', 'B', 'C'] });
    const w = compareRuns(before, after);
    expect(w.changes.map((m) => [m.name, m.from, m.to])).toEqual([['c', 'C', 'B']]);
    expect(percentIn(after, w.changes[0]!.afterIndex)).toBeCloseTo(1 / 3, 12);
    // B held b (300 of 1000) and now b + c (400 of 1000).
    expect(w.classes.find((c) => c.label === 'B')).toEqual({
      label: 'B',
      countBefore: 1,
      countAfter: 2,
      countDelta: 1,
      revenueBefore: 300,
      revenueAfter: 400,
      revenueDelta: 100,
      revenueShareBefore: 0.3,
      revenueShareAfter: 0.4,
    });
    expect(w.classes.find((c) => c.label === 'C')).toMatchObject({ countBefore: 1, countAfter: 0, revenueShareAfter: 0 });
  });

  test('labels that only the old model had are kept, after the new ones', () => {
    const after = run({ method: 'score', thresholds: [0.5], labels: ['Goed', 'Matig'] });
    const w = compareRuns(before, after);
    expect(w.classes.map((c) => c.label)).toEqual(['Goed', 'Matig', 'A', 'B', 'C']);
    expect(w.changes).toHaveLength(3);
    expect(percentIn(after, -1)).toBeNull();
  });
});
