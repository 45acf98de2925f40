import { presetText } from '../data/presets';
import { useI18n } from '../i18n/i18n';
import { sameScenario } from '../model/precision';
import { useScenarioStore } from '../store/context';
import { selectBaseline, selectDefaults, selectPresetSlug, selectScenario } from '../store/selectors';
import { useSession } from './session-context';

/** The active scenario's name: the preset's title while unchanged, else "Custom" (based on the preset). */
export function ScenarioName() {
  const { t, locale } = useI18n();
  const { presets } = useSession();
  const scenario = useScenarioStore(selectScenario);
  const resetTarget = useScenarioStore(selectBaseline);
  const defaults = useScenarioStore(selectDefaults);
  const slug = useScenarioStore(selectPresetSlug);
  const preset = presets.find((p) => p.slug === slug);
  let name: string;
  if (preset && sameScenario(scenario, resetTarget)) name = presetText(preset, locale).title;
  else if (preset) name = t('scenario.customFrom', { preset: presetText(preset, locale).title });
  else if (sameScenario(scenario, defaults)) name = t('scenario.defaults');
  else name = t('scenario.custom');
  return (
    <p className="topbar__scenario" data-testid="scenario-name" title={name}>
      <span className="visually-hidden">{t('scenario.nameLabel')}: </span>
      {name}
    </p>
  );
}
