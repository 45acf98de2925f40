/**
 * Share-link migrations, oldest first. A link is read at the version it was written
 * in and migrated step by step to CURRENT_VERSION, so a link never changes meaning:
 * each migration says, in the new version's terms, what the old link meant.
 *
 * Rules for changing the link format (see docs/SHARE-LINKS.md):
 * - Never rename or reuse a parameter, never change its unit, in place.
 * - Adding an input, or changing a default, bumps CURRENT_VERSION with a migration
 *   that writes the value older links implied (the old default, or the value that
 *   reproduces the model before the input existed), so old links stay explicit.
 * - Pin every old link format in fixtures/urls/ with the scenario it must decode to.
 *
 * Migrations work on raw parameter text; validation and repair happen afterwards.
 */

/** The version written by encodeScenario. */
export const CURRENT_VERSION = 2;

export interface Migration {
  /** The version this migration reads. */
  readonly from: number;
  /** The version it writes (from + 1). */
  readonly to: number;
  readonly description: string;
  /** Returns the parameters rewritten for `to`. Must not throw on any input. */
  readonly migrate: (params: Map<string, string>) => Map<string, string>;
}

/**
 * The v0 prototype's defaults (a missing spend, share or load took these) and every
 * assumption it held fixed in code (the June 2026 reference data), by v1 parameter
 * name. A historical record: never edit these values.
 */
export const V0_DEFAULTS: Readonly<Record<string, string>> = {
  spend: '58',
  nvidia: '70',
  load: '50',
  mix_amd: '32',
  mix_asic: '53.3',
  mix_cloud: '10.7',
  mix_spec: '4',
  elec: '0.08',
  pue: '1.2',
  util: '40',
  intensity: '2.5',
  ops: '3',
  nre: '590',
  cadence: '2',
  capex_nv: '83',
  capex_amd: '68',
  capex_asic: '67',
  capex_cloud: '60',
  capex_spec: '2900',
  kw_nv: '1.8',
  kw_amd: '1.8',
  kw_asic: '1.5',
  kw_cloud: '1.5',
  kw_spec: '25',
  tps_nv: '13415',
  tps_amd: '12535',
  tps_asic: '12400',
  tps_cloud: '12400',
  tps_spec: '300000',
  life_nv: '5',
  life_amd: '5',
  life_asic: '5',
  life_cloud: '5',
  life_spec: '5',
  gm_nv: '71.1',
  gm_amd: '52',
  gm_asic: '55',
  gm_cloud: '35',
  gm_spec: '40',
  year_nv: '2025',
  year_amd: '2025',
  year_asic: '2027',
  year_cloud: '2025',
  year_spec: '2026',
};

/**
 * A migration step that writes `values` for every parameter a link does not carry:
 * the usual migration for inputs added in a version (each with the value that
 * reproduces what older links meant).
 */
export function pinMissing(values: Readonly<Record<string, string>>): Migration['migrate'] {
  return (params) => {
    const next = new Map(params);
    for (const [key, value] of Object.entries(values)) if (!next.has(key)) next.set(key, value);
    return next;
  };
}

/** The parameters a v0 (prototype) link could carry. */
const V0_KEYS = ['spend', 'share', 'load'] as const;

/** v0 `share`: a 0–1 fraction; values above 1 were hand-typed percentages and are kept as such. */
function shareToPercent(raw: string): string {
  const text = raw.trim();
  if (!/^(?:\d+\.?\d*|\.\d+)$/.test(text)) return raw;
  const value = Number(text);
  return value <= 1 ? String(Number((value * 100).toFixed(6))) : text;
}

const v0ToV1: Migration = {
  from: 0,
  to: 1,
  description:
    'Prototype links (no `v`) wrote spend, share and load only. `share` was the Nvidia share as a ' +
    '0–1 fraction: v1 calls it `nvidia`, in percent. Missing values and every other assumption ' +
    "came from the prototype's code; v1 writes them explicitly, so they are pinned to its values.",
  migrate: (params) => {
    // Not a prototype link (prototypes had no presets): nothing to pin.
    if (!V0_KEYS.some((key) => params.has(key)) || params.has('preset')) return params;
    const next = new Map(params);
    const share = next.get('share');
    next.delete('share');
    if (share !== undefined && !next.has('nvidia')) next.set('nvidia', shareToPercent(share));
    return pinMissing(V0_DEFAULTS)(next);
  },
};

/**
 * Inputs added in version 2 (the economic model: cost of capital, projection,
 * uncertainty, upstream supply, vendor's side), with the values v1 links implied.
 * A historical record: never edit these values.
 * - `wacc` is 0: v1's model annualized capex straight-line, with no cost of capital.
 * - `year` was view state in v1 with the same name and meaning; a v1 link that
 *   carried it keeps it (pinMissing writes only what is absent).
 * - Every other input did not affect anything a v1 link showed; it takes the
 *   June 2026 default it was introduced with.
 */
export const V1_ADDED: Readonly<Record<string, string>> = {
  year: '2028',
  start: '2026',
  horizon: '5',
  growth: '100',
  sgrowth: '30',
  wacc: '0',
  corr: '50',
  fcm: '50',
  vdp: '5',
  vds: '25',
  fdp: '2',
  fds: '50',
  hbm_skh: '62',
  hbm_sams: '17',
  nvrev: '193.7',
  nvgrowth: '30',
  content: '70',
  nvinvest: '100',
  invgw: '10',
  pp_nv: '40',
  pp_amd: '40',
  pp_asic: '40',
  pp_cloud: '30',
  pp_spec: '30',
  vol_nv: '30',
  vol_amd: '30',
  vol_asic: '20',
  vol_cloud: '25',
  vol_spec: '40',
  tsmc_nv: '100',
  tsmc_amd: '100',
  tsmc_asic: '100',
  tsmc_cloud: '100',
  tsmc_spec: '80',
  sams_nv: '0',
  sams_amd: '0',
  sams_asic: '0',
  sams_cloud: '0',
  sams_spec: '20',
};

const v1ToV2: Migration = {
  from: 1,
  to: 2,
  description:
    'Version 2 added the economic model’s inputs (cost of capital, projection, uncertainty, upstream ' +
    'supply, vendor’s side). v1 links are pinned to what they meant: no cost of capital, and the ' +
    'defaults of inputs that changed nothing a v1 link showed.',
  migrate: (params) => {
    // Only a scenario link (one carrying v1 inputs, as the v1 encoder always wrote them)
    // had a meaning to pin; a link with only a preset or view state takes today's defaults.
    // A link with a preset was never a prototype link, so v0→v1 left it alone; it is read as v1.
    const carriesInputs = Object.keys(V0_DEFAULTS).some((key) => params.has(key));
    return carriesInputs && !params.has('preset') ? pinMissing(V1_ADDED)(params) : params;
  },
};

/** All migrations, in order; MIGRATIONS[i] reads version i. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2];

/** Migrates parameters written at `version` up to CURRENT_VERSION. */
export function migrateParams(params: Map<string, string>, version: number): Map<string, string> {
  let current = params;
  for (const migration of MIGRATIONS) {
    if (migration.from >= version) current = migration.migrate(current);
  }
  return current;
}
