import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanUpApp, renderAppAt, renderAppPanelAt } from '../testing/app';

afterEach(cleanUpApp);

const slider = (name: string) => screen.getByRole('slider', { name });
const scenarioName = () => screen.getByTestId('scenario-name').textContent ?? '';

describe('share links', () => {
  it('opens a preset slug link, names the preset and rewrites the URL to its explicit form', async () => {
    await renderAppAt('?preset=loi-as-announced');
    expect(scenarioName()).toContain('The 10 GW Nvidia–OpenAI letter of intent, as announced');
    expect(slider('Compute spend')).toHaveAttribute('aria-valuetext', '$115B per year');
    expect(slider('Nvidia share')).toHaveAttribute('aria-valuetext', '100%');
    expect(window.location.search).toMatch(/^\?v=2&preset=loi-as-announced&spend=115&nvidia=100&load=50&/);
    expect(screen.queryByRole('status', { name: 'This link needed repairs' })).not.toBeInTheDocument();
  });

  it('opens an explicit link exactly, including its baseline', async () => {
    await renderAppAt('?v=1&spend=120&nvidia=35&load=12.5&base=1&base.nvidia=100');
    expect(slider('Compute spend')).toHaveAttribute('aria-valuetext', '$120B per year');
    expect(slider('Nvidia share')).toHaveAttribute('aria-valuetext', '35%');
    expect(slider('Inference load')).toHaveAttribute('aria-valuetext', '12.5 T tokens/day');
    expect(screen.getByRole('region', { name: 'Vendor concentration' })).toHaveTextContent(/vs baseline/);
    expect(screen.getByRole('button', { name: 'Clear baseline' })).toBeInTheDocument();
  });

  it('repairs a hostile link, says what it repaired in plain words, and renders nothing from it as HTML', async () => {
    const user = userEvent.setup();
    await renderAppAt(
      '?v=1&nvidia=250&spend=%3Cscript%3Ealert(1)%3C%2Fscript%3E&load=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&colour=red',
    );
    const notice = screen.getByRole('status', { name: 'This link needed repairs' });
    expect(notice).toHaveTextContent('Nvidia share 250% is out of range; using 100%');
    // Echoed values are cut short (24 characters) and rendered as text only.
    expect(notice).toHaveTextContent(
      'Compute spend “<script>alert(1)</scrip…” is not a number; using $58B per year',
    );
    expect(notice).toHaveTextContent(
      'Inference load “<img src=x onerror=aler…” is not a number; using 50 T tokens/day',
    );
    expect(notice).toHaveTextContent('Ignored an unknown setting, “colour”');
    expect(document.querySelector('script, img')).toBeNull();
    expect(slider('Nvidia share')).toHaveAttribute('aria-valuetext', '100%');
    expect(window.location.search).not.toMatch(/colour|script/);
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'This link needed repairs' })).not.toBeInTheDocument();
  });

  it('warns about a link from a newer version and still opens what it understands', async () => {
    await renderAppAt('?v=3&spend=200');
    expect(screen.getByRole('status', { name: 'This link needed repairs' })).toHaveTextContent(
      'newer version of the dashboard (link format 3)',
    );
    expect(slider('Compute spend')).toHaveAttribute('aria-valuetext', '$200B per year');
  });

  it('walks back and forward through presets with the browser history', async () => {
    const user = userEvent.setup();
    await renderAppAt('');
    for (const title of [/^Inference boom/, /^Nvidia-dominant 2025/]) {
      await user.click(screen.getByRole('button', { name: 'Presets' }));
      await user.click(screen.getByRole('button', { name: title }));
      await user.click(screen.getByRole('button', { name: 'Open this scenario' }));
    }
    expect(scenarioName()).toContain('Nvidia-dominant 2025');
    act(() => window.history.back());
    await waitFor(() => expect(scenarioName()).toContain('Inference boom'));
    expect(slider('Inference load')).toHaveAttribute('aria-valuetext', '450 T tokens/day');
    act(() => window.history.back());
    await waitFor(() => expect(scenarioName()).toContain('Default assumptions'));
    act(() => window.history.forward());
    await waitFor(() => expect(scenarioName()).toContain('Inference boom'));
  });

  it('copies the link, or shows it selected in a read-only field when the clipboard is unavailable', async () => {
    const user = userEvent.setup();
    await renderAppAt('?v=1&spend=77');
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\?v=2&spend=77&nvidia=70&/));
    expect(await screen.findByText('Link copied to the clipboard.')).toBeInTheDocument();

    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const dialog = screen.getByRole('dialog', { name: 'Copy this link' });
    const field = within(dialog).getByRole('textbox', { name: 'Share link' });
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLInputElement).value).toMatch(/\?v=2&spend=77&/);
    expect(field).toHaveFocus();
  });
});

describe('language in the link', () => {
  it('writes the language the user picks, and opens a link in its language', async () => {
    const user = userEvent.setup();
    await renderAppAt('?v=1&spend=80');
    expect(window.location.search).not.toContain('lang=');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'it');
    expect(window.location.search).toMatch(/&lang=it$/);
    expect(screen.getByRole('slider', { name: 'Quota Nvidia' })).toBeInTheDocument();
  });
});

describe('embedded panels', () => {
  it('shows one panel for the linked scenario and leaves the URL exactly as given', async () => {
    const search = '?embed=concentration&v=1&nvidia=100';
    await renderAppPanelAt(search, 'How concentrated is the supply?');
    expect(screen.getByTestId('concentration-panel-summary')).toHaveTextContent('HHI 10,000 at 100% Nvidia');
    expect(window.location.search).toBe(search);
  });
});
