/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { modelToJson, presetModel } from '../../src/engine';
import { fakeSession } from './fakeSession';
import { SEED_SHEET } from './fixtures';
import { openSection, renderPane } from './renderPane';
import { rowFor } from './tables';

const SAVED_MATRIX = modelToJson(presetModel('scoringsmatrix'));

describe('what-if before writing', () => {
  test('raising a weight lists the client that would change class, and nothing is written', async () => {
    const session = fakeSession(SEED_SHEET, { savedModel: SAVED_MATRIX });
    const { user } = await renderPane(session);
    // With a saved model the criteria start closed (a yearly re-run); open them to edit a weight.
    await openSection(user, '2. Criteria en gewichten');
    const whatIf = await openSection(user, 'Wat als?');
    expect(within(whatIf).getByText(/Vergeleken met het opgeslagen model/)).toBeInTheDocument();
    expect(await within(whatIf).findByText('Geen klant verandert van klasse.')).toBeInTheDocument();

    await user.click(screen.getByRole('spinbutton', { name: 'Gewicht Portfolio' }));
    await user.keyboard('{ArrowUp}');

    // Portfolio 2 → 3: De Vries goes from 23/33 = 69,7% (B) to 26/36 = 72,2% (A); nobody else moves.
    const moves = await within(whatIf).findByRole('list', { name: 'Klanten die van klasse veranderen' });
    const items = within(moves).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Garage De Vries');
    expect(items[0]).toHaveTextContent(/B\s*→\s*naar\s*A/);
    expect(items[0]).toHaveTextContent('69,7% → 72,2%');
    const classes = within(whatIf).getByRole('table', { name: 'Klanten en omzetaandeel per klasse, voor en na' });
    expect(rowFor(classes, 'A').slice(0, 2)).toEqual(['A', '1 → 2']);
    expect(rowFor(classes, 'B').slice(0, 2)).toEqual(['B', '1 → 0']);
    expect(rowFor(classes, 'C').slice(0, 2)).toEqual(['C', '1']);
    // Revenue share of A: 40.000 → 60.000 of 75.000.
    expect(rowFor(classes, 'A')[2]).toBe('53,3% → 80,0%');

    expect(session.classify).not.toHaveBeenCalled();
    expect(session.saveModel).not.toHaveBeenCalled();
  });

  test('the list follows every change and empties again when the weight goes back', async () => {
    const session = fakeSession(SEED_SHEET, { savedModel: SAVED_MATRIX });
    const { user } = await renderPane(session);
    await openSection(user, '2. Criteria en gewichten');
    const whatIf = await openSection(user, 'Wat als?');
    await user.click(screen.getByRole('spinbutton', { name: 'Gewicht Portfolio' }));
    await user.keyboard('{ArrowUp}');
    expect(await within(whatIf).findByText('1 klant verandert van klasse:')).toBeInTheDocument();
    // The section header's one-line summary says the same when the section is closed.
    expect(screen.getByRole('button', { name: /^Wat als\?/ })).toHaveTextContent('1 klant verandert van klasse');
    await user.keyboard('{ArrowDown}');
    expect(await within(whatIf).findByText('Geen klant verandert van klasse.')).toBeInTheDocument();
    expect(session.classify).not.toHaveBeenCalled();
  });

  test('after a run the comparison is with what was just written', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);
    const whatIf = await openSection(user, 'Wat als?');
    // No saved model and nothing written: only the classes as they would be.
    expect(within(whatIf).getByText(/Nog geen eerder resultaat/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    await screen.findByRole('region', { name: 'Resultaat' });
    // The run opens the results view; back in the setup the what-if section is still open.
    await user.click(screen.getByRole('tab', { name: 'Instellen' }));
    const again = await screen.findByRole('region', { name: 'Wat als?' });
    expect(within(again).getByText(/laatst weggeschreven resultaat/)).toBeInTheDocument();

    // Samenwerking 1 → 0 (max 30): Jansen 25/30 = 83,3% A, De Vries 22/30 = 73,3% A (was B),
    // Smit 10/30 = 33,3% C, Vos 3/30 = 10% D.
    await user.click(screen.getByRole('spinbutton', { name: 'Gewicht Samenwerking' }));
    await user.keyboard('{ArrowDown}');
    const moves = await within(again).findByRole('list', { name: 'Klanten die van klasse veranderen' });
    expect(
      within(moves)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Garage De Vries')]);
    await waitFor(() => expect(session.classify).toHaveBeenCalledTimes(1));
  });

  test('a model the table cannot serve shows why in the what-if panel', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Voorinstelling' }), 'ABCD op score');
    const whatIf = await openSection(user, 'Wat als?');
    // The ABCD preset asks for Betaalgedrag and Potentie, which this table lacks.
    expect(
      await within(whatIf).findByText(/Geen voorbeeld mogelijk: Kolom\(men\) niet gevonden: Betaalgedrag, Potentie/),
    ).toBeInTheDocument();
    const table = screen.getByRole('region', { name: '1. Gevonden tabel' });
    expect(within(table).getByText('kolom "Potentie" ontbreekt in de tabel')).toBeInTheDocument();
  });
});
