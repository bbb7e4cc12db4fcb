const MAX_ROWS = 5;
const MAX_CELL = 60;

const clip = (text: string) => (text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text);

/** The first few records as the file has them, to check the mapping against. */
export function SampleTable({ columns, rows }: { columns: string[]; rows: Record<string, string>[] }) {
  if (rows.length === 0 || columns.length === 0) return null;
  return (
    <div className="sample" tabIndex={0} role="region" aria-label="First records of the file">
      <table>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {clip(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map((row, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c} title={row[c]}>
                  {clip(row[c] ?? '')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
