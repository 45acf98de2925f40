import { useEffect, useState, useSyncExternalStore, type CSSProperties } from 'react';
import type { ReferenceData } from '../data/reference-data';
import type { Deck } from '../data/decks';
import { KpiTiles } from '../features/kpis/kpi-tiles';
import { stepPanels } from '../features/presentation/deck';
import { stepAfter } from '../features/presentation/keys';
import { useDeckKeys } from '../features/presentation/use-deck-keys';
import { useStepTween, type StepScene } from '../features/presentation/use-step-tween';
import { AssumptionFocusProvider } from '../hooks/assumption-focus';
import { ReferenceDataProvider } from '../hooks/reference-data';
import { useScenario } from '../hooks/use-model';
import { useI18n } from '../i18n/i18n';
import { ExportMetaBridge } from './export-meta';
import { ChartScaleProvider, PRESENTATION_AXIS_SCALE, presentationChartScale } from '../ui/chart-height';
import { WithPanels } from './lazy-panels';
import { CHART_PANEL_IDS } from './chart-panel-ids';
import { scenarioCaption } from './scenario-caption';
import { shrinkToFit, type PresentationScale } from './presentation-fit';
import './presentation.css';

function subscribeToResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/**
 * The scales for this step: charts as large as the projector allows
 * (`presentationChartScale`), type at its projector size, both stepped down
 * (`shrinkToFit`) until the step fits the screen without scrolling. A new step, window
 * height or language starts again from the largest.
 */
function useFittedScale(step: number, locale: string): PresentationScale {
  const largest = presentationChartScale(useViewportHeight());
  const key = `${step} ${largest} ${locale}`;
  const start = { chart: largest, text: 1 };
  const [fit, setFit] = useState({ key, scale: start });
  if (fit.key !== key) setFit({ key, scale: start });
  useEffect(() => {
    // Measured once the step has painted, and whenever the page's size changes (panels
    // arriving, a summary growing mid-tween); each overflow steps one scale down.
    const check = () => {
      if (document.documentElement.scrollHeight <= window.innerHeight) return;
      setFit((f) => {
        const smaller = shrinkToFit(f.scale);
        return smaller ? { ...f, scale: smaller } : f;
      });
    };
    const frame = requestAnimationFrame(check);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(check) : null;
    observer?.observe(document.body);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
    };
  }, [fit]);
  return fit.key === key ? fit.scale : start;
}

/** The window's height in px, following resizes (a projector joining mid-talk). */
function useViewportHeight(): number {
  return useSyncExternalStore(subscribeToResize, () => window.innerHeight);
}

export interface PresentationViewProps {
  readonly data: ReferenceData;
  readonly deck: Deck;
  readonly index: number;
  readonly scene: StepScene | null;
  readonly go: (index: number) => void;
  readonly exit: () => void;
  readonly openPresenter: () => void;
}

/** The audience's view of one step: title and counter, the KPI tiles, two panels, caption and link. */
export function PresentationView({
  data,
  deck,
  index,
  scene,
  go,
  exit,
  openPresenter,
}: PresentationViewProps) {
  const { t, locale } = useI18n();
  const scenario = useScenario();
  const scale = useFittedScale(index, locale);
  const count = deck.steps.length;
  const step = deck.steps[index];
  useStepTween(scene);
  useDeckKeys((action) => (action === 'exit' ? exit() : go(stepAfter(action, index, count))));
  const panels = stepPanels(step, CHART_PANEL_IDS);
  const link = step ? new URL(`?${step.query}`, window.location.href).toString() : '';
  return (
    <ExportMetaBridge data={data}>
      <ReferenceDataProvider data={data}>
        <AssumptionFocusProvider>
          <div
            className="present"
            data-testid="presentation"
            style={{ '--present-text': scale.text } as CSSProperties}
          >
            <header className="present__top">
              <h1 className="present__title">{step?.title}</h1>
              <p className="present__counter" aria-live="polite" data-testid="present-counter">
                {t('present.counter', { index: index + 1, count })}
              </p>
              <div className="present__actions">
                <button type="button" className="button" onClick={() => go(index - 1)} disabled={index === 0}>
                  {t('present.previous')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => go(index + 1)}
                  disabled={index >= count - 1}
                >
                  {t('present.next')}
                </button>
                <button type="button" className="button" onClick={openPresenter}>
                  {t('present.openPresenter')}
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  onClick={exit}
                  title={t('present.exitHint')}
                >
                  {t('present.exit')}
                </button>
              </div>
            </header>
            <main className="present__body" aria-label={t('present.region')}>
              <h2 className="visually-hidden">{t('present.keyFigures')}</h2>
              <KpiTiles />
              <ChartScaleProvider scale={scale.chart} axisScale={PRESENTATION_AXIS_SCALE}>
                <WithPanels
                  fallback={<div className="present__panels" aria-busy="true" />}
                  render={({ panelById }) => (
                    <div className="present__panels">
                      {panels.map((id) => {
                        const panel = panelById(id);
                        return panel ? <panel.Component key={id} /> : null;
                      })}
                    </div>
                  )}
                />
              </ChartScaleProvider>
            </main>
            <footer className="present__footer">
              <p className="present__caption">{scenarioCaption(t, locale, scenario)}</p>
              <p className="present__link">
                {t('present.link')}: <a href={link}>{link}</a>
              </p>
            </footer>
          </div>
        </AssumptionFocusProvider>
      </ReferenceDataProvider>
    </ExportMetaBridge>
  );
}
