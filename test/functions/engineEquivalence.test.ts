/**
 * Property tests: for random client tables, every worksheet function gives exactly what the engine
 * gives when the same table goes through the task pane's path (classifyTable with a model), so a
 * formula and the task pane never disagree. Fixed seed, so a failure reproduces.
 */
import fc from 'fast-check';
import { settled } from './excelRuntime';
import {
  abcklasse,
  klantklasse,
  klantscore,
  klantscorePct,
  klanttype,
  omzetaandeel,
  piramidelaag,
  rangklasse,
} from '../../src/functions/functions';
import {
  classifyByPareto,
  classifyTable,
  clientTypeOf,
  clientTypes,
  presetModel,
  validateModel,
  type ClassificationRun,
  type ScoringModel,
} from '../../src/engine';
import { t } from '../../src/i18n/catalog';

const RUNS = { seed: 20251125, numRuns: 150 };
const CRITERIA = ['Portfolio', 'Netwerk', 'Samenwerking', 'Betaalgedrag', 'Potentie'];

interface Client {
  readonly revenue: number;
  readonly scores: number[];
}

/** Weights (at least one above 0) and clients with revenue (ties, zeros, credit notes) and 0–3 scores. */
const portfolioOf = (minClients: number, maxClients: number) =>
  fc.integer({ min: 1, max: CRITERIA.length }).chain((m) =>
    fc.record({
      weights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: m, maxLength: m }).filter((w) => w.some((x) => x > 0)),
      clients: fc.array(
        fc.record({
          revenue: fc.oneof(fc.integer({ min: -200, max: 200 }), fc.integer({ min: 0, max: 250_000 })),
          scores: fc.array(fc.constantFrom(0, 0.5, 1, 1.5, 2, 2.5, 3), { minLength: m, maxLength: m }),
        }),
        { minLength: minClients, maxLength: maxClients, size: 'max' },
      ),
    }),
  );
const portfolio = portfolioOf(1, 40);
/** The pyramid's top layer is 1% of the clients: only a few hundred clients tell 1% from 2%. */
const largePortfolio = portfolioOf(100, 400);

function model(fields: Record<string, unknown>): ScoringModel {
  const v = validateModel({ version: 1, ...fields });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.model;
}

/** The client table as the task pane reads it: a name column, Omzet, one column per criterion. */
function taskPaneRun(clients: readonly Client[], m: ScoringModel): ClassificationRun {
  const header = ['Klant', 'Omzet', ...CRITERIA.slice(0, clients[0]!.scores.length)];
  const rows = clients.map((c, i) => [`Klant ${i + 1}`, c.revenue, ...c.scores]);
  const result = classifyTable(header, rows, m);
  if (!result.ok) throw new Error(result.error.code);
  return result.run;
}

function directModel(weights: readonly number[], classification?: Record<string, unknown>): ScoringModel {
  return model({
    revenue: 'Omzet',
    criteria: weights.map((weight, j) => ({ name: CRITERIA[j], weight })),
    ...(classification ? { classification } : {}),
  });
}

const column = (values: readonly number[]): number[][] => values.map((v) => [v]);
const labelsOf = (run: ClassificationRun): string[][] => Array.from(run.classIndex, (k) => [run.model.classification.labels[k]!]);

describe('worksheet functions equal the engine on random client tables', () => {
  it('KLANTSCORE and KLANTSCOREPCT equal the scores and percentages of a direct-scoring model', () => {
    fc.assert(
      fc.property(portfolio, ({ weights, clients }) => {
        const run = taskPaneRun(clients, directModel(weights));
        const block = clients.map((c) => c.scores);
        expect(klantscore(block, [weights])).toEqual(column(Array.from(run.scores)));
        expect(klantscorePct(block, [weights])).toEqual(column(Array.from(run.percent)));
      }),
      RUNS,
    );
  });

  it('KLANTKLASSE of KLANTSCOREPCT equals the class of the score method', () => {
    fc.assert(
      fc.property(portfolio, ({ weights, clients }) => {
        const run = taskPaneRun(clients, directModel(weights));
        expect(
          klantklasse(
            settled(
              klantscorePct(
                clients.map((c) => c.scores),
                [weights],
              ),
            ),
          ),
        ).toEqual(labelsOf(run));
      }),
      RUNS,
    );
  });

  it('RANGKLASSE over the KLANTSCORE column equals the rank method', () => {
    fc.assert(
      fc.property(portfolio, ({ weights, clients }) => {
        const run = taskPaneRun(clients, directModel(weights, { method: 'rank' }));
        const scores = settled(
          klantscore(
            clients.map((c) => c.scores),
            [weights],
          ),
        );
        expect(rangklasse(scores, scores)).toEqual(labelsOf(run));
      }),
      RUNS,
    );
  });

  it('ABCKLASSE over the revenue column equals the Pareto 80/95 preset and classifyByPareto', () => {
    fc.assert(
      fc.property(portfolio, ({ clients }) => {
        const revenue = clients.map((c) => c.revenue);
        const run = taskPaneRun(clients, presetModel('pareto8095'));
        const formula = abcklasse(column(revenue), column(revenue));
        expect(formula).toEqual(labelsOf(run));
        const direct = Array.from(classifyByPareto(Float64Array.from(revenue), [0.8, 0.95]), (k) => ['ABC'[k]]);
        expect(formula).toEqual(direct);
      }),
      RUNS,
    );
  });

  it('PIRAMIDELAAG over the revenue column equals the klantenpiramide preset', () => {
    fc.assert(
      fc.property(largePortfolio, ({ clients }) => {
        const revenue = column(clients.map((c) => c.revenue));
        expect(piramidelaag(revenue, revenue)).toEqual(labelsOf(taskPaneRun(clients, presetModel('klantenpiramide'))));
      }),
      RUNS,
    );
  });

  it("KLANTTYPE over revenue and a potential column equals the engine's client types (median limits)", () => {
    fc.assert(
      fc.property(
        portfolio.filter(({ clients }) => clients.length >= 2),
        ({ clients }) => {
          const revenue = clients.map((c) => c.revenue);
          const potential = clients.map((c) => c.scores[0]!);
          const { quadrant } = clientTypes(Float64Array.from(revenue), Float64Array.from(potential));
          const names = Array.from(quadrant, (q) => {
            const type = clientTypeOf(q);
            if (type === null) throw new Error('every generated client has a value and a potential, so a type');
            return [t('nl', `insight.type.${type}`)];
          });
          expect(klanttype(column(revenue), column(potential))).toEqual(names);
        },
      ),
      RUNS,
    );
  });

  it('OMZETAANDEEL over the revenue column equals the revenue share', () => {
    fc.assert(
      fc.property(portfolio, ({ weights, clients }) => {
        const revenue = column(clients.map((c) => c.revenue));
        const run = taskPaneRun(clients, directModel(weights));
        expect(omzetaandeel(revenue, revenue)).toEqual(column(Array.from(run.revenueShare)));
      }),
      RUNS,
    );
  });
});

describe('spilling means the same as one cell at a time', () => {
  const revenues = fc.array(fc.integer({ min: -50, max: 500 }), { minLength: 1, maxLength: 30 });

  it('for the functions that classify within a column', () => {
    fc.assert(
      fc.property(revenues, (values) => {
        const all = column(values);
        for (const fn of [abcklasse, rangklasse, piramidelaag, omzetaandeel]) {
          const spilled = settled(fn(all, all));
          values.forEach((v, i) => expect(fn([[v]], all)).toEqual([spilled[i]]));
        }
      }),
      RUNS,
    );
  });

  it('for KLANTTYPE with given limits', () => {
    const amount = fc.integer({ min: -100, max: 1000 });
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 20 }), amount, (pairs, limit) => {
        const spilled = settled(
          klanttype(
            pairs.map(([v]) => [v]),
            pairs.map(([, p]) => [p]),
            limit,
            2,
          ),
        );
        pairs.forEach(([v, p], i) => expect(klanttype([[v]], [[p]], limit, 2)).toEqual([spilled[i]]));
      }),
      RUNS,
    );
  });

  it('blank cells in alle_waarden change nothing', () => {
    fc.assert(
      fc.property(revenues, fc.array(fc.nat(), { maxLength: 5 }), (values, gaps) => {
        const all = column(values);
        const withBlanks: unknown[][] = [...all];
        for (const g of gaps) withBlanks.splice(g % (withBlanks.length + 1), 0, ['']);
        expect(abcklasse(all, withBlanks)).toEqual(abcklasse(all, all));
        expect(omzetaandeel(all, withBlanks)).toEqual(omzetaandeel(all, all));
      }),
      RUNS,
    );
  });
});
