import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckFile, deckSchema } from './decks';

// Vitest runs from the project's root.
const DIR = join(process.cwd(), 'public', 'data');
const read = (file: string): unknown => JSON.parse(readFileSync(join(DIR, file), 'utf8'));
/** Each shipped deck's English file name, without `.json`. */
const names = readdirSync(join(DIR, 'decks'))
  .filter((f) => /^[a-z0-9-]+\.json$/.test(f))
  .map((f) => f.replace(/\.json$/, ''));

describe(deckFile, () => {
  it('is the plain file in English and a language-suffixed file otherwise', () => {
    expect(deckFile('stalled-deal', 'en')).toBe('decks/stalled-deal.json');
    expect(deckFile('stalled-deal', 'it')).toBe('decks/stalled-deal.it.json');
  });
});

describe.each(names)('the shipped deck %s', (name) => {
  const en = deckSchema.parse(read(deckFile(name, 'en')));
  const it_ = deckSchema.parse(read(deckFile(name, 'it')));

  it('exists in Italian with the same steps: the same scenarios and panels, in the same order', () => {
    expect(it_.steps.map((s) => [s.query, s.panels])).toEqual(en.steps.map((s) => [s.query, s.panels]));
  });

  it('has every title and note translated (none left in English)', () => {
    expect(it_.title).not.toBe(en.title);
    it_.steps.forEach((step, i) => {
      expect(step.title, `step ${i + 1}`).not.toBe(en.steps[i]?.title);
      expect(step.notes, `step ${i + 1}`).not.toBe(en.steps[i]?.notes);
    });
  });

  it('writes numbers the Italian way in its Italian text (decimal comma, no "$1.5B")', () => {
    const text = [it_.title, ...it_.steps.flatMap((s) => [s.title, s.notes])].join(' ');
    expect(text).not.toMatch(/\d\.\d+ ?(GW|Mld|Mln|USD)/);
    expect(text).not.toMatch(/\$\d/);
  });
});
