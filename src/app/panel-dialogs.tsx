import { Suspense } from 'react';
import { preloadable } from './preloadable';
import { sameScenario } from '../model/precision';
import { useScenarioStore, useScenarioStoreApi } from '../store/context';
import { selectPanel, selectSetPanel } from '../store/selectors';
import { useSession } from './session-context';

// Dialogs open on demand: each is its own chunk, fetched once the page is idle.
const presets = preloadable(() => import('../features/presets/preset-gallery').then((m) => m.PresetGallery));
const saved = preloadable(() => import('../features/share/saved-dialog').then((m) => m.SavedDialog));
const compare = preloadable(() => import('./compare-view').then((m) => m.CompareView));
const PresetGallery = presets.Component;
const SavedDialog = saved.Component;
const CompareView = compare.Component;

/** Fetches the dialogs' chunks. */
export function preloadDialogs(): Promise<unknown> {
  return Promise.all([presets.preload(), saved.preload(), compare.preload()]);
}

/** The dialog a link or a header button opened (`panel=`): presets, saved scenarios or A/B. */
export function PanelDialogs() {
  return (
    <Suspense fallback={null}>
      <OpenDialog />
    </Suspense>
  );
}

function OpenDialog() {
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
