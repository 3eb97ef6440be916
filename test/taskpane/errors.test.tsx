/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { textsFor } from '../../src/i18n/catalog';
import { ErrorBoundary } from '../../src/taskpane/ErrorBoundary';
import { KlantwaardeError } from '../../src/workbook/session';
import { fakeSession } from './fakeSession';
import { SEED_SHEET } from './fixtures';
import { renderPane } from './renderPane';

describe('every failure is a MessageBar, never a blank pane', () => {
  test('an empty selection says so and the pane stays usable', async () => {
    const session = fakeSession(SEED_SHEET, {
      detectError: new KlantwaardeError({ code: 'table.empty', params: { sheet: 'Klanten', address: 'A1' } }),
    });
    await renderPane(session);
    const bar = await screen.findByRole('group', { name: 'Tabel niet gelezen' });
    expect(bar).toHaveTextContent('De selectie is leeg. Selecteer de klantentabel (met kopregel) en probeer opnieuw.');
    // No table: nothing to classify, but the model and the refresh button are there.
    expect(screen.getByRole('button', { name: 'Classificeer' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Tabel opnieuw lezen' })).toBeEnabled();
    expect(screen.getByRole('spinbutton', { name: 'Gewicht Omzet' })).toBeInTheDocument();
  });

  test('an unexpected error while classifying shows a generic message with the error text', async () => {
    const session = fakeSession(SEED_SHEET, { classifyError: new Error('RichApi.Error: the workbook is busy') });
    const { user } = await renderPane(session);
    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    const bar = await screen.findByRole('group', { name: 'Classificeren mislukt' });
    expect(bar).toHaveTextContent('Er ging iets onverwachts mis: RichApi.Error: the workbook is busy');
    expect(session.saveModel).not.toHaveBeenCalled();
    expect(screen.queryByRole('region', { name: 'Resultaat' })).not.toBeInTheDocument();
  });

  test('when the result columns would cover user data, the bar offers to insert columns', async () => {
    const session = fakeSession(SEED_SHEET);
    session.classify.mockRejectedValueOnce(
      new KlantwaardeError({ code: 'workbook.outputOccupied', params: { sheet: 'Klanten', cells: 'F3', range: 'F1:M5' } }),
    );
    const { user } = await renderPane(session);
    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    const bar = await screen.findByRole('group', { name: 'Classificeren mislukt' });
    expect(bar).toHaveTextContent('Op blad "Klanten" staan al gegevens in F3');

    await user.click(within(bar).getByRole('button', { name: 'Kolommen invoegen' }));

    expect(await screen.findByRole('region', { name: 'Resultaat' })).toBeInTheDocument();
    expect(session.classify).toHaveBeenCalledTimes(2);
    expect(session.classify.mock.calls[1]![1]).toMatchObject({ insertColumns: true });
  });

  test('an invalid model saved in the workbook is named field by field and replaced by a suggestion', async () => {
    const saved = { version: 1, criteria: [{ name: 'Omzet', weight: -2 }] };
    const session = fakeSession(SEED_SHEET, { savedModel: saved });
    await renderPane(session);
    const bar = await screen.findByRole('group', { name: /opgeslagen model in deze werkmap is ongeldig/ });
    expect(bar).toHaveTextContent('Veld criteria[0].weight: het gewicht -2 is negatief');
    expect(screen.getByRole('spinbutton', { name: 'Gewicht Omzet' })).toHaveValue('5');
  });

  test('a failing loadModel is reported and the pane still starts', async () => {
    const session = fakeSession(SEED_SHEET);
    session.loadModel.mockRejectedValueOnce(new TypeError('settings unavailable'));
    await renderPane(session);
    const bar = await screen.findByRole('group', { name: 'Opgeslagen model niet gelezen' });
    expect(bar).toHaveTextContent('settings unavailable');
  });

  test('the error boundary turns a render error into a MessageBar with a retry', async () => {
    const user = userEvent.setup();
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    function Fragile(): JSX.Element {
      if (broken) throw new Error('kapot');
      return <p>weer heel</p>;
    }
    function Harness(): JSX.Element {
      const [lang] = useState<'nl'>('nl');
      return (
        <ErrorBoundary texts={textsFor(lang)}>
          <Fragile />
        </ErrorBoundary>
      );
    }
    render(<Harness />);
    expect(screen.getByText('Het taakvenster liep vast')).toBeInTheDocument();
    expect(screen.getByText(/Er ging iets onverwachts mis: kapot/)).toBeInTheDocument();
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(screen.getByText('weer heel')).toBeInTheDocument();
    quiet.mockRestore();
  });
});
