/** @jest-environment jsdom */
// Model export where a file download does nothing (Excel for Mac): the model as text to copy.
import { screen, within } from '@testing-library/react';
import { BROWSER_HOST, type PaneHost } from '../../src/taskpane/host/paneHost';
import { fakeSession } from './fakeSession';
import { SEED_SHEET } from './fixtures';
import { renderPane } from './renderPane';

const MAC: PaneHost = { ...BROWSER_HOST, client: { host: 'Excel', platform: 'Mac', version: '16.80' }, canDownloadFiles: false };
const FILE = 'Scoringsmatrix-Omzet-Portfolio-Netwerk-Samenwerking.json';

function mockClipboard(writeText: (text: string) => Promise<void>): jest.Mock {
  const mock = jest.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: mock } });
  return mock;
}

describe('model export as text', () => {
  test('on Excel for Mac, "Model exporteren" shows the JSON to copy instead of a download that does nothing', async () => {
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click');
    const { user } = await renderPane(fakeSession(SEED_SHEET), 'nl', MAC);
    // After renderPane: user-event installs its own clipboard stub on setup.
    const writeText = mockClipboard(async () => {});

    await user.click(screen.getByRole('button', { name: 'Model exporteren' }));

    expect(click).not.toHaveBeenCalled();
    const region = await screen.findByRole('region', { name: `Model als tekst (${FILE})` });
    expect(region).toHaveTextContent('Deze Excel kan geen bestanden downloaden');
    const box = within(region).getByRole('textbox', { name: `Inhoud van ${FILE}` });
    expect(box).toHaveAttribute('readonly');
    const model = JSON.parse((box as HTMLTextAreaElement).value) as { criteria: { name: string; weight: number }[] };
    expect(model.criteria.map((c) => [c.name, c.weight])).toEqual([
      ['Omzet', 5],
      ['Portfolio', 2],
      ['Netwerk', 3],
      ['Samenwerking', 1],
    ]);

    await user.click(within(region).getByRole('button', { name: 'Kopiëren' }));
    expect(writeText).toHaveBeenCalledWith((box as HTMLTextAreaElement).value);
    expect(await within(region).findByRole('status')).toHaveTextContent('Gekopieerd naar het klembord.');

    await user.click(within(region).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('region', { name: `Model als tekst (${FILE})` })).not.toBeInTheDocument();
    click.mockRestore();
  });

  test('when the webview refuses the clipboard, the text is selected and the user is told to copy it', async () => {
    const { user } = await renderPane(fakeSession(SEED_SHEET), 'en', MAC);
    mockClipboard(async () => {
      throw new Error('NotAllowedError');
    });
    await user.click(screen.getByRole('button', { name: 'Export model' }));
    const region = await screen.findByRole('region', { name: `Model as text (${FILE})` });
    await user.click(within(region).getByRole('button', { name: 'Copy' }));
    expect(await within(region).findByRole('status')).toHaveTextContent('Copying did not work. Select the text in the box');
    const box = within(region).getByRole('textbox') as HTMLTextAreaElement;
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  test('where downloads work, the text is offered next to the download', async () => {
    const { user } = await renderPane(fakeSession(SEED_SHEET));
    await user.click(screen.getByRole('button', { name: 'Model als tekst' }));
    const region = await screen.findByRole('region', { name: `Model als tekst (${FILE})` });
    expect(region).toHaveTextContent('importeer hem later met "Model importeren"');
    expect((within(region).getByRole('textbox') as HTMLTextAreaElement).value).toContain('"name": "Samenwerking"');
  });
});
