/**
 * Decks: a presentation is an ordered list of steps, and a step is a scenario query
 * string (the share link's format) with a title, speaker notes and the panels to show
 * (OWID's slideshow idea: "a slide is just a query string"). Validated with zod
 * wherever a deck comes from outside: the shipped default deck, an imported file,
 * a `?deck=` link, localStorage.
 */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchValidated, referenceDataKeys } from './queries';

export const DECK_FORMAT = 'compute-scenarios/deck';
/** Limits that keep a hostile file or link from freezing the page. */
export const MAX_STEPS = 60;
const MAX_QUERY = 6000;

export const deckStepSchema = z.object({
  title: z.string().trim().min(1, 'a step needs a title').max(140),
  notes: z.string().max(4000).default(''),
  query: z.string().max(MAX_QUERY),
  panels: z
    .array(z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be a panel id'))
    .max(4)
    .optional(),
});

export const deckSchema = z.object({
  format: z.literal(DECK_FORMAT).optional(),
  version: z.literal(1),
  title: z.string().max(140).optional(),
  steps: z.array(deckStepSchema).min(1, 'a deck needs at least one step').max(MAX_STEPS),
});

export type DeckStep = z.infer<typeof deckStepSchema>;
export type Deck = z.infer<typeof deckSchema>;

/**
 * The file of a deck shipped with the app in `locale` (a language code, as the i18n layer
 * has it): public/data/decks/<name>.json in
 * English, <name>.<locale>.json in another language (the same steps, queries and panels,
 * its titles and notes translated; a test keeps the two in step).
 */
export function deckFile(name: string, locale: string): string {
  return locale === 'en' ? `decks/${name}.json` : `decks/${name}.${locale}.json`;
}

/** The deck shipped with the app, in `locale`, validated. */
export const deckQuery = (name = 'stalled-deal', locale = 'en') =>
  queryOptions({
    queryKey: [...referenceDataKeys.file('decks'), name, locale] as const,
    queryFn: ({ signal }) => fetchValidated(deckFile(name, locale), deckSchema, signal),
    staleTime: Infinity,
  });
