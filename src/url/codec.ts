/**
 * The share link: a public contract. `?v=1&spend=58&nvidia=70&load=50&…` carries every
 * input explicitly (so changing a default never changes an old link), the view state
 * and optionally a pinned baseline. Decoding never throws: whatever the link holds,
 * it yields an in-range scenario plus a list of what it had to repair.
 */
import { INPUT_SPECS, type InputId } from '../model/input-specs';
import { canonicalizeScenario } from '../model/precision';
import { sanitizeScenario, type Scenario } from '../model/scenario';
import { readInputs } from './inputs';
import { CURRENT_VERSION, migrateParams } from './migrations';
import { formatUrlNumber } from './numbers';
import { formatQuery, parseQuery } from './query';
import { echo, type Repair } from './repairs';
import { EMPTY_VIEW, isSlug, readView, viewParams, type LinkView } from './view';

/** View state in a link; `baseline` is the pinned comparison scenario, if any. */
export interface ShareView extends LinkView {
  readonly baseline: Scenario | null;
}

/** Explicit values a preset sets, by input id (the rest take the defaults). */
export type PresetValues = Partial<Record<InputId, number>>;

export interface DecodeOptions {
  /** The default scenario (sourced defaults). */
  readonly defaults: Scenario;
  /** Known presets by slug, for `?preset=` links. */
  readonly presets?: ReadonlyMap<string, PresetValues>;
  /** Panels the app can open; other `panel=` values are repaired. */
  readonly panels?: readonly string[];
}

export interface DecodedLink {
  readonly scenario: Scenario;
  readonly view: ShareView;
  readonly repairs: Repair[];
  /** True when the link set any input or a known preset (else: the default scenario). */
  readonly specified: boolean;
}

export const BASELINE_PREFIX = 'base.';
/**
 * Parameters decoding ignores without comment: tracking tags that mail and chat tools
 * append, and what the app reads itself: `embed` (one panel, for an iframe) and the
 * presentation's `present` (step index), `deck` and `presenter`.
 */
const IGNORED =
  /^(?:embed|present|presenter|deck|utm_[a-z_]*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hs[a-z]*)$/i;
const KNOWN_KEYS = new Set(['v', 'preset', 'lang', 'panel', 'base']);

/** Encodes a scenario and view as a query string (no leading `?`), at canonical precision. */
export function encodeScenario(scenario: Scenario, view: Partial<ShareView> = EMPTY_VIEW): string {
  const s = canonicalizeScenario(scenario);
  const params: [string, string][] = [['v', String(CURRENT_VERSION)]];
  if (view.preset && isSlug(view.preset)) params.push(['preset', view.preset]);
  for (const spec of INPUT_SPECS) params.push([spec.urlKey, formatUrlNumber(spec, s[spec.id])]);
  params.push(...viewParams(view));
  if (view.baseline) {
    const b = canonicalizeScenario(view.baseline);
    params.push(['base', '1']);
    for (const spec of INPUT_SPECS) {
      if (b[spec.id] !== s[spec.id])
        params.push([BASELINE_PREFIX + spec.urlKey, formatUrlNumber(spec, b[spec.id])]);
    }
  }
  return formatQuery(params);
}

function readVersion(raw: string | undefined, repairs: Repair[]): number {
  if (raw === undefined) return 0;
  const text = raw.trim();
  if (!/^\d{1,6}$/.test(text)) {
    repairs.push({ kind: 'badVersion', raw: echo(raw) });
    return CURRENT_VERSION;
  }
  const version = Number(text);
  if (version > CURRENT_VERSION) {
    repairs.push({ kind: 'futureVersion', version });
    return CURRENT_VERSION;
  }
  return version;
}

function isKnownKey(key: string): boolean {
  if (KNOWN_KEYS.has(key)) return true;
  const bare = key.startsWith(BASELINE_PREFIX) ? key.slice(BASELINE_PREFIX.length) : key;
  return INPUT_SPECS.some((spec) => spec.urlKey === bare);
}

/** Decodes a query string (with or without `?`) into a scenario, view and repairs. Never throws. */
export function decodeScenario(search: string, options: DecodeOptions): DecodedLink {
  const repairs: Repair[] = [];
  const parsed = parseQuery(search);
  if (parsed.truncated) repairs.push({ kind: 'truncatedQuery' });
  if (parsed.malformed) repairs.push({ kind: 'malformed' });
  for (const key of parsed.duplicates)
    if (isKnownKey(key)) repairs.push({ kind: 'duplicate', key: echo(key) });

  const raw = new Map(parsed.params);
  const versionText = raw.get('v');
  raw.delete('v');
  const params = migrateParams(raw, readVersion(versionText, repairs));

  const defaults = canonicalizeScenario(options.defaults);
  const slug = params.get('preset');
  params.delete('preset');
  let preset: string | null = null;
  let fallback = defaults;
  if (slug !== undefined && slug !== '') {
    const values = isSlug(slug) ? options.presets?.get(slug) : undefined;
    if (values) {
      preset = slug;
      fallback = canonicalizeScenario(sanitizeScenario(values, defaults));
    } else repairs.push({ kind: 'unknownPreset', slug: echo(slug) });
  }

  const main = readInputs(params, '', fallback, 'scenario', repairs);
  // A link that names a preset (even an unknown one) leaves the rest to it: nothing is "missing".
  const namesPreset = slug !== undefined && slug !== '';
  if (main.missing.length > 0 && !namesPreset && (main.present > 0 || versionText !== undefined)) {
    repairs.push({ kind: 'missing', target: 'scenario', inputs: main.missing });
  }

  const baseFlag = params.get('base');
  params.delete('base');
  const hasBaseKeys = [...params.keys()].some((key) => key.startsWith(BASELINE_PREFIX));
  let baseline: Scenario | null = null;
  if (baseFlag !== undefined && !['1', '0', 'true', ''].includes(baseFlag.trim())) {
    repairs.push({ kind: 'badView', key: 'base', raw: echo(baseFlag) });
  }
  if (hasBaseKeys || (baseFlag !== undefined && baseFlag.trim() !== '0')) {
    baseline = readInputs(params, BASELINE_PREFIX, main.scenario, 'baseline', repairs).scenario;
  }

  const view = readView(params, repairs, options.panels);
  for (const key of params.keys()) {
    if (!IGNORED.test(key)) repairs.push({ kind: 'unknownParam', key: echo(key) });
  }
  return {
    scenario: main.scenario,
    view: { ...view, preset, baseline },
    repairs,
    specified: preset !== null || main.present > 0,
  };
}
