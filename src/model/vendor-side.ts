/**
 * The vendor's side (the mirror view): how big the buyer is to Nvidia, how much of the
 * buyer's Nvidia spend Nvidia's own investment finances, and the gross margin the buyer
 * pays each vendor.
 */

/** Nvidia's fiscal 2026 (Feb 2025 – Jan 2026) mapped to the calendar year it mostly covers. */
export const NVIDIA_FY2026_CALENDAR_YEAR = 2025;

/**
 * A customer at or above 10% of revenue is named in Nvidia's 10-K/10-Q concentration
 * disclosures (Regulation S-K; reference data §3.2 lists them quarter by quarter).
 */
export const DISCLOSURE_THRESHOLD = 0.1;

/**
 * Nvidia data-center revenue in calendar year `year`, USD:
 * FY2026 revenue × (1 + growth)^(year − 2025). Growth > −1.
 */
export function nvidiaDcRevenueInYear(fy2026Usd: number, growth: number, year: number): number {
  return fy2026Usd * (1 + growth) ** (year - NVIDIA_FY2026_CALENDAR_YEAR);
}

/**
 * Hardware bought in a year, USD (all-in capex at that year's prices):
 * replacement of the fleet wearing out (fleet capex / life) plus expansion
 * (growth in fleet capex over the year, if any). ≥ 0. Straight-line replacement is a
 * steady-state approximation: a young fleet replaces less (see docs/MODEL.md).
 */
export function yearlyPurchases(
  fleetCapexUsd: number,
  previousFleetCapexUsd: number,
  lifeYears: number,
): number {
  return fleetCapexUsd / lifeYears + Math.max(0, fleetCapexUsd - previousFleetCapexUsd);
}

/** A buyer's share of a vendor's revenue, fraction (0 when the revenue is 0). */
export function customerShareOfRevenue(buyerSpendUsd: number, vendorRevenueUsd: number): number {
  return vendorRevenueUsd > 0 ? buyerSpendUsd / vendorRevenueUsd : 0;
}

/**
 * Investment released in a year under a per-GW schedule, USD, ≥ 0:
 * min(per-GW amount × GW deployed this year, cap − already released). The LOI: "up to
 * $100B progressively as each GW is deployed", ~$10B per GW.
 */
export function investmentReleased(
  perGwUsd: number,
  newGw: number,
  capUsd: number,
  releasedSoFarUsd: number,
): number {
  return Math.max(0, Math.min(perGwUsd * Math.max(0, newGw), capUsd - releasedSoFarUsd));
}

/**
 * Share of the buyer's spend with a vendor that the vendor's own investment finances
 * (circular financing), fraction ≥ 0; above 1 when the vendor invests more than it sells.
 */
export function financedShare(investmentUsd: number, vendorRevenueFromBuyerUsd: number): number {
  return vendorRevenueFromBuyerUsd > 0 ? investmentUsd / vendorRevenueFromBuyerUsd : 0;
}

/** Gross margin the buyer pays a vendor, USD: vendor revenue from the buyer × gross margin (0–1). */
export function grossMarginPaid(vendorRevenueUsd: number, grossMargin: number): number {
  return vendorRevenueUsd * grossMargin;
}
