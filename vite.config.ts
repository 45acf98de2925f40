import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// Relative base so the built dashboard works from any path (a sub-folder, a file share, an intranet page).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // Offline after the first visit: the app shell and the reference data are precached,
    // so conference Wi-Fi cannot end a presentation.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['favicon.svg', 'icon.svg'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        navigateFallback: 'index.html',
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
      },
      manifest: {
        name: 'Compute Scenarios',
        short_name: 'Compute Scenarios',
        description:
          'Explore the economics of AI compute: cost per token, vendor concentration, inference load.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f6f5f1',
        theme_color: '#0b3d5c',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'fixtures/**/*.test.ts'],
    css: false,
    // jsdom renders of the whole dashboard take seconds on a busy 2-core machine; a timeout is not a finding.
    testTimeout: 20_000,
  },
});
