import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { toCsv, type CsvCell } from './csv';
import { useExportMeta } from './export-context';
import { downloadBlob, fileSlug, framedChartSvg, svgToPng, type LegendEntry } from './svg-export';

export interface CsvData {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

function legendEntries(panel: HTMLElement): LegendEntry[] {
  return [...panel.querySelectorAll('.legend__item')].map((item) => {
    const swatch = item.querySelector('svg');
    return { label: item.textContent?.trim() ?? '', swatch: swatch instanceof SVGSVGElement ? swatch : null };
  });
}

function themeColours(panel: HTMLElement) {
  const style = window.getComputedStyle(panel);
  // The muted colour of the active theme (a fixed light-theme grey was 2.7:1 on a dark export).
  const note = panel.querySelector('.panel__note');
  const muted = note ? window.getComputedStyle(note).color : '';
  return {
    background: style.backgroundColor || '#ffffff',
    ink: style.color || '#1b1f24',
    muted: muted || '#59616b',
  };
}

type ExportKind = 'png' | 'svg' | 'csv';

/** PNG (2×), SVG and CSV exports of one panel, framed with title, scenario, sources and link. */
export function ExportMenu({ title, csv }: { title: string; csv?: CsvData }) {
  const meta = useExportMeta();
  const [error, setError] = useState<string | null>(null);
  if (!meta) return null;
  const slug = fileSlug(title);

  const exportAs = async (kind: ExportKind, trigger: HTMLElement) => {
    trigger.closest('details')?.removeAttribute('open');
    setError(null);
    try {
      if (kind === 'csv') {
        if (csv) downloadBlob(new Blob([toCsv(csv.columns, csv.rows)], { type: 'text/csv' }), `${slug}.csv`);
        return;
      }
      const panel = trigger.closest<HTMLElement>('.panel');
      const chart = panel?.querySelector('.panel__chart svg.recharts-surface');
      if (!panel || !(chart instanceof SVGSVGElement)) throw new Error('The chart has not been drawn yet.');
      const { markup, width, height } = framedChartSvg(
        chart,
        legendEntries(panel),
        meta.frame(title),
        themeColours(panel),
      );
      if (kind === 'svg') downloadBlob(new Blob([markup], { type: 'image/svg+xml' }), `${slug}.svg`);
      else downloadBlob(await svgToPng(markup, width, height, 2), `${slug}.png`);
    } catch (e) {
      setError(`${meta.labels.failed}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const item = (kind: ExportKind, label: string) => (
    <button type="button" className="menu__item" onClick={(e) => void exportAs(kind, e.currentTarget)}>
      {label}
    </button>
  );

  // A disclosure, not a menu widget: Tab walks its items; Esc closes it and returns to
  // its button, and tabbing out of it closes it so it does not hang over the chart.
  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    const details = event.currentTarget;
    if (event.key !== 'Escape' || !details.open) return;
    event.stopPropagation();
    details.open = false;
    details.querySelector('summary')?.focus();
  };
  const onBlur = (event: FocusEvent<HTMLDetailsElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !event.currentTarget.contains(next)) event.currentTarget.open = false;
  };

  return (
    <div className="export">
      <details className="menu" onKeyDown={onKeyDown} onBlur={onBlur}>
        <summary className="button button--quiet">{meta.labels.menu}</summary>
        <div className="menu__items" role="group" aria-label={meta.labels.menu}>
          {item('png', meta.labels.png)}
          {item('svg', meta.labels.svg)}
          {csv ? item('csv', meta.labels.csv) : null}
        </div>
      </details>
      {error ? (
        <p className="export__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
