/**
 * One CSV cell. Quotes are doubled and every cell is quoted; a cell a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe, so a visitor's text stays text.
 */
export function csvCell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const csvRow = (values: (string | number | null)[]) => `${values.map(csvCell).join(",")}\r\n`;
