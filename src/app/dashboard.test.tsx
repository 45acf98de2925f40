import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadTestReferenceData } from '../testing/reference-data';
import { renderWithStore } from '../testing/render';
import { Dashboard } from './dashboard';

const renderDashboard = () => renderWithStore(<Dashboard data={loadTestReferenceData()} />);
const summary = (testId: string) => screen.getByTestId(`${testId}-summary`).textContent ?? '';
/** jsdom does not implement keyboard stepping of range inputs, so set the slider position as a drag would. */
const moveTo = (slider: HTMLElement, position: number | string) =>
  fireEvent.change(slider, { target: { value: String(position) } });
const tile = (name: string) => within(screen.getByTestId('kpis')).getByRole('region', { name });

describe(Dashboard, () => {
  it('shows the three headline sliders with accessible names and unit-bearing values', () => {
    renderDashboard();
    expect(screen.getByRole('slider', { name: 'Compute spend' })).toHaveAttribute(
      'aria-valuetext',
      '$58B per year',
    );
    expect(screen.getByRole('slider', { name: 'Nvidia share' })).toHaveAttribute('aria-valuetext', '70%');
    expect(screen.getByRole('slider', { name: 'Inference load' })).toHaveAttribute(
      'aria-valuetext',
      '50 T tokens/day',
    );
  });

  it('updates the concentration KPI and chart summary as the Nvidia share moves', async () => {
    renderDashboard();
    const concentration = tile('Vendor concentration');
    // Defaults: Nvidia 70%, non-Nvidia 30% split 32 / 53.3 / 10.7 / 4 →
    // HHI = 70² + (30×.32)² + (30×.533)² + (30×.107)² + (30×.04)² = 4900 + 92.16 + 256 + 10.3 + 1.44 ≈ 5,260
    expect(concentration).toHaveTextContent('5,260');
    expect(summary('concentration-panel')).toBe('Highly concentrated: HHI 5,260 at 70% Nvidia');

    const slider = screen.getByRole('slider', { name: 'Nvidia share' });
    moveTo(slider, 0);
    // 0% Nvidia: the mix alone → 32² + 53.3² + 10.7² + 4² = 1024 + 2841 + 114.5 + 16 ≈ 3,995
    expect(slider).toHaveAttribute('aria-valuetext', '0%');
    // The tiles redraw with the charts, just after the slider's own frame.
    await waitFor(() => expect(concentration).toHaveTextContent(/3,99\d/));
    await waitFor(() =>
      expect(summary('concentration-panel')).toMatch(/^Highly concentrated: HHI 3,99\d at 0% Nvidia$/),
    );
  });

  it("paints a slider step in the slider's own frame; the tiles follow with the charts", async () => {
    renderDashboard();
    const concentration = tile('Vendor concentration');
    const slider = screen.getByRole('slider', { name: 'Nvidia share' });
    moveTo(slider, 0);
    // The slider's own render carries only the slider, so its frame stays small.
    expect(slider).toHaveAttribute('aria-valuetext', '0%');
    expect(concentration).toHaveTextContent('5,260');
    await waitFor(() => expect(concentration).toHaveTextContent(/3,99\d/));
  });

  it('says plainly when the load exceeds what the budget buys', async () => {
    renderDashboard();
    const slider = screen.getByRole('slider', { name: 'Inference load' });
    moveTo(slider, slider.getAttribute('max') ?? '');
    expect(slider).toHaveAttribute('aria-valuetext', '10,000 T tokens/day');
    await waitFor(() =>
      expect(tile('Inference bill per year')).toHaveTextContent(
        /Over budget: [\d,.]+ T tokens\/day unserved/,
      ),
    );
    await waitFor(() =>
      expect(summary('cost-panel')).toMatch(
        /^At 10,000 T tokens\/day the current mix costs \$0\.\d+ per million tokens/,
      ),
    );
  });

  it('says when the load outgrows the budget, once the slider settles, and not on every step', async () => {
    renderDashboard();
    const announcer = screen.getByTestId('announcer');
    const load = screen.getByRole('slider', { name: 'Inference load' });
    moveTo(load, Number(load.getAttribute('value')) + 1);
    moveTo(load, load.getAttribute('max') ?? 0);
    await waitFor(() => expect(announcer).toHaveTextContent('Load now exceeds what the budget buys.'), {
      timeout: 3000,
    });
    expect(announcer).not.toHaveTextContent(/concentrat/i);
  });

  it('changes the cost summary and bill share as load and compute spend move', async () => {
    renderDashboard();
    const before = summary('cost-panel');
    const load = screen.getByRole('slider', { name: 'Inference load' });
    moveTo(load, Number(load.getAttribute('value')) + 12);
    expect(load).toHaveAttribute('aria-valuetext', '100 T tokens/day');
    await waitFor(() => expect(summary('cost-panel')).not.toBe(before));
    expect(summary('cost-panel')).toMatch(/^At 100 T tokens\/day/);

    const shareBefore = tile('Inference bill per year').textContent;
    const spend = screen.getByRole('slider', { name: 'Compute spend' });
    moveTo(spend, spend.getAttribute('max') ?? '');
    expect(spend).toHaveAttribute('aria-valuetext', '$500B per year');
    await waitFor(() => expect(tile('Inference bill per year').textContent).not.toBe(shareBefore));
  });

  it('toggles a data table under each chart', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const buttons = screen.getAllByRole('button', { name: 'Show data' });
    await user.click(buttons[0]!);
    expect(screen.getByRole('table', { name: 'How concentrated is the supply?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide data' })).toHaveAttribute('aria-expanded', 'true');
  });
});
