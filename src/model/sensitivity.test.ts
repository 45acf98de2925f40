import { deriveOutputs } from './derive';
import { blendedCostPerMillionTokens, tornado, vendorHhi, withInput } from './sensitivity';
import { mixTotal } from './scenario';
import { defaultRanges, defaultScenario } from './test-helpers';

const scenario = defaultScenario();
const ranges = defaultRanges();

describe(blendedCostPerMillionTokens, () => {
  it('equals the snapshot’s cost per million tokens', () => {
    expect(blendedCostPerMillionTokens(scenario)).toBeCloseTo(
      deriveOutputs(scenario).costPerMillionTokens,
      12,
    );
  });
});

describe(withInput, () => {
  it('clamps to the input’s limits and keeps the mix at 100%', () => {
    expect(withInput(scenario, 'utilization', 500).utilization).toBe(95);
    expect(mixTotal(withInput(scenario, 'mix.amd', 80))).toBeCloseTo(100, 9);
  });
});

describe(tornado, () => {
  const cost = tornado(scenario, ranges, 'costPerMillionTokens');

  it('moves each assumption across its sourced range', () => {
    const bar = cost.bars.find((b) => b.id === 'utilization');
    // utilization's range is 20–60% (assumptions.json)
    expect(bar).toMatchObject({ low: 20, high: 60 });
    expect(bar?.atLow).toBeCloseTo(blendedCostPerMillionTokens({ ...scenario, utilization: 20 }), 12);
    expect(bar?.atHigh).toBeCloseTo(blendedCostPerMillionTokens({ ...scenario, utilization: 60 }), 12);
  });
  it('ranks bars by swing and drops inputs without effect', () => {
    const swings = cost.bars.map((b) => b.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    // The budget does not change cost per token; the year selector is not an assumption.
    expect(cost.bars.map((b) => b.id)).not.toContain('spend');
    expect(cost.bars.map((b) => b.id)).not.toContain('year');
    expect(cost.base).toBeCloseTo(blendedCostPerMillionTokens(scenario), 12);
  });
  it('only the Nvidia share and the mix move vendor concentration', () => {
    const h = tornado(scenario, ranges, 'hhi');
    expect(h.bars[0]?.id).toBe('nvidiaShare');
    expect(h.bars.every((b) => b.id === 'nvidiaShare' || b.id.startsWith('mix.'))).toBe(true);
    // Nvidia 60% → 80%: HHI rises
    expect(h.bars[0]!.atHigh).toBeGreaterThan(h.bars[0]!.atLow);
    expect(h.base).toBeCloseTo(vendorHhi(scenario), 9);
  });
});
