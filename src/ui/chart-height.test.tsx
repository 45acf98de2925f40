import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ChartScaleProvider, presentationChartScale, useChartHeight } from './chart-height';

describe('chart heights', () => {
  it('are the design height outside a scaling view, and scaled inside one', () => {
    expect(renderHook(() => useChartHeight(300)).result.current).toBe(300);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ChartScaleProvider scale={1.25}>{children}</ChartScaleProvider>
    );
    expect(renderHook(() => useChartHeight(300), { wrapper }).result.current).toBe(375);
  });
  it('grow with the projector: 1 on a laptop, 1.2 at 1080p, at most 1.6', () => {
    expect(presentationChartScale(800)).toBe(1);
    expect(presentationChartScale(1080)).toBeCloseTo(1.2);
    expect(presentationChartScale(2160)).toBe(1.6);
    expect(presentationChartScale(Number.NaN)).toBe(1);
  });
});
