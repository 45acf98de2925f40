/** The energy charts' value-axis extents (the live axes' tops cover them). */
import { VENDOR_IDS } from '../../model/vendors';
import type { GwRow, KwhRow } from './energy-rows';

/** The longest GW bar: a row's classes and need stacked end to end. */
export function gwMax(rows: readonly GwRow[]): number {
  return Math.max(0, ...rows.map((r) => r.needed + VENDOR_IDS.reduce((sum, id) => sum + r[id], 0)));
}

/** The most tokens per kWh of any class. */
export function kwhMax(rows: readonly KwhRow[]): number {
  return Math.max(0, ...rows.map((r) => r.tokensPerKwh));
}
