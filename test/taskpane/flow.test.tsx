/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { fakeSession } from './fakeSession';
import { SEED_SHEET } from './fixtures';
import { renderPane } from './renderPane';
import { rowFor } from './tables';

describe('the yearly run in the task pane', () => {
  test('open, see the table, change a weight, classify, read the summary and one explanation', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);

    const table = screen.getByRole('region', { name: '1. Gevonden tabel' });
    expect(within(table).getByText('Klanten!A1:E5')).toBeInTheDocument();
    expect(await within(table).findByText('4 klanten')).toBeInTheDocument();
    // Without a saved model the seed's matrix fits this table; each criterion shows its column.
    const mapping = within(table).getByLabelText('Kolommen per criterium');
    expect(mapping).toHaveTextContent('Portfolio');
    expect(mapping).toHaveTextContent('kolom "Netwerk"');

    const weight = screen.getByRole('spinbutton', { name: 'Gewicht Portfolio' });
    expect(weight).toHaveValue('2');
    await user.click(weight);
    await user.keyboard('{ArrowUp}');
    expect(weight).toHaveValue('3');

    await user.click(screen.getByRole('button', { name: 'Classificeer' }));

    const result = await screen.findByRole('region', { name: 'Resultaat' });
    const summary = within(result).getByRole('table', { name: 'Klanten en omzet per klasse' });
    // Portfolio weight 3: Jansen and De Vries are A (60.000 of 75.000 revenue = 80%), Smit C, Vos D.
    expect(rowFor(summary, 'A')[1]).toBe('2');
    expect(rowFor(summary, 'A')[3]).toBe('80,0%');
    expect(rowFor(summary, 'B')[1]).toBe('0');
    expect(rowFor(summary, 'C')[1]).toBe('1');
    expect(rowFor(summary, 'D')[1]).toBe('1');

    const client = within(result).getByRole('button', { name: /Garage De Vries/ });
    expect(client).toHaveAttribute('aria-expanded', 'false');
    await user.click(client);
    expect(client).toHaveAttribute('aria-expanded', 'true');
    const explanation = within(result).getByText(/Portfolio 3×3 = 9/);
    expect(explanation).toHaveTextContent('Omzet 2×5 = 10');
    expect(explanation).toHaveTextContent('totaal 26 van 36 (72,2%)');
    expect(explanation).toHaveTextContent('klasse A');

    // The model written is the one on screen, and it is saved for next year.
    expect(session.classify).toHaveBeenCalledTimes(1);
    const [written] = session.classify.mock.calls[0]!;
    expect(written.criteria.find((c) => c.name === 'Portfolio')?.weight).toBe(3);
    await waitFor(() => expect(session.saveModel).toHaveBeenCalledWith(written));
    expect(screen.getByRole('group', { name: '4 klanten geclassificeerd' })).toHaveTextContent('Klanten!F1:M5');
  });

  test('the English pane says "Classify"', async () => {
    const session = fakeSession(SEED_SHEET);
    await renderPane(session, 'en');
    expect(screen.getByRole('button', { name: 'Classify' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '1. Table found' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Weight Omzet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Classificeer' })).not.toBeInTheDocument();
  });

  test('"Resultaten verwijderen" first names exactly what goes; only "Verwijderen" removes it', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);
    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    expect(await screen.findByRole('region', { name: 'Resultaat' })).toBeInTheDocument();

    // Cancelling keeps everything.
    await user.click(screen.getByRole('button', { name: 'Resultaten verwijderen' }));
    let question = await screen.findByRole('alertdialog', { name: 'Resultaten verwijderen?' });
    expect(
      await within(question).findByText(
        /Kolommen Klantscore, Score %, Klasse, Rang, Omzetaandeel, Toelichting, Aanpak, Signalen in Klanten!F1:M5/,
      ),
    ).toBeInTheDocument();
    expect(within(question).getByText('Rapportblad "Klantanalyse 2026"')).toBeInTheDocument();
    await user.click(within(question).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(session.removeResults).not.toHaveBeenCalled();
    // The pane is back in the accessibility tree once the modal is gone.
    expect(await screen.findByRole('region', { name: 'Resultaat' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Resultaten verwijderen' }));
    question = await screen.findByRole('alertdialog', { name: 'Resultaten verwijderen?' });
    await within(question).findByText(/in Klanten!F1:M5/);
    await user.click(within(question).getByRole('button', { name: 'Verwijderen' }));

    const done = await screen.findByRole('group', { name: 'Resultaten verwijderd' });
    expect(session.removeResults).toHaveBeenCalledTimes(1);
    expect(done).toHaveTextContent('8 kolommen verwijderd.');
    expect(done).toHaveTextContent('Rapportblad verwijderd.');
    expect(screen.queryByRole('region', { name: 'Resultaat' })).not.toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Status' })).toHaveTextContent('Resultaten verwijderd');
  });

  test('with nothing written the question says so and offers only "Sluiten"', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session, 'en');
    await user.click(screen.getByRole('button', { name: 'Remove results' }));
    const question = await screen.findByRole('alertdialog', { name: 'Remove results?' });
    expect(await within(question).findByText('There are no Klantwaarde results in this workbook.')).toBeInTheDocument();
    expect(within(question).queryByRole('button', { name: 'Remove' })).not.toBeInTheDocument();
    await user.click(within(question).getByRole('button', { name: 'Close' }));
    expect(session.removeResults).not.toHaveBeenCalled();
  });

  test('"Verborgen rijen overslaan" classifies only the visible clients', async () => {
    const session = fakeSession({ ...SEED_SHEET, hiddenRows: [3] });
    const { user } = await renderPane(session);
    const table = screen.getByRole('region', { name: '1. Gevonden tabel' });
    expect(await within(table).findByText(/1 rij verborgen door een filter/)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Verborgen rijen overslaan' }));
    expect(await within(table).findByText('3 klanten')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Classificeer' }));

    await waitFor(() => expect(session.classify).toHaveBeenCalledTimes(1));
    expect(session.classify.mock.calls[0]![1]).toMatchObject({ skipHiddenRows: true });
    expect(await screen.findByRole('group', { name: '3 klanten geclassificeerd' })).toBeInTheDocument();
  });
});
