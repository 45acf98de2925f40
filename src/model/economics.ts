/** Reads the model's economic parameters out of a scenario (display units → model units). */
import type { AcceleratorEconomics, SiteEconomics } from './cost';
import { vendorInputId } from './input-specs';
import type { Scenario } from './scenario';
import { perVendor, type PerVendor, type VendorId } from './vendors';

/** Site-wide parameters: electricity, PUE, operations, utilization, workload. */
export function siteEconomics(scenario: Scenario): SiteEconomics {
  return {
    electricityUsdPerKwh: scenario.electricityPrice,
    pue: scenario.pue,
    operationsShareOfCapex: scenario.operationsPct / 100,
    utilization: scenario.utilization / 100,
    workloadIntensity: scenario.workloadIntensity,
    costOfCapital: scenario.costOfCapital / 100,
  };
}

/** One vendor class's accelerator parameters. */
export function acceleratorEconomics(scenario: Scenario, vendor: VendorId): AcceleratorEconomics {
  return {
    capexUsd: scenario[vendorInputId('capex', vendor)] * 1_000,
    powerKw: scenario[vendorInputId('power', vendor)],
    throughputTokensPerSecond: scenario[vendorInputId('throughput', vendor)],
    lifeYears: scenario[vendorInputId('life', vendor)],
  };
}

/** Every vendor class's accelerator parameters. */
export function allAcceleratorEconomics(scenario: Scenario): PerVendor<AcceleratorEconomics> {
  return perVendor((vendor) => acceleratorEconomics(scenario, vendor));
}
