/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { readFileText } from '../../src/taskpane/ModelToolbar/modelFile';
import { fakeSession } from './fakeSession';
import { SEED_SHEET } from './fixtures';
import { renderPane } from './renderPane';

function jsonFile(content: unknown, name = 'model.json'): File {
  return new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });
}

describe('model files', () => {
  test('a model with a bad weight is refused with the field path in a MessageBar', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);
    const bad = { version: 1, criteria: [{ name: 'Omzet', weight: 'veel' }], classification: { method: 'score' } };

    await user.upload(screen.getByLabelText('Modelbestand (.json)'), jsonFile(bad, 'klanten-2025.json'));

    const bar = await screen.findByRole('group', { name: 'Model niet geïmporteerd uit klanten-2025.json' });
    expect(bar).toHaveTextContent('Veld criteria[0].weight: het gewicht "veel" is geen getal.');
    // The model on screen is untouched.
    expect(screen.getByRole('spinbutton', { name: 'Gewicht Portfolio' })).toHaveValue('2');
  });

  test("text that is not JSON is refused with the parser's reason", async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);
    await user.upload(screen.getByLabelText('Modelbestand (.json)'), jsonFile('{ "version": 1,', 'kapot.json'));
    const bar = await screen.findByRole('group', { name: 'Model niet geïmporteerd uit kapot.json' });
    expect(bar).toHaveTextContent('Het modelbestand is geen geldige JSON');
  });

  test('a valid model replaces the one on screen', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);
    const good = {
      version: 1,
      name: 'Twee criteria',
      criteria: [
        { name: 'Netwerk', weight: 4 },
        { name: 'Portfolio', weight: 1 },
      ],
      classification: { method: 'score', thresholds: [0.5], labels: ['Goed', 'Matig'] },
    };
    await user.upload(screen.getByLabelText('Modelbestand (.json)'), jsonFile(good));
    expect(await screen.findByRole('group', { name: 'Model "Twee criteria" geïmporteerd' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Gewicht Netwerk' })).toHaveValue('4');
    expect(screen.queryByRole('spinbutton', { name: 'Gewicht Omzet' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Naam klasse 2' })).toHaveValue('Matig');
  });

  test('export offers the model as a .json download named after the model', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);
    const created: Blob[] = [];
    const createObjectURL = jest.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test';
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('Scoringsmatrix-Omzet-Portfolio-Netwerk-Samenwerking.json');
    });

    await user.click(screen.getByRole('button', { name: 'Model exporteren' }));

    expect(click).toHaveBeenCalledTimes(1);
    const exported = JSON.parse(await readFileText(created[0]!)) as { criteria: { name: string; weight: number }[] };
    expect(exported.criteria.map((c) => [c.name, c.weight])).toEqual([
      ['Omzet', 5],
      ['Portfolio', 2],
      ['Netwerk', 3],
      ['Samenwerking', 1],
    ]);
    createObjectURL.mockRestore();
    click.mockRestore();
  });

  test('a preset replaces criteria and classes', async () => {
    const session = fakeSession(SEED_SHEET);
    const { user } = await renderPane(session);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Voorinstelling' }), 'Pareto op omzet 80/95');
    const classes = screen.getByRole('region', { name: '3. Klassen' });
    await waitFor(() => expect(within(classes).getByRole('combobox', { name: 'Indeling' })).toHaveValue('pareto'));
    expect(within(classes).getByRole('spinbutton', { name: 'A tot cumulatief % van de omzet' })).toHaveValue('80');
    expect(within(classes).getByRole('spinbutton', { name: 'B tot cumulatief % van de omzet' })).toHaveValue('95');
  });
});
