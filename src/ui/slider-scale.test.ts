import { describe, expect, it } from 'vitest';
import { fromPosition, positionCount, roundSignificant, toPosition, type SliderScale } from './slider-scale';

const spend: SliderScale = { min: 1, max: 500, step: 1, scale: 'log' };
const share: SliderScale = { min: 0, max: 100, step: 1, scale: 'linear' };

describe(positionCount, () => {
  it('gives 40 positions per decade on a log scale and one per step on a linear one', () => {
    // log10(500) = 2.699 decades × 40 = 107.96 → 108 (the last one capped at 500)
    expect(positionCount(spend)).toBe(108);
    expect(positionCount(share)).toBe(100);
  });
});

describe(toPosition, () => {
  it('maps the ends and clamps outside values', () => {
    expect(toPosition(spend, 1)).toBe(0);
    expect(toPosition(spend, 500)).toBe(108);
    expect(toPosition(spend, 10_000)).toBe(108);
    expect(toPosition(share, -5)).toBe(0);
  });
  it('places 10 at 40 positions (one decade) on the spend scale', () => {
    expect(toPosition(spend, 10)).toBe(40);
  });
});

describe(fromPosition, () => {
  it('inverts toPosition to three significant figures', () => {
    expect(fromPosition(spend, 40)).toBe(10);
    expect(fromPosition(spend, 108)).toBe(500);
    expect(fromPosition(share, 70)).toBe(70);
    // One keyboard step from $10B: 10 × 10^(1/40) = 10.59 → 10.6
    expect(fromPosition(spend, 41)).toBe(10.6);
    expect(fromPosition(spend, 80)).toBe(100);
  });
});

describe(roundSignificant, () => {
  it.each([
    [1234.5, 3, 1230],
    [0.012345, 2, 0.012],
    [0, 3, 0],
  ])('rounds %f to %i figures', (value, digits, expected) => {
    expect(roundSignificant(value, digits)).toBe(expected);
  });
});
