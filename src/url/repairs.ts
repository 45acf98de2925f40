/**
 * What decoding a link had to repair, as data. The app turns each into a sentence
 * ("Nvidia share 250% is out of range; using 100%"); the codec stays free of wording.
 * Every echoed piece of the link is cut short and stripped of control characters
 * here, and is only ever rendered as text.
 */
import type { InputId } from '../model/input-specs';

/** Which scenario a repair applies to: the link's scenario or its pinned baseline. */
export type RepairTarget = 'scenario' | 'baseline';

export type Repair =
  | {
      readonly kind: 'outOfRange';
      readonly target: RepairTarget;
      readonly input: InputId;
      readonly raw: string;
      readonly used: number;
    }
  | {
      readonly kind: 'notANumber';
      readonly target: RepairTarget;
      readonly input: InputId;
      readonly raw: string;
      readonly used: number;
    }
  | {
      readonly kind: 'tooLong';
      readonly key: string;
      readonly length: number;
      /** Set when the over-long parameter was an input (it then took `used`). */
      readonly input?: InputId;
      readonly target?: RepairTarget;
      readonly used?: number;
    }
  | { readonly kind: 'missing'; readonly target: RepairTarget; readonly inputs: readonly InputId[] }
  | { readonly kind: 'mixRescaled'; readonly target: RepairTarget; readonly total: number }
  | { readonly kind: 'duplicate'; readonly key: string }
  | { readonly kind: 'unknownParam'; readonly key: string }
  | { readonly kind: 'unknownPreset'; readonly slug: string }
  | { readonly kind: 'badView'; readonly key: string; readonly raw: string }
  | { readonly kind: 'futureVersion'; readonly version: number }
  | { readonly kind: 'badVersion'; readonly raw: string }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'truncatedQuery' };

/** Longest piece of a link echoed back to the user. */
export const MAX_ECHO_LENGTH = 24;

/**
 * A piece of a link made safe to echo: control and bidi-override characters removed,
 * whitespace collapsed, cut to MAX_ECHO_LENGTH characters with an ellipsis.
 */
export function echo(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const collapsed = clean.replace(/\s+/g, ' ').trim();
  const chars = [...collapsed];
  return chars.length > MAX_ECHO_LENGTH ? `${chars.slice(0, MAX_ECHO_LENGTH - 1).join('')}…` : collapsed;
}
