import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadTestReferenceData } from '../testing/reference-data';
import { renderWithStore } from '../testing/render';
import { Dashboard } from './dashboard';

const renderDashboard = () => renderWithStore(<Dashboard data={loadTestReferenceData()} />);

const summary = (testId: string) => screen.getByTestId(`${testId}-summary`).textContent ?? '';

/** Moves a range slider to a position (the slider's own scale: 0 … max). */
function slide(name: RegExp, position: number) {
  act(() => {
    fireEvent.change(screen.getByRole('slider', { name }), { target: { value: String(position) } });
  });
}

// These drive the whole dashboard in jsdom; a busy 2-core machine needs more than the 5 s default.
describe('model panels in the dashboard', { timeout: 30_000 }, () => {
  it('the Nvidia share slider moves the vendor’s side, upstream and predictability summaries', async () => {
    renderDashboard();
    const before = ['vendor-side-panel', 'upstream-panel', 'predictability-panel'].map(summary);
    expect(summary('vendor-side-panel')).toMatch(/In 2028 the buyer spends \$[\d.]+B with Nvidia/);
    slide(/^nvidia share$/i, 30);
    // Panels redraw one per task after the slider paints: allow a busy machine time for all eight.
    expect(
      await screen.findByText(/At 30% Nvidia next year’s inference bill/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    // Panels redraw one at a time (the chart queue), so wait for each.
    await waitFor(
      () => {
        const after = ['vendor-side-panel', 'upstream-panel', 'predictability-panel'].map(summary);
        after.forEach((text, i) => expect(text).not.toBe(before[i]));
      },
      { timeout: 5000 },
    );
  });

  it('the supply-chain panel names the bands in its legend and never rounds a near-monopoly to 100%', () => {
    renderDashboard();
    const panel = screen.getByTestId('upstream-panel');
    // The default foundry HHI is 9,952: TSMC makes 99.8% of the mix, not all of it.
    expect(summary('upstream-panel')).toMatch(/foundry HHI 9,952 \(TSMC 99\.8%\)/);
    const legendItems = within(panel)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(legendItems).toEqual(
      expect.arrayContaining(['Highly concentrated', 'Moderately concentrated', 'Unconcentrated']),
    );
  });

  it('the projection-year slider drives the budget and energy panels', async () => {
    renderDashboard();
    expect(summary('budget-panel')).toMatch(/^In 2028 the inference bill is/);
    const year = screen.getByRole('slider', { name: /projection year/i });
    expect(year).toHaveAttribute('max', '5'); // 2026 … 2031
    slide(/projection year/i, 5);
    expect(await screen.findByText(/^In 2031 the inference bill is/)).toBeInTheDocument();
    await waitFor(() => expect(summary('energy-panel')).toMatch(/^In 2031 the fleet draws/));
  });

  it('the tornado switches metric and opens an assumption from its data table', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const panel = screen.getByTestId('sensitivity-panel');
    expect(summary('sensitivity-panel')).toMatch(
      /Cost per million tokens is most sensitive to Workload intensity/,
    );
    await user.click(within(panel).getByRole('button', { name: 'Vendor HHI' }));
    expect(summary('sensitivity-panel')).toMatch(/Vendor HHI is most sensitive to Nvidia share/);
    await user.click(within(panel).getByRole('button', { name: 'Show data' }));
    await user.click(within(panel).getByRole('button', { name: /open nvidia share in the assumptions/i }));
    // The headline inputs are listed too: the assumptions panel opens on Nvidia share's group.
    expect(
      within(screen.getByTestId('assumptions-panel')).getByRole('slider', { name: /^nvidia share$/i }),
    ).toHaveFocus();
    await user.click(within(panel).getByRole('button', { name: 'Cost per million tokens' }));
    await user.click(within(panel).getByRole('button', { name: /open effective utilization/i }));
    const slider = await screen.findByRole('slider', { name: /^effective utilization$/i });
    expect(slider).toHaveFocus();
  });

  it('an assumption slider changes the energy bill and resets to its default', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await user.click(screen.getByText('Assumptions'));
    await user.click(screen.getByText('Energy'));
    const before = summary('energy-panel');
    const price = screen.getByRole('slider', { name: /^electricity price$/i });
    act(() => {
      fireEvent.change(price, { target: { value: price.getAttribute('max') } });
    });
    await waitFor(() => expect(summary('energy-panel')).not.toBe(before));
    // Dearer power shrinks the fleet the budget buys: 7.62 GW × 8,760 h = 66.7 TWh; × $0.30/kWh = $20B
    expect(summary('energy-panel')).toMatch(/7\.62 GW \(66\.7 TWh a year, \$20B of electricity\)/);
    await user.click(screen.getByRole('button', { name: /reset electricity price to its default/i }));
    await waitFor(() => expect(summary('energy-panel')).toBe(before));
  });

  it('assumptions show their confidence, and a placeholder or rumor is marked as such', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await user.click(screen.getByText('Assumptions'));
    await user.click(screen.getByText('Uncertainty and supply chain'));
    const rumor = within(screen.getByTestId('assumption-tsmc.custom')).getByText('Rumor');
    expect(rumor).toHaveClass('confidence--rumor');
    const placeholder = within(screen.getByTestId('assumption-correlation')).getByText('Placeholder');
    expect(placeholder).toHaveClass('confidence--placeholder');
    const reported = within(screen.getByTestId('assumption-tsmc.hyperscaler')).getByText('Reported');
    expect(reported).toHaveClass('confidence--reported');
    expect(
      within(screen.getByTestId('assumption-tsmc.custom')).getByRole('link', { name: /FT\/Reuters/ }),
    ).toHaveAttribute('href');
  });

  it('the Model view lists the validation cases and the sources', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await user.click(screen.getByText('The model: validation and sources'));
    const view = screen.getByTestId('model-view');
    expect(
      within(view).getByText('H100 annualized cost per hour vs 1-year rental price'),
    ).toBeInTheDocument();
    expect(within(view).getAllByRole('row')).toHaveLength(6);
    expect(within(view).getByRole('link', { name: /Counterpoint Research/ })).toBeInTheDocument();
  });
});
