import { useId, useState, type ReactNode, type Ref } from 'react';
import { ExportMenu, type CsvData } from './export/export-menu';

export interface ChartFrameProps {
  readonly title: string;
  /** One-line text summary of what the chart shows; read by screen readers and tests. */
  readonly summary: string;
  readonly note?: string;
  readonly legend?: ReactNode;
  readonly children: ReactNode;
  /** The chart's data as a table, shown on demand. */
  readonly table: ReactNode;
  readonly showDataLabel: string;
  readonly hideDataLabel: string;
  readonly testId?: string;
  /** The panel's element, for whoever needs to know where it is (the chart queue). */
  readonly panelRef?: Ref<HTMLElement>;
  /** Raw (unformatted) data for the CSV export. */
  readonly csv?: CsvData;
}

/** A panel: question as title, the chart, its one-line summary, a note and a data table toggle. */
export function ChartFrame({
  title,
  summary,
  note,
  legend,
  children,
  table,
  showDataLabel,
  hideDataLabel,
  testId,
  panelRef,
  csv,
}: ChartFrameProps) {
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const tableId = useId();
  return (
    <section ref={panelRef} className="panel" aria-labelledby={titleId} data-testid={testId}>
      <header className="panel__head">
        <h2 id={titleId} className="panel__title">
          {title}
        </h2>
        <div className="panel__tools">
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? hideDataLabel : showDataLabel}
          </button>
          <ExportMenu title={title} csv={csv} />
        </div>
      </header>
      {legend}
      <div className="panel__chart" role="img" aria-label={summary}>
        {children}
      </div>
      <p className="panel__summary" data-testid={testId ? `${testId}-summary` : undefined}>
        {summary}
      </p>
      {note ? <p className="panel__note">{note}</p> : null}
      {/* The table scrolls inside the panel, so keyboard users need to focus it to scroll
          (axe: scrollable-region-focusable); the group takes the panel's title as its name. */}
      <div
        id={tableId}
        hidden={!showTable}
        className="panel__table"
        role="group"
        aria-labelledby={titleId}
        tabIndex={0}
      >
        {showTable ? table : null}
      </div>
    </section>
  );
}
