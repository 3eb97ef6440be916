/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { fakeSession } from './fakeSession';
import { SEED_SHEET } from './fixtures';
import { renderPane } from './renderPane';

/**
 * Parts of the pane that are not in its first load (src/taskpane/Lazy/lazyParts.ts) still show where
 * and when they are needed: the view tabs once a run has an outcome, the model toolbar above the criteria.
 * (The progress bar during a run: test/taskpane/writeOnDemand.test.tsx.)
 */
describe('parts of the pane loaded on demand', () => {
  test('before a run there is only the setup; a run adds the tabs between setup and results', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);
    expect(screen.queryByRole('tablist')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    const views = await screen.findByRole('tablist', { name: 'Weergave' });
    expect(within(views).getByRole('tab', { name: 'Resultaat', selected: true })).toBeEnabled();
    expect(await screen.findByRole('region', { name: 'Resultaat' })).toBeInTheDocument();

    await user.click(within(views).getByRole('tab', { name: 'Instellen' }));
    expect(within(views).getByRole('tab', { name: 'Instellen', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^1\. Gevonden tabel/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Resultaat' })).toBeNull();
  });

  test('the criteria section opens with the model toolbar above the criteria', async () => {
    const session = fakeSession(SEED_SHEET);
    await renderPane(session);
    // A first-time user (no model saved in the workbook) sees the criteria section open.
    const criteria = screen.getByRole('region', { name: '2. Criteria en gewichten' });
    expect(await within(criteria).findByRole('combobox', { name: 'Voorinstelling' })).toBeInTheDocument();
    expect(within(criteria).getByRole('spinbutton', { name: 'Gewicht Omzet' })).toBeInTheDocument();
  });
});
