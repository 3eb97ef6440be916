import type { Page } from 'playwright-core';
import { t } from '../../src/i18n/catalog';
import { chromiumOnDist, watchedPage } from './browser';

/**
 * English texts are their own chunk, lang-en (src/i18n/catalog.ts): a Dutch pane never fetches it, an
 * English pane fetches it before its first paint, and without it opens in Dutch and says why.
 */
const ENGLISH = /\/lang-en\.[0-9a-f]{8}\.js$/;
/** Generous: the machine running this is shared; every wait ends as soon as the condition holds. */
const WAIT = 60_000;

const chromium = chromiumOnDist();

async function openPane(
  query: string,
  blockEnglish = false,
  pagePath = 'preview.html?pane',
): Promise<{ englishRequests: string[]; errors: string[]; page: Page }> {
  const { page, errors, requests: englishRequests } = await watchedPage(chromium.browser, ENGLISH);
  if (blockEnglish) await page.route(ENGLISH, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(`${chromium.url}/${pagePath}${query}`);
  return { englishRequests, errors, page };
}

describe('the English texts on demand, in Chromium', () => {
  it('a Dutch pane never fetches them', async () => {
    const { page, englishRequests, errors } = await openPane('');
    await page.getByRole('button', { name: 'Classificeer' }).waitFor({ timeout: WAIT });
    await page.getByRole('button', { name: /^2\. Criteria en gewichten/ }).waitFor({ timeout: WAIT });
    expect(englishRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an English pane fetches them once, before its first paint, and is English throughout', async () => {
    const { page, englishRequests, errors } = await openPane('&lang=en');
    await page.getByRole('button', { name: 'Classify' }).waitFor({ timeout: WAIT });
    await page.getByRole('button', { name: /^2\. Criteria and weights/ }).waitFor({ timeout: WAIT });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Classificeer' }).count()).toBe(0);
    expect(englishRequests).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without them the pane opens in Dutch and says so in both languages', async () => {
    const { page, errors } = await openPane('&lang=en', true);
    const bar = page.getByRole('group', { name: t('nl', 'pane.language.title') });
    await bar.waitFor({ timeout: WAIT });
    expect(await bar.textContent()).toContain('The pane is shown in Dutch');
    await page.getByRole('button', { name: 'Classificeer' }).waitFor({ timeout: WAIT });
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without them the whole preview page is Dutch and its message bar says why, title first', async () => {
    const { page, errors } = await openPane('?lang=en', true, 'preview.html');
    await page.getByText(`${t('nl', 'pane.language.title')}: `, { exact: false }).waitFor({ timeout: WAIT });
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(errors).toEqual([]);
    await page.close();
  });
});
