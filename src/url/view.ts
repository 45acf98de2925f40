/**
 * View state carried by a share link beside the scenario: the preset it came from,
 * the language, the open panel and the selected projection year. (The pinned
 * baseline is decoded with the scenario, in codec.ts.)
 */
import type { Repair } from './repairs';
import { echo } from './repairs';

export const SHARE_LANGS = ['en', 'it'] as const;
export type ShareLang = (typeof SHARE_LANGS)[number];

/** Earliest and latest selectable projection year. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** Preset slugs and panel names: lowercase words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 64;

export interface LinkView {
  /** Slug of the preset the scenario came from (kept so the header can name it). */
  readonly preset: string | null;
  readonly lang: ShareLang | null;
  /** The open panel or dialog ("presets", "compare"…). */
  readonly panel: string | null;
  /** The selected projection year, where the dashboard has one. */
  readonly year: number | null;
}

export const EMPTY_VIEW: LinkView = { preset: null, lang: null, panel: null, year: null };

/** True for a well-formed slug ("loi-as-announced"). */
export function isSlug(text: string): boolean {
  return text.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(text);
}

function isLang(text: string): text is ShareLang {
  return (SHARE_LANGS as readonly string[]).includes(text);
}

/**
 * Reads lang, panel and year from `params` (deleting them), reporting bad values.
 * `panels` lists the panels the app knows; without it any well-formed name is kept.
 */
export function readView(
  params: Map<string, string>,
  repairs: Repair[],
  panels?: readonly string[],
): Omit<LinkView, 'preset'> {
  const take = (key: string) => {
    const value = params.get(key);
    params.delete(key);
    return value;
  };
  const bad = (key: string, raw: string) => repairs.push({ kind: 'badView', key, raw: echo(raw) });

  const rawLang = take('lang');
  let lang: ShareLang | null = null;
  if (rawLang !== undefined) {
    const lower = rawLang.trim().toLowerCase();
    if (isLang(lower)) lang = lower;
    else bad('lang', rawLang);
  }

  const rawPanel = take('panel');
  let panel: string | null = null;
  if (rawPanel !== undefined && rawPanel !== '') {
    if (isSlug(rawPanel) && (!panels || panels.includes(rawPanel))) panel = rawPanel;
    else bad('panel', rawPanel);
  }

  const rawYear = take('year');
  let year: number | null = null;
  if (rawYear !== undefined) {
    const n = /^\d{4}$/.test(rawYear.trim()) ? Number(rawYear.trim()) : NaN;
    if (n >= YEAR_RANGE.min && n <= YEAR_RANGE.max) year = n;
    else bad('year', rawYear);
  }
  return { lang, panel, year };
}

/** The view's parameters, in link order (preset is written by the codec, up front). */
export function viewParams(view: Partial<LinkView>): [string, string][] {
  const out: [string, string][] = [];
  if (view.lang) out.push(['lang', view.lang]);
  if (view.panel && isSlug(view.panel)) out.push(['panel', view.panel]);
  if (view.year !== null && view.year !== undefined && Number.isInteger(view.year)) {
    out.push(['year', String(view.year)]);
  }
  return out;
}
