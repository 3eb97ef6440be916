import {
  classifyTable,
  clientTypeOf,
  insightColumns,
  plannedInsightColumns,
  portfolioInsight,
  runInsightColumns,
  validateModel,
  type CellValue,
  type ScoringModel,
} from '../../../src/engine';
import { formatMessage } from '../../../src/i18n/catalog';
import { EXPECTED_INSIGHT, INSIGHT_HEADER, INSIGHT_MODEL_RAW, INSIGHT_ROWS } from '../../insightTable';
import { model } from '../builders';

const MODEL = model(INSIGHT_MODEL_RAW);
const placement = { sheet: 'Klanten', headerRow: 1, firstColumn: 0 };

function run(header: readonly CellValue[], rows: readonly (readonly CellValue[])[], m: ScoringModel = MODEL) {
  const result = classifyTable(header, rows, m, { placement });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.run;
}

describe('model fields for the portfolio insight', () => {
  it('accepts costs, hours, potential, hourlyCost and concentrationLimit', () => {
    const v = validateModel({
      ...INSIGHT_MODEL_RAW,
      costs: 'Directe kosten',
      hours: 'Bestede uren',
      potential: 'Groei',
      concentrationLimit: 0.25,
    });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.warnings).toEqual([]);
    expect(v.model).toMatchObject({
      costs: 'Directe kosten',
      hours: 'Bestede uren',
      potential: 'Groei',
      hourlyCost: 40,
      concentrationLimit: 0.25,
    });
  });

  it('names the field and the reason for every bad value (nl and en)', () => {
    const v = validateModel({ ...INSIGHT_MODEL_RAW, hourlyCost: -5, concentrationLimit: 1.5, hours: 12 });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors.map((e) => e.params.path).sort()).toEqual(['concentrationLimit', 'hourlyCost', 'hours']);
    const text = (path: string, lang: 'nl' | 'en') =>
      formatMessage(
        lang,
        v.errors.find((e) => e.params.path === path)!,
      );
    expect(text('hourlyCost', 'nl')).toBe('Veld hourlyCost: de kostprijs per uur -5 is negatief; geef 0 of meer.');
    expect(text('hourlyCost', 'en')).toBe('Field hourlyCost: the cost per hour -5 is negative; give 0 or more.');
    expect(text('concentrationLimit', 'nl')).toContain('"1.5" is geen aandeel');
    expect(text('hours', 'nl')).toBe('Veld hours: moet een tekst zijn.');
    const notNumber = validateModel({ ...INSIGHT_MODEL_RAW, hourlyCost: 'veertig', concentrationLimit: 0 });
    expect(notNumber.ok).toBe(false);
    if (notNumber.ok) return;
    expect(notNumber.errors).toEqual([
      { code: 'model.notNumber', params: { path: 'hourlyCost', value: 'veertig' } },
      { code: 'model.concentrationLimit', params: { path: 'concentrationLimit', value: '0' } },
    ]);
  });
});

describe('finding the insight columns', () => {
  it.each([
    ['Klasse vorig jaar', 'previousClass'],
    ['Vorige klasse', 'previousClass'],
    ['Previous class', 'previousClass'],
    ['Potentie', 'potential'],
    ['Potential', 'potential'],
    ['Uren', 'hours'],
    ['Hours', 'hours'],
    ['Kosten', 'costs'],
    ['Costs', 'costs'],
  ] as const)('detects "%s" as the %s column', (header, role) => {
    const found = insightColumns(['Klant', 'Omzet', header], MODEL);
    expect(found[role]).toBe(2);
    expect(Object.values(found).filter((i) => i >= 0)).toHaveLength(1);
  });

  it('takes the column the model names, and detects nothing when that column is missing', () => {
    const m = model({ ...INSIGHT_MODEL_RAW, potential: 'Groei', previousClassColumn: 'Klasse 2025' });
    expect(insightColumns(['Klant', 'Potentie', 'Groei', 'Klasse vorig jaar'], m)).toMatchObject({ potential: 2, previousClass: -1 });
    const result = classifyTable(
      ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking', 'Klasse vorig jaar'],
      [['a', 1, 1, 1, 1, 'A']],
      m,
    );
    expect(result.ok && result.warnings).toEqual(
      expect.arrayContaining([
        { code: 'table.optionalColumnMissing', params: { column: 'Groei' } },
        { code: 'table.optionalColumnMissing', params: { column: 'Klasse 2025' } },
      ]),
    );
    expect(result.ok && result.run.table.mapping.previousClass).toBe(-1);
  });

  it('plans from the header alone exactly the columns the run gets, for every combination of inputs', () => {
    const optional = ['Uren', 'Kosten', 'Potentie', 'Klasse vorig jaar'];
    const base = ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'];
    for (let mask = 0; mask < 16; mask++) {
      for (const hourlyCost of [undefined, 40]) {
        const header = [...base, ...optional.filter((_, k) => mask & (1 << k))];
        const m = model({ ...INSIGHT_MODEL_RAW, hourlyCost });
        const row = header.map((h, c) => (c === 0 ? 'Klant 1' : h === 'Klasse vorig jaar' ? 'A' : 1));
        const planned = plannedInsightColumns(header, m);
        expect(runInsightColumns(run(header, [row, row], m))).toEqual(planned);
        // Shift with last year's class; margin with costs or hours × rate; revenue per hour with hours; type with potential.
        const has = (h: string) => header.includes(h);
        expect(planned).toEqual([
          ...(has('Klasse vorig jaar') ? ['shift'] : []),
          ...(has('Kosten') || (has('Uren') && hourlyCost !== undefined) ? ['margin'] : []),
          ...(has('Uren') ? ['revenuePerHour'] : []),
          ...(has('Potentie') ? ['clientType'] : []),
        ]);
      }
    }
  });
});

describe('portfolioInsight on five clients worked out by hand', () => {
  const r = run(INSIGHT_HEADER, INSIGHT_ROWS);
  const insight = portfolioInsight(r);

  it('classifies as the fixture says', () => {
    expect(Array.from(r.classIndex, (k) => r.model.classification.labels[k])).toEqual(EXPECTED_INSIGHT.labels);
  });

  it('concentration: largest client, top 3, Herfindahl and the clients above 20%', () => {
    const c = insight.concentration!;
    expect(r.table.names[c.largestIndex]).toBe('Aalders');
    expect(c.largestShare).toBeCloseTo(500 / 970, 12);
    expect(c.top3Share).toBeCloseTo(900 / 970, 12);
    expect(c.herfindahl).toBeCloseTo(EXPECTED_INSIGHT.herfindahl, 12);
    expect(c.aboveLimit.map((a) => r.table.names[a.index])).toEqual(['Aalders', 'Bakker']);
  });

  it('takes the concentration limit from the model', () => {
    const c = portfolioInsight(run(INSIGHT_HEADER, INSIGHT_ROWS, model({ ...INSIGHT_MODEL_RAW, concentrationLimit: 0.4 }))).concentration!;
    expect(c.limit).toBe(0.4);
    expect(c.aboveLimit.map((a) => a.index)).toEqual([0]);
  });

  it('migration from the detected "Klasse vorig jaar" column', () => {
    const m = insight.migration!;
    expect(m.shifts.map((s) => s?.kind)).toEqual(['up', 'same', 'down', 'new', 'same']);
    expect(m.matrix).toEqual(EXPECTED_INSIGHT.matrix);
    expect(m.newByClass).toEqual(EXPECTED_INSIGHT.newByClass);
  });

  it('profitability from the detected "Uren" column and the model\'s hourly cost', () => {
    const p = insight.profitability!;
    expect(Array.from(p.result.margin)).toEqual(EXPECTED_INSIGHT.margins);
    expect(Array.from(p.result.revenuePerHour)).toEqual(EXPECTED_INSIGHT.perHour);
    expect(p.totals).toMatchObject({ clients: 5, revenue: 970, cost: 560, margin: 410, lossMaking: 1 });
    expect(p.totals.marginPercent).toBeCloseTo(410 / 970, 12);
    expect(p.totals.revenuePerHour).toBeCloseTo(970 / 14, 12);
  });

  it('client types on revenue × the detected "Potentie" column, limits at the medians', () => {
    const ct = insight.clientTypes!;
    expect(ct.value).toBe('revenue');
    expect(ct.quadrants.limits).toEqual({ x: 100, y: 1 });
    expect(Array.from(ct.quadrants.quadrant, (q) => clientTypeOf(q))).toEqual([
      'strategic',
      'large',
      'strategic',
      'development',
      'transactional',
    ]);
    expect(ct.quadrants.counts).toEqual([2, 1, 1, 1]);
  });

  it('advice from the computed ABC limits on the score', () => {
    expect(insight.advice?.basis).toBe('score');
    expect(insight.warnings).toEqual([]);
  });
});

describe('bad insight input keeps a cell empty and says where', () => {
  it('names the cells without a usable number in the hours and potential columns', () => {
    const rows = INSIGHT_ROWS.map((row) => [...row]);
    rows[1]![2] = 'vijf';
    rows[3]![6] = 'hoog';
    const insight = portfolioInsight(run(INSIGHT_HEADER, rows));
    expect(Number.isNaN(insight.profitability!.result.margin[1]!)).toBe(true);
    expect(insight.clientTypes!.quadrants.quadrant[3]).toBe(-1);
    expect(insight.warnings).toEqual([
      { code: 'insight.inputInvalid.profit', params: { column: 'Uren', count: 1, cells: 'Klanten!C3' } },
      { code: 'insight.inputInvalid.clientType', params: { column: 'Potentie', count: 1, cells: 'Klanten!G5' } },
    ]);
    expect(formatMessage('nl', insight.warnings[0]!)).toBe(
      'Kolom "Uren" heeft 1 cel(len) zonder bruikbaar getal (Klanten!C3); het rendement van die klanten blijft leeg.',
    );
  });

  it('reports last-year classes that are not a label, with their cells', () => {
    const rows = INSIGHT_ROWS.map((row) => [...row]);
    rows[0]![7] = 'Goud';
    const insight = portfolioInsight(run(INSIGHT_HEADER, rows));
    expect(insight.migration!.shifts[0]?.kind).toBe('unknown');
    expect(insight.warnings).toEqual([
      {
        code: 'insight.shift.unknownLabels',
        params: { column: 'Klasse vorig jaar', count: 1, values: '"Goud"', cells: 'Klanten!H2', labels: 'A, B, C, D' },
      },
    ]);
  });
});
