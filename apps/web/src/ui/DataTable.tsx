import type { ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** Row header cell (th scope=row): the column that names the row. */
  rowHeader?: boolean;
  align?: 'right';
}

export interface DataTableProps<T> {
  caption: ReactNode;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty: ReactNode;
  /** Hide the caption visually (it stays for screen readers). */
  captionHidden?: boolean;
  stacked?: boolean;
}

/** A USWDS table: caption, column headers with scope, a row header, horizontal scroll on small screens. */
export function DataTable<T>({ caption, columns, rows, rowKey, empty, captionHidden, stacked = true }: DataTableProps<T>) {
  if (rows.length === 0) {
    return <p className="usa-prose text-base-dark">{empty}</p>;
  }
  return (
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={typeof caption === 'string' ? caption : undefined}>
      <table className={`usa-table usa-table--striped${stacked ? ' usa-table--stacked' : ''} width-full`}>
        <caption className={captionHidden ? 'usa-sr-only' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.align === 'right' ? 'text-right' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" data-label={typeof c.header === 'string' ? c.header : undefined}>
                    {c.render(r)}
                  </th>
                ) : (
                  <td key={c.key} data-label={typeof c.header === 'string' ? c.header : undefined} className={c.align === 'right' ? 'text-right' : undefined}>
                    {c.render(r)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
