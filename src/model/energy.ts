/**
 * Energy: the fleet's power, its yearly energy and bill, tokens per kWh per class, and
 * the gigawatts of the announced deals to compare with.
 */
import { tokensPerYearPerAccelerator, type AcceleratorEconomics, type SiteEconomics } from './cost';
import { HOURS_PER_YEAR } from './units';
import { VENDOR_IDS, type PerVendor, type VendorId } from './vendors';

/** Yearly energy of a facility drawing `gw` around the clock, TWh/year: GW × 8,760 h / 1,000. */
export function twhPerYear(gw: number): number {
  return (gw * HOURS_PER_YEAR) / 1000;
}

/** Yearly electricity bill of a facility drawing `gw`, USD/year: GW × 10⁶ kW × 8,760 h × USD/kWh. */
export function energyCostPerYear(gw: number, usdPerKwh: number): number {
  return gw * 1e6 * HOURS_PER_YEAR * usdPerKwh;
}

/**
 * Tokens served per kWh of facility energy for one class, tokens/kWh:
 * tokens per year per accelerator / (kW × PUE × 8,760 h). Includes utilization and the
 * workload intensity (an idle-but-powered accelerator still draws power).
 */
export function tokensPerKwh(chip: AcceleratorEconomics, site: SiteEconomics): number {
  const kwh = chip.powerKw * site.pue * HOURS_PER_YEAR;
  return kwh > 0 ? tokensPerYearPerAccelerator(chip, site) / kwh : 0;
}

/**
 * Facility GW needed to serve `loadTokens` a year with the spend mix, GW ≥ 0.
 * A dollar split by shares buys tokens in proportion shareᵥ / costᵥ, so class v serves
 * loadᵥ = load × (shareᵥ/costᵥ) / Σ(share/cost); it needs loadᵥ / tokens-per-accelerator
 * accelerators at kWᵥ × PUE each.
 */
export function gwToServe(
  loadTokens: number,
  shares: PerVendor<number>,
  costs: PerVendor<number>,
  chips: PerVendor<AcceleratorEconomics>,
  site: SiteEconomics,
): number {
  let weight = 0;
  for (const v of VENDOR_IDS) if (shares[v] > 0 && costs[v] > 0) weight += shares[v] / costs[v];
  if (!(weight > 0)) return 0;
  let kw = 0;
  for (const v of VENDOR_IDS) {
    if (!(shares[v] > 0 && costs[v] > 0)) continue;
    const served = (loadTokens * (shares[v] / costs[v])) / weight;
    const perAccelerator = tokensPerYearPerAccelerator(chips[v], site);
    if (perAccelerator > 0) kw += (served / perAccelerator) * chips[v].powerKw * site.pue;
  }
  return kw / 1e6;
}

export interface AnnouncedDeal {
  readonly id: 'nvidiaLoi' | 'amd' | 'broadcom' | 'cerebras';
  /** The vendor class the deal's hardware belongs to (for its colour). */
  readonly vendor: VendorId;
  /** Announced gigawatts. */
  readonly gw: number;
  readonly confidence: 'reported';
  readonly sources: readonly string[];
}

/** OpenAI's announced chip-vendor deals by GW (reference data §2). */
export const ANNOUNCED_DEALS: readonly AnnouncedDeal[] = [
  {
    id: 'nvidiaLoi',
    vendor: 'nvidia',
    gw: 10,
    confidence: 'reported',
    sources: ['fortune_nv_oai_loi', 'particle_nv_oai'],
  },
  { id: 'broadcom', vendor: 'custom', gw: 10, confidence: 'reported', sources: ['pr_broadcom_oai'] },
  { id: 'amd', vendor: 'amd', gw: 6, confidence: 'reported', sources: ['nasdaq_amd_oai'] },
  {
    id: 'cerebras',
    vendor: 'specialist',
    gw: 0.75,
    confidence: 'reported',
    sources: ['coinalert_cerebras_oai', 'superml_cerebras_s1'],
  },
];

/**
 * All-in capex per GW of facility power, USD/GW: capex per accelerator ÷ (kW × PUE) × 10⁶.
 * Comparable with "$50–60B per GW" quotes, which are per GW of data-center power.
 */
export function capexPerGw(chip: AcceleratorEconomics, site: SiteEconomics): number {
  const facilityKw = chip.powerKw * site.pue;
  return facilityKw > 0 ? (chip.capexUsd / facilityKw) * 1e6 : 0;
}
