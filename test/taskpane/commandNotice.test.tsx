/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import { publishCommandNotice } from '../../src/commands/channel';
import { fakeSession } from './fakeSession';
import { SEED_SHEET } from './fixtures';
import { renderPane } from './renderPane';

describe('what the ribbon command reported', () => {
  test('a notice left before the pane opened is shown in a MessageBar', async () => {
    publishCommandNotice({ intent: 'info', title: 'Classificeer (lint)', lines: ['Er is nog geen model in deze werkmap opgeslagen.'] });
    await renderPane(fakeSession(SEED_SHEET));
    const bar = await screen.findByRole('group', { name: 'Classificeer (lint)' });
    expect(bar).toHaveTextContent('Er is nog geen model in deze werkmap opgeslagen.');
  });

  test('a notice published while the pane is open appears at once', async () => {
    await renderPane(fakeSession(SEED_SHEET));
    act(() =>
      publishCommandNotice({ intent: 'success', title: 'Classificeer (lint)', lines: ['4 klanten geclassificeerd met model "X".'] }),
    );
    expect(await screen.findByRole('group', { name: 'Classificeer (lint)' })).toHaveTextContent('4 klanten geclassificeerd');
  });
});
