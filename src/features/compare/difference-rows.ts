/** Rows for the A/B differences table: headline results, then every input that differs. */
import { inputLabel, inputValueText } from '../../hooks/input-text';
import { formatInteger, formatNumber, formatPercent, formatUsd, type Locale } from '../../i18n/format';
import type { Translate } from '../../i18n/i18n';
import { deriveOutputs, type ModelOutputs } from '../../model/derive';
import { INPUT_SPECS } from '../../model/input-specs';
import type { Scenario } from '../../model/scenario';

export interface DifferenceRow {
  readonly label: string;
  readonly a: string;
  readonly b: string;
  /** B − A in words (signed), or an empty string for inputs. */
  readonly change: string;
}

interface Measure {
  readonly label: string;
  readonly value: (out: ModelOutputs) => number;
  readonly format: (value: number) => string;
}

function signed(value: number, format: (v: number) => string): string {
  if (format(Math.abs(value)) === format(0)) return '=';
  return `${value > 0 ? '+' : '−'}${format(Math.abs(value))}`;
}

/** Result rows (cost, bill, HHI, largest supplier, power) and the inputs that differ. */
export function differenceRows(t: Translate, locale: Locale, a: Scenario, b: Scenario) {
  const outA = deriveOutputs(a);
  const outB = deriveOutputs(b);
  const measures: Measure[] = [
    {
      label: t('kpi.costPerMillion'),
      value: (o) => o.costPerMillionTokens,
      format: (v) => formatUsd(locale, v),
    },
    {
      label: t('kpi.inferenceBill'),
      value: (o) => o.inferenceBillUsdPerYear,
      format: (v) => formatUsd(locale, v),
    },
    { label: t('kpi.concentration'), value: (o) => o.hhi, format: (v) => formatInteger(locale, v) },
    {
      label: t('compare.largest'),
      value: (o) => o.largestShare,
      format: (v) => formatPercent(locale, v),
    },
    {
      label: t('kpi.power'),
      value: (o) => o.fleetPowerGw,
      format: (v) => `${formatNumber(locale, v, 3)} GW`,
    },
  ];
  const results: DifferenceRow[] = measures.map((m) => ({
    label: m.label,
    a: m.format(m.value(outA)),
    b: m.format(m.value(outB)),
    change: signed(m.value(outB) - m.value(outA), m.format),
  }));
  const inputs: DifferenceRow[] = INPUT_SPECS.filter((spec) => a[spec.id] !== b[spec.id]).map((spec) => ({
    label: inputLabel(t, spec.id),
    a: inputValueText(t, locale, spec.id, a[spec.id]),
    b: inputValueText(t, locale, spec.id, b[spec.id]),
    change: '',
  }));
  return { results, inputs };
}
