import { isAvailable, sharesInYear, unavailableClasses } from './availability';

const planned = { nvidia: 0.5, amd: 0.2, custom: 0.2, hyperscaler: 0.1, specialist: 0 };
const volumeYears = { nvidia: 2025, amd: 2025, custom: 2027, hyperscaler: 2025, specialist: 2028 };

describe(isAvailable, () => {
  it('is true from the volume year on', () => {
    expect(isAvailable(2027, 2026)).toBe(false);
    expect(isAvailable(2027, 2027)).toBe(true);
  });
});

describe(sharesInYear, () => {
  it('redistributes an unavailable share pro rata to the available classes', () => {
    // custom's 0.2 is out in 2026; available 0.5 + 0.2 + 0.1 = 0.8
    // nvidia 0.5 / 0.8 = 0.625, amd 0.2 / 0.8 = 0.25, hyperscaler 0.1 / 0.8 = 0.125
    const s = sharesInYear(planned, volumeYears, 2026);
    const expected = { nvidia: 0.625, amd: 0.25, custom: 0, hyperscaler: 0.125, specialist: 0 };
    for (const [id, value] of Object.entries(expected))
      expect(s).toHaveProperty(id, expect.closeTo(value, 12));
  });
  it('keeps the plan once everything is available', () => {
    expect(sharesInYear(planned, volumeYears, 2027)).toEqual(planned);
  });
  it('keeps the plan when nothing planned is available', () => {
    const onlyCustom = { nvidia: 0, amd: 0, custom: 1, hyperscaler: 0, specialist: 0 };
    expect(sharesInYear(onlyCustom, volumeYears, 2026)).toEqual(onlyCustom);
  });
});

describe(unavailableClasses, () => {
  it('lists planned classes not yet in volume (not the ones with no share)', () => {
    expect(unavailableClasses(planned, volumeYears, 2026)).toEqual(['custom']);
  });
});
