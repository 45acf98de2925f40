/** Pure row shaping for the tornado. */
import type { InputId } from '../../model/input-specs';
import type { Tornado } from '../../model/sensitivity';

export interface TornadoRow {
  readonly id: InputId;
  /** Change in the metric with the assumption at its low / high end, relative to the scenario. */
  readonly lowDelta: number;
  readonly highDelta: number;
  /** The input values tried. */
  readonly low: number;
  readonly high: number;
}

/** The `count` assumptions with the largest swing, as deltas from the scenario's value. */
export function tornadoRows(tornado: Tornado, count = 10): TornadoRow[] {
  return tornado.bars.slice(0, count).map((bar) => ({
    id: bar.id,
    lowDelta: bar.atLow - tornado.base,
    highDelta: bar.atHigh - tornado.base,
    low: bar.low,
    high: bar.high,
  }));
}
