import { memo, useId } from 'react';
import { useReferenceData } from '../../hooks/reference-data';
import { useValidationCases } from '../../hooks/use-model';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { ConfidenceBadge } from '../../ui/confidence-badge';
import { formatValidationValue } from './validation-format';

/** The Model view: the validation table (shared with docs/MODEL.md) and every source cited. */
export const ModelView = memo(function ModelView() {
  const { t, locale } = useI18n();
  const { sources } = useReferenceData();
  const cases = useValidationCases();
  const titleId = useId();
  const sourceIds = Object.keys(sources).sort();
  return (
    <section className="model-view" aria-labelledby={titleId} data-testid="model-view">
      <details>
        <summary>
          <h2 id={titleId} className="assumptions__title">
            {t('model.title')}
          </h2>
        </summary>
        <p className="assumptions__intro">{t('model.intro')}</p>
        <div className="model-view__table">
          <table className="data-table data-table--wide">
            <caption>{t('model.validationCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('model.col.case')}</th>
                <th scope="col">{t('model.col.model')}</th>
                <th scope="col">{t('model.col.published')}</th>
                <th scope="col">{t('model.col.range')}</th>
                <th scope="col">{t('model.col.gap')}</th>
                <th scope="col">{t('model.col.confidence')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => {
                const value = (v: number) => formatValidationValue(locale, c.unit, v);
                return (
                  <tr key={c.id}>
                    <th scope="row">
                      {t(`validation.${c.id}.label`)}
                      <div className="model-view__note">{t(`validation.${c.id}.note`)}</div>
                    </th>
                    <td>{value(c.model)}</td>
                    <td>{value(c.published)}</td>
                    <td>
                      {c.publishedLow === c.publishedHigh
                        ? '—'
                        : `${value(c.publishedLow)} – ${value(c.publishedHigh)}`}
                    </td>
                    <td>
                      {c.gap > 0 ? '+' : ''}
                      {formatPercent(locale, c.gap)}{' '}
                      <span className="model-view__range">({t(`model.verdict.${c.verdict}`)})</span>
                    </td>
                    <td>
                      <ConfidenceBadge level={c.confidence} label={t(`confidence.${c.confidence}`)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <h3 className="panel__subtitle">
          {t('model.sourcesTitle', { count: formatNumber(locale, sourceIds.length) })}
        </h3>
        <ol className="model-view__sources">
          {sourceIds.map((id) => {
            const source = sources[id];
            return source ? (
              <li key={id} id={`source-${id}`}>
                <a href={source.url} target="_blank" rel="noreferrer">
                  {source.title}
                </a>{' '}
                <span className="assumption__publisher">
                  {source.publisher}, {source.date} [{id}]
                </span>
              </li>
            ) : null;
          })}
        </ol>
      </details>
    </section>
  );
});
