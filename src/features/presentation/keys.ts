/** Presentation keys: what a key press means, ignoring presses aimed at a form field. */

export type DeckKeyAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

const ACTIONS: Readonly<Record<string, DeckKeyAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

/** True when the event's target takes text (the key belongs to it, not to the deck). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range'].includes(target.type);
  }
  return false;
}

/** The deck action for a key press, or null. Space on a button presses the button. */
export function deckKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'target' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): DeckKeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return null;
  if (event.key === ' ' && event.target instanceof HTMLButtonElement) return null;
  return ACTIONS[event.key] ?? null;
}

/** The index after an action, within a deck of `count` steps. */
export function stepAfter(action: Exclude<DeckKeyAction, 'exit'>, index: number, count: number): number {
  const last = Math.max(0, count - 1);
  switch (action) {
    case 'next':
      return Math.min(last, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}
