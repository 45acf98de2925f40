// Full-page screenshots of the explore view at the two screen sizes the dashboard is
// shown on (a laptop, a projector or large monitor), plus the dark theme, for people to
// look at: nothing here compares pixels. They land in artifacts/ (git-ignored).
import { expect, test } from './fixtures';

const SHOTS = [
  { width: 1440, height: 900, colorScheme: 'light', file: 'explore-1440x900.png' },
  { width: 1920, height: 1080, colorScheme: 'light', file: 'explore-1920x1080.png' },
  { width: 1440, height: 900, colorScheme: 'dark', file: 'explore-1440x900-dark.png' },
] as const;

for (const { width, height, colorScheme, file } of SHOTS) {
  test(`full-page screenshot at ${width}x${height} (${colorScheme})`, async ({ page, dashboard }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await dashboard.open();
    await page.screenshot({ path: `artifacts/${file}`, fullPage: true, animations: 'disabled' });
    // Nothing spills sideways. (The page scrolls vertically: eight panels, the assumptions
    // and the Model view do not fit one screen; the controls rail stays in view.)
    const overflowX = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflowX, 'horizontal page overflow in px').toBe(0);
  });
}

// What someone sees on opening the dashboard on a laptop: the README's docs/screenshot.png
// is a copy of this file.
test('first-screen screenshot at 1440x900 (for the README)', async ({ page, dashboard }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await dashboard.open();
  await page.screenshot({ path: 'artifacts/first-screen-1440x900.png', animations: 'disabled' });
});
