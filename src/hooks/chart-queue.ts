/**
 * Paces chart redraws so a slider never waits for a chart.
 *
 * React's `useDeferredValue` starts the deferred render right after the urgent commit and
 * commits every chart in one go; with eight Recharts panels that is one long task that
 * holds back the slider's next paint. Instead, each panel queues its own redraw here: the
 * queue starts after the next frame (so the slider and KPI tiles paint first), then runs
 * panels for up to a few milliseconds per task (live charts redraw in 1–3 ms, so usually
 * all of them land in one frame), yielding to input in between. A panel that is asked to
 * redraw again before its turn keeps its place and takes the newest scenario, so a drag
 * never builds a backlog.
 */
type Job = () => void;

interface Entry {
  readonly job: Job;
  /** The panel's name, for the `chart:<name>` User Timing measure the benchmark reads. */
  readonly label: string;
}

const queue = new Map<object, Entry>();
let scheduled = false;

/** Milliseconds of chart work per task before yielding (a third of a 60 Hz frame). */
export const SLICE_MS = 6;

function runNext(): void {
  const sliceStart = performance.now();
  for (;;) {
    const next = queue.entries().next();
    if (next.done) {
      scheduled = false;
      return;
    }
    const [key, { job, label }] = next.value;
    queue.delete(key);
    const start = performance.now();
    job();
    const end = performance.now();
    // A measure per redraw: the benchmark reports which panel costs what.
    performance.measure(`chart:${label}`, { start, end });
    if (end - sliceStart >= SLICE_MS) break;
  }
  setTimeout(runNext, 0);
}

function startAfterPaint(): void {
  if (scheduled) return;
  scheduled = true;
  // rAF runs just before the frame is painted; the timeout after it runs once it has been.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(runNext, 0));
  else setTimeout(runNext, 0);
}

/** Queues `job` for the panel `key` (replacing its pending job); returns a cancel function. */
export function queueChartUpdate(key: object, job: Job, label = 'chart'): () => void {
  const entry = { job, label };
  queue.set(key, entry);
  startAfterPaint();
  return () => {
    if (queue.get(key) === entry) queue.delete(key);
  };
}
