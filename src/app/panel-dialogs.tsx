import { PresetGallery } from '../features/presets/preset-gallery';
import { SavedDialog } from '../features/share/saved-dialog';
import { sameScenario } from '../model/precision';
import { useScenarioStore, useScenarioStoreApi } from '../store/context';
import { selectPanel, selectSetPanel } from '../store/selectors';
import { CompareView } from './compare-view';
import { useSession } from './session-context';

/** The dialog a link or a header button opened (`panel=`): presets, saved scenarios or A/B. */
export function PanelDialogs() {
  const panel = useScenarioStore(selectPanel);
  const setPanel = useScenarioStore(selectSetPanel);
  const store = useScenarioStoreApi();
  const session = useSession();
  const close = () => setPanel(null);
  if (panel === 'presets') {
    const { scenario, baseline, view } = store.getState();
    return (
      <PresetGallery
        presets={session.presets}
        sources={session.sources}
        failed={session.presetsFailed || session.presets.length === 0}
        activeSlug={view.preset && sameScenario(scenario, baseline) ? view.preset : null}
        onClose={close}
        onOpen={(preset) => {
          close(); // first, so the new history entry does not reopen the gallery
          store.getState().loadScenario(preset.values, preset.slug);
        }}
      />
    );
  }
  if (panel === 'saved') {
    return (
      <SavedDialog
        decode={session.decode}
        onClose={close}
        onImported={(_name, repairs) =>
          session.setNotice(repairs.length > 0 ? { source: 'import', repairs } : null)
        }
      />
    );
  }
  if (panel === 'compare') return <CompareView onClose={close} />;
  return null;
}
