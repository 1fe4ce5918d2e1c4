/** In-memory datasets and default settings for drift tests that do not need files. */
import { ColumnBuilder } from '../../../src/core/drift/readers/column-builder.js';
import type { Table } from '../../../src/core/drift/readers/table.js';
import type { DriftInputs } from '../../../src/core/drift/settings.js';

export type Cell = number | string | null;

/** A table from columns of cells (null = missing; numbers as numbers, integers as integer literals; strings as text). */
export function table(source: string, columns: Record<string, Cell[]>): Table {
  const built = Object.entries(columns).map(([name, cells]) => {
    const b = new ColumnBuilder(name);
    for (const cell of cells) {
      if (cell === null) b.addMissing();
      else if (typeof cell === 'number') b.addNumber(cell, Number.isInteger(cell));
      else b.addText(cell);
    }
    return b.finish();
  });
  return { source, format: 'csv', rows: built[0]?.rows ?? 0, columns: built };
}

/** No drift input given: every setting from .mlops.yml or the defaults. */
export const NO_INPUTS: DriftInputs = {
  columns: [],
  columnTypes: {},
  tests: {},
  thresholds: {},
  driftShare: undefined,
  correction: undefined,
};
