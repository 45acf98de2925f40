import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { assumptionsQuery, sourcesQuery } from '../data/queries';
import { buildReferenceData, type ReferenceData } from '../data/reference-data';
import { useI18n } from '../i18n/i18n';
import { ScenarioSession } from './scenario-session';

type Joined = { data: ReferenceData; error: null } | { data: null; error: Error };

/** Loads and validates the reference data; shows a loading state, or an error with Retry. */
export function DataGate() {
  const { t } = useI18n();
  const [embed] = useState(() => new URLSearchParams(window.location.search).get('embed'));
  const assumptions = useQuery(assumptionsQuery());
  const sources = useQuery(sourcesQuery());
  const joined = useMemo<Joined | null>(() => {
    if (!assumptions.data || !sources.data) return null;
    try {
      return { data: buildReferenceData(assumptions.data, sources.data), error: null };
    } catch (error) {
      return { data: null, error: error instanceof Error ? error : new Error(String(error)) };
    }
  }, [assumptions.data, sources.data]);

  const error = assumptions.error ?? sources.error ?? joined?.error ?? null;
  if (error) {
    const retry = () => {
      void assumptions.refetch();
      void sources.refetch();
    };
    return (
      <main className="gate gate--error" role="alert">
        <h1>{t('app.errorTitle')}</h1>
        <p className="gate__message">{error.message}</p>
        <button type="button" className="button button--primary" onClick={retry}>
          {t('app.retry')}
        </button>
      </main>
    );
  }
  if (!joined?.data) {
    return (
      <main className="gate" aria-busy="true">
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  }
  return <ScenarioSession data={joined.data} embed={embed} />;
}
