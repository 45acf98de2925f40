/**
 * The audience and presenter windows talk over a BroadcastChannel. The audience window
 * owns the step: the presenter asks for one (`go`), the audience shows it and announces
 * its `state`; a presenter that opens late says `hello` and gets the state.
 */
import { z } from 'zod';
import { deckSchema, type Deck } from '../../data/decks';

export const CHANNEL_NAME = 'compute-scenarios:presentation';

const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello') }),
  z.object({ type: z.literal('go'), index: z.number().int().min(0) }),
  z.object({ type: z.literal('state'), index: z.number().int().min(0), deck: deckSchema }),
  z.object({ type: z.literal('ended') }),
]);
export type PresentationMessage = z.infer<typeof messageSchema>;
export type StateMessage = { type: 'state'; index: number; deck: Deck };

export interface PresentationChannel {
  post: (message: PresentationMessage) => void;
  close: () => void;
}

/** Opens the channel (a no-op one where BroadcastChannel is missing); bad messages are dropped. */
export function openChannel(onMessage: (message: PresentationMessage) => void): PresentationChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = messageSchema.safeParse(event.data);
    if (parsed.success) onMessage(parsed.data);
  };
  return {
    post: (message) => {
      try {
        channel.postMessage(message);
      } catch {
        // A closed channel (window closing) has no one left to tell.
      }
    },
    close: () => channel.close(),
  };
}
