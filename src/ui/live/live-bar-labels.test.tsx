import { render } from '@testing-library/react';
import { BarChart, XAxis, YAxis } from 'recharts';
import { LiveBarLabels } from './live-bar-labels';
import { LiveBars } from './live-marks';
import { LiveProvider } from './live-rows';

const rows = [
  { vendor: 'a', margin: 10 },
  { vendor: 'b', margin: 40 },
];

/** A fixed-size chart (jsdom has no layout for ResponsiveContainer) on the live rows' grid. */
function Chart({ live }: { live: { rows: typeof rows } }) {
  return (
    <LiveProvider data={live}>
      <BarChart
        width={300}
        height={100}
        data={live.rows.map((r) => ({ vendor: r.vendor }))}
        layout="vertical"
        margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
      >
        <XAxis type="number" domain={[0, 50]} ticks={[0, 50]} allowDataOverflow height={20} />
        <YAxis type="category" dataKey="vendor" width={50} />
        <LiveBars
          categoryKey="vendor"
          dataKey="margin"
          orientation="horizontal"
          fill="red"
          size={0.8}
          fillOpacityOf={(row) => (row === live.rows[1] ? 1 : 0.4)}
        />
        <LiveBarLabels
          categoryKey="vendor"
          dataKey="margin"
          orientation="horizontal"
          className="bar-label"
          fill={(row) => (row === live.rows[1] ? 'blue' : 'green')}
          format={(v) => `$${v}B`}
        />
      </BarChart>
    </LiveProvider>
  );
}

describe(LiveBarLabels, () => {
  it('labels each live bar just past its end, in the bar’s row and colour', () => {
    const { container } = render(<Chart live={{ rows }} />);
    const labels = [...container.querySelectorAll('text.bar-label')];
    expect(labels.map((l) => l.textContent)).toEqual(['$10B', '$40B']);
    // Plot x runs 50..300 for 0..50, so 10 ends at 100 and 40 at 250; labels sit 5 px past.
    expect(labels.map((l) => Number(l.getAttribute('x')))).toEqual([105, 255]);
    expect(labels.map((l) => l.getAttribute('fill'))).toEqual(['green', 'blue']);
    // Rows of an 80 px plot: band centres at 20 and 60.
    expect(labels.map((l) => Number(l.getAttribute('y')))).toEqual([20, 60]);
    const bars = [...container.querySelectorAll('.recharts-bar-rectangle path')];
    // The bar's width is the path's first horizontal run: `M x,y h <width> v …`.
    expect(bars.map((b) => Number(/ h (-?[\d.]+) /.exec(b.getAttribute('d') ?? '')?.[1]))).toEqual([50, 200]);
    // LiveBars' per-row opacity (the budget's selected year).
    expect(bars.map((b) => b.getAttribute('fill-opacity'))).toEqual(['0.4', '1']);
  });

  it('follows the live rows without a new frame', () => {
    const { container, rerender } = render(<Chart live={{ rows }} />);
    rerender(<Chart live={{ rows: [rows[0]!, { vendor: 'b', margin: 20 }] }} />);
    expect([...container.querySelectorAll('text.bar-label')].map((l) => l.textContent)).toEqual([
      '$10B',
      '$20B',
    ]);
  });
});
