import { PinBaselineButton } from '../features/compare/pin-baseline';
import { DeckControls } from '../features/presentation/deck-controls';
import { ShareControls } from '../features/share/share-menu';
import { useI18n } from '../i18n/i18n';
import { useScenarioStore } from '../store/context';
import { selectSetPanel } from '../store/selectors';
import { ScenarioName } from './scenario-name';
import { useSession, type PanelId } from './session-context';
import { ViewControls } from './view-controls';

/** Product name, the active scenario's name, and the actions: presets, saved, baseline, compare, share. */
export function AppHeader({ onPresent }: { onPresent?: () => void }) {
  const { t } = useI18n();
  const setPanel = useScenarioStore(selectSetPanel);
  const { decode, setNotice } = useSession();
  const opener = (panel: PanelId, label: string) => (
    <button type="button" className="button" aria-haspopup="dialog" onClick={() => setPanel(panel)}>
      {label}
    </button>
  );
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <h1 className="topbar__title">{t('app.title')}</h1>
        <p className="topbar__subtitle">{t('app.subtitle')}</p>
      </div>
      <ScenarioName />
      <div className="topbar__actions" role="group" aria-label={t('actions.toolbar')}>
        {opener('presets', t('actions.presets'))}
        {opener('saved', t('actions.saved'))}
        <PinBaselineButton />
        {opener('compare', t('actions.compare'))}
        <ShareControls
          decode={decode}
          onOpenSaved={() => setPanel('saved')}
          onImported={(_name, repairs) =>
            setNotice(repairs.length > 0 ? { source: 'import', repairs } : null)
          }
        />
        {onPresent ? <DeckControls onPresent={onPresent} /> : null}
        <ViewControls />
      </div>
    </header>
  );
}
