/** @jest-environment jsdom */
/**
 * The table section over the real pipeline (memory workbook): a title-block export classifies without
 * manual steps, the "Kopregel" choice reads the table again from another row, the column mapping
 * shows how each model column was matched, offers "Bedoelt u 'Omzet 2025'?" and takes a correction,
 * and the client-name column is never offered as a criterion.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CellValue, ScoringModel } from '../../src/engine';
import { validateModel } from '../../src/engine';
import { App } from '../../src/taskpane/App';
import type { Lang } from '../../src/i18n/catalog';
import { MemoryPort, MemoryWorkbook } from '../../src/workbook/memory';
import { createSession } from '../../src/workbook/createSession';
import { installBrowserShims, openSection } from './renderPane';
import { TODAY } from '../workbook/fixtures';

installBrowserShims();

const CLIENTS: CellValue[][] = [
  ['Aalders', 400, 3, 2, 2],
  ['Bakker', 300, 2, 2, 1],
  ['Claes', 200, 1, 1, 1],
  ['De Vries', 100, 0, 0, 1],
];

function seedModel(): ScoringModel {
  const v = validateModel({
    version: 1,
    name: 'Scoringsmatrix',
    revenue: 'Omzet',
    criteria: [
      { name: 'Omzet', weight: 5, scoring: { type: 'quantiles' } },
      { name: 'Portfolio', weight: 2 },
      { name: 'Netwerk', weight: 3 },
      { name: 'Samenwerking', weight: 1 },
    ],
  });
  if (!v.ok) throw new Error('model');
  return v.model;
}

async function paneOver(rows: CellValue[][], lang: Lang = 'nl') {
  const wb = new MemoryWorkbook();
  wb.loadSheet('Klanten', rows);
  wb.select('Klanten', 'A1');
  const session = createSession(new MemoryPort(wb), lang, { now: () => TODAY });
  await session.saveModel(seedModel());
  const user = userEvent.setup();
  render(<App session={session} lang={lang} previewDelayMs={10} />);
  // Ready when the saved model has arrived: its setup sections are then on screen (the footer's
  // Classificeer button is there from the start, so it is no signal).
  await screen.findByRole('button', { name: lang === 'nl' ? /^2\. Criteria en gewichten/ : /^2\. Criteria and weights/ });
  const table = screen.getByRole('region', { name: lang === 'nl' ? '1. Gevonden tabel' : '1. Table found' });
  return { wb, user, table };
}

describe('the table section', () => {
  test('a title-block export with "Omzet 2025" classifies without manual steps', async () => {
    const { wb, user, table } = await paneOver([
      ['Klantenoverzicht 2025'],
      ['Export uit het boekhoudpakket'],
      [],
      ['Klant', 'Omzet 2025', 'Portfolio', 'Netwerk', 'Samenwerking'],
      ...CLIENTS,
    ]);
    expect(await within(table).findByText('Klanten!A4:E8')).toBeInTheDocument();
    expect(within(table).getByRole('combobox', { name: 'Kopregel' })).toHaveDisplayValue('Automatisch (rij 4)');
    const mapping = within(table).getByLabelText('Kolommen per criterium');
    expect(mapping).toHaveTextContent('kolom "Omzet 2025" (gelijkend op "Omzet")');
    expect(within(mapping).getByRole('combobox', { name: 'Kolom voor Omzet' })).toHaveDisplayValue('Omzet 2025');
    // "Omzet 2025" is in use by the criterion Omzet, and "Klant" is the name: no column is left to add.
    const criteria = await openSection(user, '2. Criteria en gewichten');
    expect(within(criteria).queryByRole('combobox', { name: 'Kolom als criterium' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    await screen.findByRole('region', { name: 'Resultaat' });
    expect([5, 6, 7, 8].map((r) => wb.requireSheet('Klanten').value(r - 1, 7))).toEqual(['A', 'B', 'C', 'D']);
  });

  test('the "Kopregel" choice reads the table from the row the user names', async () => {
    const { user, table } = await paneOver([
      ['Overzicht'],
      [],
      ['Groep', 'Groep', 'Scores', 'Scores', 'Scores'],
      ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'],
      ...CLIENTS,
    ]);
    // Detection takes the group row 3 for the header; the model's columns are then missing.
    expect(await within(table).findByText('Klanten!A3:E8')).toBeInTheDocument();
    await user.selectOptions(within(table).getByRole('combobox', { name: 'Kopregel' }), 'Rij 4');
    expect(await within(table).findByText('Klanten!A4:E8')).toBeInTheDocument();
    expect(within(table).getByLabelText('Kolommen per criterium')).toHaveTextContent('kolom "Netwerk"');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Classificeer' })).toBeEnabled());
  });

  test('an unmatched column offers the one the user probably means, and takes it', async () => {
    const { user, table } = await paneOver([
      ['Klant', 'Omzet 2024', 'Omzet 2025', 'Portfolio', 'Netwerk', 'Samenwerking'],
      ...CLIENTS.map((r) => [r[0]!, r[1]!, r[1]!, ...r.slice(2)]),
    ]);
    const mapping = await within(table).findByLabelText('Kolommen per criterium');
    expect(mapping).toHaveTextContent('kolom "Omzet" ontbreekt in de tabel');
    expect(within(mapping).getByText("Bedoelt u 'Omzet 2025'?")).toBeInTheDocument();
    await user.click(within(mapping).getByRole('button', { name: "Gebruik 'Omzet 2025'" }));
    expect(within(mapping).getByRole('combobox', { name: 'Kolom voor Omzet' })).toHaveDisplayValue('Omzet 2025');
    expect(mapping).toHaveTextContent('kolom "Omzet 2025"');
  });

  test("a criterion's column can be corrected, and the client-name column is never offered", async () => {
    const { user, table } = await paneOver([
      ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking', 'Netwerk 2025'],
      ...CLIENTS.map((r) => [...r, 3]),
    ]);
    const mapping = await within(table).findByLabelText('Kolommen per criterium');
    const netwerk = within(mapping).getByRole('combobox', { name: 'Kolom voor Netwerk' });
    const options = within(netwerk)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).not.toContain('Klant');
    await user.selectOptions(netwerk, 'Netwerk 2025');
    expect(netwerk).toHaveDisplayValue('Netwerk 2025');
    const criteria = await openSection(user, '2. Criteria en gewichten');
    // "Netwerk" is free again after the correction; "Klant" never is.
    const add = within(criteria).getByRole('combobox', { name: 'Kolom als criterium' });
    expect(
      within(add)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Netwerk']);
  });

  test('speaks English when Office does', async () => {
    const { table } = await paneOver(
      [
        ['Klant', 'Omzet 2024', 'Omzet 2025', 'Portfolio', 'Netwerk', 'Samenwerking'],
        ...CLIENTS.map((r) => [r[0]!, r[1]!, r[1]!, ...r.slice(2)]),
      ],
      'en',
    );
    const mapping = await within(table).findByLabelText('Columns per criterion');
    expect(within(mapping).getByText("Did you mean 'Omzet 2025'?")).toBeInTheDocument();
    expect(within(table).getByRole('combobox', { name: 'Header row' })).toHaveDisplayValue('Automatic (row 1)');
  });
});
