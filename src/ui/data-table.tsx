export interface DataTableProps {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A plain data table for the "show data" toggle under a chart. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {/* An empty corner cell above the row headers is not a header (axe: empty-table-header). */}
          {columns.map((c) =>
            c === '' ? (
              <td key={c} />
            ) : (
              <th key={c} scope="col">
                {c}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={j}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
