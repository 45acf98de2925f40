/** Spend shares per vendor class from the Nvidia share and the alternatives mix. */
import { mixInputId } from './input-specs';
import type { Scenario } from './scenario';
import { ALTERNATIVE_IDS, perVendor, type AlternativeId, type PerVendor } from './vendors';

/**
 * Share of spend going to each vendor class, fractions summing to 1.
 * `nvidiaShare` is a fraction 0–1; `mix` gives each alternative's share of the
 * non-Nvidia spend in percent (normalized here, so it need not sum to exactly 100).
 */
export function spendShares(
  nvidiaShare: number,
  mix: Readonly<Record<AlternativeId, number>>,
): PerVendor<number> {
  const n = Math.min(1, Math.max(0, nvidiaShare));
  const total = ALTERNATIVE_IDS.reduce((sum, id) => sum + Math.max(0, mix[id]), 0);
  return perVendor((id) => {
    if (id === 'nvidia') return n;
    const part = total > 0 ? Math.max(0, mix[id]) / total : 1 / ALTERNATIVE_IDS.length;
    return (1 - n) * part;
  });
}

/** The alternatives mix of a scenario, percent per alternative vendor class. */
export function alternativesMix(scenario: Scenario): Record<AlternativeId, number> {
  return {
    amd: scenario[mixInputId('amd')],
    custom: scenario[mixInputId('custom')],
    hyperscaler: scenario[mixInputId('hyperscaler')],
    specialist: scenario[mixInputId('specialist')],
  };
}

/** The scenario's spend shares per vendor class. */
export function scenarioSpendShares(scenario: Scenario): PerVendor<number> {
  return spendShares(scenario.nvidiaShare / 100, alternativesMix(scenario));
}
