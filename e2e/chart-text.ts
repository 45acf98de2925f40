// Chart text must be readable where it is painted: no tick, axis title, band, reference or
// bar label may run into another, spill out of its chart, or (a band or reference label)
// sit on a bar. Shared by the explore-view screens and the presentation steps.
import type { Page } from '@playwright/test';

/** What is wrong with the chart text of every panel on the page, as sentences (none: []). */
export function chartTextProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Box = { left: number; right: number; top: number; bottom: number };
    // More than a pixel each way: glyph boxes of neighbours may touch.
    const overlap = (a: Box, b: Box) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const axisOf = (el: Element) =>
      el.closest('.recharts-xAxis-tick-labels')
        ? 'x'
        : el.closest('.recharts-yAxis-tick-labels')
          ? 'y'
          : null;
    const out: string[] = [];
    for (const panel of document.querySelectorAll<HTMLElement>('section.panel[data-testid]')) {
      const id = panel.dataset.testid ?? '?';
      for (const svg of panel.querySelectorAll<SVGSVGElement>('svg.recharts-surface')) {
        const texts = [...svg.querySelectorAll<SVGTextElement>('text')]
          .filter(
            (t) => t.textContent?.trim() && getComputedStyle(t).display !== 'none' && t.getBBox().width > 0,
          )
          .map((el) => ({ el, box: el.getBoundingClientRect() }));
        const frame = svg.getBoundingClientRect();
        texts.forEach(({ el: text, box }, i) => {
          if (
            box.left < frame.left - 1 ||
            box.right > frame.right + 1 ||
            box.top < frame.top - 1 ||
            box.bottom > frame.bottom + 1
          )
            out.push(`${id}: “${text.textContent}” spills out of its chart`);
          for (const { el: other, box: otherBox } of texts.slice(i + 1)) {
            // The first x tick and the lowest y tick meet at the origin by design.
            const [a, b] = [axisOf(text), axisOf(other)];
            if (a && b && a !== b) continue;
            if (overlap(box, otherBox))
              out.push(`${id}: “${text.textContent}” runs into “${other.textContent}”`);
          }
        });
        const bars = [...svg.querySelectorAll('.recharts-bar-rectangle path, .recharts-bar-rectangles path')]
          .map((bar) => bar.getBoundingClientRect())
          .filter((bar) => bar.width > 0 && bar.height > 0);
        for (const label of svg.querySelectorAll<SVGTextElement>(
          'text.band-label, text.ref-label, .band-label text, .ref-label text',
        )) {
          const box = label.getBoundingClientRect();
          if (bars.some((bar) => overlap(box, bar))) out.push(`${id}: “${label.textContent}” sits on a bar`);
        }
      }
    }
    return [...new Set(out)];
  });
}
