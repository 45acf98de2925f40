/**
 * Upstream concentration: which foundries make each vendor class's chips and who
 * supplies the HBM, and how concentrated the buyer's exposure is at each layer.
 */
import { hhi } from './concentration';
import { VENDOR_IDS, type PerVendor, type VendorId } from './vendors';
import type { Hhi } from './units';

export const FOUNDRY_IDS = ['tsmc', 'samsung', 'intel'] as const;
export type FoundryId = (typeof FOUNDRY_IDS)[number];
/** Share of a class's chips made at each foundry, fractions summing to 1 ("intel" = Intel and others). */
export type FoundryShares = Readonly<Record<FoundryId, number>>;

export const HBM_SUPPLIER_IDS = ['skhynix', 'samsung', 'micron'] as const;
export type HbmSupplierId = (typeof HBM_SUPPLIER_IDS)[number];
/** Share of HBM from each supplier, fractions summing to 1. */
export type HbmShares = Readonly<Record<HbmSupplierId, number>>;

/**
 * Whether a class's accelerators carry HBM. Cerebras WSE-3 (44 GB on-wafer SRAM) and
 * Groq's LPU (230 MB SRAM, no HBM) do not (reference data, §1a), so the specialists'
 * spend is outside the HBM layer.
 */
export const USES_HBM: PerVendor<boolean> = {
  nvidia: true,
  amd: true,
  custom: true,
  hyperscaler: true,
  specialist: false,
};

/**
 * Splits three suppliers from two percentages: the first takes `firstPct` (0–100), the
 * second takes `secondPct` capped at what the first leaves, the third the remainder.
 * Fractions summing to 1.
 */
function threeWaySplit(firstPct: number, secondPct: number): [number, number, number] {
  const first = Math.min(1, Math.max(0, firstPct / 100));
  const second = Math.min(1 - first, Math.max(0, secondPct / 100));
  return [first, second, Math.max(0, 1 - first - second)];
}

/** A class's foundry shares from its TSMC and Samsung percentages; Intel and others take the rest. */
export function foundrySplit(tsmcPct: number, samsungPct: number): FoundryShares {
  const [tsmc, samsung, intel] = threeWaySplit(tsmcPct, samsungPct);
  return { tsmc, samsung, intel };
}

/** HBM supplier shares from SK hynix and Samsung percentages; Micron takes the rest. */
export function hbmSplit(skhynixPct: number, samsungPct: number): HbmShares {
  const [skhynix, samsung, micron] = threeWaySplit(skhynixPct, samsungPct);
  return { skhynix, samsung, micron };
}

/**
 * The buyer's spend at each foundry, fractions summing to 1: Σᵥ shareᵥ × foundryᵥ,f.
 * `shares` are the spend shares per vendor class (summing to 1).
 */
export function foundryExposure(
  shares: PerVendor<number>,
  foundries: PerVendor<FoundryShares>,
): Record<FoundryId, number> {
  const exposure: Record<FoundryId, number> = { tsmc: 0, samsung: 0, intel: 0 };
  for (const v of VENDOR_IDS) {
    for (const f of FOUNDRY_IDS) exposure[f] += shares[v] * foundries[v][f];
  }
  return exposure;
}

/**
 * Foundry overlap of two classes, 0–1: Σ_f aᶠ × bᶠ, the probability that a chip drawn from
 * each comes from the same foundry (1 when both are made entirely at one foundry).
 */
export function foundryOverlap(a: FoundryShares, b: FoundryShares): number {
  return FOUNDRY_IDS.reduce((sum, f) => sum + a[f] * b[f], 0);
}

/** Share of spend on classes whose accelerators carry HBM, fraction 0–1. */
export function hbmDependentShare(shares: PerVendor<number>): number {
  return VENDOR_IDS.reduce((sum, v) => sum + (USES_HBM[v] ? shares[v] : 0), 0);
}

export interface UpstreamConcentration {
  /** HHI of vendor spend shares, 0–10,000 (n = 5: ≥ 2,000). */
  readonly vendorHhi: Hhi;
  /** HHI of the buyer's spend by foundry, 0–10,000 (n = 3: ≥ 3,333). */
  readonly foundryHhi: Hhi;
  /** HHI of the HBM supply behind the HBM-dependent spend (n = 3: ≥ 3,333). */
  readonly hbmHhi: Hhi;
  readonly foundryExposure: Record<FoundryId, number>;
  readonly hbmShares: HbmShares;
  readonly hbmDependentShare: number;
  /** The largest supplier at each layer and its share. */
  readonly largest: {
    readonly vendor: { readonly id: VendorId; readonly share: number };
    readonly foundry: { readonly id: FoundryId; readonly share: number };
    readonly hbm: { readonly id: HbmSupplierId; readonly share: number };
  };
}

function largestOf<K extends string>(
  ids: readonly [K, ...K[]],
  values: Readonly<Record<K, number>>,
): { id: K; share: number } {
  const [first, ...rest] = ids;
  let best = { id: first, share: values[first] };
  for (const id of rest) if (values[id] > best.share) best = { id, share: values[id] };
  return best;
}

/**
 * Concentration at the three layers for a set of spend shares. HBM shares are market
 * shares (the same for every HBM-using class), so the HBM HHI does not move with the
 * mix: switching vendors cannot diversify the memory layer; only SRAM-based specialists
 * step outside it.
 */
export function upstreamConcentration(
  shares: PerVendor<number>,
  foundries: PerVendor<FoundryShares>,
  hbm: HbmShares,
): UpstreamConcentration {
  const exposure = foundryExposure(shares, foundries);
  return {
    vendorHhi: hhi(VENDOR_IDS.map((v) => shares[v])),
    foundryHhi: hhi(FOUNDRY_IDS.map((f) => exposure[f])),
    hbmHhi: hhi(HBM_SUPPLIER_IDS.map((s) => hbm[s])),
    foundryExposure: exposure,
    hbmShares: hbm,
    hbmDependentShare: hbmDependentShare(shares),
    largest: {
      vendor: largestOf(VENDOR_IDS, shares),
      foundry: largestOf(FOUNDRY_IDS, exposure),
      hbm: largestOf(HBM_SUPPLIER_IDS, hbm),
    },
  };
}
