import { memo, useMemo } from 'react';
import { chartPanelRef } from '../../hooks/chart-queue';
import { useChartScenario, useProjection } from '../../hooks/use-model';
import { useStableData } from '../../ui/use-stable-data';
import { formatNumber, formatPercent, formatUsd } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { Legend } from '../../ui/legend';
import { LiveProvider, xGrid } from '../../ui/live/live-rows';
import { liveAxisTop } from '../../ui/live/live-value-axis';
import { BUDGET_COLOURS } from '../../ui/palette';
import { BillChart, MarginChart, SERIES_KEYS } from './budget-charts';
import { BUDGET_SERIES as SERIES, budgetLiveRows, budgetRows, marginRows } from './budget-rows';

/** The inference bill against the budget, year by year, and the margin paid to vendors in the selected year. */
export const BudgetPanel = memo(function BudgetPanel() {
  const { t, locale } = useI18n();
  const scenario = useChartScenario('budget');
  const projection = useProjection(scenario);
  const rows = useMemo(() => budgetRows(projection.years), [projection]);
  const y = projection.selected;
  const margins = useMemo(() => marginRows(y), [y]);
  // The frames' inputs: stable while a step leaves the years and vendors alone. The value
  // axes are live: their tops travel with the rows, so a rescale rebuilds nothing.
  const yearGrid = useStableData(xGrid(rows, 'year'));
  const vendorGrid = useStableData(xGrid(margins, 'vendor'));
  const bills = useMemo(
    () => ({
      rows: budgetLiveRows(rows, y.year),
      valueTop: liveAxisTop(Math.max(...rows.map((r) => r.inference + r.remaining + r.over))),
    }),
    [rows, y.year],
  );
  const marginLive = useMemo(
    () => ({ rows: margins, valueTop: liveAxisTop(Math.max(0, ...margins.map((r) => r.margin))) }),
    [margins],
  );
  const totalMargin = margins.reduce((sum, r) => sum + r.margin, 0);
  const usd = (v: number) => formatUsd(locale, v);
  const over = y.inferenceBillUsd > y.budgetUsd;
  const summary = [
    over
      ? t('budget.summaryOver', {
          year: y.year,
          bill: usd(y.inferenceBillUsd),
          budget: usd(y.budgetUsd),
          gap: formatNumber(locale, y.capacityGapTrillionPerDay),
          close: usd(y.spendToCloseGapUsd),
        })
      : t('budget.summary', {
          year: y.year,
          bill: usd(y.inferenceBillUsd),
          cost: usd(y.costPerMillionTokens),
          share: formatPercent(locale, y.shareOfBudget),
          budget: usd(y.budgetUsd),
          remaining: usd(y.remainingBudgetUsd),
        }),
    t('budget.summaryMargin', { margin: usd(totalMargin), nvidia: usd(y.marginPaidUsd.nvidia) }),
  ].join(' ');
  const unavailable = y.unavailable.map((v) => t(`vendor.${v}`)).join(', ');
  return (
    <ChartFrame
      title={t('budget.title')}
      summary={summary}
      note={[
        unavailable ? t('budget.unavailable', { vendors: unavailable, year: y.year }) : '',
        t('budget.note'),
      ]
        .filter(Boolean)
        .join(' ')}
      testId="budget-panel"
      panelRef={chartPanelRef('budget')}
      showDataLabel={t('chart.showData')}
      hideDataLabel={t('chart.hideData')}
      legend={<Legend items={SERIES.map((s) => ({ label: t(SERIES_KEYS[s]), colour: BUDGET_COLOURS[s] }))} />}
      table={
        <DataTable
          caption={t('budget.title')}
          columns={[t('budget.xAxis'), ...SERIES.map((s) => t(SERIES_KEYS[s])), t('budget.costColumn')]}
          rows={rows.map((r, i) => [
            String(r.year),
            usd(r.inference),
            usd(r.remaining),
            usd(r.over),
            usd(projection.years[i]?.costPerMillionTokens ?? Number.NaN),
          ])}
        />
      }
    >
      <LiveProvider data={bills}>
        <BillChart grid={yearGrid} />
      </LiveProvider>
      <h3 className="panel__subtitle">{t('budget.marginTitle', { year: y.year })}</h3>
      <LiveProvider data={marginLive}>
        <MarginChart grid={vendorGrid} />
      </LiveProvider>
    </ChartFrame>
  );
});
