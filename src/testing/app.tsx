/** Renders the whole app at a URL, serving the committed data files through a stubbed fetch. */
import { render, screen } from '@testing-library/react';
import { vi } from 'vitest';
import assumptionsJson from '../../public/data/assumptions.json';
import presetsJson from '../../public/data/presets.json';
import sourcesJson from '../../public/data/sources.json';
import { App, createAppQueryClient } from '../app/app';

const FILES: Record<string, unknown> = {
  'assumptions.json': assumptionsJson,
  'sources.json': sourcesJson,
  'presets.json': presetsJson,
};

/** Opens the app at `search` (e.g. "?preset=inference-boom") and waits for the dashboard. */
export async function renderAppAt(search: string) {
  const result = renderApp(search);
  await screen.findByRole('slider', { name: 'Compute spend' });
  return result;
}

/** Opens the app at an `?embed=` link and waits for the panel titled `heading`. */
export async function renderAppPanelAt(search: string, heading: string) {
  const result = renderApp(search);
  await screen.findByRole('heading', { name: heading });
  return result;
}

function renderApp(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const name = String(input).split('/').pop() ?? '';
      const body = FILES[name];
      return body ? new Response(JSON.stringify(body), { status: 200 }) : new Response('', { status: 404 });
    }),
  );
  const client = createAppQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  return render(<App queryClient={client} />);
}

/** Restores globals and the URL after an app test. */
export function cleanUpApp() {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
}
