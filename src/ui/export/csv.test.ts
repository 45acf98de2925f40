import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe(toCsv, () => {
  it('writes numbers raw and quotes cells with commas, quotes and newlines', () => {
    expect(
      toCsv(
        ['Load (T tokens/day)', 'Cost, USD'],
        [
          [0.1, 8.08],
          ['say "hi"', null],
        ],
      ),
    ).toBe('Load (T tokens/day),"Cost, USD"\r\n0.1,8.08\r\n"say ""hi""",\r\n');
  });
  it('neutralises spreadsheet formulas and drops non-finite numbers', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], [Number.POSITIVE_INFINITY]])).toBe(
      'a\r\n"\'=HYPERLINK(""x"")"\r\n\r\n',
    );
  });
});
