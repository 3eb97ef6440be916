import type { Page } from 'playwright-core';
import { t } from '../../src/i18n/catalog';
import { chromiumOnDist, watchedPage } from './browser';

/**
 * The write half of the pipeline (results, report, contact plan, removal) is an async chunk,
 * "results-writer", that the page fetches when idle (src/workbook/onDemand.ts). In the real browser:
 * fetched before the first click, and when the file is gone (the add-in was updated on the host while
 * the pane was open) a click says so in the user's language instead of failing without a reason.
 */
const WRITER = /\/results-writer\.[0-9a-f]{8}\.js$/;
/** Generous: the machine running this is shared; every wait ends as soon as the condition holds. */
const WAIT = 60_000;

const chromium = chromiumOnDist();

/** Waits until Classificeer can be pressed (table found, model valid). */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction(
    () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Classificeer' && !b.disabled),
    null,
    { timeout: WAIT },
  );
}

describe('the write half on demand, in Chromium', () => {
  it('is fetched while the pane is idle, before the first Classificeer, and the click then writes', async () => {
    const { page, errors, requests: writerRequests } = await watchedPage(chromium.browser, WRITER);
    const fetched = page.waitForResponse((r) => WRITER.test(r.url()) && r.ok(), { timeout: WAIT });
    await page.goto(`${chromium.url}/preview.html?pane`);
    await ready(page);
    await fetched;

    await page.getByRole('button', { name: 'Classificeer' }).click();
    await page.getByRole('group', { name: /klanten geclassificeerd/ }).waitFor({ timeout: WAIT });
    // Fetched once, ahead of the click: the click did not wait on the network.
    expect(writerRequests).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says in Dutch that a part could not be loaded when the file is gone from the host, and works once it is back', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 340, height: 640 } });
    // What a host answers for a chunk of the old build after an update: not found.
    await page.route(WRITER, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${chromium.url}/preview.html?pane`);
    await ready(page);

    await page.getByRole('button', { name: 'Classificeer' }).click();
    const bar = page.getByRole('group', { name: t('nl', 'ui.classify.failed') });
    await bar.getByText(t('nl', 'workbook.partNotLoaded')).waitFor({ timeout: WAIT });

    // webpack forgets a chunk that failed, so the next click fetches it again.
    await page.unroute(WRITER);
    await page.getByRole('button', { name: 'Classificeer' }).click();
    await page.getByRole('group', { name: /klanten geclassificeerd/ }).waitFor({ timeout: WAIT });
    await page.close();
  });
});
