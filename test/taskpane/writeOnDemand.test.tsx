/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { t, type Lang } from '../../src/i18n/catalog';
import { App } from '../../src/taskpane/App';
import { createSession } from '../../src/workbook/createSession';
import { ExcelPort } from '../../src/workbook/excel';
import { importResultsWriter, type ResultsWriter } from '../../src/workbook/onDemand';
import { SETTINGS_KEYS } from '../../src/workbook/results';
import { PROGRESS } from '../../src/workbook/tableAtHand';
import { PLAN_MODEL_RAW, planWorkbook } from '../plan/table';
import { FakeExcel } from '../support/officeFake';
import './renderPane';

/**
 * The write half of the session (results, report, contact plan, removal) is an async chunk in the
 * browser bundles, fetched when the pane is idle or on the first click (src/workbook/onDemand.ts).
 * Here the pane runs over the Office.js fake with that fetch under the test's control: still under
 * way when Classificeer is pressed, or failing as webpack fails a chunk it cannot fetch.
 */

/** What webpack's runtime rejects an import() with when the chunk's script does not load. */
function chunkLoadError(): Error {
  const error = new Error('Loading chunk 477 failed.\n(missing: https://klantwaarde.example/addin/results-writer.0123abcd.js)');
  error.name = 'ChunkLoadError';
  return error;
}

const NOW = new Date(Date.UTC(2025, 2, 14, 12, 0, 0));

async function paneOnFake(importWriter: () => Promise<ResultsWriter>, lang: Lang = 'nl') {
  const wb = planWorkbook();
  wb.settings.set(SETTINGS_KEYS.model, JSON.stringify(PLAN_MODEL_RAW));
  const session = createSession(new ExcelPort(new FakeExcel(wb).run), lang, { importWriter, now: () => NOW });
  const user = userEvent.setup();
  render(<App session={session} lang={lang} previewDelayMs={10} />);
  await screen.findByRole('button', { name: lang === 'nl' ? /^2\. Criteria en gewichten/ : /^2\. Criteria and weights/ });
  // Ready to classify: the table has been read and the saved model validated.
  await waitFor(() => expect(screen.getByRole('button', { name: t(lang, 'ui.classify') })).toBeEnabled());
  return { wb, user };
}

describe('the write half on demand, in the task pane over the Office.js fake', () => {
  test('Classificeer waits for a write half still being fetched, then writes the results', async () => {
    let release!: () => void;
    const fetched = new Promise<void>((resolve) => (release = resolve));
    const importWriter = jest.fn(() => fetched.then(importResultsWriter));
    const { wb, user } = await paneOnFake(importWriter);
    const before = JSON.stringify(wb.snapshot());

    await user.click(screen.getByRole('button', { name: 'Classificeer' }));
    expect(importWriter).toHaveBeenCalledTimes(1);
    // Table read and classified, waiting only for the write half: the progress bar stands at the engine's share.
    const progress = await screen.findByRole('progressbar');
    await waitFor(() => expect(progress).toHaveAttribute('aria-valuenow', String(PROGRESS.classified)));
    expect(JSON.stringify(wb.snapshot())).toBe(before);
    expect(screen.queryByRole('group', { name: t('nl', 'ui.classify.failed') })).toBeNull();
    expect(screen.getByRole('button', { name: 'Classificeer' })).toBeDisabled();

    release();
    await screen.findByRole('group', { name: t('nl', 'ui.classify.done', { count: 5 }) });
    expect(wb.settings.get(SETTINGS_KEYS.results)).toContain('"sheet":"Klanten"');
    // The table has seven columns (A–G); Klantscore, Score % and Klasse follow in H, I and J.
    expect(wb.requireSheet('Klanten').value(0, 9)).toBe(t('nl', 'col.class'));
    expect(wb.sheetNames()).toEqual(expect.arrayContaining([t('nl', 'report.title', { year: '2025' }), 'Contactplan 2025']));
  });

  test.each(['nl', 'en'] as const)(
    'a write half that cannot be fetched says so in %s, changes nothing, and the next click fetches it again',
    async (lang) => {
      const importWriter = jest
        .fn<Promise<ResultsWriter>, []>()
        .mockRejectedValueOnce(chunkLoadError())
        .mockImplementation(importResultsWriter);
      const { wb, user } = await paneOnFake(importWriter, lang);
      const before = JSON.stringify(wb.snapshot());
      const classify = screen.getByRole('button', { name: t(lang, 'ui.classify') });

      await user.click(classify);
      const bar = await screen.findByRole('group', { name: t(lang, 'ui.classify.failed') });
      expect(within(bar).getByText(t(lang, 'workbook.partNotLoaded'))).toBeInTheDocument();
      expect(JSON.stringify(wb.snapshot())).toBe(before);

      await user.click(classify);
      await screen.findByRole('group', { name: t(lang, 'ui.classify.done', { count: 5 }) });
      expect(importWriter).toHaveBeenCalledTimes(2);
      expect(wb.settings.get(SETTINGS_KEYS.results)).toBeDefined();
      expect(screen.queryByText(t(lang, 'workbook.partNotLoaded'))).toBeNull();
    },
  );
});
