import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ViewPreferencesProvider } from '../app/view-preferences';
import type { Locale } from '../i18n/format';
import { I18nProvider } from '../i18n/i18n';
import type { Scenario } from '../model/scenario';
import { ScenarioStoreProvider } from '../store/context';
import { createScenarioStore, type ScenarioStore } from '../store/scenario-store';
import { loadTestReferenceData } from './reference-data';

/** Renders `ui` with a fresh store (default scenario unless given), i18n (English unless given) and a query client. */
export function renderWithStore(
  ui: ReactElement,
  options: { scenario?: Partial<Scenario>; locale?: Locale } = {},
) {
  const locale = options.locale ?? 'en';
  const data = loadTestReferenceData();
  const store: ScenarioStore = createScenarioStore({
    scenario: { ...data.defaults, ...options.scenario },
    baseline: data.defaults,
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={client}>
      <ViewPreferencesProvider locale={locale}>
        <I18nProvider locale={locale}>
          <ScenarioStoreProvider store={store}>{ui}</ScenarioStoreProvider>
        </I18nProvider>
      </ViewPreferencesProvider>
    </QueryClientProvider>,
  );
  return { ...result, store, data };
}
