import { lazy, type ComponentType } from 'react';

/**
 * A lazily loaded component that renders directly (no Suspense round trip) once its
 * chunk is in. `preload()` fetches it ahead of need: on hover, at idle, or in tests.
 * Render it inside a <Suspense> boundary.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Preloadable(props: P) {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  }
  return { Component: Preloadable, preload };
}
