import { memo, useCallback, useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';
import { specFor } from '../../model/input-specs';
import { projectionParams } from '../../model/parameters';
import { useScenarioStore } from '../../store/context';
import { selectScenario, selectSetInput } from '../../store/selectors';
import { SliderRow } from '../../ui/slider-row';

/** The projection-year slider: its range is the projection window (start year … start + horizon). */
export const YearSelector = memo(function YearSelector() {
  const { t } = useI18n();
  const scenario = useScenarioStore(selectScenario);
  const setInput = useScenarioStore(selectSetInput);
  const { startYear, horizon, selectedYear } = projectionParams(scenario);
  const spec = useMemo(
    () => ({ ...specFor('year'), min: startYear, max: startYear + horizon }),
    [startYear, horizon],
  );
  const onChange = useCallback((year: number) => setInput('year', year), [setInput]);
  return (
    <div className="year-selector">
      <SliderRow
        label={t('year.label')}
        value={selectedYear}
        spec={spec}
        size="large"
        valueText={String(selectedYear)}
        hint={t('year.hint')}
        onChange={onChange}
      />
    </div>
  );
});
