// Full-page screenshots of the explore view at the two screen sizes the dashboard is
// shown on (a laptop and a projector/monitor), for people to look at: nothing here
// compares pixels. They land in artifacts/ (git-ignored).
import { expect, test } from './fixtures';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

for (const size of SIZES) {
  test(`full-page screenshot at ${size.width}x${size.height}`, async ({ page, dashboard }) => {
    await page.setViewportSize(size);
    await dashboard.open();
    const path = `artifacts/explore-${size.width}x${size.height}.png`;
    await page.screenshot({ path, fullPage: true, animations: 'disabled' });
    // At these sizes nothing should need a horizontal scrollbar.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
  });
}
