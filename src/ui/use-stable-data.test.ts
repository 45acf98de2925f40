import { renderHook } from '@testing-library/react';
import { sameData, useStableData } from './use-stable-data';

describe('sameData', () => {
  it('compares plain data deeply', () => {
    expect(sameData([1, { a: 2, b: [3] }], [1, { a: 2, b: [3] }])).toBe(true);
    expect(sameData([1, { a: 2, b: [3] }], [1, { a: 2, b: [4] }])).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
    expect(sameData(null, {})).toBe(false);
  });
});

describe('useStableData', () => {
  it('keeps the first object while the data is the same, and takes a changed one', () => {
    const first = [0.1, 10];
    const { result, rerender } = renderHook(({ value }) => useStableData(value), {
      initialProps: { value: first },
    });
    rerender({ value: [0.1, 10] });
    expect(result.current).toBe(first);
    const changed = [0.1, 100];
    rerender({ value: changed });
    expect(result.current).toBe(changed);
  });
});
