import { useMemo, type ReactNode } from 'react';
import type { ReferenceData } from '../data/reference-data';
import { useI18n } from '../i18n/i18n';
import { useScenarioStoreApi } from '../store/context';
import { ExportMetaProvider, type ExportMeta } from '../ui/export/export-context';
import { scenarioCaption } from './scenario-caption';

/** Supplies chart exports with the scenario caption, the sources line and the link. */
export function ExportMetaBridge({ data, children }: { data: ReferenceData; children: ReactNode }) {
  const { t, locale } = useI18n();
  const store = useScenarioStoreApi();
  const meta = useMemo<ExportMeta>(() => {
    const sourceCount = Object.keys(data.sources).length;
    return {
      labels: {
        menu: t('export.menu'),
        png: t('export.png'),
        svg: t('export.svg'),
        csv: t('export.csv'),
        failed: t('export.failed'),
      },
      frame: (title) => {
        return {
          title,
          caption: scenarioCaption(t, locale, store.getState().scenario),
          sources: t('export.sources', { asOf: data.asOf, count: sourceCount }),
          link: window.location.href,
        };
      },
    };
  }, [data, locale, store, t]);
  return <ExportMetaProvider value={meta}>{children}</ExportMetaProvider>;
}
