/**
 * Supply risk: capacity lost when a vendor class or a foundry is disrupted.
 *
 * Events: each of the five vendor classes is disrupted with probability p_V (losing a
 * share s_V of its capacity), and each of the three foundries with probability p_F
 * (losing a share s_F of what it makes), all independent. A unit of capacity of class v
 * made at foundry f survives with probability-weighted factor (1 − s_V·b_v)(1 − s_F·b_f).
 * With 8 events there are 256 outcomes, few enough to enumerate exactly.
 */
import { FOUNDRY_IDS, type FoundryId, type FoundryShares } from './upstream';
import { VENDOR_IDS, type PerVendor, type VendorId } from './vendors';

export interface DisruptionRisk {
  /** Yearly probability that one vendor class is disrupted, 0–1. */
  readonly vendorProb: number;
  /** Share of a disrupted class's capacity lost, 0–1. */
  readonly vendorSize: number;
  /** Yearly probability that one foundry is disrupted, 0–1. */
  readonly foundryProb: number;
  /** Share of a disrupted foundry's output lost, 0–1. */
  readonly foundrySize: number;
}

export type DisruptionEvent =
  { readonly kind: 'vendor'; readonly id: VendorId } | { readonly kind: 'foundry'; readonly id: FoundryId };

export interface SupplyRisk {
  /** Expected share of capacity lost in a year, 0–1. */
  readonly expectedLossShare: number;
  /** Capacity at risk: the loss share not exceeded with probability `level`, 0–1. */
  readonly capacityAtRiskShare: number;
  /** The confidence level of the capacity-at-risk figure (0.95). */
  readonly level: number;
  /** Expected loss share from foundry events alone (the common-mode part), 0–1. */
  readonly foundryExpectedLossShare: number;
  /** The single event that would cost the most capacity, and its loss share. */
  readonly worstEvent: { readonly event: DisruptionEvent; readonly lossShare: number };
}

export const CAPACITY_AT_RISK_LEVEL = 0.95;

/**
 * Expected share of capacity lost, 0–1 (exact under independence):
 * Σᵥ Σ_f wᵥ Fᵥ,f [1 − (1 − p_V s_V)(1 − p_F s_F)], with wᵥ the class's share of capacity.
 */
export function expectedCapacityLost(
  capacityShares: PerVendor<number>,
  foundries: PerVendor<FoundryShares>,
  risk: DisruptionRisk,
): number {
  const survive = (1 - risk.vendorProb * risk.vendorSize) * (1 - risk.foundryProb * risk.foundrySize);
  let total = 0;
  for (const v of VENDOR_IDS) for (const f of FOUNDRY_IDS) total += capacityShares[v] * foundries[v][f];
  return total * (1 - survive);
}

/**
 * Capacity at risk at `level` (e.g. 0.95), share of capacity 0–1: the smallest loss ℓ with
 * P(loss ≤ ℓ) ≥ level, by enumerating every outcome of the independent events (at most
 * 2⁸ = 256; events that touch no capacity are left out, as they change no loss).
 */
export function capacityAtRisk(
  capacityShares: PerVendor<number>,
  foundries: PerVendor<FoundryShares>,
  risk: DisruptionRisk,
  level = CAPACITY_AT_RISK_LEVEL,
): number {
  // Capacity of class v made at foundry f, for the classes and foundries that hold any.
  const cells: { v: number; f: number; weight: number }[] = [];
  const vendors: number[] = [];
  const foundryIndex: number[] = [];
  VENDOR_IDS.forEach((v, i) =>
    FOUNDRY_IDS.forEach((f, j) => {
      const weight = capacityShares[v] * foundries[v][f];
      if (weight <= 0) return;
      if (!vendors.includes(i)) vendors.push(i);
      if (!foundryIndex.includes(j)) foundryIndex.push(j);
      cells.push({ v: i, f: j, weight });
    }),
  );
  const events = vendors.length + foundryIndex.length;
  const bit = (mask: number, k: number) => (mask >> k) & 1;
  const outcomes: { loss: number; prob: number }[] = [];
  for (let mask = 0; mask < 1 << events; mask++) {
    let prob = 1;
    for (let k = 0; k < events; k++) {
      const p = k < vendors.length ? risk.vendorProb : risk.foundryProb;
      prob *= bit(mask, k) ? p : 1 - p;
    }
    if (prob <= 0) continue;
    let loss = 0;
    for (const cell of cells) {
      const vendorHit = bit(mask, vendors.indexOf(cell.v)) ? risk.vendorSize : 0;
      const foundryHit = bit(mask, vendors.length + foundryIndex.indexOf(cell.f)) ? risk.foundrySize : 0;
      loss += cell.weight * (1 - (1 - vendorHit) * (1 - foundryHit));
    }
    outcomes.push({ loss, prob });
  }
  outcomes.sort((a, b) => a.loss - b.loss);
  let cumulative = 0;
  for (const o of outcomes) {
    cumulative += o.prob;
    if (cumulative >= level - 1e-12) return o.loss;
  }
  return outcomes.at(-1)?.loss ?? 0;
}

/** The single event (one vendor class or one foundry) whose disruption loses the most capacity. */
export function worstSingleEvent(
  capacityShares: PerVendor<number>,
  foundries: PerVendor<FoundryShares>,
  risk: DisruptionRisk,
): { event: DisruptionEvent; lossShare: number } {
  let best: { event: DisruptionEvent; lossShare: number } = {
    event: { kind: 'vendor', id: 'nvidia' },
    lossShare: capacityShares.nvidia * risk.vendorSize,
  };
  for (const v of VENDOR_IDS) {
    const lossShare = capacityShares[v] * risk.vendorSize;
    if (lossShare > best.lossShare) best = { event: { kind: 'vendor', id: v }, lossShare };
  }
  for (const f of FOUNDRY_IDS) {
    const made = VENDOR_IDS.reduce((sum, v) => sum + capacityShares[v] * foundries[v][f], 0);
    const lossShare = made * risk.foundrySize;
    if (lossShare > best.lossShare) best = { event: { kind: 'foundry', id: f }, lossShare };
  }
  return best;
}

/** All supply-risk figures for a fleet whose capacity splits by `capacityShares` (summing to 1). */
export function supplyRisk(
  capacityShares: PerVendor<number>,
  foundries: PerVendor<FoundryShares>,
  risk: DisruptionRisk,
): SupplyRisk {
  return {
    expectedLossShare: expectedCapacityLost(capacityShares, foundries, risk),
    capacityAtRiskShare: capacityAtRisk(capacityShares, foundries, risk),
    level: CAPACITY_AT_RISK_LEVEL,
    foundryExpectedLossShare: expectedCapacityLost(capacityShares, foundries, {
      ...risk,
      vendorProb: 0,
    }),
    worstEvent: worstSingleEvent(capacityShares, foundries, risk),
  };
}
