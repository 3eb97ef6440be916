/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Lang } from '../../src/i18n/catalog';
import { App } from '../../src/taskpane/App';
import { ExcelPort } from '../../src/workbook/excel';
import { FakeExcel } from '../support/officeFake';
import { MemoryPort } from '../../src/workbook/memory';
import { createSession } from '../../src/workbook/createSession';
import { SETTINGS_KEYS } from '../../src/workbook/results';
import { PLAN_MODEL_RAW, planModel, planWorkbook } from '../plan/table';
import './renderPane';

/**
 * The contact plan in the task pane, on a real session over the Office.js fake (the pane's Excel
 * path): the saved model has a plan section, so the option is on; after "Classificeer" the pane
 * shows the plan, the capacity warning, the ideal client and the agenda, and the agenda text is the
 * one the preview (memory adapter) makes for the same table.
 */
const NOW = new Date(Date.UTC(2025, 2, 14, 12, 0, 0));
async function paneOnFake(lang: Lang = 'nl', savedModel: unknown = PLAN_MODEL_RAW) {
  const wb = planWorkbook();
  wb.settings.set(SETTINGS_KEYS.model, JSON.stringify(savedModel));
  const session = createSession(new ExcelPort(new FakeExcel(wb).run), lang, { now: () => NOW });
  const user = userEvent.setup();
  render(<App session={session} lang={lang} previewDelayMs={10} />);
  // Ready when the saved model has arrived: its setup sections are then on screen (the footer's
  // Classificeer button is there from the start, so it is no signal).
  await screen.findByRole('button', { name: lang === 'nl' ? /^2\. Criteria en gewichten/ : /^2\. Criteria and weights/ });
  return { wb, user };
}

describe('contact plan in the task pane', () => {
  test('classify with the plan: summary, capacity warning, ideal client, and the same agenda as the preview', async () => {
    const { wb, user } = await paneOnFake();
    const option = screen.getByRole('checkbox', { name: 'Ook een contactplan en agendabestand maken' });
    expect(option).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Classificeer' }));

    const section = await screen.findByRole('region', { name: 'Van klasse naar actie' });
    const plan = within(section).getByRole('region', { name: 'Contactplan' });
    expect(plan).toHaveTextContent(
      '5 klanten, 13 contactmomenten vanaf 2025-03-14; elke geplande klant heeft een vaste afspraak vóór 2025-09-14.',
    );
    expect(plan).toHaveTextContent('Het plan staat op blad "Contactplan 2025".');
    expect(plan).toHaveTextContent('Het plan vraagt 46 uur per jaar; de capaciteit is 40 uur.');
    expect(within(plan).getByRole('list', { name: 'Per relatiebeheerder' })).toHaveTextContent(
      'Jan: 3 klanten, 10 contactmomenten, 38 uur',
    );
    expect(plan).toHaveTextContent('Het contactplan vraagt 46 uur per jaar, maar de capaciteit is 40 uur.');
    expect(within(section).getByRole('region', { name: 'Groeibudget' })).toHaveTextContent('Verwachte extra omzet: € 5.200');
    expect(within(section).getByRole('region', { name: /Ideale klant/ })).toHaveTextContent(
      'Branche Zorg: 100,0% van de A-klanten tegen 60,0% van alle klanten (lift 1,67)',
    );
    expect(wb.sheetNames()).toContain('Contactplan 2025');

    await user.click(within(plan).getByRole('button', { name: 'Agendatekst tonen' }));
    const text = within(plan).getByRole('textbox', { name: 'Agendabestand (iCalendar)' });
    const preview = await createSession(new MemoryPort(planWorkbook()), 'nl', { now: () => NOW }).classify(planModel());
    // A text box's value has its line breaks normalised to LF (HTML spec, "API value" of textarea); the file keeps CRLF.
    expect((text as HTMLTextAreaElement).value).toBe(preview.agenda!.replace(/\r\n/g, '\n'));
  });

  test('copies the agenda to the clipboard and says so', async () => {
    // user-event puts its own clipboard on navigator; reading it back shows what the pane copied.
    const { user } = await paneOnFake();
    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    await user.click(await screen.findByRole('button', { name: 'Agenda kopiëren' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(copied).toContain('SUMMARY:Alfa (A): Twee keer per jaar een ontbijtsessie');
    // The footer has a status line of its own: the copy's status is the one that says so.
    const statuses = await screen.findAllByRole('status');
    expect(statuses.map((s) => s.textContent)).toContainEqual(expect.stringContaining('De agenda staat op het klembord.'));
  });

  test('without a plan section the option is off and no plan sheet is written, in English too', async () => {
    const { wb, user } = await paneOnFake('en', { ...PLAN_MODEL_RAW, plan: undefined });
    const option = screen.getByRole('checkbox', { name: 'Also make a contact plan and agenda file' });
    expect(option).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Classify' }));
    const section = await screen.findByRole('region', { name: 'From class to action' });
    expect(within(section).queryByRole('region', { name: 'Contact plan' })).toBeNull();
    expect(within(section).getByRole('region', { name: 'Growth budget' })).toHaveTextContent('Expected additional revenue: €5,200');
    expect(wb.sheetNames()).not.toContain('Contact plan 2025');
  });
});
