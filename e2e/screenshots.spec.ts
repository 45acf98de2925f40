// Full-page screenshots of the explore view on the screens it is shown on (a laptop, a
// projector, a tablet, a phone), light and dark, for people to look at: nothing here
// compares pixels. They land in artifacts/ (git-ignored).
import { expect, test } from './fixtures';

const SCREENS = [
  { name: 'laptop', width: 1280, height: 800, schemes: ['light', 'dark'], langs: ['en', 'it'] },
  { name: 'projector', width: 1920, height: 1080, schemes: ['light', 'dark'], langs: ['en'] },
  { name: 'tablet', width: 768, height: 1024, schemes: ['light', 'dark'], langs: ['en', 'it'] },
  { name: 'phone', width: 390, height: 844, schemes: ['light', 'dark'], langs: ['en', 'it'] },
] as const;
// Every size in both schemes in English; Italian (longer words, 1.234,5 numbers) light on
// the laptop and tablet and dark on the phone.
const SHOTS = SCREENS.flatMap(({ name, width, height, schemes, langs }) =>
  langs.flatMap((lang) =>
    schemes
      .filter((colorScheme) => lang === 'en' || colorScheme === (name === 'phone' ? 'dark' : 'light'))
      .map((colorScheme) => ({
        width,
        height,
        colorScheme,
        lang,
        file: `explore-${name}-${width}x${height}-${colorScheme}${lang === 'en' ? '' : `-${lang}`}.png`,
      })),
  ),
);

for (const { width, height, colorScheme, lang, file } of SHOTS) {
  test(`full-page screenshot at ${width}x${height} (${colorScheme}, ${lang})`, async ({
    page,
    dashboard,
  }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await dashboard.open(lang === 'en' ? './' : `./?lang=${lang}`);
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
