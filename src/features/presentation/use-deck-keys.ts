import { useEffect, useRef } from 'react';
import { deckKeyAction, isTyping, type DeckKeyAction } from './keys';

/** Calls `onAction` for the deck's keys (arrows, PageUp/PageDown, Space, Home/End, Esc). */
export function useDeckKeys(onAction: (action: DeckKeyAction) => void): void {
  const ref = useRef(onAction);
  useEffect(() => {
    ref.current = onAction;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = deckKeyAction(event);
      if (!action) return;
      event.preventDefault();
      ref.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Calls `onPresent` when P is pressed outside a text field (and no dialog is open). */
export function usePresentShortcut(onPresent: () => void): void {
  const ref = useRef(onPresent);
  useEffect(() => {
    ref.current = onPresent;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'p' && event.key !== 'P') return;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target))
        return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      event.preventDefault();
      ref.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
