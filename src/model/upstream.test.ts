import {
  foundryExposure,
  foundryOverlap,
  foundrySplit,
  hbmDependentShare,
  hbmSplit,
  upstreamConcentration,
} from './upstream';
import { perVendor } from './vendors';

describe(foundrySplit, () => {
  it('caps Samsung at what TSMC leaves and gives Intel the rest', () => {
    expect(foundrySplit(60, 30)).toEqual({ tsmc: 0.6, samsung: 0.3, intel: expect.closeTo(0.1, 12) });
    // 80% TSMC leaves 20%: Samsung's 30% is capped at 20%, Intel gets 0
    expect(foundrySplit(80, 30)).toEqual({ tsmc: 0.8, samsung: expect.closeTo(0.2, 12), intel: 0 });
  });
});

describe(hbmSplit, () => {
  it('gives Micron the remainder', () => {
    const s = hbmSplit(62, 17);
    expect(s.micron).toBeCloseTo(0.21, 12);
  });
});

const tsmcOnly = foundrySplit(100, 0);
const specialistFoundries = foundrySplit(80, 20);
const foundries = perVendor((id) => (id === 'specialist' ? specialistFoundries : tsmcOnly));
const half = { nvidia: 0.5, amd: 0, custom: 0, hyperscaler: 0, specialist: 0.5 };

describe(foundryExposure, () => {
  it('weights each class’s foundries by its spend share', () => {
    // TSMC: 0.5 × 1 + 0.5 × 0.8 = 0.9; Samsung: 0.5 × 0.2 = 0.1
    const e = foundryExposure(half, foundries);
    expect(e.tsmc).toBeCloseTo(0.9, 12);
    expect(e.samsung).toBeCloseTo(0.1, 12);
  });
});

describe(foundryOverlap, () => {
  it('is the chance two chips come from the same foundry', () => {
    // 1 × 0.8 + 0 × 0.2 = 0.8
    expect(foundryOverlap(tsmcOnly, specialistFoundries)).toBeCloseTo(0.8, 12);
  });
});

describe(hbmDependentShare, () => {
  it('leaves out the SRAM-based specialists', () => {
    expect(hbmDependentShare(half)).toBe(0.5);
  });
});

describe(upstreamConcentration, () => {
  it('computes HHI at the vendor, foundry and HBM layers', () => {
    const u = upstreamConcentration(half, foundries, hbmSplit(62, 17));
    // vendors 50² + 50² = 5,000; foundries 90² + 10² = 8,200; HBM 62² + 17² + 21² = 4,574
    expect(u.vendorHhi).toBeCloseTo(5000, 9);
    expect(u.foundryHhi).toBeCloseTo(8200, 9);
    expect(u.hbmHhi).toBeCloseTo(4574, 9);
    expect(u.largest.foundry).toEqual({ id: 'tsmc', share: expect.closeTo(0.9, 12) });
    expect(u.largest.hbm.id).toBe('skhynix');
  });
});
