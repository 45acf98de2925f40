import { useMemo, type ReactNode } from 'react';
import type { ReferenceData } from '../data/reference-data';
import { formatInputValue } from '../features/scenario-controls/format-input';
import { useI18n } from '../i18n/i18n';
import { HEADLINE_INPUT_IDS, MIX_INPUT_IDS, specFor } from '../model/input-specs';
import { useScenarioStoreApi } from '../store/context';
import { ExportMetaProvider, type ExportMeta } from '../ui/export/export-context';

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
        const scenario = store.getState().scenario;
        const headline = HEADLINE_INPUT_IDS.map(
          (id) => `${t(`input.${id}`)} ${formatInputValue(t, locale, specFor(id).unit, scenario[id])}`,
        );
        const mix = MIX_INPUT_IDS.map(
          (id) => `${t(`input.${id}`)} ${formatInputValue(t, locale, 'percent', Math.round(scenario[id]))}`,
        );
        return {
          title,
          caption: `${t('export.scenario')}: ${headline.join(' · ')} · ${t('controls.mixTitle')}: ${mix.join(', ')}`,
          sources: t('export.sources', { asOf: data.asOf, count: sourceCount }),
          link: window.location.href,
        };
      },
    };
  }, [data, locale, store, t]);
  return <ExportMetaProvider value={meta}>{children}</ExportMetaProvider>;
}
