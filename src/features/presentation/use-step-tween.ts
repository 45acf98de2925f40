/**
 * Shows a step's scenario in the store: animated from whatever is showing (every input
 * tweened over TWEEN_MS with requestAnimationFrame, no undo entries), or at once under
 * `prefers-reduced-motion: reduce`.
 */
import { useEffect } from 'react';
import type { Scenario } from '../../model/scenario';
import { useScenarioStoreApi } from '../../store/context';
import { runTween } from './tween';

export interface StepScene {
  readonly scenario: Scenario;
  readonly preset: string | null;
  readonly baseline: Scenario | null;
}

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

export function useStepTween(scene: StepScene | null): void {
  const store = useScenarioStoreApi();
  useEffect(() => {
    if (!scene) return;
    const finish = () => store.getState().showFrame(scene.scenario, { preset: scene.preset }, scene.baseline);
    if (prefersReducedMotion() || typeof window.requestAnimationFrame !== 'function') {
      finish();
      return;
    }
    return runTween(
      store.getState().scenario,
      scene.scenario,
      {
        now: () => performance.now(),
        requestFrame: (cb) => window.requestAnimationFrame(cb),
        cancelFrame: (handle) => window.cancelAnimationFrame(handle),
      },
      (frame) => store.getState().showFrame(frame),
      finish,
    );
  }, [scene, store]);
}
