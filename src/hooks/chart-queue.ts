/**
 * Paces chart redraws so a slider never waits for a chart.
 *
 * React's `useDeferredValue` starts the deferred render right after the urgent commit and
 * commits every chart in one go; with eight Recharts panels that is one long task that
 * holds back the slider's next paint. Instead, each panel queues its redraw here: the queue
 * runs after the next frame (so the slider and KPI tiles paint first), then commits every
 * queued panel together, in one task and one React commit, so the browser lays out and
 * paints the charts once. Live charts (src/ui/live) redraw in 1–3 ms each, so the batch
 * stays well under a long task (measured: `npm run bench`, "Chart redraw"). A panel asked
 * to redraw again before the batch runs takes the newest scenario, so a drag never builds
 * a backlog.
 */
import { flushSync } from 'react-dom';

type Job = () => void;

interface Entry {
  readonly job: Job;
  /** The panel's name, listed in the `chart:all` User Timing measure the benchmark reads. */
  readonly label: string;
}

const queue = new Map<object, Entry>();
let scheduled = false;
/** How long the last batch took, ms; the first batch always waits for the slider's paint. */
let lastBatchMs = Number.POSITIVE_INFINITY;

/**
 * A batch that took at most this long runs in the slider's own frame (just before it is
 * painted), so the slider and the charts appear together; a slower one (a slow machine,
 * an axis rebuild) runs after that frame, so the slider never waits for it.
 */
export const SAME_FRAME_MS = 8;

function runNext(): void {
  const entries = [...queue.values()];
  queue.clear();
  scheduled = false;
  if (entries.length === 0) return;
  const start = performance.now();
  // Every queued panel in one React commit: one layout and one paint for all of them.
  flushSync(() => {
    for (const { job } of entries) job();
  });
  const end = performance.now();
  lastBatchMs = end - start;
  performance.measure('chart:all', { start, end, detail: entries.map((e) => e.label) });
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(runNext, 0);
    return;
  }
  // rAF runs just before the frame is painted; a timeout posted from it runs once it has been.
  requestAnimationFrame(() => {
    if (lastBatchMs <= SAME_FRAME_MS) runNext();
    else setTimeout(runNext, 0);
  });
}

/** Queues `job` for the panel `key` (replacing its pending job); returns a cancel function. */
export function queueChartUpdate(key: object, job: Job, label = 'chart'): () => void {
  const entry = { job, label };
  queue.set(key, entry);
  schedule();
  return () => {
    if (queue.get(key) === entry) queue.delete(key);
  };
}
