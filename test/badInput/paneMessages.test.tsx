/** @jest-environment jsdom */
/**
 * The real task pane over the real pipeline (memory workbook): a bad input ends in a Fluent MessageBar
 * with the pipeline's own message, never a blank pane or an unhandled exception. Four representative
 * cases from docs/bad-input.md: a stop while finding the table, a warning about the table, a stop
 * before writing, and a warning about the outcome.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CellValue } from '../../src/engine';
import { formatMessage, type CatalogMessage } from '../../src/i18n/catalog';
import { App } from '../../src/taskpane/App';
import { MemoryPort, MemoryWorkbook } from '../../src/workbook/memory';
import { createSession } from '../../src/workbook/createSession';
import { installBrowserShims } from '../taskpane/renderPane';
import { TODAY } from '../workbook/fixtures';
import { FOUR, SCORING_MATRIX } from './harness';

installBrowserShims();

async function paneOver(rows: CellValue[][], select: string, prepare?: (wb: MemoryWorkbook) => void) {
  const wb = new MemoryWorkbook();
  wb.loadSheet('Klanten', rows);
  wb.select('Klanten', select);
  prepare?.(wb);
  const session = createSession(new MemoryPort(wb), 'nl', { now: () => TODAY });
  await session.saveModel(SCORING_MATRIX());
  const user = userEvent.setup();
  render(<App session={session} lang="nl" previewDelayMs={10} />);
  await screen.findByRole('button', { name: 'Classificeer' });
  return { wb, user };
}

/** The Fluent MessageBar that holds exactly this message's Dutch text. */
async function messageBarWith(message: CatalogMessage): Promise<HTMLElement> {
  const text = formatMessage('nl', message);
  return screen.findByText((_, el) => el !== null && el.classList.contains('fui-MessageBar') && (el.textContent ?? '').includes(text));
}

describe('every pipeline message shows in a Fluent MessageBar', () => {
  test('a single empty cell: the table cannot be read, the pane stays usable', async () => {
    await paneOver(FOUR, 'K20');
    const bar = await messageBarWith({ code: 'table.empty', params: { sheet: 'Klanten', address: 'Klanten!K20' } });
    expect(bar).toBe(screen.getByRole('group', { name: 'Tabel niet gelezen' }));
    expect(screen.getByRole('button', { name: 'Classificeer' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Tabel opnieuw lezen' })).toBeEnabled();
  });

  test('a title above the header row: the table is found below it, and the pane says so', async () => {
    await paneOver([['Klantenoverzicht 2026'], ...FOUR], 'C4');
    await messageBarWith({
      code: 'workbook.titleRowSkipped',
      params: { address: 'Klanten!A1:E1', title: 'Klantenoverzicht 2026', row: '1', headerRow: '2' },
    });
    expect(within(screen.getByRole('region', { name: '1. Gevonden tabel' })).getByText('Klanten!A2:E6')).toBeInTheDocument();
  });

  test('a protected sheet: classifying stops with the sheet named, nothing written', async () => {
    const { wb, user } = await paneOver(FOUR, 'A1', (w) => {
      w.requireSheet('Klanten').protected = true;
    });
    const before = wb.requireSheet('Klanten').snapshot();
    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    const bar = await messageBarWith({ code: 'workbook.sheetProtected', params: { sheet: 'Klanten' } });
    expect(bar).toBe(screen.getByRole('group', { name: 'Classificeren mislukt' }));
    expect(wb.requireSheet('Klanten').snapshot()).toEqual(before);
  });

  test('all scores equal: the run is written and the empty classes are named', async () => {
    const { wb, user } = await paneOver(
      FOUR.map((r, i) => (i === 0 ? r : [r[0]!, 100, 2, 2, 2])),
      'A1',
    );
    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    const bar = await messageBarWith({ code: 'workbook.emptyClasses', params: { labels: 'A, B, D' } });
    expect(bar).toBe(screen.getByRole('group', { name: '4 klanten geclassificeerd' }));
    expect(wb.requireSheet('Klanten').value(1, 7)).toBe('C');
  });
});
