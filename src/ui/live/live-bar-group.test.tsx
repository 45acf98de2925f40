import { fireEvent, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import { LiveBarGroup } from './live-bar-group';
import { LiveProvider, xGrid } from './live-rows';

const ROWS = [
  { layer: 'a', p: 3, q: -2 },
  { layer: 'b', p: 7, q: 4 },
  { layer: 'c', p: 0, q: 9 },
];

/** The `d` of every drawn bar, in drawing order. */
function barPaths(container: HTMLElement): (string | null)[] {
  return [...container.querySelectorAll('.recharts-bar-rectangle path')].map((p) => p.getAttribute('d'));
}

function chart(layout: 'horizontal' | 'vertical', gaps: object, children: ReactNode, data: object[]) {
  const value = { type: 'number', domain: [-5, 10], allowDataOverflow: true } as const;
  const category = { type: 'category', dataKey: 'layer' } as const;
  return (
    <BarChart width={400} height={300} data={data} layout={layout} {...gaps}>
      {layout === 'horizontal' ? <XAxis {...category} /> : <XAxis {...value} />}
      {layout === 'horizontal' ? <YAxis {...value} /> : <YAxis {...category} />}
      {children}
    </BarChart>
  );
}

describe(LiveBarGroup, () => {
  it.each([
    { layout: 'horizontal', orientation: 'vertical', gaps: { barCategoryGap: '22%' } },
    { layout: 'vertical', orientation: 'horizontal', gaps: { barSize: 16, barGap: -16 } },
  ] as const)('draws the bars Recharts draws ($orientation bars)', ({ layout, orientation, gaps }) => {
    const recharts = render(
      chart(
        layout,
        gaps,
        ['p', 'q'].map((k) => <Bar key={k} dataKey={k} isAnimationActive={false} />),
        ROWS,
      ),
    );
    const expected = barPaths(recharts.container);
    recharts.unmount();
    const live = render(
      <LiveProvider data={{ rows: ROWS }}>
        {chart(
          layout,
          gaps,
          <LiveBarGroup
            categoryKey="layer"
            orientation={orientation}
            series={[
              { dataKey: 'p', fill: 'red' },
              { dataKey: 'q', fill: 'blue' },
            ]}
            {...gaps}
          />,
          xGrid(ROWS, 'layer'),
        )}
      </LiveProvider>,
    );
    // Five bars: the zero-height bar at c is dropped, as Recharts drops it.
    expect(expected).toHaveLength(5);
    expect(barPaths(live.container)).toEqual(expected);
  });

  it('reports a clicked bar’s live row', () => {
    const onBarClick = vi.fn();
    const { container } = render(
      <LiveProvider data={{ rows: ROWS }}>
        {chart(
          'horizontal',
          {},
          <LiveBarGroup
            categoryKey="layer"
            orientation="vertical"
            series={[{ dataKey: 'p', fill: 'red' }]}
            onBarClick={onBarClick}
          />,
          xGrid(ROWS, 'layer'),
        )}
      </LiveProvider>,
    );
    const second = container.querySelectorAll('.recharts-bar-rectangle path')[1];
    if (!second) throw new Error('no second bar');
    fireEvent.click(second);
    expect(onBarClick).toHaveBeenCalledWith(ROWS[1], 1);
  });
});
