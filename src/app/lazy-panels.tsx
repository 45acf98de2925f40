/**
 * The chart panels (and Recharts with them) are a separate chunk, so the controls and
 * KPI tiles paint before the charts' code has arrived. The chunk is requested as soon as
 * this module loads, in parallel with the reference data; once it is in, panels render
 * without a Suspense round trip (tests preload it in their setup).
 */
import { lazy, Suspense, type ReactNode } from 'react';
import type * as RegistryModule from './panel-registry';

type Registry = typeof RegistryModule;

let registry: Registry | undefined;

/** Loads the panels' chunk; resolves with the panel registry. */
export function loadPanels(): Promise<Registry> {
  return import('./panel-registry').then((module) => (registry = module));
}

interface SlotProps {
  readonly render: (registry: Registry) => ReactNode;
}

const Loaded = lazy(async () => {
  const loaded = await loadPanels();
  return { default: ({ render }: SlotProps) => render(loaded) };
});

/** Renders `render(registry)` once the panels' chunk is in; `fallback` until then. */
export function WithPanels({ render, fallback = null }: SlotProps & { readonly fallback?: ReactNode }) {
  if (registry) return render(registry);
  return (
    <Suspense fallback={fallback}>
      <Loaded render={render} />
    </Suspense>
  );
}
