import { formatInputWithUnit, inputLabel } from '../../hooks/input-labels';
import { useI18n } from '../../i18n/i18n';
import { specFor, type InputId } from '../../model/input-specs';
import type { SensitivityMetric } from '../../model/sensitivity';
import { formatChange } from './tornado-chart';
import type { TornadoRow } from './tornado-rows';

export interface TornadoTableProps {
  readonly rows: readonly TornadoRow[];
  readonly metric: SensitivityMetric;
  /** Opens an assumption; its name is then a button (the keyboard's way to what a bar click does). */
  readonly onSelect: ((id: InputId) => void) | null;
}

/** The tornado as a table: each assumption's values tried and the metric's change at each. */
export function TornadoTable({ rows, metric, onSelect }: TornadoTableProps) {
  const { t, locale } = useI18n();
  const signed = (v: number) => formatChange(metric, locale, v);
  const value = (id: InputId, v: number) => formatInputWithUnit(t, locale, specFor(id).unit, v);
  return (
    <table className="data-table">
      <caption>{t('sensitivity.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t(`sensitivity.metric.${metric}`)}</th>
          <th scope="col">{t('sensitivity.atLow')}</th>
          <th scope="col">{t('sensitivity.atHigh')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              {onSelect ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onSelect(r.id)}
                  aria-label={t('sensitivity.open', { label: inputLabel(t, r.id) })}
                >
                  {inputLabel(t, r.id)}
                </button>
              ) : (
                inputLabel(t, r.id)
              )}
            </th>
            <td>
              {value(r.id, r.low)}: {signed(r.lowDelta)}
            </td>
            <td>
              {value(r.id, r.high)}: {signed(r.highDelta)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
