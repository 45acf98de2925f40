/**
 * Turns an on-screen chart into a self-contained, framed SVG (title, legend, chart,
 * caption with the scenario, sources line, scenario link) and that SVG into a PNG.
 * Styles come from the live DOM's computed style, so CSS variables and the theme
 * are baked in and the file renders the same anywhere.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

export interface ExportFrame {
  readonly title: string;
  /** The scenario in words ("Compute spend $58B per year · Nvidia share 70% · …"). */
  readonly caption: string;
  /** "Sources: …" */
  readonly sources: string;
  /** The scenario link, so a slide can be traced back. */
  readonly link: string;
}

export interface LegendEntry {
  readonly label: string;
  readonly swatch: SVGSVGElement | null;
}

/** Copies computed presentation styles from `source` onto `target`, recursively. */
function inlineStyles(source: Element, target: Element): void {
  const computed = window.getComputedStyle(source);
  const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s && t) inlineStyles(s, t);
  }
}

function text(
  x: number,
  y: number,
  content: string,
  size: number,
  colour: string,
  weight = 400,
): SVGTextElement {
  const node = document.createElementNS(SVG_NS, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y));
  node.setAttribute(
    'style',
    `font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:${size}px;font-weight:${weight};fill:${colour}`,
  );
  node.textContent = content;
  return node;
}

/** Wraps `content` into lines of at most `maxChars` characters at word boundaries. */
export function wrapText(content: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Builds the framed SVG document for a chart. Returns the markup and its size in CSS px. */
export function framedChartSvg(
  chart: SVGSVGElement,
  legend: readonly LegendEntry[],
  frame: ExportFrame,
  colours: { background: string; ink: string; muted: string },
): { markup: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const width = Math.max(480, Math.round(box.width)) + 32;
  const pad = 16;
  const maxChars = Math.floor((width - 2 * pad) / 6.2);
  const captionLines = wrapText(frame.caption, maxChars);
  const sourceLines = wrapText(frame.sources, maxChars);
  const chartTop = 44 + (legend.length > 0 ? 24 : 0);
  const footTop = chartTop + Math.round(box.height) + 12;
  const height = footTop + (captionLines.length + sourceLines.length + 1) * 16 + pad;

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', colours.background);
  root.appendChild(bg);
  root.appendChild(text(pad, 30, frame.title, 18, colours.ink, 650));

  let x = pad;
  for (const entry of legend) {
    if (entry.swatch) {
      const swatch = entry.swatch.cloneNode(true);
      if (swatch instanceof SVGSVGElement) {
        inlineStyles(entry.swatch, swatch);
        swatch.setAttribute('x', String(x));
        swatch.setAttribute('y', String(chartTop - 20));
        root.appendChild(swatch);
      }
    }
    root.appendChild(text(x + 26, chartTop - 11, entry.label, 12, colours.ink));
    x += 26 + entry.label.length * 6.6 + 18;
  }

  const clone = chart.cloneNode(true);
  if (clone instanceof SVGSVGElement) {
    inlineStyles(chart, clone);
    clone.setAttribute('x', String(pad));
    clone.setAttribute('y', String(chartTop));
    clone.setAttribute('width', String(Math.round(box.width)));
    clone.setAttribute('height', String(Math.round(box.height)));
    root.appendChild(clone);
  }

  let y = footTop + 14;
  for (const line of captionLines) {
    root.appendChild(text(pad, y, line, 12, colours.ink));
    y += 16;
  }
  for (const line of sourceLines) {
    root.appendChild(text(pad, y, line, 11, colours.muted));
    y += 16;
  }
  root.appendChild(text(pad, y, frame.link, 11, colours.muted));
  return { markup: new XMLSerializer().serializeToString(root), width, height };
}

/** Rasterises SVG markup to a PNG blob at `scale`× its CSS size. */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart image could not be rendered.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas is not available in this browser.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob as a file through a temporary link. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe slug of a title. */
export function fileSlug(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'chart'
  );
}
