/** Pure row shaping for the budget panel. */
import type { ProjectionYear } from '../../model/projection';
import { VENDOR_IDS, type VendorId } from '../../model/vendors';
import { withStackBases } from '../../ui/live/stack-bases';

export interface BudgetRow {
  readonly year: number;
  /** The inference bill up to the budget, USD/year. */
  readonly inference: number;
  /** Budget left for training and research, USD/year. */
  readonly remaining: number;
  /** Spend beyond the budget needed to serve the whole load, USD/year. */
  readonly over: number;
}

/** One stacked bar per projection year: inference + remaining = budget; over sits on top. */
export function budgetRows(years: readonly ProjectionYear[]): BudgetRow[] {
  return years.map((y) => ({
    year: y.year,
    inference: Math.min(y.inferenceBillUsd, y.budgetUsd),
    remaining: Math.max(0, y.budgetUsd - y.inferenceBillUsd),
    over: Math.max(0, y.inferenceBillUsd - y.budgetUsd),
  }));
}

/** The stacking order of the budget bars, bottom to top. */
export const BUDGET_SERIES = ['inference', 'remaining', 'over'] as const;

/** Bar opacity: the selected year solid, the others faded behind it. */
export const SELECTED_OPACITY = 1;
export const OTHER_OPACITY = 0.4;

/**
 * The budget rows for live bars: each series' stack base, and the bar's opacity (the
 * selected year stands out), so the year selector moves marks and not the chart.
 */
export function budgetLiveRows(rows: readonly BudgetRow[], selectedYear: number) {
  return withStackBases(rows, BUDGET_SERIES).map((row) => ({
    ...row,
    opacity: row.year === selectedYear ? SELECTED_OPACITY : OTHER_OPACITY,
  }));
}

export interface MarginRow {
  readonly vendor: VendorId;
  /** Gross margin paid to the vendor in the year, USD. */
  readonly margin: number;
}

/** Gross margin paid to each vendor class in a year, largest first, classes with none left out. */
export function marginRows(year: ProjectionYear): MarginRow[] {
  return VENDOR_IDS.map((vendor) => ({ vendor, margin: year.marginPaidUsd[vendor] }))
    .filter((r) => r.margin > 0)
    .sort((a, b) => b.margin - a.margin);
}
