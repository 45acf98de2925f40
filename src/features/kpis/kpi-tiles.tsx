import { memo } from 'react';
import { useI18n } from '../../i18n/i18n';
import { formatCompact, formatInteger, formatNumber, formatPercent, formatUsd } from '../../i18n/format';
import { useBaselineOutputs } from '../../hooks/use-baseline';
import { useChartScenario, useModelOutputs } from '../../hooks/use-model';
import { sumPerVendor, perVendor } from '../../model/vendors';
import { KpiTile } from '../../ui/kpi-tile';
import { kpiChanges } from './kpi-deltas';

/** The four numbers a user would quote: cost per token, inference bill, concentration, power. */
export const KpiTiles = memo(function KpiTiles() {
  const { t, locale } = useI18n();
  // Redrawn with the charts, after the slider's own frame (see useChartScenario).
  const scenario = useChartScenario('kpis');
  const out = useModelOutputs(scenario);
  const changes = kpiChanges(t, locale, out, useBaselineOutputs());
  const overBudget = out.capacityGapTrillionPerDay > 0;
  const loadText = t('unit.trillionTokensPerDay', { value: formatNumber(locale, scenario.load) });
  const accelerators = sumPerVendor(perVendor((id) => out.vendors[id].accelerators));
  return (
    <div className="kpis" data-testid="kpis">
      <KpiTile
        label={t('kpi.costPerMillion')}
        value={formatUsd(locale, out.costPerMillionTokens)}
        change={changes.cost}
        detail={t('kpi.costPerMillionDetail', {
          load: loadText,
          hardware: formatUsd(locale, out.hardwareCostPerMillionTokens),
        })}
      />
      <KpiTile
        label={t('kpi.inferenceBill')}
        value={formatUsd(locale, out.inferenceBillUsdPerYear)}
        change={changes.bill}
        badge={formatPercent(locale, out.inferenceShareOfBudget)}
        tone={overBudget ? 'alert' : 'neutral'}
        detail={
          overBudget
            ? t('kpi.inferenceBillGap', {
                gap: formatNumber(locale, out.capacityGapTrillionPerDay),
                close: formatUsd(locale, out.spendToCloseGapUsdPerYear),
              })
            : t('kpi.inferenceBillDetail', { share: formatPercent(locale, out.inferenceShareOfBudget) })
        }
      />
      <KpiTile
        label={t('kpi.concentration')}
        value={formatInteger(locale, out.hhi)}
        change={changes.hhi}
        badge={t(`band.${out.hhiBand}`)}
        tone={out.hhiBand === 'highlyConcentrated' ? 'warning' : 'neutral'}
        detail={t('kpi.concentrationDetail', { largest: formatPercent(locale, out.largestShare) })}
      />
      <KpiTile
        label={t('kpi.power')}
        value={`${formatNumber(locale, out.fleetPowerGw, 2)} GW`}
        change={changes.power}
        tone={out.designCostExceedsBudget ? 'alert' : 'neutral'}
        detail={
          out.designCostExceedsBudget
            ? t('kpi.designExceedsBudget')
            : t('kpi.powerDetail', {
                accelerators: formatCompact(locale, accelerators, 2),
                capex: formatUsd(locale, out.fleetCapexUsd, 2),
              })
        }
      />
    </div>
  );
});
