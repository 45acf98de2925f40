import { numberAt, rowAt, xGrid } from './live-rows';

describe('live rows', () => {
  const rows = [
    { load: 0.1, cost: 5 },
    { load: 1, cost: Number.NaN },
  ];
  it('keeps only the x key in the grid the chart is given', () => {
    expect(xGrid(rows, 'load')).toEqual([{ load: 0.1 }, { load: 1 }]);
  });
  it('finds the row at a tooltip label, and reads finite numbers only', () => {
    expect(rowAt(rows, 'load', '1')).toBe(rows[1]);
    expect(rowAt(rows, 'load', 2)).toBeUndefined();
    expect(numberAt(rows[0]!, 'cost')).toBe(5);
    expect(numberAt(rows[1]!, 'cost')).toBeUndefined();
  });
});
