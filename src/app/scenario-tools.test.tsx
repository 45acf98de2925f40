import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanUpApp, renderAppAt } from '../testing/app';

afterEach(() => {
  cleanUpApp();
  window.localStorage.clear();
});

const slider = (name: string, scope: HTMLElement = document.body) =>
  within(scope).getByRole('slider', { name });
const drag = (el: HTMLElement, position: number) =>
  fireEvent.change(el, { target: { value: String(position) } });
const scenarioName = () => screen.getByTestId('scenario-name').textContent ?? '';

describe('preset gallery', () => {
  it('opens as a dialog, shows each narrative with its values and sources, and loads the chosen preset', async () => {
    const user = userEvent.setup();
    await renderAppAt('');
    const opener = screen.getByRole('button', { name: 'Presets' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Presets' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    const list = within(dialog).getByRole('list', { name: 'Available presets' });
    expect(within(list).getAllByRole('button')).toHaveLength(6);

    await user.click(within(dialog).getByRole('button', { name: /^Hedged after the stall/ }));
    expect(within(dialog).getByRole('heading', { name: 'Hedged after the stall' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('610 / 930 = 66%');
    expect(dialog).toHaveTextContent(/Nvidia share\s*66%/);
    expect(
      within(dialog).getByRole('link', { name: /OpenAI signs \$300B cloud deal with Oracle/ }),
    ).toHaveAttribute('href', expect.stringMatching(/^https:/));

    await user.click(within(dialog).getByRole('button', { name: 'Open this scenario' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(scenarioName()).toContain('Hedged after the stall');
    expect(slider('Nvidia share')).toHaveAttribute('aria-valuetext', '66%');
    expect(window.location.search).toContain('preset=hedged-after-stall');
    expect(window.location.search).not.toContain('panel=');

    drag(slider('Nvidia share'), 50);
    expect(scenarioName()).toContain('Custom · based on Hedged after the stall');
    expect(screen.getByRole('button', { name: 'Reset to preset' })).toBeInTheDocument();
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    await renderAppAt('');
    const opener = screen.getByRole('button', { name: 'Presets' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('opens from a link with panel=presets', async () => {
    await renderAppAt('?panel=presets');
    expect(screen.getByRole('dialog', { name: 'Presets' })).toBeInTheDocument();
  });
});

describe('baseline comparison', () => {
  it('pins the current scenario; tiles and chart summaries then state the change from it', async () => {
    const user = userEvent.setup();
    await renderAppAt('');
    await user.click(screen.getByRole('button', { name: 'Pin as baseline' }));
    const cost = screen.getByRole('region', { name: 'Cost per million tokens' });
    expect(cost).toHaveTextContent('Same as baseline');
    drag(slider('Nvidia share'), 100);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Vendor concentration' })).toHaveTextContent(
        /▲ 4,740 vs baseline/,
      ),
    );
    expect(await screen.findByText(/Baseline: HHI 5,260 at 70% Nvidia\./)).toBeInTheDocument();
    // The address bar follows a slider drag after a short debounce.
    await waitFor(() => expect(window.location.search).toMatch(/&base=1&base\.nvidia=70$/));
    await user.click(screen.getByRole('button', { name: 'Clear baseline' }));
    expect(cost).not.toHaveTextContent('vs baseline');
  });
});

describe('saved scenarios', () => {
  it('saves under a name, lists, reopens and deletes', async () => {
    const user = userEvent.setup();
    await renderAppAt('?v=1&spend=150');
    await user.click(screen.getByRole('button', { name: 'Saved' }));
    let dialog = screen.getByRole('dialog', { name: 'Saved scenarios' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Board plan');
    await user.click(within(dialog).getByRole('button', { name: 'Save current scenario' }));
    expect(within(dialog).getByText('Saved “Board plan”.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    drag(slider('Compute spend'), 0);
    await user.click(screen.getByRole('button', { name: 'Saved' }));
    dialog = screen.getByRole('dialog', { name: 'Saved scenarios' });
    await user.click(within(dialog).getByRole('button', { name: 'Open “Board plan”' }));
    expect(slider('Compute spend')).toHaveAttribute('aria-valuetext', '$150B per year');

    await user.click(screen.getByRole('button', { name: 'Saved' }));
    dialog = screen.getByRole('dialog', { name: 'Saved scenarios' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete “Board plan”' }));
    expect(within(dialog).getByText(/Nothing saved yet/)).toBeInTheDocument();
  });

  it('explains, without crashing, when browser storage is full or disabled', async () => {
    const user = userEvent.setup();
    await renderAppAt('');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: 'Saved' }));
    const dialog = screen.getByRole('dialog', { name: 'Saved scenarios' });
    await user.click(within(dialog).getByRole('button', { name: 'Save current scenario' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Browser storage is full');

    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Saved' }));
    expect(screen.getByRole('alert')).toHaveTextContent('does not let the dashboard store anything');
  });

  it('imports a scenario file through the link decoder, and rejects a bad file in plain words', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await renderAppAt('');
    await user.click(screen.getByRole('button', { name: 'Saved' }));
    const dialog = screen.getByRole('dialog', { name: 'Saved scenarios' });
    const input = dialog.querySelector<HTMLInputElement>('input[type=file]')!;
    await user.upload(input, new File(['{ not json'], 'broken.json', { type: 'application/json' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'That file could not be imported: it is not valid JSON.',
    );
    await user.upload(input, new File(['{"kind":"something else"}'], 'other.json'));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'it is not a Compute Scenarios scenario file',
    );

    const file = {
      kind: 'compute-scenarios/scenario',
      fileVersion: 1,
      name: 'From a colleague',
      exportedAt: '2026-06-01T00:00:00Z',
      linkVersion: 1,
      values: { spend: 42, nvidia: 250 },
    };
    await user.upload(input, new File([JSON.stringify(file)], 'scenario.json'));
    expect(await screen.findByRole('status', { name: 'The imported file needed repairs' })).toHaveTextContent(
      'Nvidia share 250% is out of range; using 100%',
    );
    expect(slider('Compute spend')).toHaveAttribute('aria-valuetext', '$42B per year');
  });
});

describe('A/B view', () => {
  it('shows two independent scenarios side by side with their differences', async () => {
    const user = userEvent.setup();
    await renderAppAt('?v=1&nvidia=60');
    await user.click(screen.getByRole('button', { name: 'Compare A/B' }));
    const dialog = screen.getByRole('dialog', { name: 'Compare two scenarios' });
    const a = within(dialog).getByRole('region', { name: 'Scenario A' });
    const b = within(dialog).getByRole('region', { name: 'Scenario B' });
    expect(slider('Nvidia share', a)).toHaveAttribute('aria-valuetext', '60%');
    expect(slider('Nvidia share', b)).toHaveAttribute('aria-valuetext', '70%');

    await user.selectOptions(within(b).getByRole('combobox', { name: 'Start B from' }), 'loi-as-announced');
    expect(slider('Nvidia share', b)).toHaveAttribute('aria-valuetext', '100%');
    const table = within(dialog).getByRole('table', { name: 'Differences' });
    expect(within(table).getByRole('row', { name: /Nvidia share 60% 100%/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Compute spend/ })).toBeInTheDocument();

    drag(slider('Compute spend', a), 0);
    expect(
      within(table).getByRole('row', { name: /Compute spend \$1B per year \$115B per year/ }),
    ).toBeInTheDocument();
    await user.click(within(b).getByRole('button', { name: 'Open B in the dashboard' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(slider('Nvidia share')).toHaveAttribute('aria-valuetext', '100%');
    expect(scenarioName()).toContain('letter of intent');
  });
});
