/**
 * Deterministic tar headers: USTAR, with a PAX extended header only when a name is longer than the USTAR
 * field or not ASCII, or a size does not fit 11 octal digits. Owner is always 0/0 with empty user and
 * group names; the caller fixes mode and mtime, so the same inputs give the same bytes everywhere.
 */

export const BLOCK = 512;

export interface TarEntryHeader {
  /** Path inside the layer, '/'-separated, no leading '/'; directories end with '/'. */
  path: string;
  type: 'file' | 'directory';
  mode: number;
  size: number;
  /** Seconds since the epoch. */
  mtime: number;
}

const encoder = new TextEncoder();

function writeString(block: Uint8Array, offset: number, length: number, text: string): void {
  const bytes = encoder.encode(text);
  block.set(bytes.subarray(0, length), offset);
}

/** Octal, zero-padded to length-1 digits, NUL-terminated (the form GNU tar and Go write). */
function writeOctal(block: Uint8Array, offset: number, length: number, value: number): void {
  writeString(block, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

function isPlainAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/** One PAX record: "<len> <key>=<value>\n", where len counts the whole record including its own digits. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bodyLength = encoder.encode(body).length;
  let length = bodyLength + String(bodyLength).length;
  if (String(length).length > String(bodyLength).length) length += 1;
  return `${length}${body}`;
}

function ustarBlock(name: string, typeflag: string, mode: number, size: number, mtime: number): Uint8Array {
  const block = new Uint8Array(BLOCK);
  writeString(block, 0, 100, name);
  writeOctal(block, 100, 8, mode);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, mtime);
  block.fill(0x20, 148, 156); // checksum is computed with its own field as spaces
  writeString(block, 156, 1, typeflag);
  writeString(block, 257, 6, 'ustar\0');
  writeString(block, 263, 2, '00');
  let sum = 0;
  for (const byte of block) sum += byte;
  writeString(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

const MAX_OCTAL_SIZE = 0o77777777777;

/** Header bytes (one block, or a PAX header + data + the USTAR block) for an entry. */
export function encodeHeader(entry: TarEntryHeader): Uint8Array {
  const typeflag = entry.type === 'directory' ? '5' : '0';
  const nameBytes = encoder.encode(entry.path).length;
  const records: string[] = [];
  let name = entry.path;
  if (nameBytes > 100 || !isPlainAscii(entry.path)) {
    records.push(paxRecord('path', entry.path));
    // The USTAR name is a readable ASCII fallback for readers without PAX; PAX readers use the record.
    name = entry.path.replace(/[^\x20-\x7e]/g, '_').slice(-99);
  }
  let size = entry.size;
  if (size > MAX_OCTAL_SIZE) {
    records.push(paxRecord('size', String(size)));
    size = 0;
  }
  const main = ustarBlock(name, typeflag, entry.mode, size, entry.mtime);
  if (records.length === 0) return main;
  const data = encoder.encode(records.join(''));
  const paxName = `PaxHeaders/${name.replace(/\/$/, '').slice(-80)}`;
  const header = ustarBlock(paxName, 'x', 0o644, data.length, entry.mtime);
  const out = new Uint8Array(BLOCK + paddedLength(data.length) + BLOCK);
  out.set(header, 0);
  out.set(data, BLOCK);
  out.set(main, BLOCK + paddedLength(data.length));
  return out;
}

export function paddedLength(size: number): number {
  return Math.ceil(size / BLOCK) * BLOCK;
}

/** Bytes of a complete tar entry (header(s) + padded content). */
export function entryLength(entry: TarEntryHeader): number {
  return encodeHeader(entry).length + paddedLength(entry.type === 'file' ? entry.size : 0);
}

/** The end-of-archive marker: two zero blocks. */
export const TRAILER = new Uint8Array(BLOCK * 2);
