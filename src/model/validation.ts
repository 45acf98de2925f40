/**
 * The validation table: the model's own output beside published figures, with the gap.
 * Shared by the in-app Model view, docs/MODEL.md (generated and checked by a test) and
 * the tests, so the three cannot drift apart.
 */
import { hhi } from './concentration';
import {
  annualizedCostPerAccelerator,
  acceleratorCostPerMillionTokens,
  type AcceleratorEconomics,
} from './cost';
import { acceleratorEconomics, siteEconomics } from './economics';
import { capexPerGw } from './energy';
import type { Scenario } from './scenario';
import { spendShares } from './shares';
import { HOURS_PER_YEAR } from './units';
import { VENDOR_IDS } from './vendors';

export const VALIDATION_IDS = ['capexPerGw', 'h100Rental', 'hhi2026', 'tenGwNvidia', 'apiPrice'] as const;
export type ValidationId = (typeof VALIDATION_IDS)[number];

export type ValidationUnit =
  'usdBillionsPerGw' | 'usdPerHour' | 'hhi' | 'usdBillions' | 'usdPerMillionTokens';

export interface ValidationCase {
  readonly id: ValidationId;
  readonly unit: ValidationUnit;
  /** The model's figure. */
  readonly model: number;
  /** The published point figure compared against, and its published range. */
  readonly published: number;
  readonly publishedLow: number;
  readonly publishedHigh: number;
  readonly confidence: 'reported' | 'analyst' | 'derived';
  readonly sources: readonly string[];
  /**
   * How the model should compare: `inRange` for a like-for-like figure, `belowPrice` when
   * the model gives a cost and the published figure is a price (which carries a margin).
   */
  readonly expectation: 'inRange' | 'belowPrice';
  /** (model − published) ÷ published. */
  readonly gap: number;
  /** The comparison's outcome ('noRange' when only a point figure is published). */
  readonly verdict: ValidationVerdict;
}

export type ValidationVerdict = 'inRange' | 'outOfRange' | 'belowPrice' | 'abovePrice' | 'noRange';

/**
 * An H100 SXM run through the model's cost function. Chip ~$28k (analyst estimate).
 * Non-GPU IT per GPU and facility per kW from Bernstein's GB200 NVL72 rack: $3.4M of
 * compute (GPUs 39% of $5.9M = $2.30M, so $15.2k per GPU of other IT) and $2.5M of
 * physical infrastructure per ~120 kW rack ($20.8k per kW). All-in power: the 700 W
 * board scaled by the Nvidia default's all-in/board ratio (1.8 kW / 1.4 kW).
 */
export const H100_CONFIG = {
  chipUsd: 28_000,
  otherItUsd: (3.4e6 - 0.39 * 5.9e6) / 72,
  facilityUsdPerKw: 2.5e6 / 120,
  powerKw: 0.7 * (1.8 / 1.4),
  throughputTokensPerSecond: 2_381,
} as const;

/** The H100 configuration as model inputs, with the scenario's depreciation life for Nvidia. */
export function h100Economics(lifeYears: number): AcceleratorEconomics {
  const c = H100_CONFIG;
  return {
    capexUsd: c.chipUsd + c.otherItUsd + c.facilityUsdPerKw * c.powerKw,
    powerKw: c.powerKw,
    throughputTokensPerSecond: c.throughputTokensPerSecond,
    lifeYears,
  };
}

/** 2026 data-center accelerator revenue shares (analyst midpoints): Nvidia 75%, AMD 7%, TPU/Trainium 15%, other custom 2%, specialists 1%. */
export const MARKET_2026 = {
  nvidia: 0.75,
  mix: { amd: 7, hyperscaler: 15, custom: 2, specialist: 1 },
} as const;

function verdictOf(c: Omit<ValidationCase, 'gap' | 'verdict'>): ValidationVerdict {
  if (c.expectation === 'belowPrice') return c.model <= c.published ? 'belowPrice' : 'abovePrice';
  if (c.publishedLow === c.publishedHigh) return 'noRange';
  return c.model >= c.publishedLow && c.model <= c.publishedHigh ? 'inRange' : 'outOfRange';
}

function makeCase(c: Omit<ValidationCase, 'gap' | 'verdict'>): ValidationCase {
  return { ...c, gap: c.model / c.published - 1, verdict: verdictOf(c) };
}

/** The validation cases, computed from a scenario (the app and docs pass the sourced defaults). */
export function validationCases(scenario: Scenario): ValidationCase[] {
  const site = siteEconomics(scenario);
  const nvidia = acceleratorEconomics(scenario, 'nvidia');
  const perGw = capexPerGw(nvidia, site);
  const shares = spendShares(MARKET_2026.nvidia, MARKET_2026.mix);
  const h100PerHour = annualizedCostPerAccelerator(h100Economics(nvidia.lifeYears), site) / HOURS_PER_YEAR;
  const referenceWorkload = { ...site, workloadIntensity: 1 };
  return [
    makeCase({
      id: 'capexPerGw',
      expectation: 'inRange',
      unit: 'usdBillionsPerGw',
      model: perGw / 1e9,
      published: 50,
      publishedLow: 35,
      publishedHigh: 60,
      confidence: 'reported',
      sources: ['livemint_huang_50b', 'investing_bernstein_35b'],
    }),
    makeCase({
      id: 'h100Rental',
      expectation: 'belowPrice',
      unit: 'usdPerHour',
      model: h100PerHour,
      published: 2.35,
      publishedLow: 1.7,
      publishedHigh: 2.99,
      confidence: 'analyst',
      sources: [
        'semianalysis_rental_wiki',
        'techreader_rental',
        'siliconanalysts_b200',
        'investing_bernstein_35b',
      ],
    }),
    makeCase({
      id: 'hhi2026',
      expectation: 'inRange',
      unit: 'hhi',
      model: hhi(VENDOR_IDS.map((id) => shares[id])),
      published: 5950,
      publishedLow: 5400,
      publishedHigh: 6500,
      confidence: 'derived',
      sources: ['aiexpert_share_2026', 'alatirok_share_2026'],
    }),
    makeCase({
      id: 'tenGwNvidia',
      expectation: 'inRange',
      unit: 'usdBillions',
      model: (10 * perGw * (scenario.vendorContent / 100)) / 1e9,
      published: 350,
      publishedLow: 350,
      publishedHigh: 350,
      confidence: 'reported',
      sources: ['livemint_huang_50b', 'verdict_fy26', 'aifront_fy26'],
    }),
    makeCase({
      id: 'apiPrice',
      expectation: 'belowPrice',
      unit: 'usdPerMillionTokens',
      model: acceleratorCostPerMillionTokens(nvidia, referenceWorkload),
      published: (3 * 0.13 + 0.4) / 4,
      publishedLow: (3 * 0.12 + 0.3) / 4,
      publishedHigh: (3 * 0.13 + 0.4) / 4,
      confidence: 'reported',
      sources: ['deepinfra_llama33', 'digitaltoday_mlperf60'],
    }),
  ];
}
