/** Pure row shaping for the energy panel. */
import { ANNOUNCED_DEALS, type AnnouncedDeal } from '../../model/energy';
import type { ProjectionYear } from '../../model/projection';
import { VENDOR_IDS, perVendor, type PerVendor, type VendorId } from '../../model/vendors';

export type GwRowKind = 'fleet' | 'needed' | AnnouncedDeal['id'];

/** One horizontal bar: the fleet (stacked by class), the GW the load needs, or a deal. */
export type GwRow = { readonly kind: GwRowKind; readonly needed: number } & PerVendor<number>;

const zero = perVendor(() => 0);

/** The selected year's fleet and load needs beside the announced deals' GW. */
export function gwRows(year: ProjectionYear): GwRow[] {
  return [
    { kind: 'fleet', needed: 0, ...perVendor((id) => year.powerGw[id]) },
    { kind: 'needed', needed: year.gwToServeLoad, ...zero },
    ...ANNOUNCED_DEALS.map((deal) => ({
      kind: deal.id,
      needed: 0,
      ...perVendor((id) => (id === deal.vendor ? deal.gw : 0)),
    })),
  ];
}

export interface KwhRow {
  readonly vendor: VendorId;
  readonly tokensPerKwh: number;
}

/** Tokens per kWh of each class's hardware in the selected year. */
export function kwhRows(year: ProjectionYear): KwhRow[] {
  return VENDOR_IDS.map((vendor) => ({ vendor, tokensPerKwh: year.tokensPerKwh[vendor] }));
}
