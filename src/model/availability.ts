/**
 * Which vendor classes can be bought in a given year, and where the share of a class
 * that is not yet in volume goes.
 */
import { VENDOR_IDS, perVendor, type PerVendor, type VendorId } from './vendors';

/** True when a class with volume availability from `volumeYear` can be bought in `year`. */
export function isAvailable(volumeYear: number, year: number): boolean {
  return year >= volumeYear;
}

/** The classes with a planned share that are not yet in volume in `year`. */
export function unavailableClasses(
  planned: PerVendor<number>,
  volumeYears: PerVendor<number>,
  year: number,
): VendorId[] {
  return VENDOR_IDS.filter((id) => planned[id] > 0 && !isAvailable(volumeYears[id], year));
}

/**
 * Spend shares actually bought in `year`, fractions summing to 1.
 * A class whose volume year is later than `year` gets nothing; its planned share is
 * redistributed to the available classes pro rata to their planned shares, so the
 * relative mix of what can be bought is kept (a lab whose custom chip slips buys more
 * of everything else, not only Nvidia). If no class with a planned share is available,
 * the planned shares are returned unchanged: there is nothing to redistribute to, and
 * the model treats the plan as bought (the panels flag the unavailable classes).
 */
export function sharesInYear(
  planned: PerVendor<number>,
  volumeYears: PerVendor<number>,
  year: number,
): PerVendor<number> {
  if (VENDOR_IDS.every((id) => planned[id] <= 0 || isAvailable(volumeYears[id], year))) return planned;
  const available = VENDOR_IDS.reduce(
    (sum, id) => sum + (isAvailable(volumeYears[id], year) ? planned[id] : 0),
    0,
  );
  if (available <= 0) return planned;
  return perVendor((id) => (isAvailable(volumeYears[id], year) ? planned[id] / available : 0));
}
