/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { modelToJson, presetModel } from '../../src/engine';
import { INSIGHT_HEADER, INSIGHT_MODEL_RAW, INSIGHT_ROWS } from '../insightTable';
import { fakeSession } from './fakeSession';
import { SEED_SHEET } from './fixtures';
import { renderPane } from './renderPane';

/** Five clients with last year's class; the figures are worked out in test/insightTable.ts. */
const INSIGHT_SHEET = { sheet: 'Klanten', header: INSIGHT_HEADER, rows: INSIGHT_ROWS };

async function classifyAndOpenResult(session: ReturnType<typeof fakeSession>, lang: 'nl' | 'en' = 'nl') {
  const { user } = await renderPane(session, lang);
  await user.click(screen.getByRole('button', { name: lang === 'nl' ? 'Classificeer' : 'Classify' }));
  return screen.findByRole('region', { name: lang === 'nl' ? 'Resultaat' : 'Result' });
}

describe('the result summary shows concentration and year-over-year shifts', () => {
  test('concentration line, a warning per client above 20%, and the migration counts', async () => {
    const result = await classifyAndOpenResult(fakeSession(INSIGHT_SHEET, { savedModel: INSIGHT_MODEL_RAW }));
    const concentration = within(result).getByRole('region', { name: 'Concentratie' });
    // Aalders 500 of 970 = 51,5%; top 3 900/970 = 92,8%; Herfindahl 352900/940900 = 0,375.
    expect(concentration).toHaveTextContent(
      'Concentratie: grootste klant Aalders met 51,5% van de omzet, top 3 samen 92,8%, Herfindahl-index 0,375.',
    );
    const warnings = within(concentration).getAllByText(/^Let op:/);
    expect(warnings.map((w) => w.textContent)).toEqual([
      'Let op: Aalders zorgt voor 51,5% van de omzet, meer dan 20%. Bent u niet te afhankelijk van één opdrachtgever?',
      'Let op: Bakker zorgt voor 30,9% van de omzet, meer dan 20%. Bent u niet te afhankelijk van één opdrachtgever?',
    ]);
    const shifts = within(result).getByRole('region', { name: 'Verschuiving sinds vorig jaar' });
    expect(shifts).toHaveTextContent('1 gestegen, 1 gedaald, 2 gelijk gebleven, 1 nieuw.');
  });

  test('in English', async () => {
    const result = await classifyAndOpenResult(fakeSession(INSIGHT_SHEET, { savedModel: INSIGHT_MODEL_RAW }), 'en');
    expect(within(result).getByRole('region', { name: 'Concentration' })).toHaveTextContent(
      'Concentration: largest client Aalders with 51.5% of revenue, top 3 together 92.8%, Herfindahl index 0.375.',
    );
    expect(within(result).getByRole('region', { name: 'Shifts since last year' })).toHaveTextContent(
      '1 moved up, 1 moved down, 2 stayed, 1 new.',
    );
  });

  test("no migration without last year's class, and no warning when no client exceeds the limit", async () => {
    // Seed sheet: 40.000 of 75.000 is 53%; with a limit of 60% nobody is above it.
    const savedModel = { ...(modelToJson(presetModel('scoringsmatrix')) as object), concentrationLimit: 0.6 };
    const result = await classifyAndOpenResult(fakeSession(SEED_SHEET, { savedModel }));
    const concentration = within(result).getByRole('region', { name: 'Concentratie' });
    expect(concentration).toHaveTextContent('grootste klant Bakkerij Jansen met 53,3% van de omzet');
    expect(within(concentration).queryByText(/^Let op:/)).not.toBeInTheDocument();
    expect(within(result).queryByRole('region', { name: 'Verschuiving sinds vorig jaar' })).not.toBeInTheDocument();
  });
});

describe('the year-over-year line accounts for every client', () => {
  test("with the klantenpiramide beside last year's A–D the clients outside up/down/same are named, adding up to all", async () => {
    const raw = INSIGHT_MODEL_RAW as Record<string, unknown>;
    const pyramid = modelToJson(presetModel('klantenpiramide')) as Record<string, unknown>;
    const result = await classifyAndOpenResult(
      fakeSession(INSIGHT_SHEET, { savedModel: { ...raw, classification: pyramid.classification } }),
    );
    const migration = within(result).getByRole('region', { name: 'Verschuiving sinds vorig jaar' });
    expect(migration).toHaveTextContent(/samen 5 klanten\./);
    const numbers = (migration.textContent ?? '').match(
      /(\d+) gestegen, (\d+) gedaald, (\d+) gelijk gebleven, (\d+) nieuw\.Verder (\d+) met .* en (\d+) zonder klasse/,
    );
    expect(numbers).not.toBeNull();
    expect(
      numbers!
        .slice(1)
        .map(Number)
        .reduce((a, b) => a + b, 0),
    ).toBe(5);
  });
});
