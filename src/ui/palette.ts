/**
 * Okabe–Ito colour-blind-safe palette: one colour per vendor class, the same in
 * every panel, legend and tile. Not the vendors' brand colours. The values are CSS
 * variables (src/app/styles.css) so that each theme gets a variant with 3:1 contrast
 * against its surface; src/app/theme-contrast.test.ts checks both.
 */
export const VENDOR_COLOURS = {
  nvidia: 'var(--vendor-nvidia)',
  amd: 'var(--vendor-amd)',
  custom: 'var(--vendor-custom)',
  hyperscaler: 'var(--vendor-hyperscaler)',
  specialist: 'var(--vendor-specialist)',
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
  over: 'var(--alert-mark)',
} as const;

/** Supply-plan colours for the upstream panel: all-Nvidia in Nvidia blue, the current mix in ink. */
export const PLAN_COLOURS = {
  allNvidia: VENDOR_COLOURS.nvidia,
  currentMix: 'var(--ink)',
  evenSplit: 'var(--even-split)',
} as const;

/** The vendor's-side panel: the buyer's dependence, its weight in Nvidia's revenue, circular financing, the 10% line. */
export const MIRROR_COLOURS = {
  dependence: 'var(--mirror-soft)',
  exposure: VENDOR_COLOURS.nvidia,
  financed: VENDOR_COLOURS.specialist,
  threshold: 'var(--alert-mark)',
} as const;
