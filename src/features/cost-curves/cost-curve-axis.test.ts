import { breakEvenLabelPosition, logTicks } from './cost-curve-axis';

describe(breakEvenLabelPosition, () => {
  it.each([
    [0.5, 'insideTopLeft'], // far left: the words go right of the line, over the fallen curves
    [10.9, 'insideTopLeft'], // the default scenario's break-even
    [100, 'insideTopLeft'],
    [101, 'insideTopRight'], // past 60% of the axis there is no room on the right
    [5000, 'insideTopRight'],
  ] as const)('a break-even at %s T tokens/day is labelled %s', (load, position) => {
    expect(breakEvenLabelPosition(load)).toBe(position);
  });
});

describe(logTicks, () => {
  it('steps 1-2-5 through each decade within the range', () => {
    expect(logTicks(0.2, 10)).toEqual([0.2, 0.5, 1, 2, 5, 10]);
  });
});
