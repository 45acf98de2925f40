// How this project launches Chromium, shared by the browser tests and the benchmark.
// Browser downloads are not possible here, so both use the system Chromium (Debian's
// `chromium` package) instead of Playwright's bundled build.

/** The Chromium binary; CHROMIUM_PATH overrides it (e.g. a Chrome install on a laptop). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a quiet, reproducible headless run: no sandbox (CI runs as root), no GPU
 * (software rendering is the same on every machine), and no background traffic that
 * could reach the network or perturb timings.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
