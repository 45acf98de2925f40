/**
 * Okabe–Ito colour-blind-safe palette: one colour per vendor class, the same in
 * every panel, legend and tile. Not the vendors' brand colours.
 */
export const VENDOR_COLOURS = {
  nvidia: '#0072B2',
  amd: '#D55E00',
  custom: '#009E73',
  hyperscaler: '#E69F00',
  specialist: '#CC79A7',
} as const;

/** Strategy colours for the cost curves; the current mix is drawn in the ink colour. */
export const STRATEGY_COLOURS = {
  allNvidia: VENDOR_COLOURS.nvidia,
  allAlternatives: VENDOR_COLOURS.custom,
  currentMix: 'var(--ink)',
} as const;

/** Background tints for the concentration bands (quiet: never louder than the data). */
export const BAND_TINTS = {
  unconcentrated: 'var(--band-low)',
  moderatelyConcentrated: 'var(--band-mid)',
  highlyConcentrated: 'var(--band-high)',
} as const;

/** Budget and projection series (neutral: vendor colours stay reserved for vendors). */
export const BUDGET_COLOURS = {
  inference: 'var(--series-strong)',
  remaining: 'var(--series-soft)',
  over: '#d55e00',
} as const;

/** Supply-plan colours for the upstream panel: all-Nvidia in Nvidia blue, the current mix in ink. */
export const PLAN_COLOURS = {
  allNvidia: VENDOR_COLOURS.nvidia,
  currentMix: 'var(--ink)',
  evenSplit: '#999999',
} as const;
