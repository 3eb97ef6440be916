/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { fakeSession } from './fakeSession';
import { openSection, renderPane } from './renderPane';

// Revenue plus a payment column that is not a score (days), so it needs thresholds.
const SHEET = {
  sheet: 'Klanten',
  header: ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking', 'Betaaltermijn'],
  rows: [
    ['Jansen', 40000, 2, 2, 2, 10],
    ['De Vries', 20000, 3, 2, 1, 45],
    ['Smit', 10000, 1, 1, 1, 70],
    ['Vos', 5000, 0, 1, 0, 20],
  ],
};

describe('editing criteria and classes', () => {
  test('a column can be added as a criterion, scored by thresholds, and removed again', async () => {
    const session = fakeSession(SHEET);
    const { user } = await renderPane(session);
    const criteria = screen.getByRole('region', { name: '2. Criteria en gewichten' });

    await user.selectOptions(within(criteria).getByRole('combobox', { name: 'Kolom als criterium' }), 'Betaaltermijn');
    await user.click(within(criteria).getByRole('button', { name: 'Criterium toevoegen' }));
    // Days are no 0–3 scores, so the new criterion starts as quantiles with weight 1.
    expect(within(criteria).getByRole('spinbutton', { name: 'Gewicht Betaaltermijn' })).toHaveValue('1');
    expect(within(criteria).getByRole('combobox', { name: 'Scoring Betaaltermijn' })).toHaveValue('quantiles');

    await user.selectOptions(within(criteria).getByRole('combobox', { name: 'Scoring Betaaltermijn' }), 'thresholds');
    await user.selectOptions(within(criteria).getByRole('combobox', { name: 'Richting Betaaltermijn' }), 'lower');
    const limits = within(criteria).getAllByRole('spinbutton', { name: /^Grens Betaaltermijn voor score/ });
    expect(limits).toHaveLength(3);
    // "Lower is better" needs descending limits: score 1 up to the highest number of days.
    const values = limits.map((l) => Number((l as HTMLInputElement).value));
    expect(values[0]).toBeGreaterThan(values[1]!);
    expect(values[1]).toBeGreaterThan(values[2]!);

    const first = within(criteria).getByRole('spinbutton', { name: 'Grens Betaaltermijn voor score 1 (tot en met)' });
    await user.clear(first);
    await user.type(first, '60{Enter}');
    expect(first).toHaveValue('60');
    expect(screen.queryByRole('group', { name: 'Het model is nog niet compleet' })).not.toBeInTheDocument();

    await user.click(within(criteria).getByRole('button', { name: 'Verwijder Betaaltermijn' }));
    expect(within(criteria).queryByRole('spinbutton', { name: 'Gewicht Betaaltermijn' })).not.toBeInTheDocument();
  });

  test('a weight typed in Dutch notation is read as a decimal', async () => {
    const session = fakeSession(SHEET);
    const { user } = await renderPane(session);
    const weight = screen.getByRole('spinbutton', { name: 'Gewicht Netwerk' });
    await user.clear(weight);
    await user.type(weight, '2,5{Enter}');
    expect(weight).toHaveValue('2,5');
    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    await waitFor(() => expect(session.classify).toHaveBeenCalledTimes(1));
    expect(session.classify.mock.calls[0]![0].criteria.find((c) => c.name === 'Netwerk')?.weight).toBe(2.5);
  });

  test('all weights at 0 is explained and blocks "Classificeer"', async () => {
    const session = fakeSession(SHEET);
    const { user } = await renderPane(session);
    for (const name of ['Omzet', 'Portfolio', 'Netwerk', 'Samenwerking']) {
      const weight = screen.getByRole('spinbutton', { name: `Gewicht ${name}` });
      await user.click(weight);
      await user.keyboard('{Home}');
    }
    expect(screen.getByRole('button', { name: 'Classificeer' })).toBeDisabled();
    expect(screen.getByText(/alle gewichten zijn 0/)).toBeInTheDocument();
  });

  test('three rank classes with their shares, then the klantenpiramide', async () => {
    const session = fakeSession(SHEET);
    const { user } = await renderPane(session);
    const classes = screen.getByRole('region', { name: '3. Klassen' });
    await user.selectOptions(within(classes).getByRole('combobox', { name: 'Indeling' }), 'rank');
    await user.click(within(classes).getByRole('radio', { name: '3' }));
    expect(
      within(classes)
        .getAllByRole('textbox', { name: /^Naam klasse/ })
        .map((i) => (i as HTMLInputElement).value),
    ).toEqual(['A', 'B', 'C']);
    expect(within(classes).getByRole('spinbutton', { name: 'Aandeel A (% van de klanten)' })).toHaveValue('20');

    // Shares must add up to 100%: 25 + 30 + 50 is refused with the sum.
    const shareA = within(classes).getByRole('spinbutton', { name: 'Aandeel A (% van de klanten)' });
    await user.click(shareA);
    await user.keyboard('{ArrowUp}');
    expect(await screen.findByText(/de aandelen tellen op tot 1,05/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Classificeer' })).toBeDisabled();

    await user.selectOptions(within(classes).getByRole('combobox', { name: 'Indeling' }), 'pyramid');
    expect(
      within(classes)
        .getAllByRole('textbox', { name: /^Naam klasse/ })
        .map((i) => (i as HTMLInputElement).value),
    ).toEqual(['Top', 'Groot', 'Middel', 'Klein']);
    expect(within(classes).getByRole('radio', { name: '3' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Classificeer' })).toBeEnabled();
  });

  test('renaming a class shows in the what-if table', async () => {
    const session = fakeSession(SHEET);
    const { user } = await renderPane(session);
    const label = screen.getByRole('textbox', { name: 'Naam klasse 1' });
    await user.clear(label);
    await user.type(label, 'Kern');
    const whatIf = await openSection(user, 'Wat als?');
    expect(await within(whatIf).findByRole('cell', { name: 'Kern' })).toBeInTheDocument();
  });
});
