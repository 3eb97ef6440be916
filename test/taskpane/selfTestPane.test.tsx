/** @jest-environment jsdom */
// The "Zelftest" button in the pane, with the Excel adapter over the Office.js fake as the session.
import '../functions/excelRuntime';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { BROWSER_HOST } from '../../src/taskpane/host/paneHost';
import { memorySelfTestWorkbook } from '../../src/taskpane/SelfTest';
import { createExcelSession } from '../../src/workbook/excel';
import { FakeExcel } from '../support/officeFake';
import { MemoryWorkbook } from '../../src/workbook/memory';
import './renderPane'; // browser shims for Fluent UI

test('Zelftest runs every step green, lists them and offers the report to copy', async () => {
  const wb = new MemoryWorkbook();
  wb.loadSheet('Klanten', [
    ['Klant', 'Omzet'],
    ['Eigen klant', 123],
    ['Tweede', 45],
  ]);
  wb.select('Klanten', 'A1');
  const before = wb.snapshot();
  const host = {
    ...BROWSER_HOST,
    client: { host: 'Excel', platform: 'OfficeOnline', version: '16.0' },
    isSetSupported: () => true,
    selfTestWorkbook: () => memorySelfTestWorkbook(wb),
  };
  const user = userEvent.setup();
  render(<App session={createExcelSession('nl', { run: new FakeExcel(wb).run })} lang="nl" host={host} previewDelayMs={10} />);

  await user.click(await screen.findByRole('button', { name: 'Zelftest' }));

  const section = screen.getByRole('region', { name: 'Zelftest' });
  expect(await within(section).findByText('Alle stappen geslaagd.', {}, { timeout: 15000 })).toBeInTheDocument();
  const steps = within(within(section).getByRole('list', { name: 'Uitkomst per stap' })).getAllByRole('listitem');
  expect(steps).toHaveLength(14);
  for (const step of steps) expect(step).toHaveTextContent(/: geslaagd — /);
  const report = within(section).getByRole('textbox', { name: 'Inhoud van klantwaarde-zelftest.txt' }) as HTMLTextAreaElement;
  expect(report.value).toContain('Excel: Excel, OfficeOnline, versie 16.0');
  expect(report.value).toContain('OK Opruimen');
  expect(wb.snapshot()).toEqual(before);
}, 30000);

test('no Zelftest button where the host cannot provide a self-test workbook', async () => {
  const wb = new MemoryWorkbook();
  wb.loadSheet('Klanten', [
    ['Klant', 'Omzet'],
    ['Eigen klant', 123],
  ]);
  wb.select('Klanten', 'A1');
  render(<App session={createExcelSession('nl', { run: new FakeExcel(wb).run })} lang="nl" previewDelayMs={10} />);
  await screen.findByRole('button', { name: 'Classificeer' });
  expect(screen.queryByRole('button', { name: 'Zelftest' })).not.toBeInTheDocument();
});
