import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DeckEditor } from './deck-editor';
import { DECK_STORAGE_KEY, getWorkingDeck, reloadWorkingDeck, setWorkingDeck } from './working-deck';

const steps = [
  { title: 'One', notes: '', query: 'preset=loi-as-announced' },
  { title: 'Two', notes: '', query: 'preset=inference-boom' },
  { title: 'Three', notes: '', query: 'preset=hedged-after-stall' },
];

beforeEach(() => {
  localStorage.clear();
  reloadWorkingDeck();
  act(() => void setWorkingDeck(steps));
});

const titles = () => getWorkingDeck().map((s) => s.title);

describe(DeckEditor, () => {
  it('reorders, retitles, annotates and deletes steps, and saves them', async () => {
    const user = userEvent.setup();
    render(<DeckEditor onClose={() => undefined} onPresent={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Move step 1 down' }));
    expect(titles()).toEqual(['Two', 'One', 'Three']);
    // Keyboard operable: focus the button and press Enter.
    screen.getByRole('button', { name: 'Move step 3 up' }).focus();
    await user.keyboard('{Enter}');
    expect(titles()).toEqual(['Two', 'Three', 'One']);
    const title = screen.getByRole('textbox', { name: 'Title of step 1' });
    await user.clear(title);
    await user.type(title, 'Opening');
    await user.type(screen.getByRole('textbox', { name: 'Notes for step 1' }), 'Say hello.');
    await user.click(screen.getByRole('button', { name: 'Delete step 3' }));
    expect(getWorkingDeck()).toEqual([
      { title: 'Opening', notes: 'Say hello.', query: 'preset=inference-boom' },
      { title: 'Three', notes: '', query: 'preset=hedged-after-stall' },
    ]);
    expect(JSON.parse(localStorage.getItem(DECK_STORAGE_KEY)!)).toEqual(getWorkingDeck());
  });

  it('reports a file that is not a deck, and imports one that is', async () => {
    const user = userEvent.setup();
    render(<DeckEditor onClose={() => undefined} onPresent={() => undefined} />);
    const input = screen.getByTestId('deck-import');
    await user.upload(
      input,
      new File(['{"version":1,"steps":[]}'], 'bad.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/not a deck: .*at least one step/);
    const good = JSON.stringify({
      version: 1,
      steps: [{ title: 'Imported', query: 'preset=inference-boom' }],
    });
    await user.upload(input, new File([good], 'good.json', { type: 'application/json' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Imported 1 steps.');
    expect(titles()).toEqual(['Imported']);
  });

  it('copies a deck link, or says the deck is too long for one', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<DeckEditor onClose={() => undefined} onPresent={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Copy deck link' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/[?]present=0&deck=[\w-]+$/));
    act(() => void setWorkingDeck(steps.map((s) => ({ ...s, notes: 'x'.repeat(3000) }))));
    await user.click(screen.getByRole('button', { name: 'Copy deck link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/too long for a link/);
    expect(
      within(screen.getByTestId('deck-editor')).getByRole('button', { name: 'Export JSON' }),
    ).toBeEnabled();
  });

  it('keeps working when storage fails', async () => {
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('quota');
    });
    render(<DeckEditor onClose={() => undefined} onPresent={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Delete step 1' }));
    expect(titles()).toEqual(['Two', 'Three']);
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be saved/);
    vi.restoreAllMocks();
  });
});
