/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { modelToJson, presetModel } from '../../src/engine';
import { fakeSession } from './fakeSession';
import { SEED_SHEET } from './fixtures';
import { openSection, renderPane } from './renderPane';

/** The criteria rows on screen, by accessible name (each row is a list item named after its criterion). */
function criteriaNames(): string[] {
  const section = screen.getByRole('region', { name: /^2\. Criteria/ });
  return within(section)
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('aria-label') ?? '')
    .filter(Boolean);
}

describe('no silent loss: undo and field errors', () => {
  test('a preset that replaced the criteria can be undone in one click', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);
    expect(criteriaNames()).toEqual(['Omzet', 'Portfolio', 'Netwerk', 'Samenwerking']);
    await user.click(screen.getByRole('spinbutton', { name: 'Gewicht Netwerk' }));
    await user.keyboard('{ArrowUp}');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Voorinstelling' }), 'ABCD op score');
    expect(criteriaNames()).toEqual(['Omzet', 'Samenwerking', 'Betaalgedrag', 'Potentie']);
    expect(screen.getByText('Het model is vervangen door "ABCD op score".')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(criteriaNames()).toEqual(['Omzet', 'Portfolio', 'Netwerk', 'Samenwerking']);
    // The edit made before the preset is back too: the model is exactly the one before.
    expect(screen.getByRole('spinbutton', { name: 'Gewicht Netwerk' })).toHaveValue('4');
    expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).not.toBeInTheDocument();
  });

  test('a removed criterion comes back with its weight; any later edit ends the offer (English)', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session, 'en');
    await user.click(screen.getByRole('button', { name: 'Remove Portfolio' }));
    expect(screen.queryByRole('spinbutton', { name: 'Weight Portfolio' })).not.toBeInTheDocument();
    expect(screen.getByText('Criterion "Portfolio" removed.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('spinbutton', { name: 'Weight Portfolio' })).toHaveValue('2');

    await user.click(screen.getByRole('button', { name: 'Remove Netwerk' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    await user.click(screen.getByRole('spinbutton', { name: 'Weight Omzet' }));
    await user.keyboard('{ArrowDown}');
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  test('7 as a weight is a field error, not a silent 5; the model keeps its weight', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);
    const weight = screen.getByRole('spinbutton', { name: 'Gewicht Omzet' });
    await user.clear(weight);
    await user.type(weight, '7');
    await user.tab();
    expect(weight).toHaveValue('7');
    expect(weight).toHaveAttribute('aria-invalid', 'true');
    expect(weight).toHaveAccessibleDescription('Kies een waarde van 0 tot en met 5. Het model houdt 5.');

    // Classifying now uses the model's weight, not the rejected text.
    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    await screen.findByRole('region', { name: 'Resultaat' });
    expect(session.classify.mock.calls[0]![0].criteria[0]!.weight).toBe(5);
  });

  test('"abc" is a field error instead of a silent revert; a valid number clears it (English)', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session, 'en');
    const weight = screen.getByRole('spinbutton', { name: 'Weight Portfolio' });
    await user.clear(weight);
    await user.type(weight, 'abc{Enter}');
    expect(weight).toHaveValue('abc');
    expect(weight).toHaveAccessibleDescription('"abc" is not a number. The model keeps 2.');

    await user.clear(weight);
    await user.type(weight, '4{Enter}');
    expect(weight).toHaveValue('4');
    expect(weight).not.toHaveAttribute('aria-invalid', 'true');
    expect(weight).not.toHaveAccessibleDescription(/not a number/);
  });

  test('a class limit above 100% is refused with the range', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);
    const limit = screen.getByRole('spinbutton', { name: 'Ondergrens A (% van de maximale score)' });
    await user.clear(limit);
    await user.type(limit, '170{Enter}');
    expect(limit).toHaveAccessibleDescription('Kies een waarde van 0 tot en met 100. Het model houdt 70.');
    expect(screen.getByRole('button', { name: /^3\. Klassen/ })).toHaveTextContent('Scoregrenzen');
  });
});

describe('one glance at task-pane size', () => {
  test('with a saved model the setup is closed to one line per section and Classificeer says what it will do', async () => {
    const session = fakeSession(SEED_SHEET, { savedModel: modelToJson(presetModel('scoringsmatrix')) });
    const { user } = await renderPane(session);
    const criteria = screen.getByRole('button', { name: /^2\. Criteria en gewichten/ });
    expect(criteria).toHaveAttribute('aria-expanded', 'false');
    expect(criteria).toHaveTextContent('Omzet ×5, Portfolio ×2, Netwerk ×3, Samenwerking ×1');
    expect(screen.getByRole('button', { name: /^3\. Klassen/ })).toHaveTextContent('Scoregrenzen: A · B · C · D');
    // Once the preview has counted the clients (blank and totals rows are not clients):
    await waitFor(() => expect(screen.getByRole('button', { name: /^1\. Gevonden tabel/ })).toHaveTextContent('Klanten!A1:E5 · 4 klanten'));
    const status = screen.getByRole('status', { name: 'Status' });
    expect(status).toHaveTextContent('Klaar om 4 klanten te classificeren.');

    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    // The results view opens with the outcome on top; the footer keeps the one-line status.
    expect(await screen.findByRole('tab', { name: 'Resultaat', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Resultaat' })).toBeInTheDocument();
    expect(status).toHaveTextContent('4 klanten geclassificeerd');
    const criteriaAgain = await (async () => {
      await user.click(screen.getByRole('tab', { name: 'Instellen' }));
      return openSection(user, '2. Criteria en gewichten');
    })();
    expect(within(criteriaAgain).getByRole('spinbutton', { name: 'Gewicht Omzet' })).toHaveValue('5');
  });

  test('a disabled Classificeer always says why (no table yet)', async () => {
    const session = fakeSession(SEED_SHEET, { detectError: new Error('geen selectie') });
    await renderPane(session);
    expect(screen.getByRole('button', { name: 'Classificeer' })).toBeDisabled();
    expect(screen.getByRole('status', { name: 'Status' })).toHaveTextContent('Selecteer eerst een cel in uw klantentabel');
  });

  test('help sits where the choice is made and in one panel', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);
    await user.click(screen.getByRole('button', { name: 'Uitleg scoring Omzet' }));
    expect(await screen.findByText(/Kwantielen: de klanten worden op volgorde gezet/)).toBeInTheDocument();
    expect(
      screen.getByText(/Een kleine klant is niet vanzelf een slechte klant|Scoregrenzen: een klant komt in de eerste klasse/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Uitleg' }));
    const help = await screen.findByRole('dialog', { name: 'Zo werkt Klantwaarde' });
    expect(within(help).getByRole('heading', { name: 'Wat doet u per klasse?' })).toBeInTheDocument();
    expect(within(help).getByText(/Is hij onrendabel, of alleen klein\?/)).toBeInTheDocument();
    await user.click(within(help).getByRole('button', { name: 'Sluiten' }));
  });
});

describe('the setup keeps its shape after a run', () => {
  test('sections the user had open stay open when the run saves the model', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);
    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    await screen.findByRole('region', { name: 'Resultaat' });
    await user.click(screen.getByRole('tab', { name: 'Instellen' }));
    expect(await screen.findByRole('spinbutton', { name: 'Gewicht Omzet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^2\. Criteria en gewichten/ })).toHaveAttribute('aria-expanded', 'true');
  });
});
