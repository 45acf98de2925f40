import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KpiTile, splitUnit } from './kpi-tile';

describe(splitUnit, () => {
  it.each([
    ['4,38 Mld USD', { number: '4,38', space: ' ', unit: 'Mld USD' }],
    ['0,356 USD', { number: '0,356', space: ' ', unit: 'USD' }],
    ['11 GW', { number: '11', space: ' ', unit: 'GW' }],
    ['1,9\u00a0GW', { number: '1,9', space: '\u00a0', unit: 'GW' }],
    ['$6.68B', { number: '$6.68B', space: '', unit: '' }],
    ['5.260', { number: '5.260', space: '', unit: '' }],
    ['1 234', { number: '1 234', space: '', unit: '' }],
  ])('splits %j', (value, parts) => {
    expect(splitUnit(value)).toEqual(parts);
  });
});

describe(KpiTile, () => {
  it('reads as the whole value, with the unit words in their own span', () => {
    render(<KpiTile label="Inference bill per year" value="4,38 Mld USD" />);
    const tile = screen.getByRole('region', { name: 'Inference bill per year' });
    expect(tile.querySelector('.num')?.textContent).toBe('4,38 Mld USD');
    expect(tile.querySelector('.kpi__unit')?.textContent).toBe('Mld USD');
  });
});
