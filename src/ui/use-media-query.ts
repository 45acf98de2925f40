import { useCallback, useSyncExternalStore } from 'react';

/** Phones in portrait: charts give their category labels less room (a 390 px screen). */
export const NARROW_SCREEN = '(max-width: 480px)';

/**
 * Whether a media query matches, kept current as the window resizes. Charts use it
 * where a size must be a number in JavaScript (a Recharts axis width), not CSS.
 * False where matchMedia is missing (jsdom, server).
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}
