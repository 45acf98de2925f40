import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { preloadDashboard } from '../app/dashboard';
import { loadPanels } from '../app/lazy-panels';
import { preloadPresentationView } from '../app/scenario-session';

// Panels, dialogs and the assumptions are lazy chunks in the app; tests render them synchronously.
await Promise.all([loadPanels(), preloadDashboard(), preloadPresentationView()]);

afterEach(() => {
  cleanup();
});

// Recharts' ResponsiveContainer measures its parent; jsdom has no layout.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;
