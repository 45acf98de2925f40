import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExportMetaProvider, type ExportMeta } from './export-context';
import { ExportMenu } from './export-menu';

const META: ExportMeta = {
  labels: { menu: 'Export', png: 'Image (PNG)', svg: 'Vector (SVG)', csv: 'Data (CSV)', failed: 'Failed' },
  frame: (title) => ({ title, caption: '', sources: '', link: '' }),
};

function renderMenu() {
  render(
    <ExportMetaProvider value={META}>
      <ExportMenu title="Chart" csv={{ columns: ['a'], rows: [[1]] }} />
      <button type="button">Next control</button>
    </ExportMetaProvider>,
  );
  return screen.getByText('Export').closest('details');
}

describe(ExportMenu, () => {
  it('Esc closes it and returns focus to its button', async () => {
    const user = userEvent.setup();
    const details = renderMenu();
    // (jsdom does not toggle <details> on Enter; browsers do, and the browser tests use it.)
    await user.click(screen.getByText('Export'));
    expect(details).toHaveAttribute('open');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Image (PNG)' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(details).not.toHaveAttribute('open');
    expect(screen.getByText('Export')).toHaveFocus();
  });

  it('closes when focus tabs out of it, so it does not hang over the chart', async () => {
    const user = userEvent.setup();
    const details = renderMenu();
    await user.click(screen.getByText('Export'));
    expect(details).toHaveAttribute('open');
    screen.getByRole('button', { name: 'Data (CSV)' }).focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next control' })).toHaveFocus();
    expect(details).not.toHaveAttribute('open');
  });
});
