/**
 * Vendor classes: who the compute budget is paid to. Nvidia is the incumbent;
 * the other four are the alternatives the non-Nvidia share is split across.
 */
export const VENDOR_IDS = ['nvidia', 'amd', 'custom', 'hyperscaler', 'specialist'] as const;
export type VendorId = (typeof VENDOR_IDS)[number];

export const ALTERNATIVE_IDS = ['amd', 'custom', 'hyperscaler', 'specialist'] as const;
export type AlternativeId = (typeof ALTERNATIVE_IDS)[number];

/** A value for every vendor class. */
export type PerVendor<T> = Record<VendorId, T>;

/** Builds a per-vendor record from a function of the vendor id. */
export function perVendor<T>(f: (id: VendorId) => T): PerVendor<T> {
  return {
    nvidia: f('nvidia'),
    amd: f('amd'),
    custom: f('custom'),
    hyperscaler: f('hyperscaler'),
    specialist: f('specialist'),
  };
}

/** Sum of a per-vendor record. */
export function sumPerVendor(values: PerVendor<number>): number {
  return VENDOR_IDS.reduce((total, id) => total + values[id], 0);
}
