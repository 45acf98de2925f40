import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { it as italian } from '../i18n/it';
import { loadTestReferenceData } from '../testing/reference-data';
import { renderWithStore } from '../testing/render';
import { EmbedView } from './embed-view';
import { PANELS } from './panel-registry';

// jsdom has no layout: give Recharts' containers a laptop-sized box so the charts (and their ticks) draw.
const realRect = HTMLElement.prototype.getBoundingClientRect;
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('recharts-responsive-container')
      ? new DOMRect(0, 0, 640, 300)
      : realRect.call(this);
  });
});
afterAll(() => {
  vi.restoreAllMocks();
});

/** Number shapes that are English, never Italian: "$1.2B", "12.5%", "0.42", an ungrouped "1800". */
const ENGLISH_NUMBER = [
  /\$\s?\d/,
  /\d\.\d{1,2}(?!\d)/,
  /\d,\d{3},\d{3}/,
  /(?<![\w.,])(?!20\d\d\b)\d{4,}(?![\w.,])/,
];

const texts = (root: HTMLElement, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent ?? '').filter(Boolean);

describe('panels in Italian', { timeout: 30_000 }, () => {
  it.each(PANELS.map((p) => p.id))(
    '%s: ticks, labels, summary and data table use Italian numbers',
    async (id) => {
      const user = userEvent.setup();
      const { container } = renderWithStore(<EmbedView data={loadTestReferenceData()} panelId={id} />, {
        locale: 'it',
      });
      await waitFor(() =>
        expect(container.querySelector('.recharts-cartesian-axis-tick-value')).not.toBeNull(),
      );
      await user.click(screen.getByRole('button', { name: italian['chart.showData'] }));
      const shown = [
        ...texts(container, '.recharts-cartesian-axis-tick-value'),
        ...texts(container, '.recharts-label'),
        ...texts(container, '.panel__summary'),
        ...texts(container, '.legend'),
        ...within(container)
          .getAllByRole('cell')
          .map((cell) => cell.textContent ?? ''),
      ];
      expect(shown.length).toBeGreaterThan(10);
      for (const text of shown) for (const shape of ENGLISH_NUMBER) expect(text).not.toMatch(shape);
    },
  );

  it('the concentration axes read 1.800 and 10.000, shares in whole percent', async () => {
    const { container } = renderWithStore(
      <EmbedView data={loadTestReferenceData()} panelId="concentration" />,
      { locale: 'it' },
    );
    await waitFor(() =>
      expect(container.querySelector('.recharts-cartesian-axis-tick-value')).not.toBeNull(),
    );
    const ticks = texts(container, '.recharts-cartesian-axis-tick-value');
    expect(ticks).toEqual(expect.arrayContaining(['1.800', '10.000', '0%', '40%', '100%']));
  });
});
