/**
 * The input-spec registry: one line per scenario input. Sliders, store defaults,
 * clamping, the share-link codec and the docs all read this list, so adding an
 * input is one line here plus its sourced default in `public/data/assumptions.json`.
 *
 * Values are held in the units the user sees (percent 0–100, USD billions), and the
 * model converts. `min`/`max` are the slider limits and the validity limits for
 * clamping; the sourced plausible range (low/high) for sensitivity lives in the data.
 */
import { recordOf } from './units';
import { VENDOR_IDS, type VendorId } from './vendors';

export type InputUnit =
  | 'usdBillionsPerYear'
  | 'percent'
  | 'trillionTokensPerDay'
  | 'usdThousands'
  | 'kilowatts'
  | 'tokensPerSecond'
  | 'years'
  | 'calendarYear'
  | 'usdPerKwh'
  | 'ratio'
  | 'multiplier'
  | 'usdMillions'
  | 'usdBillions'
  | 'percentPerYear';

export type InputGroup =
  | 'headline'
  | 'mix'
  | 'vendor'
  | 'energy'
  | 'workload'
  | 'customSilicon'
  | 'projection'
  | 'uncertainty'
  | 'vendorSide';

export interface InputSpec<Id extends string = string> {
  readonly id: Id;
  readonly urlKey: string;
  readonly group: InputGroup;
  readonly unit: InputUnit;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly scale: 'linear' | 'log';
  /** The vendor class this input describes, when it is a per-vendor assumption. */
  readonly vendor?: VendorId;
}

const VENDOR_URL: Record<VendorId, string> = {
  nvidia: 'nv',
  amd: 'amd',
  custom: 'asic',
  hyperscaler: 'cloud',
  specialist: 'spec',
};

export type PerVendorField =
  | 'capex'
  | 'power'
  | 'throughput'
  | 'life'
  | 'margin'
  | 'volumeYear'
  | 'pricePerf'
  | 'volatility'
  | 'tsmc'
  | 'samsung';
export type PerVendorInputId = `${PerVendorField}.${VendorId}`;

function perVendorSpecs(
  field: PerVendorField,
  urlPrefix: string,
  shape: Omit<InputSpec, 'id' | 'urlKey' | 'group' | 'vendor'>,
  overrides: Partial<Record<VendorId, Partial<InputSpec>>> = {},
  group: InputGroup = 'vendor',
): InputSpec<PerVendorInputId>[] {
  return VENDOR_IDS.map((vendor) => ({
    ...shape,
    ...overrides[vendor],
    id: `${field}.${vendor}` as const,
    urlKey: `${urlPrefix}_${VENDOR_URL[vendor]}`,
    group,
    vendor,
  }));
}

const HEADLINE_SPECS = [
  {
    id: 'spend',
    urlKey: 'spend',
    group: 'headline',
    unit: 'usdBillionsPerYear',
    min: 1,
    max: 500,
    step: 1,
    scale: 'log',
  },
  {
    id: 'nvidiaShare',
    urlKey: 'nvidia',
    group: 'headline',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    scale: 'linear',
  },
  {
    id: 'load',
    urlKey: 'load',
    group: 'headline',
    unit: 'trillionTokensPerDay',
    min: 0.1,
    max: 10000,
    step: 0.1,
    scale: 'log',
  },
] as const satisfies readonly InputSpec[];

const MIX_SPECS = [
  {
    id: 'mix.amd',
    urlKey: 'mix_amd',
    group: 'mix',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    scale: 'linear',
    vendor: 'amd',
  },
  {
    id: 'mix.custom',
    urlKey: 'mix_asic',
    group: 'mix',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    scale: 'linear',
    vendor: 'custom',
  },
  {
    id: 'mix.hyperscaler',
    urlKey: 'mix_cloud',
    group: 'mix',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    scale: 'linear',
    vendor: 'hyperscaler',
  },
  {
    id: 'mix.specialist',
    urlKey: 'mix_spec',
    group: 'mix',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    scale: 'linear',
    vendor: 'specialist',
  },
] as const satisfies readonly InputSpec[];

const ENVIRONMENT_SPECS = [
  {
    id: 'electricityPrice',
    urlKey: 'elec',
    group: 'energy',
    unit: 'usdPerKwh',
    min: 0.02,
    max: 0.3,
    step: 0.005,
    scale: 'linear',
  },
  {
    id: 'pue',
    urlKey: 'pue',
    group: 'energy',
    unit: 'ratio',
    min: 1.0,
    max: 2.0,
    step: 0.01,
    scale: 'linear',
  },
  {
    id: 'utilization',
    urlKey: 'util',
    group: 'workload',
    unit: 'percent',
    min: 5,
    max: 95,
    step: 1,
    scale: 'linear',
  },
  {
    id: 'workloadIntensity',
    urlKey: 'intensity',
    group: 'workload',
    unit: 'multiplier',
    min: 0.1,
    max: 50,
    step: 0.1,
    scale: 'log',
  },
  {
    id: 'operationsPct',
    urlKey: 'ops',
    group: 'workload',
    unit: 'percentPerYear',
    min: 0,
    max: 15,
    step: 0.5,
    scale: 'linear',
  },
  {
    id: 'customNre',
    urlKey: 'nre',
    group: 'customSilicon',
    unit: 'usdMillions',
    min: 50,
    max: 3000,
    step: 10,
    scale: 'log',
  },
  {
    id: 'customCadence',
    urlKey: 'cadence',
    group: 'customSilicon',
    unit: 'years',
    min: 1,
    max: 5,
    step: 0.5,
    scale: 'linear',
  },
] as const satisfies readonly InputSpec[];

const VENDOR_SPECS = [
  ...perVendorSpecs(
    'capex',
    'capex',
    { unit: 'usdThousands', min: 10, max: 200, step: 1, scale: 'log' },
    { specialist: { min: 500, max: 10000, step: 10 } },
  ),
  ...perVendorSpecs(
    'power',
    'kw',
    { unit: 'kilowatts', min: 0.3, max: 5, step: 0.05, scale: 'linear' },
    { specialist: { min: 5, max: 60, step: 0.5 } },
  ),
  ...perVendorSpecs(
    'throughput',
    'tps',
    { unit: 'tokensPerSecond', min: 500, max: 60000, step: 10, scale: 'log' },
    { specialist: { min: 10000, max: 3000000, step: 1000 } },
  ),
  ...perVendorSpecs('life', 'life', { unit: 'years', min: 1, max: 10, step: 0.5, scale: 'linear' }),
  ...perVendorSpecs('margin', 'gm', { unit: 'percent', min: 0, max: 90, step: 1, scale: 'linear' }),
  ...perVendorSpecs('volumeYear', 'year', {
    unit: 'calendarYear',
    min: 2022,
    max: 2035,
    step: 1,
    scale: 'linear',
  }),
];

// ---- Model inputs: projection, uncertainty, upstream supply, vendor's side ----

/** A compact spec constructor for the model's secondary inputs (keeps the literal id type). */
function input<const Id extends string>(
  id: Id,
  urlKey: string,
  group: InputGroup,
  unit: InputUnit,
  [min, max, step]: readonly [number, number, number],
  scale: 'linear' | 'log' = 'linear',
): InputSpec<Id> {
  return { id, urlKey, group, unit, min, max, step, scale };
}

const MODEL_SPECS = [
  // The year the projection panels show; the model clamps it into [startYear, startYear + horizon].
  input('year', 'year', 'projection', 'calendarYear', [2024, 2040, 1]),
  input('startYear', 'start', 'projection', 'calendarYear', [2024, 2030, 1]),
  input('horizon', 'horizon', 'projection', 'years', [1, 10, 1]),
  input('demandGrowth', 'growth', 'projection', 'percentPerYear', [0, 300, 5]),
  input('spendGrowth', 'sgrowth', 'projection', 'percentPerYear', [0, 200, 5]),
  input('costOfCapital', 'wacc', 'workload', 'percentPerYear', [0, 20, 0.5]),
  input('correlation', 'corr', 'uncertainty', 'percent', [0, 100, 5]),
  input('foundryCommonMode', 'fcm', 'uncertainty', 'percent', [0, 100, 5]),
  input('vendorDisruptionProb', 'vdp', 'uncertainty', 'percentPerYear', [0, 50, 1]),
  input('vendorDisruptionSize', 'vds', 'uncertainty', 'percent', [0, 100, 5]),
  input('foundryDisruptionProb', 'fdp', 'uncertainty', 'percentPerYear', [0, 20, 0.5]),
  input('foundryDisruptionSize', 'fds', 'uncertainty', 'percent', [0, 100, 5]),
  input('hbm.skhynix', 'hbm_skh', 'uncertainty', 'percent', [0, 100, 1]),
  input('hbm.samsung', 'hbm_sams', 'uncertainty', 'percent', [0, 100, 1]),
  input('nvidiaDcRevenue', 'nvrev', 'vendorSide', 'usdBillions', [50, 1000, 1], 'log'),
  input('nvidiaDcGrowth', 'nvgrowth', 'vendorSide', 'percentPerYear', [-20, 100, 1]),
  input('vendorContent', 'content', 'vendorSide', 'percent', [20, 100, 1]),
  input('nvidiaInvestment', 'nvinvest', 'vendorSide', 'usdBillions', [0, 200, 5]),
  input('investmentPerGw', 'invgw', 'vendorSide', 'usdBillions', [0, 20, 0.5]),
] as const;

const MODEL_VENDOR_SPECS = [
  ...perVendorSpecs(
    'pricePerf',
    'pp',
    { unit: 'percentPerYear', min: 0, max: 150, step: 5, scale: 'linear' },
    {},
    'projection',
  ),
  ...perVendorSpecs(
    'volatility',
    'vol',
    { unit: 'percent', min: 0, max: 100, step: 1, scale: 'linear' },
    {},
    'uncertainty',
  ),
  ...perVendorSpecs(
    'tsmc',
    'tsmc',
    { unit: 'percent', min: 0, max: 100, step: 5, scale: 'linear' },
    {},
    'uncertainty',
  ),
  ...perVendorSpecs(
    'samsung',
    'sams',
    { unit: 'percent', min: 0, max: 100, step: 5, scale: 'linear' },
    {},
    'uncertainty',
  ),
];

type HeadlineId = (typeof HEADLINE_SPECS)[number]['id'];
type MixId = (typeof MIX_SPECS)[number]['id'];
type EnvironmentId = (typeof ENVIRONMENT_SPECS)[number]['id'];
type ModelId = (typeof MODEL_SPECS)[number]['id'];

/** Every scenario input's id. */
export type InputId = HeadlineId | MixId | EnvironmentId | ModelId | PerVendorInputId;
export type HeadlineInputId = HeadlineId;
export type MixInputId = MixId;

/** The registry, in display order. */
export const INPUT_SPECS: readonly InputSpec<InputId>[] = [
  ...HEADLINE_SPECS,
  ...MIX_SPECS,
  ...ENVIRONMENT_SPECS,
  ...VENDOR_SPECS,
  ...MODEL_SPECS,
  ...MODEL_VENDOR_SPECS,
];

export const INPUT_IDS: readonly InputId[] = INPUT_SPECS.map((spec) => spec.id);

const SPEC_BY_ID = new Map<string, InputSpec<InputId>>(INPUT_SPECS.map((spec) => [spec.id, spec]));
const SPEC_BY_URL_KEY = new Map<string, InputSpec<InputId>>(INPUT_SPECS.map((spec) => [spec.urlKey, spec]));

/** The spec for an input id. */
export function specFor(id: InputId): InputSpec<InputId> {
  const spec = SPEC_BY_ID.get(id);
  if (!spec) throw new Error(`Unknown input id: ${id}`);
  return spec;
}

/** The spec whose share-link parameter is `urlKey`, if any. */
export function specForUrlKey(urlKey: string): InputSpec<InputId> | undefined {
  return SPEC_BY_URL_KEY.get(urlKey);
}

/** True when `id` names an input in the registry. */
export function isInputId(id: string): id is InputId {
  return SPEC_BY_ID.has(id);
}

export const HEADLINE_INPUT_IDS: readonly HeadlineInputId[] = HEADLINE_SPECS.map((spec) => spec.id);
export const MIX_INPUT_IDS: readonly MixInputId[] = MIX_SPECS.map((spec) => spec.id);

/** The alternatives-mix input for a non-Nvidia vendor class. */
export function mixInputId(vendor: Exclude<VendorId, 'nvidia'>): MixInputId {
  return `mix.${vendor}`;
}

export const PER_VENDOR_FIELDS: readonly PerVendorField[] = [
  'capex',
  'power',
  'throughput',
  'life',
  'margin',
  'volumeYear',
  'pricePerf',
  'volatility',
  'tsmc',
  'samsung',
];
// Built once: the model reads per-vendor inputs hundreds of times per frame (the tornado),
// and a key built by string concatenation each time is a slow property lookup.
const PER_VENDOR_IDS = recordOf(PER_VENDOR_FIELDS, (field) =>
  recordOf(VENDOR_IDS, (vendor): PerVendorInputId => `${field}.${vendor}`),
);

/** The per-vendor input id for a field and vendor. */
export function vendorInputId(field: PerVendorField, vendor: VendorId): PerVendorInputId {
  return PER_VENDOR_IDS[field][vendor];
}
