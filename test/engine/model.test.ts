import { modelToJson, parseModelJson, PRESET_IDS, presetModel, validateModel, type ModelIssue } from '../../src/engine';
import { formatMessage } from '../../src/i18n/catalog';

/** A minimal valid model; each test breaks one field. */
const base = () => ({
  version: 1,
  criteria: [
    { name: 'Omzet', weight: 5 },
    { name: 'Netwerk', weight: 3 },
  ],
});

const errorsOf = (input: unknown): ModelIssue[] => {
  const v = validateModel(input);
  if (v.ok) throw new Error('expected the model to be refused');
  return [...v.errors];
};

/** The one error at `path`, with its code. */
const expectError = (input: unknown, path: string, code: string, params: Record<string, unknown> = {}) => {
  const errors = errorsOf(input);
  expect(errors).toContainEqual({ code, params: { ...params, path } });
  return errors.find((e) => e.params.path === path && e.code === code)!;
};

describe('a valid model', () => {
  it('gets every default filled in', () => {
    const v = validateModel(base());
    expect(v).toEqual({
      ok: true,
      warnings: [],
      model: {
        version: 1,
        name: 'Model',
        scaleMax: 3,
        missing: 'unclassified',
        rules: [],
        criteria: [
          { name: 'Omzet', column: 'Omzet', weight: 5, scoring: { type: 'direct' } },
          { name: 'Netwerk', column: 'Netwerk', weight: 3, scoring: { type: 'direct' } },
        ],
        classification: { method: 'score', thresholds: [0.7, 0.45, 0.2], labels: ['A', 'B', 'C', 'D'] },
      },
    });
  });

  it('accepts the example model (criteria, thresholds, rules, override)', () => {
    const v = validateModel({
      version: 1,
      name: 'Scoringsmatrix voorbeeld',
      scaleMax: 3,
      revenue: 'Omzet',
      criteria: [
        { name: 'Omzet', weight: 5, scoring: { type: 'quantiles' } },
        { name: 'Portfolio', weight: 2 },
        { name: 'Netwerk', weight: 3 },
        { name: 'Samenwerking', weight: 1 },
        {
          name: 'Betaalgedrag',
          column: 'Betaaltermijn (dagen)',
          weight: 2,
          scoring: { type: 'thresholds', direction: 'lower', thresholds: [60, 30, 14] },
        },
      ],
      classification: { method: 'score', thresholds: [0.7, 0.45, 0.2], labels: ['A', 'B', 'C', 'D'] },
      rules: [{ when: { criterion: 'Betaalgedrag', op: '<=', value: 0 }, atMost: 'C' }],
      override: { column: 'Handmatige klasse', reasonColumn: 'Reden' },
    });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.model.criteria[0]!.scoring).toEqual({ type: 'quantiles', direction: 'higher' });
    expect(v.model.criteria[4]).toEqual({
      name: 'Betaalgedrag',
      column: 'Betaaltermijn (dagen)',
      weight: 2,
      scoring: { type: 'thresholds', direction: 'lower', thresholds: [60, 30, 14] },
    });
    expect(v.model.override).toEqual({ column: 'Handmatige klasse', reasonColumn: 'Reden' });
    expect(v.model.revenue).toBe('Omzet');
  });

  it('fills in Pareto cutoffs and rank shares with matching default labels', () => {
    const pareto = validateModel({ ...base(), classification: { method: 'pareto' } });
    expect(pareto.ok && pareto.model.classification).toEqual({ method: 'pareto', cutoffs: [0.8, 0.95], labels: ['A', 'B', 'C'] });
    const rank = validateModel({ ...base(), classification: { method: 'rank' } });
    expect(rank.ok && rank.model.classification).toEqual({ method: 'rank', shares: [0.2, 0.3, 0.5], labels: ['A', 'B', 'C'] });
  });

  it('writes the rule label and criterion name as the model spells them', () => {
    const v = validateModel({ ...base(), rules: [{ when: { criterion: 'netwerk', op: '<', value: 1 }, atMost: 'c' }] });
    expect(v.ok && v.model.rules).toEqual([{ when: { criterion: 'Netwerk', op: '<', value: 1 }, atMost: 'C' }]);
  });

  it('warns about an unknown field but still accepts the model', () => {
    const v = validateModel({ ...base(), colour: 'blue' });
    expect(v.ok).toBe(true);
    expect(v.warnings).toEqual([{ code: 'model.unknownField', params: { path: 'colour' } }]);
  });

  it('survives a round trip through JSON text', () => {
    const m = presetModel('scoringsmatrix');
    const again = parseModelJson(JSON.stringify(modelToJson(m)));
    expect(again.ok && again.model).toEqual(m);
  });

  it.each(PRESET_IDS)('has a valid preset "%s"', (id) => {
    expect(() => presetModel(id)).not.toThrow();
  });
});

describe('an invalid model', () => {
  it('names a negative weight', () => {
    const input = base();
    (input.criteria[1] as { weight: unknown }).weight = -1;
    expectError(input, 'criteria[1].weight', 'model.weightNegative', { value: -1 });
  });

  it('names a weight given as text', () => {
    const input = base();
    (input.criteria[0] as { weight: unknown }).weight = '5';
    expectError(input, 'criteria[0].weight', 'model.weightNotNumber', { value: '5' });
  });

  it('names a missing weight', () => {
    expectError({ ...base(), criteria: [{ name: 'Omzet' }] }, 'criteria[0].weight', 'model.required');
  });

  it('names a criterion without a name and a duplicate criterion', () => {
    expectError({ ...base(), criteria: [{ weight: 1 }] }, 'criteria[0].name', 'model.required');
    expectError(
      {
        ...base(),
        criteria: [
          { name: 'Omzet', weight: 1 },
          { name: 'omzet', weight: 2 },
        ],
      },
      'criteria[1].name',
      'model.duplicateCriterion',
      { name: 'omzet' },
    );
  });

  it('wants one threshold per score point', () => {
    const criteria = [{ name: 'Dagen', weight: 1, scoring: { type: 'thresholds', direction: 'lower', thresholds: [60, 30] } }];
    expectError({ ...base(), criteria }, 'criteria[0].scoring.thresholds', 'model.thresholdCount', { expected: 3, actual: 2 });
  });

  it('wants thresholds in the order of their direction', () => {
    const lower = [{ name: 'Dagen', weight: 1, scoring: { type: 'thresholds', direction: 'lower', thresholds: [14, 30, 60] } }];
    expectError({ ...base(), criteria: lower }, 'criteria[0].scoring.thresholds', 'model.thresholdsDescending');
    const higher = [{ name: 'Uren', weight: 1, scoring: { type: 'thresholds', thresholds: [30, 20, 10] } }];
    expectError({ ...base(), criteria: higher }, 'criteria[0].scoring.thresholds', 'model.thresholdsAscending');
    const text = [{ name: 'Uren', weight: 1, scoring: { type: 'thresholds', thresholds: [10, 'x', 30] } }];
    expectError({ ...base(), criteria: text }, 'criteria[0].scoring.thresholds[1]', 'model.notNumber', { value: 'x' });
  });

  it('names an unknown scoring type, direction or a linear range upside down', () => {
    expectError(
      { ...base(), criteria: [{ name: 'a', weight: 1, scoring: { type: 'magic' } }] },
      'criteria[0].scoring.type',
      'model.scoringType',
      { value: 'magic' },
    );
    expectError(
      { ...base(), criteria: [{ name: 'a', weight: 1, scoring: { type: 'quantiles', direction: 'up' } }] },
      'criteria[0].scoring.direction',
      'model.direction',
      { value: 'up' },
    );
    expectError(
      { ...base(), criteria: [{ name: 'a', weight: 1, scoring: { type: 'linear', lo: 10, hi: 10 } }] },
      'criteria[0].scoring.hi',
      'model.linearRange',
      { lo: 10, hi: 10 },
    );
  });

  it('names an unsupported version and scale', () => {
    expectError({ ...base(), version: 2 }, 'version', 'model.version', { value: '2' });
    expectError({ ...base(), version: undefined }, 'version', 'model.required');
    expectError({ ...base(), scaleMax: 2.5 }, 'scaleMax', 'model.scaleMax', { value: '2.5', max: 10 });
    expectError({ ...base(), scaleMax: 0 }, 'scaleMax', 'model.scaleMax', { value: '0', max: 10 });
  });

  it('wants at least one criterion with a weight for score classes', () => {
    expectError({ ...base(), criteria: [] }, 'criteria', 'model.noCriteria');
    expectError(
      {
        ...base(),
        criteria: [
          { name: 'a', weight: 0 },
          { name: 'b', weight: 0 },
        ],
      },
      'criteria',
      'model.allWeightsZero',
    );
  });

  it('wants rank shares that add up to 1', () => {
    expectError({ ...base(), classification: { method: 'rank', shares: [0.2, 0.3, 0.4] } }, 'classification.shares', 'model.sharesSum', {
      sum: 0.9,
    });
    expectError({ ...base(), classification: { method: 'rank', shares: [0, 0.5, 0.5] } }, 'classification.shares', 'model.sharePositive');
    expectError(
      { ...base(), classification: { method: 'rank', shares: [0.5, 0.5], labels: ['A', 'B', 'C'] } },
      'classification.shares',
      'model.classLimitCount',
      { expected: 3, actual: 2 },
    );
  });

  it('wants score limits as descending fractions, one fewer than the labels', () => {
    expectError({ ...base(), classification: { thresholds: [0.45, 0.7, 0.2] } }, 'classification.thresholds', 'model.thresholdsDescending');
    expectError({ ...base(), classification: { thresholds: [70, 45, 20] } }, 'classification.thresholds', 'model.fraction');
    expectError(
      { ...base(), classification: { thresholds: [0.7, 0.45], labels: ['A', 'B', 'C', 'D'] } },
      'classification.thresholds',
      'model.classLimitCount',
      { expected: 3, actual: 2 },
    );
  });

  it('wants Pareto cutoffs ascending within (0, 1]', () => {
    expectError(
      { ...base(), classification: { method: 'pareto', cutoffs: [0.95, 0.8] } },
      'classification.cutoffs',
      'model.thresholdsAscending',
    );
    expectError({ ...base(), classification: { method: 'pareto', cutoffs: [80, 95] } }, 'classification.cutoffs', 'model.fraction');
  });

  it('names bad labels', () => {
    expectError({ ...base(), classification: { thresholds: [], labels: ['A'] } }, 'classification.labels', 'model.labelCount', { max: 10 });
    expectError({ ...base(), classification: { thresholds: [0.5], labels: ['A', 'a'] } }, 'classification.labels', 'model.labelsUnique');
    expectError({ ...base(), classification: { thresholds: [0.5], labels: [1, 'B'] } }, 'classification.labels[0]', 'model.notText');
    expectError({ ...base(), classification: { method: 'sorting' } }, 'classification.method', 'model.method', { value: 'sorting' });
  });

  it('names a rule on an unknown criterion or with an unknown label', () => {
    expectError(
      { ...base(), rules: [{ when: { criterion: 'Potentie', op: '<', value: 1 }, atMost: 'C' }] },
      'rules[0].when.criterion',
      'model.unknownCriterion',
      { name: 'Potentie' },
    );
    expectError(
      { ...base(), rules: [{ when: { criterion: 'Omzet', op: '<', value: 1 }, atMost: 'E' }] },
      'rules[0].atMost',
      'model.unknownLabel',
      { label: 'E', labels: 'A, B, C, D' },
    );
  });

  it('names a malformed rule', () => {
    expectError(
      { ...base(), rules: [{ when: { criterion: 'Omzet', column: 'Omzet', op: '<', value: 1 }, atMost: 'C' }] },
      'rules[0].when',
      'model.ruleTarget',
    );
    expectError(
      { ...base(), rules: [{ when: { criterion: 'Omzet', op: 'like', value: 1 }, atMost: 'C' }] },
      'rules[0].when.op',
      'model.ruleOp',
      { value: 'like' },
    );
    expectError(
      { ...base(), rules: [{ when: { column: 'Sector', op: '<', value: 'Zorg' }, atMost: 'C' }] },
      'rules[0].when.value',
      'model.ruleValue',
    );
    expectError({ ...base(), rules: [{ when: { criterion: 'Omzet', op: '<', value: 1 } }] }, 'rules[0]', 'model.ruleAction');
    expectError(
      { ...base(), rules: [{ when: { criterion: 'Omzet', op: '<', value: 1 }, atMost: 'C', atLeast: 'A' }] },
      'rules[0]',
      'model.ruleAction',
    );
  });

  it('names a bad missing-value policy and an override without a column', () => {
    expectError({ ...base(), missing: 'skip' }, 'missing', 'model.missing', { value: 'skip' });
    expectError({ ...base(), override: { reasonColumn: 'Reden' } }, 'override.column', 'model.required');
  });

  it('reports every problem at once, not only the first', () => {
    const errors = errorsOf({ version: 1, scaleMax: 99, criteria: [{ name: 'a', weight: -2 }], missing: 'x' });
    expect(errors.map((e) => e.params.path)).toEqual(['scaleMax', 'criteria[0].weight', 'missing']);
  });
});

describe('model files that are not models', () => {
  it('says invalid JSON text is not JSON, with the parser detail', () => {
    const v = parseModelJson('{"version": 1,');
    if (v.ok) throw new Error('expected invalid JSON to be refused');
    const error = v.errors[0]!;
    expect(error.code).toBe('model.invalidJson');
    expect(formatMessage('nl', error)).toMatch(/^Het modelbestand is geen geldige JSON: .+\.$/);
    expect(formatMessage('en', error)).toMatch(/^The model file is not valid JSON: .+\.$/);
  });

  it.each([
    ['an array', '[1, 2]'],
    ['a string', '"model"'],
    ['null', 'null'],
    ['a number', '3'],
  ])('says %s is not a Klantwaarde model', (_, text) => {
    expect(parseModelJson(text)).toEqual({ ok: false, errors: [{ code: 'model.notModel', params: { path: '' } }], warnings: [] });
  });

  it('says foreign JSON such as {"foo": 1} is not a Klantwaarde model', () => {
    const v = parseModelJson('{"foo": 1}');
    if (v.ok) throw new Error('expected foreign JSON to be refused');
    const errors = v.errors;
    expect(errors).toEqual([{ code: 'model.notModel', params: { path: '' } }]);
    expect(formatMessage('nl', errors[0]!)).toContain('geen Klantwaarde-model');
    expect(formatMessage('en', errors[0]!)).toContain('not a Klantwaarde model');
  });
});

describe('model messages', () => {
  const broken = {
    version: 3,
    scaleMax: -1,
    criteria: [
      { name: 'Omzet', weight: -1, scoring: { type: 'thresholds', thresholds: [3, 2] } },
      { name: 'Netwerk', weight: 'veel' },
    ],
    classification: { method: 'rank', shares: [0.5, 0.4], labels: ['A', 'A'] },
    rules: [{ when: { criterion: 'Potentie', op: '<', value: 1 }, atMost: 'Z' }],
  };

  it('render in Dutch and English with the field path in front', () => {
    const errors = errorsOf(broken);
    expect(errors.length).toBeGreaterThanOrEqual(8);
    for (const e of errors) {
      const nl = formatMessage('nl', e);
      const en = formatMessage('en', e);
      expect(nl.startsWith(`Veld ${e.params.path}: `)).toBe(true);
      expect(en.startsWith(`Field ${e.params.path}: `)).toBe(true);
      expect(nl).not.toMatch(/\{\w+\}/);
      expect(en).not.toMatch(/\{\w+\}/);
      expect(nl).not.toBe(en);
    }
  });

  it('reads as a sentence for a negative weight', () => {
    const e = expectError({ ...base(), criteria: [{ name: 'Omzet', weight: -1 }] }, 'criteria[0].weight', 'model.weightNegative', {
      value: -1,
    });
    expect(formatMessage('nl', e)).toBe('Veld criteria[0].weight: het gewicht -1 is negatief; een gewicht is 0 of meer.');
    expect(formatMessage('en', e)).toBe('Field criteria[0].weight: weight -1 is negative; a weight is 0 or more.');
  });
});
