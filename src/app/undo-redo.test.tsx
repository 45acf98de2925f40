/** The rail as a user meets it: sliders with undo, redo and reset above them. */
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../testing/render';
import { ScenarioControls } from '../features/scenario-controls/scenario-controls';
import { HistoryControls } from '../features/history/history-controls';

const renderControls = () =>
  renderWithStore(
    <>
      <HistoryControls />
      <ScenarioControls />
    </>,
  );
const slider = (name: string) => screen.getByRole('slider', { name });
const button = (name: string) => screen.getByRole('button', { name });
/** jsdom does not step range inputs from the keyboard, so set the position as a drag does. */
const drag = (name: string, ...positions: number[]) => {
  for (const p of positions) fireEvent.change(slider(name), { target: { value: String(p) } });
};

describe(HistoryControls, () => {
  it('starts with nothing to undo or redo', () => {
    renderControls();
    expect(button('Undo')).toHaveAttribute('aria-disabled', 'true');
    expect(button('Redo')).toHaveAttribute('aria-disabled', 'true');
  });

  it('undoes a whole slider drag in one step, and redoes it', async () => {
    const user = userEvent.setup();
    renderControls();
    drag('Nvidia share', 60, 50, 40, 30);
    expect(slider('Nvidia share')).toHaveAttribute('aria-valuetext', '30%');
    await user.click(button('Undo'));
    expect(slider('Nvidia share')).toHaveAttribute('aria-valuetext', '70%');
    expect(button('Undo')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('Redo'));
    expect(slider('Nvidia share')).toHaveAttribute('aria-valuetext', '30%');
  });

  it('undoes with Ctrl+Z and Cmd+Z, redoes with Shift+Ctrl+Z', async () => {
    const user = userEvent.setup();
    renderControls();
    drag('Nvidia share', 20);
    drag('Inference load', 0);
    await user.keyboard('{Control>}z{/Control}');
    expect(slider('Inference load')).toHaveAttribute('aria-valuetext', '50 T tokens/day');
    await user.keyboard('{Meta>}z{/Meta}');
    expect(slider('Nvidia share')).toHaveAttribute('aria-valuetext', '70%');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(slider('Nvidia share')).toHaveAttribute('aria-valuetext', '20%');
  });

  it('leaves Ctrl+Z to text fields', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <>
        <HistoryControls />
        <ScenarioControls />
        <input aria-label="Note" />
      </>,
    );
    drag('Nvidia share', 20);
    await user.click(screen.getByRole('textbox', { name: 'Note' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(slider('Nvidia share')).toHaveAttribute('aria-valuetext', '20%');
  });

  it('resets to the defaults as one undoable step', async () => {
    const user = userEvent.setup();
    const { store } = renderControls();
    drag('Compute spend', 0);
    drag('Nvidia share', 100);
    await user.click(button('Reset to defaults'));
    expect(slider('Compute spend')).toHaveAttribute('aria-valuetext', '$58B per year');
    expect(slider('Nvidia share')).toHaveAttribute('aria-valuetext', '70%');
    await user.click(button('Undo'));
    expect(store.getState().scenario.nvidiaShare).toBe(100);
  });

  it('offers to reset to the preset once one is loaded', () => {
    const { store } = renderControls();
    act(() => store.getState().loadScenario({ nvidiaShare: 100 }, 'loi-as-announced'));
    expect(screen.getByRole('button', { name: 'Reset to preset' })).toBeInTheDocument();
  });
});
