/**
 * Sums like numpy's `add.reduce` on a contiguous float64 array: pairwise, with 8-way unrolled blocks of up
 * to 128 elements, so our sums round exactly as Evidently's (numpy's) do. A self-contained factory (it
 * references nothing outside its body): the drift kernel worker is started from its source text
 * (kernel-worker.ts), so both threads add in the same order and get the same bits.
 */

export interface PairwiseSums {
  /** Σ values[start, start + length). */
  pairwiseSum: (values: ArrayLike<number>, start?: number, length?: number) => number;
  /** Σ (values[i] − shift)², same grouping, without materialising the squares. */
  pairwiseSumSquares: (values: ArrayLike<number>, shift: number, start?: number, length?: number) => number;
  /**
   * Σ of `n` terms computed in order, grouped exactly as pairwiseSum groups an array of them: `fill`
   * writes the next `count` (≤ 128) terms into `block`, so a long computed sequence needs no array.
   */
  pairwiseStream: (n: number, fill: (block: Float64Array, count: number) => void) => number;
  /**
   * pairwiseSum's grouping of `n` terms as a post-order program, for a caller that computes the terms
   * in its own loop: an entry k > 0 is a leaf of k − 1 terms (sum them with pairwiseSum and push the
   * sum), 0 pops b then a and pushes a + b. The result is the one value left.
   */
  pairwisePlan: (n: number) => Int32Array;
}

export function pairwiseFactory(): PairwiseSums {
  // numpy's pairwise_sum: below 8 terms a plain loop; up to 128, eight running sums combined as
  // ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)) plus the tail; above, split at half rounded down to
  // a multiple of 8. Locals rather than an array: the same additions in the same order, no allocation.
  function pairwiseSum(values: ArrayLike<number>, start = 0, length = values.length - start): number {
    if (length < 8) {
      let sum = 0;
      for (let i = start; i < start + length; i++) sum += values[i]!;
      return sum;
    }
    if (length <= 128) {
      let r0 = values[start]!;
      let r1 = values[start + 1]!;
      let r2 = values[start + 2]!;
      let r3 = values[start + 3]!;
      let r4 = values[start + 4]!;
      let r5 = values[start + 5]!;
      let r6 = values[start + 6]!;
      let r7 = values[start + 7]!;
      let i = 8;
      for (; i < length - (length % 8); i += 8) {
        const at = start + i;
        r0 += values[at]!;
        r1 += values[at + 1]!;
        r2 += values[at + 2]!;
        r3 += values[at + 3]!;
        r4 += values[at + 4]!;
        r5 += values[at + 5]!;
        r6 += values[at + 6]!;
        r7 += values[at + 7]!;
      }
      let sum = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
      for (; i < length; i++) sum += values[start + i]!;
      return sum;
    }
    let half = Math.floor(length / 2);
    half -= half % 8;
    return pairwiseSum(values, start, half) + pairwiseSum(values, start + half, length - half);
  }

  function pairwiseSumSquares(
    values: ArrayLike<number>,
    shift: number,
    start = 0,
    length = values.length - start,
  ): number {
    let at = start;
    return pairwiseStream(length, (block, count) => {
      for (let i = 0; i < count; i++) {
        const d = values[at++]! - shift;
        block[i] = d * d;
      }
    });
  }

  // The recursion splits exactly where pairwiseSum's does; a leaf (≤ 128 terms) is filled in one call and
  // summed with pairwiseSum's leaf arithmetic.
  const block = new Float64Array(128);
  function pairwiseStream(n: number, fill: (block: Float64Array, count: number) => void): number {
    if (n <= 128) {
      fill(block, n);
      return pairwiseSum(block, 0, n);
    }
    let half = Math.floor(n / 2);
    half -= half % 8;
    const left = pairwiseStream(half, fill);
    return left + pairwiseStream(n - half, fill);
  }

  function pairwisePlan(n: number): Int32Array {
    const plan: number[] = [];
    const visit = (len: number): void => {
      if (len <= 128) {
        plan.push(len + 1);
        return;
      }
      let half = Math.floor(len / 2);
      half -= half % 8;
      visit(half);
      visit(len - half);
      plan.push(0);
    };
    visit(n);
    return Int32Array.from(plan);
  }

  return { pairwiseSum, pairwiseSumSquares, pairwiseStream, pairwisePlan };
}
