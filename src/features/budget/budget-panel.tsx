import { memo, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type TooltipValueType,
} from 'recharts';
import { useChartScenario, useProjection } from '../../hooks/use-model';
import { formatNumber, formatPercent, formatUsd, formatUsdTick } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { vendorLabel } from '../../hooks/input-labels';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import { Legend } from '../../ui/legend';
import { niceTicks } from '../../ui/nice-ticks';
import { BUDGET_COLOURS, VENDOR_COLOURS } from '../../ui/palette';
import { budgetRows, marginRows } from './budget-rows';

const MARGIN = { top: 8, right: 16, bottom: 24, left: 16 };
const SERIES = ['inference', 'remaining', 'over'] as const;
const SERIES_KEYS = {
  inference: 'budget.inference',
  remaining: 'budget.remaining',
  over: 'budget.over',
} as const;

function UsdTooltip({ active, payload, label }: TooltipContentProps<TooltipValueType, string | number>) {
  const { locale } = useI18n();
  if (!active || !payload?.length) return null;
  return (
    <div className="tooltip">
      <div className="tooltip__title">{String(label)}</div>
      {payload.map((entry) => (
        <div key={String(entry.dataKey)}>
          <span className="swatch" style={{ background: entry.color }} aria-hidden="true" /> {entry.name}:{' '}
          {formatUsd(locale, Number(entry.value))}
        </div>
      ))}
    </div>
  );
}

/** The inference bill against the budget, year by year, and the margin paid to vendors in the selected year. */
export const BudgetPanel = memo(function BudgetPanel() {
  const { t, locale } = useI18n();
  const scenario = useChartScenario();
  const projection = useProjection(scenario);
  const rows = useMemo(() => budgetRows(projection.years), [projection]);
  const y = projection.selected;
  const margins = useMemo(() => marginRows(y), [y]);
  const yTicks = useMemo(
    () => niceTicks(Math.max(...rows.map((r) => r.inference + r.remaining + r.over))),
    [rows],
  );
  const marginTicks = useMemo(() => niceTicks(Math.max(0, ...margins.map((r) => r.margin)), 4), [margins]);
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
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={rows} margin={MARGIN}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="year"
            label={{
              value: t('budget.xAxis'),
              position: 'insideBottom',
              offset: -12,
              className: 'axis-label',
            }}
          />
          <YAxis
            width={64}
            ticks={yTicks}
            domain={[0, yTicks.at(-1) ?? 'auto']}
            tickFormatter={(v: number) => formatUsdTick(locale, v)}
            label={{
              value: t('budget.yAxis'),
              angle: -90,
              position: 'insideLeft',
              offset: 4,
              className: 'axis-label',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip content={UsdTooltip} />
          {SERIES.map((s) => (
            <Bar
              key={s}
              dataKey={s}
              stackId="budget"
              name={t(SERIES_KEYS[s])}
              fill={BUDGET_COLOURS[s]}
              isAnimationActive={false}
            >
              {rows.map((r) => (
                <Cell key={r.year} fillOpacity={r.year === y.year ? 1 : 0.4} />
              ))}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
      <h3 className="panel__subtitle">{t('budget.marginTitle', { year: y.year })}</h3>
      <ResponsiveContainer width="100%" height={36 + margins.length * 26}>
        <BarChart data={margins} layout="vertical" margin={{ top: 0, right: 56, bottom: 20, left: 16 }}>
          <XAxis
            type="number"
            ticks={marginTicks}
            domain={[0, marginTicks.at(-1) ?? 'auto']}
            tickFormatter={(v: number) => formatUsdTick(locale, v)}
            label={{
              value: t('budget.marginAxis'),
              position: 'insideBottom',
              offset: -12,
              className: 'axis-label',
            }}
          />
          <YAxis
            type="category"
            dataKey="vendor"
            width={120}
            tickFormatter={(v: string) => vendorLabel(t, v)}
          />
          <Bar
            dataKey="margin"
            isAnimationActive={false}
            label={{
              position: 'right',
              className: 'bar-label',
              formatter: (v: unknown) => formatUsd(locale, Number(v), 2),
            }}
          >
            {margins.map((r) => (
              <Cell key={r.vendor} fill={VENDOR_COLOURS[r.vendor]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
