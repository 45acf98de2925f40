import { barPathD } from './bar-path';

describe('barPathD', () => {
  it('writes the path Recharts writes for a square-cornered rectangle', () => {
    // Recharts' Rectangle (radius 0): `M x,y h width v height h -width Z`, rounded to 4 decimals.
    expect(barPathD(10, 20.123456, 30, -5)).toBe('M 10,20.1235 h 30 v -5 h -30 Z');
    expect(barPathD(0, 0, -0.00001, 1)).toBe('M 0,0 h 0 v 1 h 0 Z');
  });
});
