import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Observed = { callback: IntersectionObserverCallback; targets: Element[] };

/** A controllable IntersectionObserver: tests say which panel is on screen. */
function stubIntersectionObserver(): Observed {
  const observed: Observed = { callback: () => undefined, targets: [] };
  class StubObserver {
    constructor(callback: IntersectionObserverCallback) {
      observed.callback = callback;
    }
    observe(target: Element) {
      observed.targets.push(target);
    }
    unobserve() {}
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', StubObserver);
  return observed;
}

function report(observed: Observed, target: Element, isIntersecting: boolean) {
  observed.callback(
    [{ target, isIntersecting } as unknown as IntersectionObserverEntry],
    {} as IntersectionObserver,
  );
}

describe('chart queue', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(0), 16));
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => setTimeout(cb, 500));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('redraws a panel once, with its newest job, after the next frame', async () => {
    const { queueChartUpdate } = await import('./chart-queue');
    const key = {};
    const drawn: number[] = [];
    queueChartUpdate(key, () => drawn.push(1), 'a');
    queueChartUpdate(key, () => drawn.push(2), 'a');
    expect(drawn).toEqual([]);
    await vi.advanceTimersByTimeAsync(20);
    expect(drawn).toEqual([2]);
  });

  it('leaves an off-screen panel for idle time, and draws it at once when it scrolls into view', async () => {
    const observed = stubIntersectionObserver();
    const { chartPanelRef, queueChartUpdate } = await import('./chart-queue');
    const onScreen = document.createElement('section');
    const offScreen = document.createElement('section');
    chartPanelRef('seen')(onScreen);
    chartPanelRef('hidden')(offScreen);
    report(observed, onScreen, true);
    report(observed, offScreen, false);

    const drawn: string[] = [];
    queueChartUpdate({}, () => drawn.push('seen'), 'seen');
    queueChartUpdate({}, () => drawn.push('hidden'), 'hidden');
    await vi.advanceTimersByTimeAsync(20);
    expect(drawn).toEqual(['seen']);
    await vi.advanceTimersByTimeAsync(600);
    expect(drawn).toEqual(['seen', 'hidden']);

    // Queued while off screen, then scrolled into view before the browser was idle.
    queueChartUpdate({}, () => drawn.push('hidden again'), 'hidden');
    report(observed, offScreen, true);
    await vi.advanceTimersByTimeAsync(20);
    expect(drawn).toEqual(['seen', 'hidden', 'hidden again']);
  });

  it('cancels a pending redraw', async () => {
    const { queueChartUpdate } = await import('./chart-queue');
    const drawn: string[] = [];
    const cancel = queueChartUpdate({}, () => drawn.push('x'), 'x');
    cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(drawn).toEqual([]);
  });
});
