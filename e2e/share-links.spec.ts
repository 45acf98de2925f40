// Runs the self-contained share-link browser checks (e2e/share.e2e.mjs: link round trip in a
// fresh context, Back/Forward through presets, keyboard undo, copy link, hostile links, axe)
// against the same preview server as the other browser tests, so `npm run test:e2e` covers them.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';

test('share links, presets, history and hostile links (e2e/share.e2e.mjs)', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const run = spawnSync(process.execPath, ['e2e/share.e2e.mjs'], {
    env: { ...process.env, BASE_URL: baseURL },
    encoding: 'utf8',
    timeout: 230_000,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  console.log(output);
  expect(run.status, output).toBe(0);
});
