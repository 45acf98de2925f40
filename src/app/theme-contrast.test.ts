/// <reference types="node" />
/**
 * WCAG contrast of the real theme tokens, light and dark: axe skips most SVG text and
 * every chart mark, so this reads styles.css and palette.ts themselves. Text needs
 * 4.5:1 against what it sits on (1.4.3); chart series, the focus ring and form-field
 * borders need 3:1 against the surface (1.4.11). Changing a token to a failing value
 * fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  colourLiterals,
  contrast,
  customProperties,
  declaration,
  difference,
  isImportant,
  over,
  parseCss,
  resolveColour,
  type CssRule,
  type Rgba,
  type Theme,
  type Vision,
} from '../testing/colour';
import {
  BAND_TINTS,
  BUDGET_COLOURS,
  MIRROR_COLOURS,
  PLAN_COLOURS,
  STRATEGY_COLOURS,
  VENDOR_COLOURS,
} from '../ui/palette';

// The stylesheets as written (Vitest runs with css: false, so a ?raw import would be empty).
const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

const rules = parseCss(read('./styles.css'));
const presentationRules = parseCss(read('./presentation.css'));
const rootTokens = customProperties(rules, ':root');
/** Presentation mode: always light, its own near-black tokens over the root ones. */
const presentTokens = new Map([...rootTokens, ...customProperties(presentationRules, '.present')]);
const THEMES: readonly Theme[] = ['light', 'dark'];
/** Form fields whose outline is the only sign of the field, with the stylesheet that draws them. */
const FIELDS: readonly (readonly [string, readonly CssRule[]])[] = [
  ['.select', rules],
  ['.assumption__number', rules],
  ['.field__input', parseCss(read('./dialogs.css'))],
  ['.deck-editor__link', parseCss(read('../features/presentation/deck.css'))],
];

const colour = (value: string, theme: Theme, tokens = rootTokens) => resolveColour(value, theme, tokens);
const css = (selector: string, property: string) => declaration(rules, selector, property);
const surface = (theme: Theme) => colour('var(--surface)', theme);
const page = (theme: Theme) => colour('var(--bg)', theme);
const ratio = (fg: Rgba, bg: Rgba) => Number(contrast(over(fg, bg), bg).toFixed(2));

/** [what, foreground selector and property, background selector and property] */
type Pair = readonly [string, readonly [string, string], readonly [string, string]];
const PANEL: readonly [string, string] = ['.panel', 'background'];
const TEXT_PAIRS: readonly Pair[] = [
  ['body text on the page', ['html', 'color'], ['html', 'background']],
  ['body text on a panel', ['html', 'color'], PANEL],
  ['panel summary', ['.panel__summary', 'color'], PANEL],
  ['panel note', ['.panel__note', 'color'], PANEL],
  ['panel subtitle', ['.panel__subtitle', 'color'], PANEL],
  ['chart tick text', ['.recharts-cartesian-axis-tick-value', 'fill'], PANEL],
  ['axis title', ['.axis-label', 'fill'], PANEL],
  ['reference-line label', ['.ref-label', 'fill'], PANEL],
  ['bar value label', ['.bar-label', 'fill'], PANEL],
  ['legend text', ['.legend', 'color'], PANEL],
  ['tooltip text', ['.tooltip', 'color'], ['.tooltip', 'background']],
  ['tooltip title', ['.tooltip__title', 'color'], ['.tooltip', 'background']],
  ['data-table text', ['html', 'color'], PANEL],
  ['KPI label', ['.kpi__label', 'color'], ['.kpi', 'background']],
  ['KPI value', ['.kpi__value', 'color'], ['.kpi', 'background']],
  ['KPI detail', ['.kpi__detail', 'color'], ['.kpi', 'background']],
  ['KPI detail over budget', ['.kpi--alert .kpi__detail', 'color'], ['.kpi', 'background']],
  ['KPI badge', ['.kpi__badge', 'color'], ['.kpi__badge', 'background']],
  ['KPI warning badge', ['.kpi__badge--warning', 'color'], ['.kpi__badge--warning', 'background']],
  ['KPI alert badge', ['.kpi__badge--alert', 'color'], ['.kpi__badge--alert', 'background']],
  ['button', ['.button', 'color'], ['.button', 'background']],
  ['primary button', ['.button--primary', 'color'], ['.button--primary', 'background']],
  ['quiet button (Show data)', ['.button--quiet', 'color'], PANEL],
  ['segmented button', ['.segmented__button', 'color'], ['.segmented__button', 'background']],
  [
    'pressed segmented button',
    [".segmented__button[aria-pressed='true']", 'color'],
    [".segmented__button[aria-pressed='true']", 'background'],
  ],
  ['menu item', ['.menu__item', 'color'], ['.menu__items', 'background']],
  ['hovered menu item', ['.menu__item', 'color'], ['.menu__item:hover', 'background']],
  ['select', ['.select', 'color'], ['.select', 'background']],
  ['link button', ['.link-button', 'color'], PANEL],
  ['export error', ['.export__error', 'color'], PANEL],
  ['slider value', ['.slider-row__value', 'color'], ['.rail', 'background']],
  ['slider hint', ['.slider-row__hint', 'color'], ['.rail', 'background']],
  ['controls title', ['.controls__title', 'color'], ['.rail', 'background']],
  ['controls hint', ['.controls__hint', 'color'], ['.rail', 'background']],
  ['header subtitle', ['.topbar__subtitle', 'color'], ['.topbar', 'background']],
  ['footer', ['.footer', 'color'], ['html', 'background']],
  ['embed link line', ['.embed__link', 'color'], ['html', 'background']],
  ['embed link', ['.embed__link a', 'color'], ['html', 'background']],
  ['error message', ['.gate__message', 'color'], ['.gate__message', 'background']],
  ['assumption count', ['.assumptions__count', 'color'], ['.assumptions', 'background']],
  ['assumption controls', ['.assumption__controls', 'color'], ['.assumptions', 'background']],
  ['assumption note', ['.assumption__note', 'color'], ['.assumptions', 'background']],
  ['assumption source link', ['.assumption__sources a', 'color'], ['.assumptions', 'background']],
  ['confidence: reported', ['.confidence--reported', 'color'], ['.confidence--reported', 'background']],
  ['confidence: analyst', ['.confidence--analyst', 'color'], ['.assumptions', 'background']],
  ['confidence: derived', ['.confidence--derived', 'color'], ['.assumptions', 'background']],
  ['confidence: vendor claim', ['.confidence--vendorClaim', 'color'], ['.assumptions', 'background']],
];

/** Text on a background painted with a pattern: checked against every colour of the pattern. */
const PATTERNED: readonly (readonly [string, string])[] = [
  ['confidence: rumor', '.confidence--rumor'],
  ['confidence: placeholder', '.confidence--placeholder'],
];

describe('text contrast (WCAG 1.4.3, at least 4.5:1)', () => {
  describe.each(THEMES)('%s theme', (theme) => {
    it.each(TEXT_PAIRS)('%s', (_name, [fgSelector, fgProperty], [bgSelector, bgProperty]) => {
      const bg = over(colour(css(bgSelector, bgProperty), theme), surface(theme));
      expect(ratio(colour(css(fgSelector, fgProperty), theme), bg)).toBeGreaterThanOrEqual(4.5);
    });

    it.each(PATTERNED)('%s, on every stripe of its pattern', (_name, selector) => {
      const fg = colour(css(selector, 'color'), theme);
      const stripes = colourLiterals(css(selector, 'background'));
      expect(stripes.length).toBeGreaterThan(0);
      for (const stripe of stripes) {
        expect(ratio(fg, over(colour(stripe, theme), surface(theme)))).toBeGreaterThanOrEqual(4.5);
      }
    });

    it.each(Object.entries(BAND_TINTS))('band label on the %s tint', (_band, tint) => {
      const bg = over(colour(tint, theme), surface(theme));
      expect(ratio(colour(css('.band-label', 'fill'), theme), bg)).toBeGreaterThanOrEqual(4.5);
    });
  });

  it.each([
    ['ink', 'var(--ink)'],
    ['text', 'var(--text)'],
    ['muted text and ticks', 'var(--muted)'],
    ['links', 'var(--accent)'],
  ])('presentation mode: %s on white', (_name, token) => {
    const white = colour(declaration(presentationRules, '.present', 'background'), 'light', presentTokens);
    expect(ratio(colour(token, 'light', presentTokens), white)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('chart text', () => {
  // Recharts puts its own grey in each SVG text's style attribute; only !important beats it.
  it.each([
    ['.recharts-cartesian-axis-tick-value', rules],
    ['.axis-label', rules],
    ['.band-label', rules],
    ['.ref-label', rules],
    ['.bar-label', rules],
    ['.present .recharts-label.axis-label', presentationRules],
    ['.present .ref-label', presentationRules],
  ] as const)('%s takes the theme colour over Recharts’ inline grey', (selector, sheet) => {
    expect(isImportant(sheet, selector, 'fill')).toBe(true);
  });
});

/** Every colour a chart series is drawn in, by name. */
const SERIES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(VENDOR_COLOURS).map(([k, v]) => [`vendor ${k}`, v])),
  ...Object.fromEntries(Object.entries(STRATEGY_COLOURS).map(([k, v]) => [`strategy ${k}`, v])),
  ...Object.fromEntries(Object.entries(BUDGET_COLOURS).map(([k, v]) => [`budget ${k}`, v])),
  ...Object.fromEntries(Object.entries(PLAN_COLOURS).map(([k, v]) => [`plan ${k}`, v])),
  ...Object.fromEntries(Object.entries(MIRROR_COLOURS).map(([k, v]) => [`vendor's side ${k}`, v])),
  'tornado low end': 'var(--series-soft)',
  'tornado high end and fan median': 'var(--series-strong)',
  'energy: needed for the load': 'var(--muted)',
  'current-scenario marker': 'var(--ink)',
};

/** Series drawn over the concentration band tints (the HHI line, the upstream bars). */
const ON_BANDS: Record<string, string> = {
  'HHI line (Nvidia)': VENDOR_COLOURS.nvidia,
  ...Object.fromEntries(Object.entries(PLAN_COLOURS).map(([k, v]) => [`upstream ${k}`, v])),
};

describe('non-text contrast (WCAG 1.4.11, at least 3:1)', () => {
  describe.each(THEMES)('%s theme', (theme) => {
    it.each(Object.entries(SERIES))('series: %s against the panel', (_name, value) => {
      expect(ratio(colour(value, theme), surface(theme))).toBeGreaterThanOrEqual(3);
    });

    it.each(Object.entries(ON_BANDS))('%s against every band tint', (_name, value) => {
      for (const tint of Object.values(BAND_TINTS)) {
        const bg = over(colour(tint, theme), surface(theme));
        expect(ratio(colour(value, theme), bg)).toBeGreaterThanOrEqual(3);
      }
    });

    // The fan's bands are quiet tints (their values are in the tooltip and data table);
    // the median line must stand out from both of them.
    it.each(['var(--fan-band90)', 'var(--fan-band50)'])('fan median against %s', (band) => {
      const bg = over(colour(band, theme), surface(theme));
      expect(ratio(colour('var(--series-strong)', theme), bg)).toBeGreaterThanOrEqual(3);
    });

    it.each([
      ['the page', page],
      ['a panel', surface],
    ])('focus ring against %s', (_name, background) => {
      const ring = colour(css(':focus-visible', 'outline').split(' ').at(-1) ?? '', theme);
      expect(ratio(ring, background(theme))).toBeGreaterThanOrEqual(3);
    });

    it.each(FIELDS)('%s border against the panel and the page', (selector, file) => {
      const border = colour(declaration(file, selector, 'border').split(' ').at(-1) ?? '', theme);
      expect(ratio(border, surface(theme))).toBeGreaterThanOrEqual(3);
      expect(ratio(border, page(theme))).toBeGreaterThanOrEqual(3);
    });
  });
});

describe('vendor palette under colour-vision deficiency', () => {
  const VISIONS: readonly Vision[] = ['typical', 'protan', 'deutan', 'tritan'];
  // Okabe–Ito's own worst pair (blue and bluish green under tritanopia) is ΔE 17.
  const MIN_DIFFERENCE = 15;
  it.each(THEMES)('every two vendor classes stay apart in the %s theme', (theme) => {
    const colours = Object.entries(VENDOR_COLOURS).map(([id, v]) => [id, colour(v, theme)] as const);
    for (const vision of VISIONS) {
      for (const [i, [idA, a]] of colours.entries()) {
        for (const [idB, b] of colours.slice(i + 1)) {
          expect(difference(a, b, vision), `${idA}/${idB}, ${vision}`).toBeGreaterThanOrEqual(MIN_DIFFERENCE);
        }
      }
    }
  });
});

describe(parseCss, () => {
  it('reads the root tokens and skips print overrides', () => {
    expect(rootTokens.get('--surface')).toMatch(/^light-dark\(/);
    const printed: CssRule | undefined = rules.find((r) => r.atRules.some((a) => a.includes('print')));
    expect(printed).toBeDefined();
    expect(css('html', 'background')).toBe('var(--bg)');
  });
});
