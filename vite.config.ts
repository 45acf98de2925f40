import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Relative base so the built dashboard works from any path (a sub-folder, a file share, an intranet page).
export default defineConfig({
  base: './',
  plugins: [react()],
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
  },
});
