import { describe, expect, it } from 'vitest';
import defaultDeck from '../../../public/data/decks/stalled-deal.json';
import presets from '../../../public/data/presets.json';
import { deckSchema } from '../../data/decks';
import { toDeck } from './deck';
import { decodeDeckParam, deckLink, encodeDeckParam, MAX_DECK_LINK, parseDeckJson } from './deck-link';

const deck = toDeck([
  { title: 'Città e “virgolette”', notes: 'Ünïcode ✓', query: 'preset=loi-as-announced' },
  { title: 'Two', notes: '', query: 'v=2&spend=100', panels: ['budget'] },
]);

describe(encodeDeckParam, () => {
  it('round-trips a deck through a URL-safe parameter', () => {
    const param = encodeDeckParam(deck);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDeckParam(param)).toEqual({ ok: true, deck });
  });
});

describe(decodeDeckParam, () => {
  it.each(['', '!!!', 'e30', encodeDeckParam(deck).slice(0, 20), 'a'.repeat(20_000)])(
    'reports a bad parameter %#',
    (param) => {
      const read = decodeDeckParam(param);
      expect(read.ok).toBe(false);
    },
  );
});

describe(deckLink, () => {
  it('links to a step of the deck', () => {
    const href = deckLink('https://example.org/app/?spend=3#x', deck, 1)!;
    const url = new URL(href);
    expect(url.pathname).toBe('/app/');
    expect(url.searchParams.get('present')).toBe('1');
    expect(decodeDeckParam(url.searchParams.get('deck')!)).toEqual({ ok: true, deck });
  });
  it('refuses a link longer than the limit', () => {
    const long = toDeck(
      Array.from({ length: 20 }, (_, i) => ({ title: `Step ${i}`, notes: 'x'.repeat(400), query: '' })),
    );
    expect(deckLink('https://example.org/', long)).toBeNull();
    expect(MAX_DECK_LINK).toBe(6000);
  });
});

describe(parseDeckJson, () => {
  it.each([
    ['{', /JSON/],
    ['{"version":1,"steps":[]}', /at least one step/],
    ['{"version":2,"steps":[{"title":"a","query":""}]}', /version/],
    ['{"version":1,"steps":[{"title":"","query":""}]}', /title/],
  ])('explains what is wrong with %s', (text, error) => {
    const read = parseDeckJson(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(error);
  });
});

describe('the default deck', () => {
  const parsed = deckSchema.parse(defaultDeck);
  it('walks through the six presets in story order, with notes and panels', () => {
    expect(parsed.steps.map((s) => s.query)).toEqual([
      'preset=nvidia-dominant-2025',
      'preset=loi-as-announced',
      'preset=hedged-after-stall',
      'preset=multi-vendor-pipeline',
      'preset=custom-silicon-first-2028',
      'preset=inference-boom',
    ]);
    const slugs = presets.presets.map((p) => p.slug);
    for (const step of parsed.steps) {
      expect(slugs).toContain(step.query.replace('preset=', ''));
      const sentences = step.notes.split(/(?<=[.!?])\s+/).length;
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(sentences).toBeLessThanOrEqual(4);
      expect(step.panels?.length).toBe(2);
    }
  });
});
