import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { stepAfter } from './keys';
import { useDeckKeys } from './use-deck-keys';

function Stepper({ count }: { count: number }) {
  const [index, setIndex] = useState(0);
  const [exited, setExited] = useState(false);
  useDeckKeys((action) =>
    action === 'exit' ? setExited(true) : setIndex((i) => stepAfter(action, i, count)),
  );
  return (
    <div>
      <p>{exited ? 'exited' : `step ${index + 1}`}</p>
      <input aria-label="field" />
      <button type="button">button</button>
    </div>
  );
}

describe(useDeckKeys, () => {
  it.each([
    ['{ArrowRight}', 'step 2'],
    ['{ArrowRight}{ArrowRight}{ArrowLeft}', 'step 2'],
    ['{PageDown}{PageDown}', 'step 3'],
    ['{PageDown}{PageUp}', 'step 1'],
    [' ', 'step 2'],
    ['{ArrowDown}{ArrowUp}{ArrowUp}', 'step 1'],
    ['{End}', 'step 4'],
    ['{End}{ArrowRight}', 'step 4'],
    ['{End}{Home}', 'step 1'],
    ['{Escape}', 'exited'],
  ])('%s → %s', async (keys, expected) => {
    const user = userEvent.setup();
    render(<Stepper count={4} />);
    await user.keyboard(keys);
    expect(screen.getByText(expected)).toBeInTheDocument();
  });

  it('leaves keys typed in a field alone, and Space on a button to the button', async () => {
    const user = userEvent.setup();
    render(<Stepper count={4} />);
    await user.click(screen.getByRole('textbox', { name: 'field' }));
    await user.keyboard('{ArrowRight} {End}');
    expect(screen.getByText('step 1')).toBeInTheDocument();
    screen.getByRole('button', { name: 'button' }).focus();
    await user.keyboard(' ');
    expect(screen.getByText('step 1')).toBeInTheDocument();
  });
});
