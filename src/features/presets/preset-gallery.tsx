import { useState } from 'react';
import { presetText, type Preset } from '../../data/presets';
import type { Source } from '../../data/schema';
import { inputLabel, inputValueText } from '../../hooks/input-text';
import { useI18n } from '../../i18n/i18n';
import { INPUT_SPECS } from '../../model/input-specs';
import { Dialog } from '../../ui/dialog';

export interface PresetGalleryProps {
  readonly presets: readonly Preset[];
  readonly sources: Readonly<Record<string, Source>>;
  /** True when presets.json could not be loaded. */
  readonly failed: boolean;
  /** The preset the dashboard shows now, if unchanged. */
  readonly activeSlug: string | null;
  readonly onOpen: (preset: Preset) => void;
  readonly onClose: () => void;
}

function PresetDetail({ preset, sources }: { preset: Preset; sources: PresetGalleryProps['sources'] }) {
  const { t, locale } = useI18n();
  const values = INPUT_SPECS.filter((spec) => preset.values[spec.id] !== undefined);
  return (
    <>
      <p className="presets__narrative">{presetText(preset, locale).narrative}</p>
      <h4 className="presets__heading">{t('presets.sets')}</h4>
      <dl className="presets__values">
        {values.map((spec) => (
          <div key={spec.id} className="presets__value">
            <dt>{inputLabel(t, spec.id)}</dt>
            <dd>{inputValueText(t, locale, spec.id, preset.values[spec.id] ?? 0)}</dd>
          </div>
        ))}
      </dl>
      <h4 className="presets__heading">{t('presets.sources')}</h4>
      <ul className="presets__sources">
        {preset.sources.map((id) => {
          const source = sources[id];
          return (
            <li key={id}>
              {source ? (
                <a href={source.url} target="_blank" rel="noreferrer noopener">
                  {source.title}
                </a>
              ) : (
                id
              )}
              {source ? (
                <span className="presets__publisher">
                  {' '}
                  — {source.publisher}, {source.date}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The preset gallery: pick a preset, read its narrative, values and sources, open it. */
export function PresetGallery({ presets, sources, failed, activeSlug, onOpen, onClose }: PresetGalleryProps) {
  const { t, locale } = useI18n();
  const [selected, setSelected] = useState(
    () => presets.find((p) => p.slug === activeSlug) ?? presets[0] ?? null,
  );
  return (
    <Dialog
      title={t('presets.title')}
      description={t('presets.intro')}
      onClose={onClose}
      closeLabel={t('dialog.close')}
      size="wide"
      testId="preset-gallery"
    >
      {failed || !selected ? (
        <p role="alert">{t('presets.unavailable')}</p>
      ) : (
        <div className="presets">
          <ul className="presets__list" aria-label={t('presets.list')}>
            {presets.map((preset) => (
              <li key={preset.slug}>
                <button
                  type="button"
                  className="presets__card"
                  aria-current={preset.slug === selected.slug ? 'true' : undefined}
                  data-autofocus={preset.slug === selected.slug ? true : undefined}
                  onClick={() => setSelected(preset)}
                >
                  <span className="presets__title">{presetText(preset, locale).title}</span>
                  <span className="presets__summary">{presetText(preset, locale).summary}</span>
                  {preset.slug === activeSlug ? (
                    <span className="presets__badge">{t('presets.active')}</span>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
          <article className="presets__detail" aria-labelledby={`preset-${selected.slug}`}>
            <h3 id={`preset-${selected.slug}`} className="presets__detail-title">
              {presetText(selected, locale).title}
            </h3>
            <PresetDetail preset={selected} sources={sources} />
            <button
              type="button"
              className="button button--primary presets__open"
              onClick={() => onOpen(selected)}
            >
              {t('presets.use')}
            </button>
          </article>
        </div>
      )}
    </Dialog>
  );
}
