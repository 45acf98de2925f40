/**
 * View state carried by a share link beside the scenario: the preset it came from,
 * the language and the open panel. (The projection year is a scenario input, `year`;
 * the pinned baseline is decoded with the scenario, in codec.ts.)
 */
import type { Repair } from './repairs';
import { echo } from './repairs';

export const SHARE_LANGS = ['en', 'it'] as const;
export type ShareLang = (typeof SHARE_LANGS)[number];

/** Preset slugs and panel names: lowercase words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 64;

export interface LinkView {
  /** Slug of the preset the scenario came from (kept so the header can name it). */
  readonly preset: string | null;
  readonly lang: ShareLang | null;
  /** The open panel or dialog ("presets", "compare"…). */
  readonly panel: string | null;
}

export const EMPTY_VIEW: LinkView = { preset: null, lang: null, panel: null };

/** True for a well-formed slug ("loi-as-announced"). */
export function isSlug(text: string): boolean {
  return text.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(text);
}

function isLang(text: string): text is ShareLang {
  return (SHARE_LANGS as readonly string[]).includes(text);
}

/**
 * Reads lang and panel from `params` (deleting them), reporting bad values.
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

  return { lang, panel };
}

/** The view's parameters, in link order (preset is written by the codec, up front). */
export function viewParams(view: Partial<LinkView>): [string, string][] {
  const out: [string, string][] = [];
  if (view.lang) out.push(['lang', view.lang]);
  if (view.panel && isSlug(view.panel)) out.push(['panel', view.panel]);
  return out;
}
