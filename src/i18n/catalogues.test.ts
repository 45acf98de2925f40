import { describe, expect, it as test } from 'vitest';
import { en } from './en';
import {
  formatInteger,
  formatNumber,
  formatPercent,
  formatPercentPoints,
  formatShareOfWhole,
  formatUsd,
  formatUsdTick,
} from './format';
import { CATALOGUES, interpolate } from './i18n';
import { it } from './it';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  test('Italian has exactly the English keys, each non-empty', () => {
    expect(Object.keys(it).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(it)) expect(message.trim(), key).not.toBe('');
  });

  test('every translation keeps the English placeholders', () => {
    for (const [key, message] of Object.entries(en)) {
      expect(placeholders(CATALOGUES.it[key as keyof typeof en]), key).toEqual(placeholders(message));
    }
  });
});

describe(interpolate, () => {
  test('fills named placeholders and leaves unknown ones visible', () => {
    expect(interpolate('HHI {hhi} at {share}', { hhi: '4,400' })).toBe('HHI 4,400 at {share}');
  });
});

describe(formatShareOfWhole, () => {
  test.each([
    ['en', 0.62, '62%'],
    ['en', 0.9976, '99.8%'],
    ['it', 0.9976, '99,8%'],
    ['en', 1, '100%'],
    ['en', 0.003, '0.3%'],
    ['en', 0, '0%'],
  ] as const)('%s %f → %s', (locale, share, text) => {
    expect(formatShareOfWhole(locale, share)).toBe(text);
  });
});

describe('locale formatting', () => {
  test.each([
    ['en', 1234.5, '1,234.5', '1,235', '42%', '$58B', '12.5%', '$150B'],
    ['it', 1234.5, '1.234,5', '1.235', '42%', '58 Mld USD', '12,5%', '150 Mld'],
  ] as const)('%s', (locale, value, number, integer, percent, usd, points, tick) => {
    expect(formatNumber(locale, value, 5)).toBe(number);
    expect(formatInteger(locale, value)).toBe(integer);
    expect(formatPercent(locale, 0.42)).toBe(percent);
    expect(formatUsd(locale, 58e9).replace(/\s/g, ' ')).toBe(usd);
    expect(formatPercentPoints(locale, 12.5, 1)).toBe(points);
    expect(formatUsdTick(locale, 150e9).replace(/\s/g, ' ')).toBe(tick);
  });
});
