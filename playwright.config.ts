// Browser tests run against the production build (dist/) served by `vite preview`,
// which Playwright starts before the tests and stops after them.
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/browser.mjs';

// Testing a stale or missing build would be testing the wrong thing; say so up front
// rather than letting every test time out on a blank page.
if (!existsSync('dist/index.html')) {
  throw new Error('dist/index.html is missing: run `npm run build` before `npm run test:e2e`.');
}
if (!existsSync(CHROMIUM_PATH)) {
  throw new Error(
    `No Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}

// Not vite's default 4173, so the tests never talk to someone's own `npm run preview`
// (several worktrees share this machine); E2E_PORT overrides it.
const PORT = Number(process.env.E2E_PORT ?? 4319);
const BASE_URL = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'artifacts/test-results',
  // Two cores: two workers keep the run short without starving the preview server.
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  // A flaky test is a bug to fix, not to retry away.
  retries: 0,
  timeout: 30_000,
  // A hung browser must not eat the CI's 90 minutes.
  globalTimeout: 10 * 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    viewport: { width: 1440, height: 900 },
    colorScheme: 'light',
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    // --bypass-lock: vite 8 refuses a second preview of the same project, but this one
    // only serves dist/ on its own port, so a developer's open `npm run preview` is no
    // reason to fail the tests.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --bypass-lock`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
