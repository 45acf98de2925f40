import { useI18n } from '../../i18n/i18n';
import { useScenarioStore } from '../../store/context';
import { selectComparison, selectPinComparison, selectSetComparison } from '../../store/selectors';

/** Pins the current scenario as the baseline every chart and tile compares against, or clears it. */
export function PinBaselineButton() {
  const { t } = useI18n();
  const pinned = useScenarioStore(selectComparison) !== null;
  const pin = useScenarioStore(selectPinComparison);
  const set = useScenarioStore(selectSetComparison);
  return (
    <button
      type="button"
      className={`button${pinned ? ' button--pressed' : ''}`}
      title={pinned ? t('baseline.pinned') : undefined}
      onClick={() => (pinned ? set(null) : pin())}
    >
      {pinned ? t('baseline.clear') : t('baseline.pin')}
    </button>
  );
}
