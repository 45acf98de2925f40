/** The scenario in words, for export captions and the printed page. */
import { formatInputValue } from '../features/scenario-controls/format-input';
import type { Locale } from '../i18n/format';
import type { Translate } from '../i18n/i18n';
import { HEADLINE_INPUT_IDS, MIX_INPUT_IDS, specFor } from '../model/input-specs';
import type { Scenario } from '../model/scenario';

/** "Scenario: Compute spend $58B per year · Nvidia share 70% · … · Alternatives mix: AMD GPUs 32%, …" */
export function scenarioCaption(t: Translate, locale: Locale, scenario: Scenario): string {
  const headline = HEADLINE_INPUT_IDS.map(
    (id) => `${t(`input.${id}`)} ${formatInputValue(t, locale, specFor(id).unit, scenario[id])}`,
  );
  const mix = MIX_INPUT_IDS.map(
    (id) => `${t(`input.${id}`)} ${formatInputValue(t, locale, 'percent', Math.round(scenario[id]))}`,
  );
  return `${t('export.scenario')}: ${headline.join(' · ')} · ${t('controls.mixTitle')}: ${mix.join(', ')}`;
}
