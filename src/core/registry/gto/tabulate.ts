/**
 * Tables as `gto show` / `gto history` print them: python-tabulate with `tablefmt="fancy_outline"` (or
 * `plain` for `--plain`), `missingval="-"`. Reproduced rules: each column is as wide as its widest cell
 * and at least its header plus 2; a column whose every non-empty cell reads as a number is right-aligned
 * (floats re-formatted with Python's `g`); others are left-aligned; `None` prints as `-`, '' as blank.
 */

export type Cell = string | null;

const INT = /^\s*[+-]?[0-9]+(?:_[0-9]+)*\s*$/;
const FLOAT =
  /^\s*[+-]?(?:(?:[0-9]+(?:_[0-9]+)*)?\.?[0-9]+(?:_[0-9]+)*|[0-9]+(?:_[0-9]+)*\.)(?:[eE][+-]?[0-9]+)?\s*$|^\s*[+-]?(?:inf|infinity|nan)\s*$/i;

type ColumnType = 'none' | 'int' | 'float' | 'str';

function cellType(value: Cell): ColumnType {
  if (value === null || value === '') return 'none';
  if (value === 'True' || value === 'False') return 'str'; // tabulate's bool: aligned like a string here
  if (INT.test(value)) return 'int';
  if (FLOAT.test(value)) {
    const n = Number(value.replaceAll('_', ''));
    // tabulate refuses strings that overflow to ±inf (e.g. a commit id like "1e23456")
    if (!Number.isFinite(n) && !/inf|nan/i.test(value)) return 'str';
    return 'float';
  }
  return 'str';
}

function columnType(values: readonly Cell[]): ColumnType {
  const rank: Record<ColumnType, number> = { none: 0, int: 1, float: 2, str: 3 };
  return values.map(cellType).reduce<ColumnType>((a, b) => (rank[b] > rank[a] ? b : a), 'none');
}

/** Python's `format(float(x), 'g')`. */
export function pythonG(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const exponent = Math.floor(Math.log10(Math.abs(Number(value.toPrecision(6)))));
  if (exponent < -4 || exponent >= 6) {
    const [mantissa, exp] = value.toExponential(5).split('e');
    const m = mantissa!.replace(/\.?0+$/, '');
    const e = Number(exp);
    return `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  return value.toFixed(Math.max(0, 5 - exponent)).replace(/\.?0+$/, '');
}

function afterPoint(text: string): number {
  if (INT.test(text)) return -1;
  const dot = text.lastIndexOf('.');
  const pos = dot >= 0 ? dot : text.toLowerCase().lastIndexOf('e');
  return pos >= 0 ? text.length - pos - 1 : -1;
}

function formatCell(value: Cell, type: ColumnType): string {
  if (value === null) return '-';
  if (value === '') return '';
  if (type === 'float') return pythonG(Number(value.replaceAll('_', '').replaceAll(',', '')));
  return value;
}

export type TableFormat = 'fancy_outline' | 'plain';

export function tabulate(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  format: TableFormat,
): string {
  const columns = headers.map((_, i) => rows.map((r) => r[i] ?? null));
  const types = columns.map(columnType);
  const numeric = types.map((t) => t === 'int' || t === 'float');
  const minPadding = 2;
  const cells = columns.map((column, i) => {
    let texts = column.map((v) => formatCell(v, types[i]!));
    if (numeric[i]) {
      // "decimal" alignment: pad on the right so the decimal points line up, then flush right
      const decimals = texts.map(afterPoint);
      const most = Math.max(...decimals);
      texts = texts.map((t, k) => t + ' '.repeat(most - decimals[k]!));
    } else {
      texts = texts.map((t) => t.trim());
    }
    const width = Math.max(headers[i]!.length + minPadding, ...texts.map((t) => t.length));
    return { width, texts: texts.map((t) => (numeric[i] ? t.padStart(width) : t.padEnd(width))) };
  });
  const header = headers.map((h, i) =>
    numeric[i] ? h.padStart(cells[i]!.width) : h.padEnd(cells[i]!.width),
  );
  const row = (k: number) => cells.map((c) => c.texts[k]!);
  if (format === 'plain') {
    return [header, ...rows.map((_, k) => row(k))].map((r) => r.join('  ').trimEnd()).join('\n');
  }
  const line = (l: string, fill: string, mid: string, r: string) =>
    l + cells.map((c) => fill.repeat(c.width + 2)).join(mid) + r;
  const data = (values: string[]) => `│ ${values.join(' │ ')} │`;
  return [
    line('╒', '═', '╤', '╕'),
    data(header),
    line('╞', '═', '╪', '╡'),
    ...rows.map((_, k) => data(row(k))),
    line('╘', '═', '╧', '╛'),
  ].join('\n');
}
