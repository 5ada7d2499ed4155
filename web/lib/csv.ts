// CSV as spreadsheet programs read it: a header row, RFC 4180 quoting, CRLF line ends and a
// byte-order mark (so that Excel reads Cyrillic as UTF-8).

export type CsvRow = Record<string, string | number | null>;

/** One field: quoted when it holds a quote, a separator or a line break. */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows under a header of these column names, in this order. */
export function toCsv(columnNames: readonly string[], rows: readonly CsvRow[]): string {
  const records = [columnNames, ...rows.map((row) => columnNames.map((name) => row[name] ?? null))];
  return `\uFEFF${records.map((record) => record.map(csvField).join(',')).join('\r\n')}\r\n`;
}
