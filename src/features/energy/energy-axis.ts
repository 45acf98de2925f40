/** The energy charts' value axes, fixed per frame so a slider step does not rebuild them. */
import { getNiceTickValues } from 'recharts';
import { VENDOR_IDS } from '../../model/vendors';
import type { GwRow, KwhRow } from './energy-rows';

/**
 * The ticks Recharts gives an auto `[0, max]` number axis (five nice ticks, the last one at
 * or above `max`), so the frame can fix them: they change only when `max` crosses a step.
 */
export function autoTicks(max: number): number[] {
  return getNiceTickValues([0, Number.isFinite(max) && max > 0 ? max : 0], 5, true);
}

/** The longest GW bar: a row's classes and need stacked end to end. */
export function gwMax(rows: readonly GwRow[]): number {
  return Math.max(0, ...rows.map((r) => r.needed + VENDOR_IDS.reduce((sum, id) => sum + r[id], 0)));
}

/** The most tokens per kWh of any class. */
export function kwhMax(rows: readonly KwhRow[]): number {
  return Math.max(0, ...rows.map((r) => r.tokensPerKwh));
}
