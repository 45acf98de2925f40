/** Pure row shaping for the upstream-concentration panel. */
import { HHI_HIGH_ABOVE, HHI_MAX, HHI_MODERATE_FROM } from '../../model/concentration';
import { UPSTREAM_PLANS, type Upstream, type UpstreamPlan } from '../../model/derive-risk';

export const LAYERS = ['vendor', 'foundry', 'hbm'] as const;
export type Layer = (typeof LAYERS)[number];

export type LayerRow = { readonly layer: Layer } & Readonly<Record<UpstreamPlan, number>>;

const HHI_KEY = { vendor: 'vendorHhi', foundry: 'foundryHhi', hbm: 'hbmHhi' } as const;

/** One row per supply layer with the HHI of each plan. */
export function layerRows(upstream: Upstream): LayerRow[] {
  return LAYERS.map((layer) => {
    const [allNvidia, currentMix, evenSplit] = UPSTREAM_PLANS.map(
      (plan) => upstream.plans[plan][HHI_KEY[layer]],
    );
    return { layer, allNvidia: allNvidia ?? 0, currentMix: currentMix ?? 0, evenSplit: evenSplit ?? 0 };
  });
}

/** The 2023 Merger Guidelines bands as y-ranges. */
export const BAND_AREAS = [
  { band: 'unconcentrated', from: 0, to: HHI_MODERATE_FROM },
  { band: 'moderatelyConcentrated', from: HHI_MODERATE_FROM, to: HHI_HIGH_ABOVE },
  { band: 'highlyConcentrated', from: HHI_HIGH_ABOVE, to: HHI_MAX },
] as const;
