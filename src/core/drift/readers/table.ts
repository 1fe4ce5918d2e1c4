import { ConfigurationError } from '../../errors.js';
import type { ColumnData } from './column-builder.js';

export type DataFormat = 'csv' | 'jsonl' | 'parquet';

/** A dataset as read: its columns in file order. */
export interface Table {
  /** Path as the user gave it (for messages and the report). */
  source: string;
  format: DataFormat;
  rows: number;
  columns: ColumnData[];
}

/**
 * The widest dataset drift-report reads. Each column costs about 11 KiB of peak memory through reading,
 * analysis and the three report files (100,000 columns: about 1.2 GB, `npm run bench hostile-input`), so a
 * file of a million columns, a few MB of CSV header, would need 11 GB: it is refused up front instead.
 */
export const MAX_COLUMNS = 100_000;

/** Refuse a table wider than MAX_COLUMNS, naming the input (`count`: the file's, when known in full). */
export function checkColumnCount(count: number, label: string, known = true): void {
  if (count <= MAX_COLUMNS) return;
  const limit = MAX_COLUMNS.toLocaleString('en-US');
  throw new ConfigurationError(
    `${label}: ${known ? `${count.toLocaleString('en-US')} columns` : `more than ${limit} columns`}; drift-report reads at most ${limit} columns per dataset.`,
  );
}
