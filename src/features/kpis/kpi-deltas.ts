/** The change of each headline number from a pinned baseline, in words ("▲ $0.02 vs baseline"). */
import type { Translate } from '../../i18n/i18n';
import { formatInteger, formatNumber, formatUsd, type Locale } from '../../i18n/format';
import type { ModelOutputs } from '../../model/derive';

export interface KpiChange {
  readonly text: string;
  readonly direction: 'up' | 'down' | 'same';
}

/**
 * The change from `before` to `after`, formatted by `format` (applied to its size).
 * Changes smaller than `tolerance` of the baseline, or that format as zero, read "Same as baseline".
 */
export function kpiChange(
  t: Translate,
  before: number,
  after: number,
  format: (magnitude: number) => string,
  tolerance = 1e-4,
): KpiChange {
  const diff = after - before;
  const text = format(Math.abs(diff));
  const zero = format(0);
  if (!Number.isFinite(diff) || Math.abs(diff) <= tolerance * Math.abs(before) || text === zero) {
    return { text: t('baseline.same'), direction: 'same' };
  }
  return diff > 0
    ? { text: t('baseline.deltaUp', { value: text }), direction: 'up' }
    : { text: t('baseline.deltaDown', { value: text }), direction: 'down' };
}

/** The four tiles' changes, or nulls when no baseline is pinned. */
export function kpiChanges(t: Translate, locale: Locale, out: ModelOutputs, base: ModelOutputs | null) {
  if (!base) return { cost: undefined, bill: undefined, hhi: undefined, power: undefined };
  return {
    cost: kpiChange(t, base.costPerMillionTokens, out.costPerMillionTokens, (v) => formatUsd(locale, v, 2)),
    bill: kpiChange(t, base.inferenceBillUsdPerYear, out.inferenceBillUsdPerYear, (v) =>
      formatUsd(locale, v, 2),
    ),
    hhi: kpiChange(t, base.hhi, out.hhi, (v) => formatInteger(locale, v)),
    power: kpiChange(t, base.fleetPowerGw, out.fleetPowerGw, (v) => `${formatNumber(locale, v, 2)} GW`),
  };
}
