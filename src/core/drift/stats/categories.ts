/** Value counts over the union of categories of two samples, in ascending key order. */

export type CategoryKey = string | number;

export interface CategoryCounts {
  keys: CategoryKey[];
  ref: Float64Array;
  cur: Float64Array;
  nRef: number;
  nCur: number;
}

/** Ascending order as Python's sorted() gives for keys of one kind (numbers numerically, text by code point). */
export function compareKeys(a: CategoryKey, b: CategoryKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Run-length value counts of two ascending numeric samples, merged over the union of values. */
export function countSortedValues(ref: ArrayLike<number>, cur: ArrayLike<number>): CategoryCounts {
  const keys: number[] = [];
  const refCounts: number[] = [];
  const curCounts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < ref.length || j < cur.length) {
    const v = j >= cur.length || (i < ref.length && ref[i]! <= cur[j]!) ? ref[i]! : cur[j]!;
    let r = 0;
    let c = 0;
    while (i < ref.length && ref[i] === v) {
      i++;
      r++;
    }
    while (j < cur.length && cur[j] === v) {
      j++;
      c++;
    }
    keys.push(v);
    refCounts.push(r);
    curCounts.push(c);
  }
  return {
    keys,
    ref: Float64Array.from(refCounts),
    cur: Float64Array.from(curCounts),
    nRef: ref.length,
    nCur: cur.length,
  };
}

/** Merge two key → count maps into ascending union order. */
export function countMaps(ref: Map<CategoryKey, number>, cur: Map<CategoryKey, number>): CategoryCounts {
  const keys = [...new Set([...ref.keys(), ...cur.keys()])].sort(compareKeys);
  let nRef = 0;
  let nCur = 0;
  for (const v of ref.values()) nRef += v;
  for (const v of cur.values()) nCur += v;
  return {
    keys,
    ref: Float64Array.from(keys, (k) => ref.get(k) ?? 0),
    cur: Float64Array.from(keys, (k) => cur.get(k) ?? 0),
    nRef,
    nCur,
  };
}
