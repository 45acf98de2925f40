/**
 * Colour arithmetic for the theme tests: parse CSS colours, resolve the app's tokens
 * (`var()`, `light-dark()`) per theme, WCAG contrast, and colour-vision-deficiency
 * simulation. Test-only; the app never computes colours at run time.
 */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  /** 0–1 */
  readonly a: number;
}

export type Theme = 'light' | 'dark';

/** A CSS rule's declarations, with the at-rules (e.g. `@media print`) it sits in. */
export interface CssRule {
  readonly selectors: readonly string[];
  readonly declarations: ReadonlyMap<string, string>;
  readonly atRules: readonly string[];
}

/** Splits a stylesheet into rules (comments dropped, nesting only through at-rules). */
export function parseCss(source: string): CssRule[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  const stack: string[] = [];
  let buffer = '';
  let prelude = '';
  for (const char of text) {
    if (char === '{') {
      const head = buffer.trim();
      buffer = '';
      if (head.startsWith('@')) stack.push(head);
      else prelude = head;
    } else if (char === '}') {
      if (prelude) {
        const declarations = new Map<string, string>();
        for (const part of splitTopLevel(buffer, ';')) {
          const colon = part.indexOf(':');
          if (colon > 0) declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
        }
        rules.push({
          selectors: splitTopLevel(prelude, ',').map((s) => s.trim().replace(/\s+/g, ' ')),
          declarations,
          atRules: [...stack],
        });
        prelude = '';
      } else stack.pop();
      buffer = '';
    } else buffer += char;
  }
  return rules;
}

/** Splits on `separator` outside parentheses. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  if (current.trim()) parts.push(current);
  return parts;
}

function rawDeclaration(rules: readonly CssRule[], selector: string, property: string): string {
  let value: string | undefined;
  for (const rule of rules) {
    if (rule.atRules.length > 0 || !rule.selectors.includes(selector)) continue;
    value = rule.declarations.get(property) ?? value;
  }
  if (value === undefined) throw new Error(`${selector} declares no ${property}`);
  return value;
}

/** The value `selector` (exactly as written in a selector list) declares for `property`; later rules win. */
export function declaration(rules: readonly CssRule[], selector: string, property: string): string {
  return rawDeclaration(rules, selector, property)
    .replace(/\s*!important$/, '')
    .trim();
}

/** Whether that declaration is `!important` (needed to beat a style attribute). */
export function isImportant(rules: readonly CssRule[], selector: string, property: string): boolean {
  return /!important$/.test(rawDeclaration(rules, selector, property));
}

/** Custom properties declared on `selector` outside at-rules (later declarations win). */
export function customProperties(rules: readonly CssRule[], selector: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const rule of rules) {
    if (rule.atRules.length > 0 || !rule.selectors.includes(selector)) continue;
    for (const [name, value] of rule.declarations) if (name.startsWith('--')) tokens.set(name, value);
  }
  return tokens;
}

/** Resolves a colour value (hex, rgb(), `transparent`, `var()`, `light-dark()`) for a theme. */
export function resolveColour(value: string, theme: Theme, tokens: ReadonlyMap<string, string>): Rgba {
  const v = value.trim();
  const variable = /^var\((--[\w-]+)\)$/.exec(v);
  if (variable?.[1]) {
    const token = tokens.get(variable[1]);
    if (token === undefined) throw new Error(`unknown token ${variable[1]}`);
    return resolveColour(token, theme, tokens);
  }
  const lightDark = /^light-dark\((.*)\)$/.exec(v);
  if (lightDark?.[1]) {
    const [light, dark] = splitTopLevel(lightDark[1], ',');
    if (light === undefined || dark === undefined) throw new Error(`bad light-dark(): ${v}`);
    return resolveColour(theme === 'light' ? light : dark, theme, tokens);
  }
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(v);
  if (hex?.[1]) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    const channel = (i: number) => parseInt(digits.slice(i, i + 2), 16);
    return { r: channel(0), g: channel(2), b: channel(4), a: 1 };
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[/,]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : Number(rgb[4]);
    return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alpha };
  }
  throw new Error(`cannot resolve colour ${v}`);
}

/** Every colour literal in a value such as a gradient (hex and rgb()). */
export function colourLiterals(value: string): string[] {
  return value.match(/#[0-9a-f]{6}\b|#[0-9a-f]{3}\b|rgba?\([^)]*\)/gi) ?? [];
}

/** `top` painted over an opaque `bottom` (source-over). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

const linear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio (1–21) of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

export type Vision = 'typical' | 'protan' | 'deutan' | 'tritan';

/** Machado, Oliveira & Fernandes (2009) full-severity dichromacy matrices, in linear RGB. */
const VISION: Record<Vision, readonly (readonly [number, number, number])[]> = {
  typical: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function lab([r, g, b]: readonly number[]): [number, number, number] {
  const [lr, lg, lb] = [r ?? 0, g ?? 0, b ?? 0];
  const x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047;
  const y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  const z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference between two colours as seen with `vision`. */
export function difference(a: Rgba, b: Rgba, vision: Vision): number {
  const seen = (c: Rgba) =>
    lab(
      VISION[vision].map(([kr, kg, kb]) =>
        Math.min(1, Math.max(0, kr * linear(c.r) + kg * linear(c.g) + kb * linear(c.b))),
      ),
    );
  const [l1, a1, b1] = seen(a);
  const [l2, a2, b2] = seen(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
