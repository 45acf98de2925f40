import { memo, useCallback, useRef } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/en';
import {
  HEADLINE_INPUT_IDS,
  MIX_INPUT_IDS,
  specFor,
  type HeadlineInputId,
  type MixInputId,
} from '../../model/input-specs';
import { useScenarioStore } from '../../store/context';
import { selectInput, selectSetInput } from '../../store/selectors';
import { VENDOR_COLOURS } from '../../ui/palette';
import { SliderRow } from '../../ui/slider-row';
import { formatInputValue } from './format-input';
import { usePinnedBarHeight } from './use-pinned-bar-height';

type ControlId = HeadlineInputId | MixInputId;

const LABEL_KEYS: Record<ControlId, MessageKey> = {
  spend: 'input.spend',
  nvidiaShare: 'input.nvidiaShare',
  load: 'input.load',
  'mix.amd': 'input.mix.amd',
  'mix.custom': 'input.mix.custom',
  'mix.hyperscaler': 'input.mix.hyperscaler',
  'mix.specialist': 'input.mix.specialist',
};

const InputSlider = memo(function InputSlider({ id, size }: { id: ControlId; size: 'large' | 'small' }) {
  const { t, locale } = useI18n();
  const value = useScenarioStore(selectInput(id));
  const setInput = useScenarioStore(selectSetInput);
  const spec = specFor(id);
  const onChange = useCallback((next: number) => setInput(id, next), [id, setInput]);
  const label = t(LABEL_KEYS[id]);
  return (
    <SliderRow
      label={label}
      value={value}
      spec={spec}
      size={size}
      valueText={formatInputValue(t, locale, spec.unit, value)}
      accent={spec.vendor ? VENDOR_COLOURS[spec.vendor] : undefined}
      onChange={onChange}
    />
  );
});

/** The three headline sliders (pinned to the bottom of a phone's screen in the rail) and the alternatives mix. */
export function ScenarioControls() {
  const { t } = useI18n();
  const headline = useRef<HTMLDivElement>(null);
  usePinnedBarHeight(headline);
  return (
    <div className="controls">
      <h2 className="controls__title">{t('controls.title')}</h2>
      {/* On a phone this block is a bar pinned to the bottom of the screen (styles.css), so the
          sliders stay in reach beside any chart; it stays here in the DOM, keeping the focus order. */}
      <div className="controls__headline" ref={headline}>
        {HEADLINE_INPUT_IDS.map((id) => (
          <InputSlider key={id} id={id} size="large" />
        ))}
      </div>
      <fieldset className="controls__mix">
        <legend>{t('controls.mixTitle')}</legend>
        <p className="controls__hint">{t('controls.mixHint')}</p>
        {MIX_INPUT_IDS.map((id) => (
          <InputSlider key={id} id={id} size="small" />
        ))}
      </fieldset>
    </div>
  );
}
