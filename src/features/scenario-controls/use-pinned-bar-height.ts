import { useEffect, type RefObject } from 'react';

/**
 * Publishes the height of the headline bar pinned to the bottom of a phone's screen as
 * `--headline-bar-height`, so the page and focus scrolling leave exactly that much room
 * (the bar grows when its labels wrap: Italian, a narrow phone, larger text). Where the
 * block is not pinned (wider screens, the compare dialog) nothing is written.
 */
export function usePinnedBarHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const bar = ref.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      if (window.getComputedStyle(bar).position !== 'fixed') return;
      const height = Math.ceil(bar.getBoundingClientRect().height);
      document.documentElement.style.setProperty('--headline-bar-height', `${height}px`);
    };
    const observer = new ResizeObserver(update);
    observer.observe(bar);
    update();
    return () => observer.disconnect();
  }, [ref]);
}
