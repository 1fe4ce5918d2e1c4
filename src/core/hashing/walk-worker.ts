/**
 * The worker half of a parallel directory walk: list and stat whole subtrees on another core. Symbolic
 * links are not followed here; they are handed back to the main thread, which checks that they stay in the
 * workspace (walk.ts). A self-contained script evaluated from a string, like the hash pool's worker, so it
 * runs the same from the sources and from the single bundle.
 */
export const WALK_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readdirSync, statSync } = require('node:fs');
const SKIP = new Set(['.git', '.hg', '.dvc']);
const relpaths = [];
const links = [];
const counts = [];
let numbers = new Float64Array(4 * 4096);
let n = 0;
function walk(abs, prefix) {
  let entries;
  try {
    entries = readdirSync(abs, { withFileTypes: true });
  } catch (e) {
    throw Object.assign(e, { where: prefix });
  }
  for (const entry of entries) {
    const name = entry.name;
    if (SKIP.has(name)) continue;
    const path = abs + '/' + name;
    if (entry.isDirectory()) walk(path, prefix + name + '/');
    else if (entry.isFile()) {
      let st;
      try {
        st = statSync(path);
      } catch (e) {
        throw Object.assign(e, { where: prefix + name });
      }
      if (n * 4 === numbers.length) {
        const grown = new Float64Array(numbers.length * 2);
        grown.set(numbers);
        numbers = grown;
      }
      numbers[n * 4] = st.ino;
      numbers[n * 4 + 1] = st.mtimeMs;
      numbers[n * 4 + 2] = st.size;
      numbers[n * 4 + 3] = st.mode;
      n++;
      relpaths.push(prefix + name);
    } else if (entry.isSymbolicLink()) links.push([prefix + name, path]);
  }
}
let error;
try {
  for (const [abs, prefix] of workerData.units) {
    const before = n;
    walk(abs, prefix);
    counts.push(n - before);
  }
} catch (e) {
  error = { message: e.message, where: e.where };
}
const out = numbers.slice(0, n * 4);
// One NUL-joined string clones far faster than 50,000 little ones; absolute paths are not sent at all
// (the main thread rebuilds them as root + '/' + relpath, exactly as walked here).
parentPort.postMessage({ relpaths: relpaths.join('\\0'), numbers: out, counts, links, error }, [out.buffer]);
`;

export interface WalkWorkerReply {
  /** The files' relpaths joined by NUL ('' when none). */
  relpaths: string;
  numbers: Float64Array;
  /** Files found per unit, in unit order. */
  counts: number[];
  /** [relpath, absolute path] of symbolic links, for the main thread to follow (or refuse). */
  links: [string, string][];
  error?: { message: string; where: string | undefined };
}
