/**
 * The A/B view: two independent stores from the factory, side by side, each with its
 * own sliders and KPI tiles, and the differences between them. The dashboard's own
 * scenario is untouched until one side is opened in it.
 */
import { useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { presetText } from '../data/presets';
import { Differences } from '../features/compare/differences';
import { KpiTiles } from '../features/kpis/kpi-tiles';
import { ScenarioControls } from '../features/scenario-controls/scenario-controls';
import { useI18n } from '../i18n/i18n';
import { ScenarioStoreProvider, useScenarioStoreApi } from '../store/context';
import { createScenarioStore, type ScenarioStore } from '../store/scenario-store';
import { selectScenario } from '../store/selectors';
import { Dialog } from '../ui/dialog';
import { useSession } from './session-context';

interface SideProps {
  readonly side: 'A' | 'B';
  readonly store: ScenarioStore;
  readonly onOpen: () => void;
  /** Where the side started from: a line of text, or B's chooser. */
  readonly source: ReactNode;
}

function Side({ side, store, onOpen, source }: SideProps) {
  const { t } = useI18n();
  const label = t('compare.side', { side });
  return (
    <section className="compare__side" aria-label={label}>
      <header className="compare__head">
        <h3 className="compare__title">{label}</h3>
        <button type="button" className="button" onClick={onOpen}>
          {t('compare.open', { side })}
        </button>
      </header>
      {source}
      <ScenarioStoreProvider store={store}>
        <KpiTiles />
        <ScenarioControls />
      </ScenarioStoreProvider>
    </section>
  );
}

export function CompareView({ onClose }: { onClose: () => void }) {
  const { t, locale } = useI18n();
  const { presets } = useSession();
  const main = useScenarioStoreApi();
  const [initial] = useState(() => main.getState());
  const [storeA] = useState(() =>
    createScenarioStore({
      scenario: initial.scenario,
      baseline: initial.baseline,
      defaults: initial.defaults,
      view: { preset: initial.view.preset },
    }),
  );
  const [storeB] = useState(() =>
    createScenarioStore({ scenario: initial.comparison ?? initial.defaults, defaults: initial.defaults }),
  );
  const [source, setSource] = useState(initial.comparison ? 'baseline' : 'defaults');
  const a = useStore(storeA, selectScenario);
  const b = useStore(storeB, selectScenario);

  const chooseB = (value: string) => {
    setSource(value);
    const preset = presets.find((p) => p.slug === value);
    if (preset) storeB.getState().loadScenario(preset.values, preset.slug);
    else if (value === 'baseline' && initial.comparison)
      storeB.getState().loadScenario(initial.comparison, null);
    else storeB.getState().loadScenario(initial.defaults, null);
  };
  const open = (store: ScenarioStore) => {
    const { scenario, view } = store.getState();
    onClose();
    main.getState().loadScenario(scenario, view.preset);
  };
  const chooser = (
    <label className="compare__source">
      <span>{t('compare.bSource')}</span>
      <select className="select" value={source} onChange={(e) => chooseB(e.currentTarget.value)}>
        {initial.comparison ? <option value="baseline">{t('compare.fromBaseline')}</option> : null}
        <option value="defaults">{t('compare.fromDefaults')}</option>
        {presets.map((p) => (
          <option key={p.slug} value={p.slug}>
            {presetText(p, locale).title}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <Dialog
      title={t('compare.title')}
      description={t('compare.intro')}
      onClose={onClose}
      closeLabel={t('dialog.close')}
      size="full"
      testId="compare-view"
    >
      <Differences a={a} b={b} labelA="A" labelB="B" />
      <div className="compare">
        <Side
          side="A"
          store={storeA}
          onOpen={() => open(storeA)}
          source={<p className="compare__source">{t('compare.aSource')}</p>}
        />
        <Side side="B" store={storeB} onOpen={() => open(storeB)} source={chooser} />
      </div>
    </Dialog>
  );
}
