import type { DataKind, DataRecords } from '../store/data-repo';

/** Columns of the CSV exports, in order; arrays are joined with spaces, times written as ISO. */
const columns: { [K in DataKind]: (keyof DataRecords[K][number])[] } = {
  posts: [
    'id',
    'network',
    'brandId',
    'publishedAt',
    'format',
    'category',
    'hashtags',
    'links',
    'excerpt',
    'source',
  ],
  comments: [
    'id',
    'network',
    'author',
    'excerpt',
    'writtenAt',
    'firstSeenAt',
    'pageUrl',
    'postId',
    'status',
    'statusChangedAt',
    'reason',
    'category',
    'dueAt',
  ],
};

const timeFields = new Set(['publishedAt', 'writtenAt', 'firstSeenAt', 'statusChangedAt', 'dueAt']);

function cell(name: string, value: unknown): string {
  let text: string;
  if (value === undefined || value === null) text = '';
  else if (Array.isArray(value)) text = value.join(' ');
  else if (timeFields.has(name) && typeof value === 'number') text = new Date(value).toISOString();
  else text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: page text is not trusted.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a header line and CRLF line ends, as spreadsheets expect. */
export function toCsv<K extends DataKind>(kind: K, records: DataRecords[K]): string {
  const names = columns[kind] as string[];
  const lines = [names.join(',')];
  for (const record of records as unknown as Record<string, unknown>[]) {
    lines.push(names.map((name) => cell(name, record[name])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export interface DataExport {
  filename: string;
  mime: string;
  text: string;
  count: number;
}

export function dataExport<K extends DataKind>(
  kind: K,
  format: 'json' | 'csv',
  records: DataRecords[K],
  now: number,
): DataExport {
  const stamp = new Date(now).toISOString().slice(0, 10);
  const filename = `smm-assistant-${kind}-${stamp}.${format}`;
  return format === 'csv'
    ? { filename, mime: 'text/csv', text: toCsv(kind, records), count: records.length }
    : {
        filename,
        mime: 'application/json',
        text: `${JSON.stringify(records, null, 2)}\n`,
        count: records.length,
      };
}
