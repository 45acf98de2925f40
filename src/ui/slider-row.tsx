import { memo, useId, type CSSProperties } from 'react';
import { fromPosition, positionCount, toPosition, type SliderScale } from './slider-scale';

export interface SliderRowProps {
  readonly label: string;
  readonly value: number;
  readonly spec: SliderScale;
  /** The value as shown beside the label, with its unit ("$58B per year"). */
  readonly valueText: string;
  readonly onChange: (value: number) => void;
  /** Optional hint under the slider (a source, a range). */
  readonly hint?: string;
  /** Accent colour for the track fill (a vendor's colour). */
  readonly accent?: string;
  readonly size?: 'large' | 'small';
}

/** A labelled native range input; log-scale inputs map positions evenly in log space. */
export const SliderRow = memo(function SliderRow({
  label,
  value,
  spec,
  valueText,
  onChange,
  hint,
  accent,
  size = 'large',
}: SliderRowProps) {
  const id = useId();
  const count = positionCount(spec);
  const position = toPosition(spec, value);
  const style: CSSProperties = { '--fill': `${(position / count) * 100}%` };
  if (accent) style['--accent'] = accent;
  return (
    <div className={`slider-row slider-row--${size}`}>
      <div className="slider-row__head">
        <label htmlFor={id} className="slider-row__label">
          {accent ? <span className="swatch" style={{ background: accent }} aria-hidden="true" /> : null}
          {label}
        </label>
        <output htmlFor={id} className="slider-row__value" aria-hidden="true">
          {valueText}
        </output>
      </div>
      <input
        id={id}
        type="range"
        className="slider-row__input"
        min={0}
        max={count}
        step={1}
        value={position}
        aria-valuetext={valueText}
        style={style}
        onChange={(event) => onChange(fromPosition(spec, Number(event.currentTarget.value)))}
      />
      {hint ? <div className="slider-row__hint">{hint}</div> : null}
    </div>
  );
});
