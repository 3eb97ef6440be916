import { readFileSync, mkdtempSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { chromiumOnDist } from './browser';

/**
 * The task pane alone at the size of Excel's task pane (`preview.html?pane`, the example workbook),
 * in Debian's chromium: what a new user sees at 340×640 without scrolling, that removing asks first,
 * an axe-core check (no serious or critical violations), keyboard-only use, Office's dark theme and
 * Windows high contrast. Set KW_PANE_SCREENSHOTS=docs/images to refresh the README's screenshots.
 */
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** Generous: the machine running this is shared; every wait ends as soon as the condition holds. */
const WAIT = 60_000;

const chromium = chromiumOnDist();
const shots = process.env.KW_PANE_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'klantwaarde-pane-'));

interface Opened {
  readonly page: Page;
  readonly errors: string[];
}

/** The pane at a given size, ready when Classificeer can be pressed (table found, model valid). */
async function openPane(width: number, height: number, query = ''): Promise<Opened> {
  const page = await chromium.browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${chromium.url}/preview.html?pane${query}`);
  await page.waitForFunction(
    () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Classificeer' && !b.disabled),
    null,
    { timeout: WAIT },
  );
  return { page, errors };
}

/** The element's box lies entirely inside the viewport (no scrolling needed to see it). */
async function inViewport(page: Page, box: { x: number; y: number; width: number; height: number } | null): Promise<boolean> {
  const size = page.viewportSize()!;
  return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
}

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy (script-src 'self')
  // rightly refuses an injected inline <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  // Colours are checked on the finished frame, not halfway through a fade-in.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: WAIT });
  const violations = await page.evaluate(async () => {
    type Context = { exclude: string[][] };
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Context) => Promise<{ violations: { id: string; impact?: string; nodes: { target: unknown[] }[] }[] }> };
      }
    ).axe;
    // Tabster's focus guards (Fluent's focus manager): aria-hidden by design, they only pass focus on to the
    // real control and are a documented axe false positive (https://github.com/microsoft/tabster/issues/288).
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

describe('the task pane at 340×640', () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await openPane(340, 640);
  });
  afterAll(async () => {
    await opened.page.close();
  });

  it('shows Classificeer and its status without scrolling, and nothing is wider than the pane', async () => {
    const { page } = opened;
    const classify = page.getByRole('button', { name: 'Classificeer' });
    expect(await inViewport(page, await classify.boundingBox())).toBe(true);
    expect(await page.getByRole('status', { name: 'Status' }).textContent()).toMatch(
      /Klaar om 150 klanten te classificeren|Klaar om te classificeren/,
    );
    // The setup is a list of sections, each with a one-line summary, and no horizontal scrollbar.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(340);
    expect(await page.getByRole('button', { name: /^1\. Gevonden tabel/ }).textContent()).toContain('Klanten!A1:I151');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(mkdtempSync(join(tmpdir(), 'klantwaarde-pane-')), 'pane-340.png') });
  });

  it('after a click the result status and the outcome are in view, at the top of the results view', async () => {
    const { page } = opened;
    // Scroll the setup away first: the footer must follow.
    await page.mouse.wheel(0, 3000);
    await page.getByRole('button', { name: 'Classificeer' }).click();
    const status = page.getByRole('status', { name: 'Status' });
    await status.getByText(/klanten geclassificeerd/).waitFor({ timeout: WAIT });
    expect(await inViewport(page, await status.boundingBox())).toBe(true);
    expect(await inViewport(page, await page.getByRole('button', { name: 'Classificeer' }).boundingBox())).toBe(true);
    const outcome = page.getByRole('group', { name: /klanten geclassificeerd/ });
    expect(await inViewport(page, await outcome.boundingBox())).toBe(true);
    expect(await page.getByRole('tab', { name: 'Resultaat' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(340);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('asks before removing, naming the columns and the report sheet; Annuleren keeps everything', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'Resultaten verwijderen' }).click();
    const question = page.getByRole('alertdialog', { name: 'Resultaten verwijderen?' });
    await question
      .getByText(/^Kolommen Klantscore, Score %, Klasse, Rang, Omzetaandeel, Toelichting, Aanpak, Signalen/)
      .waitFor({ timeout: WAIT });
    await question.getByText(/^Rapportblad "Klantanalyse \d{4}"$/).waitFor();
    expect(await inViewport(page, await question.boundingBox())).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await question.getByRole('button', { name: 'Annuleren' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await page.getByRole('tab', { name: 'Resultaat' }).getAttribute('aria-selected')).toBe('true');

    await page.getByRole('button', { name: 'Resultaten verwijderen' }).click();
    await question.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('status', { name: 'Status' }).getByText('Resultaten verwijderd').waitFor({ timeout: WAIT });
    expect(opened.errors).toEqual([]);
  });
});

describe('the task pane by keyboard only', () => {
  it('reaches Classificeer with Tab and triggers it with Enter', async () => {
    const { page, errors } = await openPane(340, 640);
    let reached = false;
    // Every setup control lies before the footer in tab order; 200 stops is far more than the pane has.
    for (let i = 0; i < 200 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent === 'Classificeer');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page
      .getByRole('status', { name: 'Status' })
      .getByText(/klanten geclassificeerd/)
      .waitFor({ timeout: WAIT });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the task pane in Office themes', () => {
  it("uses dark colours in Office's dark theme, without serious violations", async () => {
    const { page } = await openPane(350, 720, '&theme=dark');
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(3 * 80);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('follows Windows high contrast (forced colors) and stays usable', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 340, height: 640 } });
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${chromium.url}/preview.html?pane`);
    const classify = page.getByRole('button', { name: 'Classificeer' });
    await classify.waitFor({ timeout: WAIT });
    // Fluent's high-contrast theme: black canvas, white text (the browser then maps to the user's colours).
    const colors = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('.fui-FluentProvider')!);
      return [s.getPropertyValue('--colorNeutralBackground1').trim(), s.getPropertyValue('--colorNeutralForeground1').trim()];
    });
    expect(colors).toEqual(['#000000', '#ffffff']);
    expect(await inViewport(page, await classify.boundingBox())).toBe(true);
    await page.close();
  });
});

describe('screenshots for the README', () => {
  it.each([
    [320, 640],
    [350, 720],
  ])('at %i×%i: setup, then the result', async (width, height) => {
    const { page } = await openPane(width, height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // The setup sections load their editors on demand and open with Fluent's motion: a picture is taken
    // once every section shows its content and with animations run to their end (Playwright's `animations: 'disabled'`).
    await page.waitForFunction(() => !document.body.textContent?.includes('Laden…'), null, { timeout: WAIT });
    await page.screenshot({ path: join(shots, `pane-${width}-setup.png`), animations: 'disabled' });
    await page.getByRole('button', { name: 'Classificeer' }).click();
    await page
      .getByRole('status', { name: 'Status' })
      .getByText(/klanten geclassificeerd/)
      .waitFor({ timeout: WAIT });
    await page.screenshot({ path: join(shots, `pane-${width}-result.png`), animations: 'disabled' });
    expect(statSync(join(shots, `pane-${width}-result.png`)).size).toBeGreaterThan(10_000);
    await page.close();
  });
});
