import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import assumptionsJson from '../../public/data/assumptions.json';
import sourcesJson from '../../public/data/sources.json';
import { App, createAppQueryClient } from './app';

const files: Record<string, unknown> = { 'assumptions.json': assumptionsJson, 'sources.json': sourcesJson };

/** A fetch that serves the committed data files, with optional per-file overrides. */
function stubFetch(overrides: Record<string, () => Response> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const name = String(input).split('/').pop() ?? '';
    const override = overrides[name];
    if (override) return override();
    return new Response(JSON.stringify(files[name]), { status: 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderApp() {
  const client = createAppQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  return render(<App queryClient={client} />);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DataGate', () => {
  it('shows a loading state, then the dashboard', async () => {
    stubFetch();
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('Loading reference data');
    expect(await screen.findByRole('slider', { name: 'Compute spend' })).toBeInTheDocument();
  });

  it('explains a file that fails validation and recovers on Retry', async () => {
    const user = userEvent.setup();
    const broken = {
      ...assumptionsJson,
      assumptions: { ...assumptionsJson.assumptions, pue: { value: 'high' } },
    };
    let serveBroken = true;
    stubFetch({
      'assumptions.json': () =>
        new Response(JSON.stringify(serveBroken ? broken : assumptionsJson), { status: 200 }),
    });
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The reference data could not be loaded');
    expect(alert).toHaveTextContent(/assumptions\.json failed validation: assumptions\.pue\.value/);
    serveBroken = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('slider', { name: 'Nvidia share' })).toBeInTheDocument();
  });

  it('reports an HTTP error and a body that is not JSON', async () => {
    stubFetch({
      'assumptions.json': () => new Response('nope', { status: 503 }),
    });
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load assumptions.json (HTTP 503).');
  });

  it('reports a body that is not JSON', async () => {
    stubFetch({ 'sources.json': () => new Response('<html>', { status: 200 }) });
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('sources.json is not valid JSON.');
  });

  it('switches the whole dashboard to Italian, with Italian number formatting', async () => {
    const user = userEvent.setup();
    stubFetch();
    renderApp();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'it');
    expect(await screen.findByRole('slider', { name: 'Quota Nvidia' })).toHaveAttribute(
      'aria-valuetext',
      '70%',
    );
    expect(screen.getByRole('slider', { name: 'Carico di inferenza' })).toHaveAttribute(
      'aria-valuetext',
      '50 T token/giorno',
    );
    expect(screen.getByRole('region', { name: 'Concentrazione dei fornitori' })).toHaveTextContent('5.260');
    expect(document.documentElement.lang).toBe('it');
  });
});
