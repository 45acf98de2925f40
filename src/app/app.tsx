import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nProvider } from '../i18n/i18n';
import { PresenterView } from '../features/presentation/presenter-view';
import { DataGate } from './data-gate';
import './presentation.css';
import { useViewPreferences, ViewPreferencesProvider } from './view-preferences';

/** The presenter's window (`?presenter=1`) needs no reference data: only the deck and the channel. */
const PRESENTER = new URLSearchParams(window.location.search).has('presenter');

function LocalizedApp() {
  const { locale } = useViewPreferences();
  return <I18nProvider locale={locale}>{PRESENTER ? <PresenterView /> : <DataGate />}</I18nProvider>;
}

/** A query client for static reference data: one retry, no refetch on focus. */
export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  });
}

/** Providers and the data gate; everything below renders once the reference data is valid. */
export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createAppQueryClient());
  return (
    <QueryClientProvider client={client}>
      <ViewPreferencesProvider>
        <LocalizedApp />
      </ViewPreferencesProvider>
    </QueryClientProvider>
  );
}
