import { deriveProjection } from '../../model/projection';
import { scenarioWith } from '../../model/test-helpers';
import { numberAt } from '../../ui/live/live-rows';
import { stackBaseKey } from '../../ui/live/stack-bases';
import { budgetLiveRows, budgetRows, marginRows } from './budget-rows';

describe(budgetRows, () => {
  it('splits each year’s budget into inference and what remains, with any overspend on top', () => {
    const years = deriveProjection(
      scenarioWith({ spend: 5, load: 2000, demandGrowth: 0, spendGrowth: 0 }),
    ).years;
    const [row] = budgetRows(years);
    const [year] = years;
    // Over budget: inference capped at the budget, nothing remains, the rest is overspend.
    expect(row!.inference).toBeCloseTo(year!.budgetUsd, 3);
    expect(row!.remaining).toBe(0);
    expect(row!.over).toBeCloseTo(year!.inferenceBillUsd - year!.budgetUsd, 3);
  });
  it('adds up to the budget when the load fits', () => {
    const [row] = budgetRows(deriveProjection(scenarioWith({})).years);
    expect(row!.over).toBe(0);
    expect(row!.inference + row!.remaining).toBeCloseTo(58e9, 0);
  });
});

describe(marginRows, () => {
  it('lists vendors with margin, largest first', () => {
    const rows = marginRows(deriveProjection(scenarioWith({})).selected);
    expect(rows[0]?.vendor).toBe('nvidia');
    expect(rows.map((r) => r.margin)).toEqual([...rows.map((r) => r.margin)].sort((a, b) => b - a));
  });
});

describe(budgetLiveRows, () => {
  const rows = [
    { year: 2028, inference: 10, remaining: 30, over: 0 },
    { year: 2029, inference: 40, remaining: 0, over: 5 },
  ];
  it('stacks inference, then what remains, then the overspend, and fades the years not selected', () => {
    const live = budgetLiveRows(rows, 2029);
    expect(
      live.map((r) => [numberAt(r, stackBaseKey('remaining')), numberAt(r, stackBaseKey('over')), r.opacity]),
    ).toEqual([
      [10, 40, 0.4],
      [40, 40, 1],
    ]);
    expect(live.map((r) => numberAt(r, stackBaseKey('inference')))).toEqual([0, 0]);
  });
});
