/**
 * Paces chart redraws so a slider never waits for a chart.
 *
 * React's `useDeferredValue` starts the deferred render right after the urgent commit and
 * commits every chart in one go; with eight Recharts panels that is one long task that
 * holds back the slider's next paint. Instead, each panel queues its redraw here:
 *
 * - Panels on screen redraw together, just after the slider's frame has painted (so the
 *   slider never waits for a chart), in one task and one React commit, so the browser lays
 *   out and paints the charts once. (Running the batch inside the slider's frame when it
 *   was cheap was measured too: charts one frame sooner, but the slider's p95 next paint
 *   doubled on keyboard steps; see BENCHMARKS.md.)
 * - Panels off screen (see `chartPanelRef`) redraw when the browser is idle, or as soon as
 *   they scroll into view, so a drag pays only for the charts the user can see.
 *
 * A panel asked to redraw again before its batch runs takes the newest scenario, so a drag
 * never builds a backlog. Each batch leaves a `chart:all` (or `chart:offscreen`) User
 * Timing measure, which `npm run bench` reports.
 */
import { flushSync } from 'react-dom';

type Job = () => void;

interface Entry {
  readonly job: Job;
  /** The panel's name: its `chartPanelRef` and the measure's detail. */
  readonly label: string;
}

const visibleQueue = new Map<object, Entry>();
const offscreenQueue = new Map<object, Entry>();
let visibleScheduled = false;
let offscreenScheduled = false;

// ---- Which panels are on screen ----

const panelElements = new Map<string, Element>();
const onScreen = new Map<Element, boolean>();
let observer: IntersectionObserver | null = null;

function visibilityObserver(): IntersectionObserver | null {
  if (observer || typeof IntersectionObserver !== 'function') return observer;
  observer = new IntersectionObserver(
    (records) => {
      let cameIntoView = false;
      for (const record of records) {
        onScreen.set(record.target, record.isIntersecting);
        cameIntoView ||= record.isIntersecting;
      }
      // A panel scrolled into view with a redraw pending: draw it now.
      if (cameIntoView) promoteVisible();
    },
    // A margin, so a panel about to scroll in is already drawn.
    { rootMargin: '200px 0px' },
  );
  return observer;
}

const refs = new Map<string, (element: Element | null) => void>();

/** A ref for the panel `label`'s outermost element, so the queue knows when it is on screen. */
export function chartPanelRef(label: string): (element: Element | null) => void {
  let ref = refs.get(label);
  if (!ref) {
    ref = (element) => {
      const previous = panelElements.get(label);
      if (previous && previous !== element) {
        observer?.unobserve(previous);
        onScreen.delete(previous);
        panelElements.delete(label);
      }
      if (element && previous !== element) {
        panelElements.set(label, element);
        visibilityObserver()?.observe(element);
      }
    };
    refs.set(label, ref);
  }
  return ref;
}

/** On screen, or not known to be off screen (no element registered, or not yet observed). */
function isOnScreen(label: string): boolean {
  const element = panelElements.get(label);
  return element === undefined || onScreen.get(element) !== false;
}

// ---- Batches ----

function commit(entries: readonly Entry[], name: string): void {
  const start = performance.now();
  // Every panel of the batch in one React commit: one layout and one paint for all of them.
  flushSync(() => {
    for (const { job } of entries) job();
  });
  performance.measure(name, { start, end: performance.now(), detail: entries.map((e) => e.label) });
}

function runVisible(): void {
  visibleScheduled = false;
  const entries = [...visibleQueue.values()];
  visibleQueue.clear();
  if (entries.length > 0) commit(entries, 'chart:all');
}

function runOffscreen(): void {
  offscreenScheduled = false;
  const entries = [...offscreenQueue.values()];
  offscreenQueue.clear();
  if (entries.length > 0) commit(entries, 'chart:offscreen');
}

function scheduleVisible(): void {
  if (visibleScheduled) return;
  visibleScheduled = true;
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(runVisible, 0);
    return;
  }
  // rAF runs just before the frame is painted; a timeout posted from it runs once it has been.
  requestAnimationFrame(() => setTimeout(runVisible, 0));
}

function scheduleOffscreen(): void {
  if (offscreenScheduled) return;
  offscreenScheduled = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(runOffscreen, { timeout: 1000 });
  else setTimeout(runOffscreen, 200);
}

/** Moves pending redraws of panels now on screen to the visible batch. */
function promoteVisible(): void {
  let moved = false;
  for (const [key, entry] of offscreenQueue) {
    if (!isOnScreen(entry.label)) continue;
    offscreenQueue.delete(key);
    visibleQueue.set(key, entry);
    moved = true;
  }
  if (moved) scheduleVisible();
}

/** Queues `job` for the panel `key` (replacing its pending job); returns a cancel function. */
export function queueChartUpdate(key: object, job: Job, label = 'chart'): () => void {
  const entry = { job, label };
  visibleQueue.delete(key);
  offscreenQueue.delete(key);
  if (isOnScreen(label)) {
    visibleQueue.set(key, entry);
    scheduleVisible();
  } else {
    offscreenQueue.set(key, entry);
    scheduleOffscreen();
  }
  return () => {
    if (visibleQueue.get(key) === entry) visibleQueue.delete(key);
    if (offscreenQueue.get(key) === entry) offscreenQueue.delete(key);
  };
}
