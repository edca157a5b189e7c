/**
 * Report data as CSV for a spreadsheet: RFC 4180 quoting, CRLF lines, a byte-order mark so Excel
 * reads French and Russian as UTF-8, and text that a spreadsheet would run as a formula defused.
 */
import { downloadText } from './download';

export type CsvCell = string | number | null | undefined;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A cell starting with = + - @ (or a tab or return) is a formula to Excel and LibreOffice: page
  // text (a comment, an author's name) must never run as one.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: CsvCell[][]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n');
}

export function downloadCsv(filename: string, rows: CsvCell[][]): void {
  downloadText(filename, 'text/csv;charset=utf-8', `\ufeff${toCsv(rows)}\r\n`);
}
