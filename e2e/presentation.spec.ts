// Presentation mode: entering it, stepping with the keyboard and a clicker's keys, the
// presenter's window following the audience window, an axe audit, and screenshots at
// projector size for people to look at (artifacts/, nothing compares pixels).
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import type { AxeResults } from 'axe-core';
import type { Page } from '@playwright/test';
import { chartTextProblems } from './chart-text';
import { expect, test } from './fixtures';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

test.use({ viewport: { width: 1920, height: 1080 } });

test('P enters presentation mode; keys step through the deck, the URL and the charts follow', async ({
  page,
  dashboard,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await dashboard.open();
  await page.keyboard.press('p');
  const view = page.getByTestId('presentation');
  await expect(view).toBeVisible();
  await expect(page.getByRole('slider')).toHaveCount(0); // no rail of sliders
  await expect(page.getByTestId('present-counter')).toHaveText('Step 1 of 6');
  await expect(page).toHaveURL(/[?&]present=0(&|$)/);
  const summary = page.getByTestId('concentration-panel-summary');
  await expect(summary).toContainText(/HHI 6,6\d\d/);

  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-counter')).toHaveText('Step 2 of 6');
  await expect(page).toHaveURL(/[?&]present=1(&|$)/);
  await expect(summary).toContainText('HHI 10,000');

  await page.keyboard.press('PageDown'); // a clicker's "next"
  await expect(page).toHaveURL(/[?&]present=2(&|$)/);
  await expect(summary).toContainText(/HHI 4,8\d\d/);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/[?&]present=1(&|$)/);
  await page.keyboard.press('End');
  await expect(page.getByTestId('present-counter')).toHaveText('Step 6 of 6');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('450T tokens a day');
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/[?&]present=0(&|$)/);

  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);
  await expect(dashboard.slider('Compute spend')).toBeVisible();
});

test('a step animates: the tiles pass through values between the two scenarios', async ({
  page,
  dashboard,
}) => {
  await dashboard.open();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const summary = page.getByTestId('concentration-panel-summary');
  await expect(summary).toContainText(/HHI 6,6\d\d/);
  // Record every text the tiles show while the step changes (in the page: no round trips).
  // (The charts draw a deferred scenario, so on a slow machine they may show only the end.)
  await page.getByTestId('kpis').evaluate((node) => {
    const seen = new Set<string>();
    new MutationObserver(() => seen.add(node.textContent ?? '')).observe(node, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    Object.assign(window, { seenSummaries: seen });
  });
  await page.keyboard.press('ArrowRight');
  await expect(summary).toContainText('HHI 10,000');
  const seen: string[] = await page.evaluate(() => [
    ...(window as unknown as { seenSummaries: Set<string> }).seenSummaries,
  ]);
  expect(seen.length, `intermediate frames of the tween: ${seen.join(' | ')}`).toBeGreaterThan(2);
});

test('a link opens the presentation at its step', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?present=3');
  await expect(page.getByTestId('present-counter')).toHaveText('Step 4 of 6');
  await expect(page.getByTestId('concentration-panel-summary')).toContainText(/HHI 2,9\d\d/);
  await page.getByRole('button', { name: 'Exit' }).click();
  await expect(page.getByRole('slider', { name: 'Nvidia share', exact: true })).toHaveValue('35');
});

test('the presenter window follows the audience window, and steps it', async ({
  page,
  context,
  dashboard,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await dashboard.open();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await expect(presenter.getByTestId('presenter-counter')).toHaveText('Step 1 of 6');
  await expect(presenter.getByTestId('presenter-notes')).toContainText('Where the market stood in 2025');
  await expect(presenter.getByText('Next: The letter of intent')).toBeVisible();

  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter-counter')).toHaveText('Step 2 of 6');
  await expect(presenter.getByTestId('presenter-notes')).toContainText('September 2025');

  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('present-counter')).toHaveText('Step 3 of 6');
  await expect(presenter.getByTestId('presenter-counter')).toHaveText('Step 3 of 6');
  await presenter.screenshot({ path: 'artifacts/presenter-1280x800.png', animations: 'disabled' });
});

/** How far the page spills past the window, in px (0, 0 when the step fits one screen). */
const spill = (page: Page) =>
  page.evaluate(() => ({
    x: document.documentElement.scrollWidth - window.innerWidth,
    y: document.documentElement.scrollHeight - window.innerHeight,
  }));

/**
 * Each chart's rotated y-axis title: shown, whole (inside its chart, not clipped by it) and
 * clear of its tick labels (the axes widen with the type), so the audience can read the unit.
 */
const yAxisTitles = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.recharts-wrapper')].flatMap((chart) => {
      // Recharts draws labels in their own layer, so the title is found in the chart, by its rotation.
      const title = [...chart.querySelectorAll('.axis-label')].find((el) =>
        /rotate\((-90|270)/.test(
          el.getAttribute('transform') ?? el.parentElement?.getAttribute('transform') ?? '',
        ),
      );
      const surface = chart.querySelector('svg.recharts-surface')?.getBoundingClientRect();
      if (!title || !surface) return [];
      const t = title.getBoundingClientRect();
      // The y ticks: tick labels in the chart's left half (Recharts draws them in a layer of
      // their own too) that share the title's height; each must sit to the title's right.
      const middle = chart.getBoundingClientRect().left + chart.getBoundingClientRect().width / 2;
      const ticks = [...chart.querySelectorAll('.recharts-cartesian-axis-tick-value')]
        .map((el) => el.getBoundingClientRect())
        .filter((k) => k.right < middle && k.bottom > t.top && k.top < t.bottom);
      return [
        {
          text: title.textContent,
          shown: getComputedStyle(title).display !== 'none' && t.width > 0,
          whole: t.top >= surface.top - 1 && t.bottom <= surface.bottom + 1,
          clear: ticks.every((k) => k.left >= t.right - 1),
        },
      ];
    }),
  );

const COUNTER = {
  en: (step: number | string, count: number | string) => `Step ${step} of ${count}`,
  it: (step: number | string, count: number | string) => `Passo ${step} di ${count}`,
};

for (const lang of ['en', 'it'] as const) {
  test(`presentation mode at 1920x1080 (${lang}): every step fits one screen, every axis title whole`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`./?present=0&lang=${lang}`);
    const counter = page.getByTestId('present-counter');
    await expect(counter).toHaveText(new RegExp(`^${COUNTER[lang](1, '(\\d+)')}$`));
    const count = Number((await counter.textContent())?.match(/(\d+)$/)?.[1]);
    expect(count).toBeGreaterThan(1);
    for (let step = 1; step <= count; step += 1) {
      if (step > 1) await page.keyboard.press('ArrowRight');
      await expect(counter).toHaveText(COUNTER[lang](step, count));
      await expect(page.locator('.present__panels .recharts-surface').first()).toBeVisible();
      // The charts start as large as the screen allows and step down until the step fits.
      await expect.poll(() => spill(page), `step ${step} fits one screen`).toEqual({ x: 0, y: 0 });
      const titles = await yAxisTitles(page);
      expect(titles.length, `step ${step}: y-axis titles`).toBeGreaterThanOrEqual(1);
      for (const title of titles)
        expect(title, `step ${step}: ${title.text ?? ''}`).toMatchObject({
          shown: true,
          whole: true,
          clear: true,
        });
      expect(await chartTextProblems(page), `step ${step}: chart text clear`).toEqual([]);
      if (step !== 2 || lang !== 'en') continue;
      await expect(page.getByTestId('concentration-panel-summary')).toContainText('HHI 10,000');
      await page.screenshot({ path: 'artifacts/present-1920x1080.png', animations: 'disabled' });
      const sizes = await page.evaluate(() => ({
        body: parseFloat(getComputedStyle(document.querySelector('.present') ?? document.body).fontSize),
        tick: Math.min(
          ...[...document.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((el) =>
            parseFloat(getComputedStyle(el).fontSize),
          ),
        ),
      }));
      expect(sizes.body).toBeGreaterThanOrEqual(24);
      expect(sizes.tick).toBeGreaterThanOrEqual(18);
    }
  });
}

test('in Italian the shipped deck is presented in Italian', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?present=0&lang=it');
  await expect(page.getByTestId('present-counter')).toHaveText('Passo 1 di 6');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '2025: quattro dollari su cinque vanno a Nvidia',
  );
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'La lettera d’intenti: 10 GW, tutto Nvidia',
  );
});

test('axe finds no violations on the presentation view', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?present=0');
  await expect(page.getByTestId('concentration-panel-summary')).toBeVisible();
  await page.addScriptTag({ path: AXE_SCRIPT });
  const results: AxeResults = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ['violations'] }),
  );
  const lines = results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`),
  );
  expect(lines, 'axe violations').toEqual([]);
});
