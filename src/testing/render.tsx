import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ViewPreferencesProvider } from '../app/view-preferences';
import { I18nProvider } from '../i18n/i18n';
import type { Scenario } from '../model/scenario';
import { ScenarioStoreProvider } from '../store/context';
import { createScenarioStore, type ScenarioStore } from '../store/scenario-store';
import { loadTestReferenceData } from './reference-data';

/** Renders `ui` with a fresh store (default scenario unless given), i18n and a query client. */
export function renderWithStore(ui: ReactElement, options: { scenario?: Partial<Scenario> } = {}) {
  const data = loadTestReferenceData();
  const store: ScenarioStore = createScenarioStore({
    scenario: { ...data.defaults, ...options.scenario },
    baseline: data.defaults,
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={client}>
      <ViewPreferencesProvider locale="en">
        <I18nProvider locale="en">
          <ScenarioStoreProvider store={store}>{ui}</ScenarioStoreProvider>
        </I18nProvider>
      </ViewPreferencesProvider>
    </QueryClientProvider>,
  );
  return { ...result, store, data };
}
