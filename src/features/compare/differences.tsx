import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { Scenario } from '../../model/scenario';
import { differenceRows, type DifferenceRow } from './difference-rows';

function Rows({ rows }: { rows: readonly DifferenceRow[] }) {
  return rows.map((row) => (
    <tr key={row.label}>
      <th scope="row">{row.label}</th>
      <td>{row.a}</td>
      <td>{row.b}</td>
      <td>{row.change}</td>
    </tr>
  ));
}

/** What differs between two scenarios: the headline results, then every input that differs. */
export function Differences({
  a,
  b,
  labelA,
  labelB,
}: {
  a: Scenario;
  b: Scenario;
  labelA: string;
  labelB: string;
}) {
  const { t, locale } = useI18n();
  const { results, inputs } = useMemo(() => differenceRows(t, locale, a, b), [t, locale, a, b]);
  return (
    <section className="differences" aria-label={t('compare.differences')}>
      <table className="data-table differences__table">
        <caption>{t('compare.differences')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.measure')}</th>
            <th scope="col">{labelA}</th>
            <th scope="col">{labelB}</th>
            <th scope="col">{t('compare.change')}</th>
          </tr>
        </thead>
        <tbody>
          <Rows rows={results} />
          {inputs.length > 0 ? <Rows rows={inputs} /> : null}
        </tbody>
      </table>
      {inputs.length === 0 ? <p className="differences__none">{t('compare.none')}</p> : null}
    </section>
  );
}
