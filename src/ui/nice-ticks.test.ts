import { niceTicks } from './nice-ticks';

describe(niceTicks, () => {
  it.each([
    // 216 / 5 = 43.2 → step 50
    [216, [0, 50, 100, 150, 200, 250]],
    // 73 / 5 = 14.6 → step 20
    [73, [0, 20, 40, 60, 80]],
    [1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
  ])('covers %f with round steps', (max, expected) => {
    expect(niceTicks(max)).toEqual(expected);
  });
});
