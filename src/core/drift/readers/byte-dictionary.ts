/**
 * Counting distinct byte strings without making a JS string per field: an open-addressing hash table over
 * the raw bytes (FNV-1a), each distinct value stored once in a byte pool and decoded once at the end.
 * Self-contained factory: the CSV worker is started from this source text (see csv-worker.ts).
 */

export interface ByteCounter {
  readonly size: number;
  add(b: Uint8Array, s: number, e: number): void;
  entries(): Generator<[string, number]>;
}

export function byteDictionaryFactory(): new () => ByteCounter {
  const decoder = new TextDecoder('utf-8');

  class ByteDictionary implements ByteCounter {
    // Small to start with (a table may have 100k columns, most with few distinct values); both grow by doubling.
    private table = new Int32Array(16).fill(-1);
    private starts: number[] = [];
    private lengths: number[] = [];
    private hashes: number[] = [];
    private counts: number[] = [];
    private pool = new Uint8Array(128);
    private used = 0;

    get size(): number {
      return this.counts.length;
    }

    add(b: Uint8Array, s: number, e: number): void {
      let h = 0x811c9dc5;
      for (let i = s; i < e; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
      h >>>= 0;
      const mask = this.table.length - 1;
      let slot = h & mask;
      const len = e - s;
      for (;;) {
        const entry = this.table[slot]!;
        if (entry === -1) break;
        if (this.hashes[entry] === h && this.lengths[entry] === len && this.equals(entry, b, s, len)) {
          this.counts[entry]!++;
          return;
        }
        slot = (slot + 1) & mask;
      }
      const entry = this.counts.length;
      if (this.used + len > this.pool.length) {
        const bigger = new Uint8Array(Math.max(this.pool.length * 2, this.used + len));
        bigger.set(this.pool.subarray(0, this.used));
        this.pool = bigger;
      }
      this.pool.set(b.subarray(s, e), this.used);
      this.starts.push(this.used);
      this.lengths.push(len);
      this.hashes.push(h);
      this.counts.push(1);
      this.used += len;
      this.table[slot] = entry;
      if (this.counts.length * 2 > this.table.length) this.rehash();
    }

    private equals(entry: number, b: Uint8Array, s: number, len: number): boolean {
      const start = this.starts[entry]!;
      for (let i = 0; i < len; i++) if (this.pool[start + i] !== b[s + i]) return false;
      return true;
    }

    private rehash(): void {
      const table = new Int32Array(this.table.length * 2).fill(-1);
      const mask = table.length - 1;
      for (let entry = 0; entry < this.hashes.length; entry++) {
        let slot = this.hashes[entry]! & mask;
        while (table[slot] !== -1) slot = (slot + 1) & mask;
        table[slot] = entry;
      }
      this.table = table;
    }

    /** Each distinct value with its count. */
    *entries(): Generator<[string, number]> {
      for (let i = 0; i < this.counts.length; i++) {
        const start = this.starts[i]!;
        yield [decoder.decode(this.pool.subarray(start, start + this.lengths[i]!)), this.counts[i]!];
      }
    }
  }
  return ByteDictionary;
}

export const ByteDictionary = byteDictionaryFactory();
