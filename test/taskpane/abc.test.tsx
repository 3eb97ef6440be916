/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { fakeSession } from './fakeSession';
import { renderPane } from './renderPane';
import { rowFor } from './tables';

// The published ABCanalysis example: values 1..9 give A = {7, 8, 9}, B = {4, 5, 6}, C = {1, 2, 3}.
const ONE_TO_NINE = {
  sheet: 'Klanten',
  header: ['Klant', 'Omzet', 'Score'],
  rows: Array.from({ length: 9 }, (_, i) => [`k${i + 1}`, i + 1, i + 1]),
};

function jsonFile(content: unknown): File {
  return new File([JSON.stringify(content)], 'abc.json', { type: 'application/json' });
}

describe('computed ABC limits in the pane', () => {
  test('next to Pareto limits the pane tells what the computed limits make of the revenue', async () => {
    const session = fakeSession(ONE_TO_NINE);
    const { user } = await renderPane(session);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Voorinstelling' }), 'Pareto op omzet 80/95');
    const classes = screen.getByRole('region', { name: '3. Klassen' });
    // A = 3 of 9 clients from 7 up, B = the next 3 from 4 up.
    expect(
      await within(classes).findByText(
        /Uw gegevens wijzen op A ≈ de bovenste 33,3% van de klanten \(vanaf €\s7\) en B ≈ de volgende 33,3% \(vanaf €\s4\)/,
      ),
    ).toBeInTheDocument();
  });

  test('the computed method classifies the example as published', async () => {
    const session = fakeSession(ONE_TO_NINE);
    const { user } = await renderPane(session);
    const model = {
      version: 1,
      name: 'ABC',
      scaleMax: 10,
      criteria: [{ name: 'Score', weight: 1 }],
      classification: { method: 'computed' },
    };
    await user.upload(screen.getByLabelText('Modelbestand (.json)'), jsonFile(model));
    const classes = screen.getByRole('region', { name: '3. Klassen' });
    // The file is read asynchronously: the combobox is there at once, its new value only after the import.
    await waitFor(() => expect(within(classes).getByRole('combobox', { name: 'Indeling' })).toHaveValue('computed'));
    expect(within(classes).getByRole('radio', { name: '4' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    const result = await screen.findByRole('region', { name: 'Resultaat' });
    const summary = within(result).getByRole('table', { name: 'Klanten en omzet per klasse' });
    expect(['A', 'B', 'C'].map((label) => rowFor(summary, label)[1])).toEqual(['3', '3', '3']);
    await user.click(within(result).getByRole('button', { name: /k7/ }));
    expect(within(result).getByText(/klasse A: berekende ABC-grenzen/)).toBeInTheDocument();
  });
});
