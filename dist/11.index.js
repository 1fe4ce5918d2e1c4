export const id = 11;
export const ids = [11];
export const modules = {

/***/ 3766:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ diffFileMaps)
/* harmony export */ });
/* harmony import */ var _python_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5262);

/** Compare relpath → md5 maps of a directory (from `.dir` manifests or a fresh hash). */
function diffFileMaps(before, after) {
    const changes = { added: [], removed: [], modified: [] };
    for (const [path, md5] of after) {
        const was = before.get(path);
        if (was === undefined)
            changes.added.push(path);
        else if (was !== md5)
            changes.modified.push(path);
    }
    for (const path of before.keys())
        if (!after.has(path))
            changes.removed.push(path);
    for (const list of [changes.added, changes.removed, changes.modified])
        list.sort(_python_json_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodePoints */ .OP);
    return changes;
}


/***/ }),

/***/ 4436:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ runDataHash)
});

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/fs/atomic-write.js
var atomic_write = __webpack_require__(146);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/dvc/cache.js
var cache = __webpack_require__(459);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/gitignore.js
var gitignore = __webpack_require__(9472);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/dvc/content-hash.js
var content_hash = __webpack_require__(9245);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/workers/eval-worker.js
var eval_worker = __webpack_require__(2470);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/hash-pool.js




/**
 * Hash many files on every core. md5 runs on the JS thread that calls it, so one thread cannot keep two
 * cores busy; worker threads can. The worker is a small self-contained script evaluated from a string, so
 * it works the same from the TypeScript sources (tests) and from the single ncc bundle (dist/), with no
 * second entry file to ship. It mirrors content-hash.ts (tests hold both to the same vectors).
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const CHUNK = ${content_hash/* CHUNK_SIZE */.OZ};
const buffer = Buffer.allocUnsafe(CHUNK);
function isText(block) {
  if (block.length === 0) return true;
  let non = 0;
  for (let i = 0; i < block.length; i++) {
    const b = block[i];
    if (b === 0) return false;
    if ((b < 0x20 || b > 0x7e) && b !== 10 && b !== 13 && b !== 9 && b !== 12 && b !== 8) non++;
  }
  return non / block.length <= 0.3;
}
function dos2unix(chunk) {
  if (chunk.indexOf(13) === -1) return chunk;
  const out = Buffer.allocUnsafe(chunk.length);
  let n = 0;
  for (let i = 0; i < chunk.length; i++) {
    if (chunk[i] === 13 && chunk[i + 1] === 10) continue;
    out[n++] = chunk[i];
  }
  return out.subarray(0, n);
}
function hashOne(path, legacy) {
  const fd = openSync(path, 'r');
  try {
    const md5 = createHash('md5');
    let size = 0;
    let text;
    for (;;) {
      let filled = 0;
      while (filled < CHUNK) {
        const n = readSync(fd, buffer, filled, CHUNK - filled, null);
        if (n === 0) break;
        filled += n;
      }
      if (filled === 0) break;
      size += filled;
      const chunk = buffer.subarray(0, filled);
      if (legacy) {
        if (text === undefined) text = isText(chunk.subarray(0, 512));
        md5.update(text ? dos2unix(chunk) : chunk);
      } else md5.update(chunk);
      if (filled < CHUNK) break;
    }
    return { md5: md5.digest('hex'), size };
  } finally {
    closeSync(fd);
  }
}
parentPort.on('message', (batch) => {
  const results = batch.items.map((item) => {
    try {
      return hashOne(item.path, item.legacy);
    } catch (error) {
      return { error: error.message, code: error.code };
    }
  });
  parentPort.postMessage({ id: batch.id, results });
});
`;
/** Below this much work, worker start-up (~20 ms each) costs more than it saves. */
const INLINE_MAX_FILES = 8;
const INLINE_MAX_BYTES = 4 * content_hash/* CHUNK_SIZE */.OZ;
const BATCH_FILES = 64;
const BATCH_BYTES = 16 * content_hash/* CHUNK_SIZE */.OZ;
/** Files up to this size are read synchronously (one reused 1 MiB buffer): no thread-pool round trips. */
const SMALL_FILE = 4 * content_hash/* CHUNK_SIZE */.OZ;
/** A small file read through one reused buffer: no per-file allocation (readFileSync allocates each time). */
function hashSmall(path, algorithm, buffer) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const hasher = new content_hash/* ContentHasher */.Nk(algorithm);
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, null);
            if (n === 0)
                break;
            // The hasher consumes (md5) or copies (dos2unix) the chunk before the buffer is reused.
            hasher.update(buffer.subarray(0, n));
        }
        return { md5: hasher.digest(), size: hasher.size };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
async function hashInline(jobs) {
    const out = [];
    let buffer;
    for (const job of jobs) {
        try {
            if (job.size <= SMALL_FILE)
                out.push(hashSmall(job.path, job.algorithm, (buffer ??= Buffer.allocUnsafe(content_hash/* CHUNK_SIZE */.OZ))));
            else
                out.push(await (0,content_hash/* hashFile */.DC)(job.path, job.algorithm));
        }
        catch (error) {
            const e = error;
            out.push({ error: e.message, code: e.code });
        }
    }
    return out;
}
function makeBatches(jobs) {
    const batches = [];
    let current;
    let bytes = 0;
    jobs.forEach((job, index) => {
        if (!current || current.items.length >= BATCH_FILES || bytes >= BATCH_BYTES) {
            current = { id: batches.length, start: index, items: [] };
            batches.push(current);
            bytes = 0;
        }
        current.items.push({ path: job.path, legacy: job.algorithm === 'md5-dos2unix' });
        bytes += job.size;
    });
    return batches;
}
/** Hash one batch on the calling thread (errors become entries, as in the worker). */
function hashBatchHere(batch, results, buffer) {
    batch.items.forEach((item, i) => {
        try {
            results[batch.start + i] = hashSmall(item.path, item.legacy ? 'md5-dos2unix' : 'md5', buffer);
        }
        catch (error) {
            const e = error;
            results[batch.start + i] = { error: e.message, code: e.code };
        }
    });
}
/** Whether hashing this many files and bytes pays for worker threads (else it runs on the calling thread). */
function worthWorkers(files, bytes) {
    return files > INLINE_MAX_FILES || bytes > INLINE_MAX_BYTES;
}
/**
 * Hash files on up to `parallel` threads (capped at the cores available): this thread and `parallel - 1`
 * workers all take batches from one queue. Hashing here too saves a worker's start-up and keeps the
 * thread count at `parallel`; a batch is small (≤ 64 files, ≤ 16 MiB), so worker replies wait briefly and
 * each worker always has a second batch queued meanwhile. Results come back in job order; a file that
 * cannot be read yields an error entry rather than failing the others.
 *
 * start() creates the workers early, so their start-up (tens of milliseconds) overlaps what this thread
 * does before it has the list of files (the directory walk); close() ends them.
 */
class HashPool {
    threads;
    workers = [];
    constructor(parallel) {
        this.threads = Math.max(1, Math.min(parallel, (0,external_node_os_.availableParallelism)()));
    }
    start(count = this.threads - 1) {
        while (this.workers.length < Math.min(count, this.threads - 1))
            this.workers.push((0,eval_worker/* startEvalWorker */.l)(WORKER_SOURCE));
    }
    async hash(jobs) {
        const totalBytes = jobs.reduce((sum, job) => sum + job.size, 0);
        if (jobs.length === 0)
            return [];
        if (!worthWorkers(jobs.length, totalBytes) || jobs.length === 1 || this.threads === 1) {
            // Few small files, or one file (its reads already overlap its hashing): no worker to wait for.
            return hashInline(jobs);
        }
        const batches = makeBatches(jobs);
        this.start(batches.length - 1);
        return hashBatches(batches, jobs.length, this.workers);
    }
    async close() {
        const workers = this.workers.splice(0);
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
}
async function hashBatches(batches, count, workers) {
    const results = new Array(count);
    let next = 0;
    let failed = false;
    const done = Promise.all(workers.map((worker) => new Promise((resolve, reject) => {
        let inFlight = 0;
        const send = () => {
            const batch = batches[next++];
            if (batch) {
                inFlight++;
                worker.postMessage({ id: batch.id, items: batch.items });
            }
            else if (inFlight === 0)
                finish();
        };
        const onMessage = (reply) => {
            inFlight--;
            const batch = batches[reply.id];
            reply.results.forEach((result, i) => (results[batch.start + i] = result));
            send();
        };
        const onExit = (code) => {
            if (code !== 0)
                reject(new Error(`hash worker exited with code ${code}`));
        };
        const finish = () => {
            worker.off('message', onMessage);
            worker.off('error', reject);
            worker.off('exit', onExit);
            resolve();
        };
        worker.on('message', onMessage);
        worker.on('error', reject);
        worker.on('exit', onExit);
        // Two batches queued per worker, so it never waits for this thread between batches.
        send();
        send();
    })));
    done.catch(() => (failed = true));
    const buffer = Buffer.allocUnsafe(content_hash/* CHUNK_SIZE */.OZ);
    while (!failed && next < batches.length) {
        hashBatchHere(batches[next++], results, buffer);
        // Let worker replies in (they hand out the next batches) before taking another one.
        await new Promise((resolve) => setImmediate(resolve));
    }
    await done;
    return results;
}
/** Hash files with a pool of `parallel` threads that lives for this call only. */
async function hashFiles(jobs, parallel) {
    const pool = new HashPool(parallel);
    try {
        return await pool.hash(jobs);
    }
    finally {
        await pool.close();
    }
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/dvc/python-json.js
var python_json = __webpack_require__(5262);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/file-list.js
/**
 * The regular files found under a tracked output, column-wise: 100,000 files are one NUL-joined string
 * of relpaths and one Float64Array, not 100,000 objects for the garbage collector to chase. The relpath and
 * absolute-path arrays are built only when someone asks (a changed file, a manifest, a cache copy): an
 * unchanged directory never needs them.
 */
class FileList {
    numbers;
    root;
    relpathList;
    pathList;
    joined;
    length;
    /**
     * From arrays (relpaths "/"-separated, '' for a single-file output; absolute paths), or from a walk:
     * `joined` relpaths and `root`, where paths are `dir + sep + relpath` except in `spans`.
     */
    constructor(relpaths, paths, 
    /** ino, mtimeMs, size, mode per file: what the state cache keys on. */
    numbers, joined, root) {
        this.numbers = numbers;
        this.root = root;
        this.relpathList = relpaths;
        this.pathList = paths;
        this.joined = joined;
        this.length = numbers.length / 4;
    }
    /** Paths inside the tracked directory, "/"-separated ('' for a single-file output). */
    get relpaths() {
        if (this.relpathList === undefined)
            this.relpathList = this.length === 0 ? [] : this.joined.split('\0');
        return this.relpathList;
    }
    /** The relpaths joined by NUL (the state file's layout). */
    joinedRelpaths() {
        this.joined ??= this.relpathList.join('\0');
        return this.joined;
    }
    /** Absolute paths (through any symlinks, which are followed). */
    get paths() {
        if (this.pathList === undefined) {
            const { dir, sep, spans } = this.root;
            const relpaths = this.relpaths;
            const paths = new Array(this.length);
            const prefix = dir + sep;
            for (let i = 0; i < relpaths.length; i++)
                paths[i] = prefix + relpaths[i];
            for (const span of spans)
                for (let i = span.start; i < span.end; i++)
                    paths[i] = span.base + relpaths[i].slice(span.strip);
            this.pathList = paths;
        }
        return this.pathList;
    }
    ino(i) {
        return this.numbers[i * 4];
    }
    mtimeMs(i) {
        return this.numbers[i * 4 + 1];
    }
    size(i) {
        return this.numbers[i * 4 + 2];
    }
    executable(i) {
        return (this.numbers[i * 4 + 3] & 0o111) !== 0;
    }
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/fs/path-policy.js + 1 modules
var path_policy = __webpack_require__(7599);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/walker.js
/**
 * The directory walk itself: list and stat whole subtrees the way DVC walks an output, in readdir order.
 * A self-contained factory (it references nothing outside its body): the main thread calls it, and the
 * walk worker is started from its source text (walk-worker.ts), so both run the same code from the
 * TypeScript sources (tests) and from the bundle.
 *
 * Output is column-wise and nearly allocation-free per file: the relpaths of a run of files in one
 * directory become one NUL-joined string, and ino, mtimeMs, size, mode go into a Float64Array. An
 * unchanged tree is then matched against the state file with one string comparison (state.ts), and the
 * garbage collector has no per-file objects to chase. Symbolic links are not followed here: they are
 * handed back with their position, and the main thread checks and follows them (walk.ts).
 */
function walkerFactory(fs, sep) {
    /** Names DVC never tracks inside a directory output. */
    const SKIPPED = new Set(['.git', '.hg', '.dvc']);
    const FAILURE = Symbol('walk failure');
    function failure(error, where, directory) {
        const e = error;
        const info = { where, message: String(e?.message ?? error), code: e?.code, directory };
        return Object.assign(new Error(info.message), { [FAILURE]: info });
    }
    class Output {
        chunks = [];
        count = 0;
        numbers = new Float64Array(4 * 256);
        links = [];
        stat(path, prefix, name) {
            let st;
            try {
                st = fs.statSync(path);
            }
            catch (error) {
                throw failure(error, prefix + name, false);
            }
            const at = this.count * 4;
            if (at === this.numbers.length) {
                const grown = new Float64Array(this.numbers.length * 2);
                grown.set(this.numbers);
                this.numbers = grown;
            }
            this.numbers[at] = st.ino;
            this.numbers[at + 1] = st.mtimeMs;
            this.numbers[at + 2] = st.size;
            this.numbers[at + 3] = st.mode;
            this.count++;
        }
        /** The relpaths of files just stat-ed in one directory: one string for the whole run. */
        run(prefix, names) {
            if (names.length > 0)
                this.chunks.push(prefix + names.join(`\0${prefix}`));
        }
        link(relpath, path) {
            this.links.push([relpath, path, this.count]);
        }
        result() {
            return {
                relpaths: this.chunks.join('\0'),
                count: this.count,
                numbers: this.numbers.slice(0, this.count * 4),
                links: this.links,
            };
        }
    }
    function list(dir, prefix) {
        try {
            return fs.readdirSync(dir, { withFileTypes: true });
        }
        catch (error) {
            throw failure(error, prefix, true);
        }
    }
    function walk(out, dir, prefix) {
        let names = [];
        for (const entry of list(dir, prefix)) {
            const name = entry.name;
            if (SKIPPED.has(name))
                continue;
            if (entry.isDirectory()) {
                out.run(prefix, names);
                names = [];
                walk(out, dir + sep + name, `${prefix}${name}/`);
            }
            else if (entry.isFile()) {
                out.stat(dir + sep + name, prefix, name);
                names.push(name);
            }
            else if (entry.isSymbolicLink()) {
                out.run(prefix, names);
                names = [];
                out.link(prefix + name, dir + sep + name);
            }
            // sockets, fifos, devices: not data
        }
        out.run(prefix, names);
    }
    return {
        runUnit(unit) {
            const out = new Output();
            if (unit.kind === 'tree')
                walk(out, unit.dir, unit.prefix);
            else if (unit.kind === 'link')
                out.link(unit.relpath, unit.path);
            else {
                const names = unit.names.split('\0');
                for (const name of names)
                    out.stat(unit.dir + sep + name, unit.prefix, name);
                out.run(unit.prefix, names);
            }
            return out.result();
        },
        walkTree(dir, prefix) {
            const out = new Output();
            walk(out, dir, prefix);
            return out.result();
        },
        childUnits(dir, prefix, filesPerUnit) {
            const units = [];
            let names = [];
            const flush = () => {
                for (let i = 0; i < names.length; i += filesPerUnit)
                    units.push({ kind: 'files', dir, prefix, names: names.slice(i, i + filesPerUnit).join('\0') });
                names = [];
            };
            for (const entry of list(dir, prefix)) {
                const name = entry.name;
                if (SKIPPED.has(name))
                    continue;
                if (entry.isFile()) {
                    names.push(name);
                    continue;
                }
                if (entry.isDirectory()) {
                    flush();
                    units.push({ kind: 'tree', dir: dir + sep + name, prefix: `${prefix}${name}/` });
                }
                else if (entry.isSymbolicLink()) {
                    flush();
                    units.push({ kind: 'link', relpath: prefix + name, path: dir + sep + name });
                }
            }
            flush();
            return units;
        },
        failureOf(error) {
            return error?.[FAILURE];
        },
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/walk-worker.js
/**
 * The worker half of a parallel directory walk. The main thread and the worker take units from one shared
 * counter (Atomics.add), so a worker that starts late or gets less CPU simply walks fewer units; the worker
 * sends everything it walked in one message at the end. It runs walker.ts's code, from its source text
 * (a worker evaluated from a string loads a few kilobytes, not the bundle).
 */

let source;
function walkWorkerSource() {
    source ??= `'use strict';
// Name-keeping helper some TypeScript transpilers (tsx) reference inside function bodies.
const __name = (target) => target;
const { parentPort, workerData } = require('node:worker_threads');
const walker = (${walkerFactory.toString()})(require('node:fs'), workerData.sep);
const next = new Int32Array(workerData.next);
const units = workerData.units;
const done = [];
const transfer = [];
let failure;
for (;;) {
  const k = Atomics.add(next, 0, 1);
  if (k >= units.length) break;
  try {
    const found = walker.runUnit(units[k]);
    done.push([k, found]);
    transfer.push(found.numbers.buffer);
  } catch (error) {
    const info = walker.failureOf(error);
    failure = info ? { unit: k, ...info } : { unit: k, where: '', message: String(error && error.message), directory: false };
    Atomics.store(next, 0, units.length); // the main thread stops taking units too
    break;
  }
}
parentPort.postMessage({ done, failure }, transfer);
`;
    return source;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/walk.js










const walker = walkerFactory({ readdirSync: external_node_fs_.readdirSync, statSync: external_node_fs_.statSync }, external_node_path_.sep);
/** Below this many files (as the state cache remembers from last time) one thread walks everything. */
const PARALLEL_WALK_MIN = 8000;
/** Files of one directory are stat-ed in pieces of this many, so even a flat directory can be shared. */
const FILES_PER_UNIT = 1024;
/** Top levels are split into their entries until there are this many units (or three levels). */
const MIN_UNITS = 32;
const MAX_SPLIT_DEPTH = 3;
function walkError(info, display) {
    return info.directory
        ? new errors/* ConfigurationError */.j1(`Cannot read directory '${display}/${info.where}': ${info.message}`)
        : new errors/* ConfigurationError */.j1(`Cannot read '${display}/${info.where}': ${info.message}`);
}
/** Run `fn`, turning a walker failure into the user-facing error. */
function reported(display, fn) {
    try {
        return fn();
    }
    catch (error) {
        const info = walker.failureOf(error);
        throw info ? walkError(info, display) : error;
    }
}
/** The output's entries as units of work, in walk order; big, shallow trees split a level or two deeper. */
function planUnits(dir) {
    let units = walker.childUnits(dir, '', FILES_PER_UNIT);
    for (let depth = 1; depth < MAX_SPLIT_DEPTH; depth++) {
        if (units.length >= MIN_UNITS || !units.some((u) => u.kind === 'tree'))
            break;
        units = units.flatMap((u) => u.kind === 'tree' ? walker.childUnits(u.dir, u.prefix, FILES_PER_UNIT) : [u]);
    }
    return units;
}
/**
 * Walk the units on this thread and, with threads > 1, on a worker: both take the next unit from one
 * shared counter, so neither waits for the other to start. Results come back in unit order; the first
 * failure in walk order wins, as in a single-threaded walk.
 */
async function runUnits(units, threads, display, onProgress) {
    const results = new Array(units.length);
    const next = new Int32Array(new SharedArrayBuffer(4));
    let worker;
    let reply;
    if (threads > 1 && units.length > 1) {
        const workerData = { units, next: next.buffer, sep: external_node_path_.sep };
        const started = (0,eval_worker/* startEvalWorker */.l)(walkWorkerSource(), workerData);
        worker = started;
        reply = new Promise((resolve, reject) => {
            started.once('message', resolve);
            started.once('error', reject);
            started.once('exit', (code) => reject(new Error(`walk worker exited with code ${code} before replying`)));
        });
        reply.catch(() => undefined); // not awaited when the worker took no unit (then it is just ended)
    }
    let failure;
    let mine = 0;
    let files = 0;
    let bytes = 0;
    try {
        for (;;) {
            const k = Atomics.add(next, 0, 1);
            if (k >= units.length)
                break;
            mine++;
            let found;
            try {
                found = walker.runUnit(units[k]);
            }
            catch (error) {
                const info = walker.failureOf(error);
                if (!info)
                    throw error;
                failure = { unit: k, ...info };
                Atomics.store(next, 0, units.length);
                break;
            }
            results[k] = found;
            if (onProgress) {
                files += found.count;
                for (let i = 0; i < found.count; i++)
                    bytes += found.numbers[i * 4 + 2];
                onProgress(files, bytes);
            }
        }
        // A worker that took no unit (it started after this thread took the last one) is not waited for.
        if (worker && reply && mine < units.length) {
            const got = await reply;
            for (const [k, found] of got.done)
                results[k] = found;
            if (got.failure && (!failure || got.failure.unit < failure.unit))
                failure = got.failure;
        }
    }
    finally {
        void worker?.terminate();
    }
    if (failure)
        throw walkError(failure, display);
    return results;
}
/** Collects the walk's pieces in order, following symbolic links where they were met. */
class Assembly {
    display;
    parts = [];
    numbers = [];
    spans = [];
    total = 0;
    policy;
    constructor(workspaceReal, display) {
        this.display = display;
        this.policy = path_policy/* PathPolicy */.Up.forWorkspace(workspaceReal);
    }
    add(relpaths, count, numbers, span) {
        if (count === 0)
            return;
        this.parts.push(relpaths);
        this.numbers.push(numbers);
        if (span)
            this.spans.push({ start: this.total, end: this.total + count, ...span });
        this.total += count;
    }
    /**
     * Add what a unit found. `realBase`/`basePrefix`: the real directory its relpaths start from, and their
     * prefix there; `chain`: real directories being walked above it (a link back into one is a loop).
     */
    unit(found, realBase, basePrefix, chain, span) {
        if (found.links.length === 0) {
            this.add(found.relpaths, found.count, found.numbers, span);
            return;
        }
        const names = found.count === 0 ? [] : found.relpaths.split('\0');
        let from = 0;
        for (const [relpath, path, at] of found.links) {
            this.add(names.slice(from, at).join('\0'), at - from, found.numbers.subarray(from * 4, at * 4), span);
            from = at;
            this.follow(relpath, path, realBase, basePrefix, chain);
        }
        this.add(names.slice(from).join('\0'), found.count - from, found.numbers.subarray(from * 4), span);
    }
    /** Follow a symlink the path policy allows: inside the workspace, never into `.git`. */
    follow(relpath, path, realBase, basePrefix, chain) {
        const real = this.policy.followLink(path, `${this.display}/${relpath}`);
        const st = (0,external_node_fs_.statSync)(real);
        if (!st.isDirectory()) {
            this.add(relpath, 1, Float64Array.of(st.ino, st.mtimeMs, st.size, st.mode), {
                base: real,
                strip: relpath.length,
            });
            return;
        }
        // The directories walked above this link: its base and each directory between the base and the link.
        const above = new Set(chain).add(realBase);
        let dir = realBase;
        const inner = relpath.slice(basePrefix.length).split('/');
        for (const name of inner.slice(0, -1))
            above.add((dir = `${dir}${external_node_path_.sep}${name}`));
        if (above.has(real))
            return; // a symbolic link loop: stop instead of recursing forever
        const prefix = `${relpath}/`;
        const found = reported(this.display, () => walker.walkTree(real, prefix));
        this.unit(found, real, prefix, above.add(real), { base: `${real}${external_node_path_.sep}`, strip: prefix.length });
    }
    result(dir) {
        const numbers = new Float64Array(this.total * 4);
        let at = 0;
        for (const part of this.numbers) {
            numbers.set(part, at);
            at += part.length;
        }
        return new FileList(undefined, undefined, numbers, this.parts.join('\0'), {
            dir,
            sep: external_node_path_.sep,
            spans: this.spans,
        });
    }
}
async function walk(dir, workspaceReal, displayPath, threads, onProgress) {
    const realDir = (0,external_node_fs_.realpathSync)(dir);
    const units = reported(displayPath, () => planUnits(dir));
    const results = await runUnits(units, threads, displayPath, onProgress);
    const assembly = new Assembly(workspaceReal, displayPath);
    const root = new Set();
    for (const found of results)
        assembly.unit(found, realDir, '', root);
    return assembly.result(dir);
}
/**
 * Walk a directory in readdir order (no sorting: the `.dir` manifest is sorted when it is built, and an
 * unchanged directory reads back in the same order, so the state cache is matched in one comparison). All
 * sync calls, shared with a worker thread for big trees (`expected`: the file count the state remembers),
 * as git's preloaded index does. Never one async lstat per file: that costs ~13× more time and hundreds
 * of MiB. Symlinks are followed when they stay inside `workspaceReal`; one leading outside is refused.
 */
async function walkDirectory(dir, workspaceReal, displayPath, parallel = 2, expected = 0, onProgress) {
    const threads = expected >= PARALLEL_WALK_MIN ? Math.max(1, Math.min(parallel, (0,external_node_os_.availableParallelism)())) : 1;
    return walk(dir, workspaceReal, displayPath, threads, onProgress);
}
/** The parallel walk with a worker whatever the size (tests and the benchmark compare it). */
async function walkInParallel(dir, workspaceReal, displayPath, threads) {
    return walk(dir, workspaceReal, displayPath, Math.max(2, threads));
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/output-hash.js







function unreadable(display, relpath, message, code) {
    const where = relpath === '' ? display : `${display}/${relpath}`;
    const why = code === 'EACCES' ? 'permission denied' : message;
    return new errors/* ConfigurationError */.j1(`Cannot read '${where}': ${why}`);
}
function lazy(make) {
    let value;
    let made = false;
    return () => {
        if (!made) {
            value = make();
            made = true;
        }
        return value;
    };
}
/**
 * Hash a file or directory, reading only the files the state cache does not vouch for. An unchanged
 * directory takes its hash from the state too, so neither the files nor the manifest are touched.
 */
async function hashOutput(options) {
    const { path, display, algorithm, state } = options;
    let st;
    try {
        st = (0,external_node_fs_.statSync)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors/* ConfigurationError */.j1(`Path '${display}' does not exist.`);
        throw unreadable(display, '', error.message, code);
    }
    const isDir = st.isDirectory();
    const lookup = state.lookup(display, algorithm);
    // With nothing remembered, every file will be read: the hash workers start as soon as the walk has found
    // enough to need them, and start up while it goes on.
    const pool = new HashPool(options.jobs);
    const startEarly = lookup.empty
        ? (files, bytes) => {
            if (worthWorkers(files, bytes))
                pool.start();
        }
        : undefined;
    try {
        const files = isDir
            ? await walkDirectory(path, options.workspaceReal, display, options.jobs, state.fileCount(display), startEarly)
            : new FileList([''], [path], Float64Array.of(st.ino, st.mtimeMs, st.size, st.mode));
        return await hashWalked(options, files, isDir, lookup, pool);
    }
    finally {
        await pool.close();
    }
}
async function hashWalked(options, files, isDir, lookup, pool) {
    const { display, algorithm, state } = options;
    // Where each file sits in the state (-1: to be hashed). The md5 strings themselves are only built when
    // someone asks (a new manifest, a cache check, a diff): an unchanged directory never needs 100,000 of them.
    let positions = lookup.matchInOrder(files);
    if (!positions) {
        positions = new Int32Array(files.length);
        for (let i = 0; i < files.length; i++)
            positions[i] = lookup.find(files, i);
    }
    const missing = [];
    for (let i = 0; i < files.length; i++)
        if (positions[i] < 0)
            missing.push(i);
    const computed = new Map();
    if (missing.length > 0) {
        const paths = files.paths;
        const results = await pool.hash(missing.map((i) => ({ path: paths[i], algorithm, size: files.size(i) })));
        results.forEach((result, k) => {
            const i = missing[k];
            if ('error' in result)
                throw unreadable(display, files.relpaths[i], result.error, result.code);
            computed.set(i, result.md5);
        });
    }
    const md5List = lazy(() => Array.from({ length: files.length }, (_, i) => positions[i] < 0 ? computed.get(i) : lookup.md5(positions[i])));
    let size = 0;
    for (let i = 0; i < files.length; i++)
        size += files.size(i);
    const entries = lazy(() => {
        const md5s = md5List();
        const list = files.relpaths.map((relpath, i) => ({ md5: md5s[i], relpath }));
        return list.sort((a, b) => (0,python_json/* compareCodePoints */.OP)(a.relpath, b.relpath));
    });
    const manifest = lazy(() => (0,python_json/* manifestText */.$2)(entries()));
    // No object spread below: it would read the md5s getter and build every string.
    const result = (md5, nfiles, executable) => ({
        isDir,
        md5,
        size,
        nfiles,
        executable,
        files,
        get md5s() {
            return md5List();
        },
        entries,
        manifest,
        rehashed: missing.length,
    });
    if (!isDir) {
        if (missing.length > 0)
            state.record(display, algorithm, files, md5List(), undefined);
        return result(md5List()[0], 1, files.executable(0));
    }
    let md5 = lookup.dirMd5(files.length);
    if (md5 === undefined) {
        md5 = `${(0,content_hash/* hashBytes */.yi)(Buffer.from(manifest(), 'utf8'))}.dir`;
        state.record(display, algorithm, files, md5List(), md5);
    }
    else if (lookup.outOfOrder)
        state.record(display, algorithm, files, md5List(), md5);
    return result(md5, files.length, false);
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/async/limit.js
var limit = __webpack_require__(9225);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/dvc/pointer.js + 1 modules
var dvc_pointer = __webpack_require__(1259);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/dvc-config.js
var dvc_config = __webpack_require__(3172);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/state.js





/**
 * The state cache: what DVC's state db and git's index do — remember each file's hash keyed by
 * inode + mtime + size, so an unchanged file is never read again.
 *
 * ONE file, `.dvc/tmp/mlops-hash-state.bin` (next to DVC's own state in `.dvc/tmp`, which `dvc init`
 * gitignores): a binary file that starts with a one-line JSON header (version, per-output group metadata, cache stamps), then a binary
 * body the header points into. Per group, in walk (readdir) order: a Float64Array of ino, mtime, size per
 * file, the md5s as 16 raw bytes each, and the relpaths as UTF-8 joined by NUL. Loading 100,000 files is
 * one read and a few typed-array views — no JSON numbers to parse, no per-file objects or strings — and an
 * unchanged directory reads back in the same order, so a status walk matches it with a moving cursor. A
 * group also remembers the directory hash it produced, so an unchanged directory needs no manifest.
 *
 * `cache` remembers, per (cache dir, directory hash), the mtimes of the cache's prefix directories at the
 * last check that found every object present: deleting an object changes its directory's mtime, so while
 * those mtimes hold, presence need not be re-checked object by object.
 *
 * A missing, damaged or foreign (other version or byte order) state file only costs re-hashing, never a
 * wrong answer.
 */
const STATE_FILE = (0,external_node_path_.join)('.dvc', 'tmp', 'mlops-hash-state.bin');
/** The same file under its earlier, misleading name: never read, removed when the state is saved. */
const LEGACY_STATE_FILE = (0,external_node_path_.join)('.dvc', 'tmp', 'mlops-state.json');
const VERSION = 3;
const ENDIAN = (0,external_node_os_.endianness)();
/** Float64 fields per file in the body: ino, mtime, size. */
const FIELDS = 3;
const pad8 = (n) => (n + 7) & ~7;
function groupBytes(count, pathBytes) {
    return pad8(count * FIELDS * 8 + count * 16 + pathBytes);
}
/** A cursor over one group that answers "is this walked file unchanged, and what was its hash?". */
class StateLookup {
    group;
    text;
    /** Where the next expected relpath starts in `text`, and its index. */
    at = 0;
    next = 0;
    index;
    /** Files answered from the state. */
    hits = 0;
    /** The walk met files in another order than recorded (worth re-recording, for sequential matching). */
    outOfOrder = false;
    constructor(group) {
        this.group = group;
    }
    /** No files remembered for this output (with this algorithm): every file will be read. */
    get empty() {
        return this.group === undefined;
    }
    groupText(group) {
        this.text ??= Buffer.from(group.paths.buffer, group.paths.byteOffset, group.paths.length).toString('utf8');
        return this.text;
    }
    /**
     * The fast path for a tree whose names have not changed: when the walk found exactly the remembered
     * relpaths in the remembered order (one string comparison), file i is remembered file i, and only its
     * numbers are compared. Returns each file's position (-1: changed, to be hashed), or undefined when the
     * names differ (then ask find() file by file). Call before find().
     */
    matchInOrder(files) {
        const group = this.group;
        if (!group || group.count !== files.length || this.next !== 0)
            return undefined;
        const text = this.groupText(group);
        if (files.joinedRelpaths() !== text)
            return undefined;
        const positions = new Int32Array(group.count);
        const numbers = group.numbers;
        const walked = files.numbers;
        let hits = 0;
        for (let i = 0; i < group.count; i++) {
            const same = numbers[i * FIELDS] === walked[i * 4] &&
                numbers[i * FIELDS + 1] === walked[i * 4 + 1] &&
                numbers[i * FIELDS + 2] === walked[i * 4 + 2];
            positions[i] = same ? i : -1;
            if (same)
                hits++;
        }
        this.hits = hits;
        this.next = group.count;
        this.at = text.length + 1;
        return positions;
    }
    /**
     * The position of this walked file in the remembered group when inode, mtime and size all match; -1
     * otherwise. `md5(position)` then gives its hash.
     */
    find(files, index) {
        const group = this.group;
        if (!group)
            return -1;
        const text = this.groupText(group);
        const relpath = files.relpaths[index];
        let i = this.next;
        const end = this.at + relpath.length;
        if (!this.outOfOrder &&
            i < group.count &&
            text.startsWith(relpath, this.at) &&
            (end === text.length || text.charCodeAt(end) === 0)) {
            this.at = end + 1;
        }
        else {
            // Once off the recorded order, the cursor's text offset no longer follows `next`: use a map.
            this.outOfOrder = true;
            this.index ??= new Map(text.split('\0').map((name, k) => [name, k]));
            const found = this.index.get(relpath);
            if (found === undefined || found >= group.count)
                return -1;
            i = found;
        }
        this.next = i + 1;
        const numbers = group.numbers;
        if (numbers[i * FIELDS] !== files.ino(index) ||
            numbers[i * FIELDS + 1] !== files.mtimeMs(index) ||
            numbers[i * FIELDS + 2] !== files.size(index))
            return -1;
        this.hits++;
        return i;
    }
    /** The remembered md5 (hex) of the file at `position` (from `find`). */
    md5(position) {
        const md5 = this.group.md5;
        return Buffer.from(md5.buffer, md5.byteOffset + position * 16, 16).toString('hex');
    }
    /** The remembered md5 when inode, mtime and size all match; undefined otherwise. */
    get(files, index) {
        const position = this.find(files, index);
        return position < 0 ? undefined : this.md5(position);
    }
    /** The remembered directory hash, valid when every one of `count` walked files was a hit. */
    dirMd5(count) {
        const group = this.group;
        if (!group?.dirMd5 || this.hits !== count || group.count !== count)
            return undefined;
        return group.dirMd5;
    }
}
function parse(file) {
    let raw;
    try {
        raw = (0,external_node_fs_.readFileSync)(file);
    }
    catch {
        return undefined;
    }
    const newline = raw.indexOf(10);
    if (newline < 0)
        return undefined;
    const header = JSON.parse(raw.toString('utf8', 0, newline));
    if (header?.version !== VERSION ||
        header.endian !== ENDIAN ||
        typeof header.groups !== 'object' ||
        typeof header.cache !== 'object')
        return undefined;
    const bodyAt = pad8(newline + 1);
    if (raw.length !== bodyAt + header.bodyBytes)
        return undefined;
    // Float64Array views need an 8-aligned offset in their ArrayBuffer; copy when Node's pool misaligned it.
    const bytes = (raw.byteOffset + bodyAt) % 8 === 0 ? raw : new Uint8Array(raw);
    const base = bytes.byteOffset + bodyAt;
    const groups = new Map();
    for (const [output, g] of Object.entries(header.groups)) {
        const count = g.count;
        if (![count, g.at, g.pathBytes].every((n) => Number.isInteger(n) && n >= 0) ||
            g.at % 8 !== 0 ||
            g.at + groupBytes(count, g.pathBytes) > header.bodyBytes ||
            (g.dirMd5 !== undefined && typeof g.dirMd5 !== 'string'))
            return undefined;
        const numbersAt = base + g.at;
        const md5At = numbersAt + count * FIELDS * 8;
        const pathsAt = md5At + count * 16;
        groups.set(output, {
            algorithm: g.algorithm,
            count,
            numbers: new Float64Array(bytes.buffer, numbersAt, count * FIELDS),
            md5: new Uint8Array(bytes.buffer, md5At, count * 16),
            paths: new Uint8Array(bytes.buffer, pathsAt, g.pathBytes),
            dirMd5: g.dirMd5,
        });
    }
    return { header, groups };
}
class StateCache {
    root;
    file;
    groups;
    cache;
    dirty = false;
    constructor(root, file, groups, cache) {
        this.root = root;
        this.file = file;
        this.groups = groups;
        this.cache = cache;
    }
    /** Load the state of the repository at `root`; a missing or damaged file starts empty. */
    static load(root) {
        const file = (0,external_node_path_.join)(root, STATE_FILE);
        let loaded;
        try {
            loaded = parse(file);
        }
        catch {
            loaded = undefined; // damaged: start empty (only costs re-hashing)
        }
        return new StateCache(root, file, loaded?.groups ?? new Map(), loaded?.header.cache ?? {});
    }
    /** How many files the output had when last recorded (a hint for walking it in parallel). */
    fileCount(output) {
        return this.groups.get(output)?.count ?? 0;
    }
    lookup(output, algorithm) {
        const group = this.groups.get(output);
        return new StateLookup(group?.algorithm === algorithm ? group : undefined);
    }
    /** Remember the hashes of one output's files (walk order), and the directory hash they make. */
    record(output, algorithm, files, md5s, dirMd5) {
        const count = files.length;
        const numbers = new Float64Array(count * FIELDS);
        const md5 = Buffer.allocUnsafe(count * 16);
        for (let i = 0; i < count; i++) {
            numbers[i * FIELDS] = files.ino(i);
            numbers[i * FIELDS + 1] = files.mtimeMs(i);
            numbers[i * FIELDS + 2] = files.size(i);
            md5.write(md5s[i], i * 16, 16, 'hex');
        }
        const paths = Buffer.from(files.joinedRelpaths(), 'utf8');
        this.groups.set(output, { algorithm, count, numbers, md5, paths, dirMd5 });
        this.dirty = true;
    }
    cacheStamp(key) {
        return this.cache[key];
    }
    recordCacheStamp(key, stamp) {
        this.cache[key] = stamp;
        this.dirty = true;
    }
    async save() {
        if (!this.dirty)
            return;
        const headers = {};
        let bodyBytes = 0;
        for (const [output, g] of this.groups) {
            headers[output] = {
                algorithm: g.algorithm,
                count: g.count,
                at: bodyBytes,
                pathBytes: g.paths.length,
                ...(g.dirMd5 ? { dirMd5: g.dirMd5 } : {}),
            };
            bodyBytes += groupBytes(g.count, g.paths.length);
        }
        const header = {
            version: VERSION,
            endian: ENDIAN,
            bodyBytes,
            groups: headers,
            cache: this.cache,
        };
        const head = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
        const bodyAt = pad8(head.length);
        const out = Buffer.alloc(bodyAt + bodyBytes); // zeroed: padding is deterministic
        head.copy(out, 0);
        for (const [output, g] of this.groups) {
            let at = bodyAt + headers[output].at;
            out.set(new Uint8Array(g.numbers.buffer, g.numbers.byteOffset, g.numbers.byteLength), at);
            at += g.numbers.byteLength;
            out.set(g.md5, at);
            at += g.md5.length;
            out.set(g.paths, at);
        }
        await (0,atomic_write/* writeFileAtomic */.Zf)(this.file, out);
        // rm of a path removes a symlink itself, never its target.
        await (0,promises_.rm)((0,external_node_path_.join)(this.root, LEGACY_STATE_FILE), { force: true }).catch(() => undefined);
        this.dirty = false;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/repo.js







/**
 * Open the repository: cache dir from the input, else DVC's `[cache] dir`, else `.dvc/cache`. A cache
 * outside the workspace is allowed on purpose (DVC's shared caches live outside it); one in `.git` is not,
 * and `.dvc/` itself must stay in the repository (a symlinked `.dvc` could point the state file or the
 * cache into `.git`).
 */
function openRepo(options) {
    let root;
    try {
        root = (0,external_node_fs_.realpathSync)(options.root);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Input 'working-directory': '${options.root}' does not exist.`);
    }
    const policy = path_policy/* PathPolicy */.Up.forWorkspace(root);
    for (const internal of ['.dvc', '.dvc/tmp'])
        policy.resolveContent(internal, { file: internal }, 'write');
    for (const config of ['.dvc/config', '.dvc/config.local'])
        policy.resolveContent(config, { file: config });
    const dvc = (0,dvc_config/* readDvcConfig */.o)(root);
    const cacheDir = options.cacheDir
        ? policy.resolveStorage(options.cacheDir, options.cacheDirFrom ?? { input: 'cache-dir' })
        : dvc.cacheDir
            ? policy.resolveStorage(dvc.cacheDir, { file: '.dvc/config', what: 'cache dir' })
            : policy.resolveStorage((0,external_node_path_.join)('.dvc', 'cache'), { file: '.dvc/cache', what: 'directory' });
    return {
        root,
        cacheDir,
        dvc,
        state: StateCache.load(root),
        jobs: options.jobs,
        logger: options.logger,
        paths: policy.withProtected([{ dir: cacheDir, name: 'the DVC cache' }]),
    };
}
/** `dvc init` writes this, so the cache and state never get committed. Only written when missing. */
async function ensureDvcGitignore(root) {
    const file = (0,external_node_path_.join)(root, '.dvc', '.gitignore');
    if (!(0,external_node_fs_.existsSync)(file))
        await (0,atomic_write/* writeFileAtomic */.Zf)(file, '/config.local\n/tmp\n/cache\n');
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/dvc/objects.js
var objects = __webpack_require__(7173);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/dvc/manifest-diff.js
var manifest_diff = __webpack_require__(3766);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/status.js






function summarize(hash) {
    return { md5: hash.md5, size: hash.size, nfiles: hash.isDir ? hash.nfiles : 1 };
}
async function dirChanges(repo, recorded, current) {
    const old = await (0,objects/* manifestRefs */.u)(repo.cacheDir, recorded);
    if (!old)
        return undefined;
    const before = new Map(old.map((e) => [e.relpath, e.ref.md5]));
    const after = new Map(current.files.relpaths.map((relpath, i) => [relpath, current.md5s[i]]));
    return (0,manifest_diff/* diffFileMaps */.f)(before, after);
}
function describeChanges(changes) {
    if (!changes)
        return 'the recorded manifest is not in the cache, so the changed files cannot be listed';
    const parts = [
        changes.added.length ? `${changes.added.length} added` : '',
        changes.modified.length ? `${changes.modified.length} modified` : '',
        changes.removed.length ? `${changes.removed.length} removed` : '',
    ].filter(Boolean);
    return parts.length ? parts.join(', ') : 'same files, different layout';
}
function prefixDirs(refs) {
    return [
        ...new Set(refs.map((ref) => {
            const key = (0,cache/* objectKey */.T5)(ref);
            return key.slice(0, key.lastIndexOf('/'));
        })),
    ];
}
function stampOf(cacheDir, dirs) {
    const stamp = {};
    try {
        for (const dir of dirs)
            stamp[dir] = (0,external_node_fs_.statSync)((0,external_node_path_.join)(cacheDir, ...dir.split('/'))).mtimeMs;
    }
    catch {
        return undefined;
    }
    return stamp;
}
/**
 * How many of an unchanged output's objects are missing from the cache. After a check that found them
 * all, the prefix directories' mtimes are remembered: an object cannot be deleted without changing its
 * directory's mtime, so while they hold, 100,000 objects need 256 stats instead of 100,000.
 */
async function missingObjects(repo, root, current) {
    const key = `${repo.cacheDir}\0${root.md5}`;
    const remembered = repo.state.cacheStamp(key);
    if (remembered) {
        const now = stampOf(repo.cacheDir, Object.keys(remembered));
        if (now && Object.entries(remembered).every(([dir, mtime]) => now[dir] === mtime))
            return 0;
    }
    const refs = [root, ...current.md5s.map((md5) => ({ md5, legacy: root.legacy }))];
    const missing = (await (0,objects/* missingFromCache */.$)(repo.cacheDir, refs, repo.jobs)).size;
    if (missing === 0 && current.isDir) {
        const stamp = stampOf(repo.cacheDir, prefixDirs(refs));
        if (stamp)
            repo.state.recordCacheStamp(key, stamp);
    }
    return missing;
}
/** Compare one target's data with its pointer (DVC's `dvc status` words, plus per-file directory diffs). */
async function statusOf(repo, target) {
    const { out } = target;
    const base = {
        path: target.display,
        pointer: target.pointer?.file,
        line: out?.line ?? 1,
        legacy: out?.algorithm === 'md5-dos2unix',
        changes: undefined,
        missingObjects: 0,
        rehashed: 0,
    };
    const recorded = out?.md5
        ? { md5: out.md5, size: out.size, nfiles: out.nfiles }
        : undefined;
    if (!(0,external_node_fs_.existsSync)(target.abs)) {
        return recorded
            ? {
                ...base,
                status: 'deleted',
                recorded,
                current: undefined,
                detail: 'the data is missing from the workspace',
            }
            : { ...base, status: 'deleted', recorded, current: undefined, detail: 'neither data nor hash' };
    }
    const hash = await hashOutput({
        path: target.abs,
        display: target.display,
        workspaceReal: repo.root,
        algorithm: out?.algorithm ?? 'md5',
        state: repo.state,
        jobs: repo.jobs,
    });
    const current = summarize(hash);
    const common = { ...base, current, recorded, rehashed: hash.rehashed };
    if (!recorded || !out) {
        return {
            ...common,
            status: 'new',
            detail: target.pointer ? 'the pointer has no hash yet' : 'not tracked yet',
        };
    }
    const root = { md5: recorded.md5, legacy: base.legacy };
    if (hash.md5 !== recorded.md5) {
        const changes = recorded.md5.endsWith('.dir') && hash.isDir ? await dirChanges(repo, root, hash) : undefined;
        const detail = hash.isDir
            ? recorded.md5.endsWith('.dir')
                ? describeChanges(changes)
                : 'was a file, now a directory'
            : recorded.md5.endsWith('.dir')
                ? 'was a directory, now a file'
                : `content changed (${recorded.size ?? '?'} → ${hash.size} bytes)`;
        return { ...common, status: 'modified', changes, detail };
    }
    if (!out.cache)
        return { ...common, status: 'unchanged', detail: 'matches (not cached: cache: false)' };
    const missing = await missingObjects(repo, root, hash);
    if (missing > 0) {
        return {
            ...common,
            status: 'not in cache',
            missingObjects: missing,
            detail: `${missing} object(s) missing from the cache`,
        };
    }
    return { ...common, status: 'unchanged', detail: 'matches the pointer' };
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/add.js










/** Put an output's objects in the cache: every file, then (for a directory) the `.dir` manifest. */
async function storeObjects(repo, target, hash, legacy) {
    if (!hash.isDir) {
        return (await (0,cache/* storeFile */.u_)(repo.cacheDir, { md5: hash.md5, legacy }, target.abs, target.display)) ? 1 : 0;
    }
    const stored = await (0,limit/* mapLimit */.s)(hash.files.paths, repo.jobs, (path, i) => (0,cache/* storeFile */.u_)(repo.cacheDir, { md5: hash.md5s[i], legacy }, path, `${target.display}/${hash.files.relpaths[i]}`));
    const dirRef = { md5: hash.md5, legacy };
    const manifest = (await (0,cache/* storeBytes */.jb)(repo.cacheDir, dirRef, Buffer.from(hash.manifest(), 'utf8'))) ? 1 : 0;
    return stored.filter(Boolean).length + manifest;
}
/**
 * `dvc add`: hash, cache, write the pointer, gitignore the data. Objects are cached before the pointer is
 * written, so a pointer never names data the cache lacks. An unchanged DVC 2.x entry is left untouched;
 * an unchanged DVC 3 pointer is not rewritten (reruns are no-ops).
 */
async function addTarget(repo, target) {
    const pointerDisplay = (0,external_node_path_.relative)(repo.root, target.pointerAbs).split(external_node_path_.sep).join('/');
    const hashWith = (algorithm) => hashOutput({
        path: target.abs,
        display: target.display,
        workspaceReal: repo.root,
        algorithm,
        state: repo.state,
        jobs: repo.jobs,
    });
    // Nothing is written before the data is hashed: a walk that refuses a symlink leaves the repository as it was.
    const dvcGitignore = () => repo.cacheDir.startsWith(`${repo.root}${external_node_path_.sep}.dvc${external_node_path_.sep}`) ? ensureDvcGitignore(repo.root) : undefined;
    if (target.out?.md5 && target.out.algorithm === 'md5-dos2unix') {
        const legacyHash = await hashWith('md5-dos2unix');
        if (legacyHash.md5 === target.out.md5) {
            await dvcGitignore();
            const stored = await storeObjects(repo, target, legacyHash, true);
            await (0,gitignore/* ignoreBesideData */.Z)(target.abs);
            return {
                path: target.display,
                pointer: pointerDisplay,
                hash: summarize(legacyHash),
                written: false,
                stored,
                legacyKept: true,
            };
        }
    }
    const hash = await hashWith('md5');
    await dvcGitignore();
    const stored = await storeObjects(repo, target, hash, false);
    const text = (0,dvc_pointer/* renderPointer */.Wr)(target.pointer?.text, {
        path: target.out?.path ?? (0,external_node_path_.basename)(target.abs),
        md5: hash.md5,
        size: hash.size,
        ...(hash.isDir ? { nfiles: hash.nfiles } : {}),
        isexec: !hash.isDir && hash.executable,
    });
    let previous;
    try {
        previous = await (0,promises_.readFile)(target.pointerAbs, 'utf8');
    }
    catch {
        previous = undefined;
    }
    const written = previous !== text;
    if (written)
        await (0,atomic_write/* writeFileAtomic */.Zf)(target.pointerAbs, text);
    await (0,gitignore/* ignoreBesideData */.Z)(target.abs);
    repo.logger.debug(`add ${target.display}: ${hash.md5} (${(0,external_node_path_.dirname)(pointerDisplay)})`);
    return {
        path: target.display,
        pointer: pointerDisplay,
        hash: summarize(hash),
        written,
        stored,
        legacyKept: false,
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/checkout.js







/**
 * Where each manifest entry of a directory output would be written, all checked before anything is: an
 * entry is repository content (the manifest came with the pointer), so it stays inside the output
 * directory (no `..`, not absolute), and the path policy refuses `.git`, `.dvc/`, the cache and symlinked
 * directories leading out. One bad entry refuses the whole output.
 */
function manifestDestinations(repo, target, entries) {
    const file = target.pointer?.file ?? `${target.display}.dvc`;
    return entries.map(({ relpath }) => {
        const native = relpath.split('/').join(external_node_path_.sep);
        if (relpath === '' || (0,external_node_path_.isAbsolute)(native) || (0,external_node_path_.normalize)(native).split(external_node_path_.sep).includes('..')) {
            throw new errors/* ConfigurationError */.j1(`${file}: the manifest of '${target.display}' contains an unsafe path '${relpath}'; nothing was restored.`, { file });
        }
        return repo.paths.resolveContent(native, { file, what: `'${target.display}' manifest entry`, base: target.abs }, 'output');
    });
}
async function restoreOne(repo, ref, dest, display, executable) {
    const source = (0,cache/* objectPath */.du)(repo.cacheDir, ref);
    if (!(0,external_node_fs_.existsSync)(source))
        return false;
    if (!(await (0,cache/* copyVerified */.kj)(source, dest, ref, executable ? 0o755 : 0o644))) {
        throw new errors/* ConfigurationError */.j1(`Cache object ${source} for '${display}' is corrupt (content does not match its name); not restored.`);
    }
    return true;
}
/**
 * Bring the workspace in line with the pointer from the cache. Each file is written to a temp file beside it,
 * checked against its hash as it is copied, then renamed into place: a reader never sees half a file, and a
 * corrupt cache object is never served. Files already matching (per the state cache) are not touched; files
 * in a directory that the manifest does not list are left alone.
 */
async function checkout(repo, target) {
    const out = target.out;
    const result = { path: target.display, restored: 0, unchanged: 0, missing: 0 };
    if (!out?.md5 || !out.cache)
        return result;
    const legacy = out.algorithm === 'md5-dos2unix';
    const ref = { md5: out.md5, legacy };
    const current = (0,external_node_fs_.existsSync)(target.abs)
        ? await hashOutput({
            path: target.abs,
            display: target.display,
            workspaceReal: repo.root,
            algorithm: out.algorithm,
            state: repo.state,
            jobs: repo.jobs,
        })
        : undefined;
    if (current?.md5 === out.md5) {
        result.unchanged = current.nfiles;
        return result;
    }
    if (!out.md5.endsWith('.dir')) {
        if (current?.isDir)
            throw new errors/* ConfigurationError */.j1(`'${target.display}' is a directory but its pointer records a file; move it away first.`);
        if (await restoreOne(repo, ref, target.abs, target.display, out.isexec))
            result.restored++;
        else
            result.missing++;
        return result;
    }
    if ((0,external_node_fs_.existsSync)(target.abs) && !(0,external_node_fs_.statSync)(target.abs).isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`'${target.display}' is a file but its pointer records a directory; move it away first.`);
    }
    const entries = await (0,objects/* manifestRefs */.u)(repo.cacheDir, ref);
    if (!entries) {
        result.missing++;
        return result;
    }
    const have = new Map(current?.files.relpaths.map((relpath, i) => [relpath, current.md5s[i]]));
    const todo = entries.filter((entry) => have.get(entry.relpath) !== entry.ref.md5);
    result.unchanged = entries.length - todo.length;
    // Every destination is checked before the first file is written (pull checked them all already).
    const destinations = manifestDestinations(repo, target, todo);
    await (0,limit/* mapLimit */.s)(todo, repo.jobs, async (entry, i) => {
        if (await restoreOne(repo, entry.ref, destinations[i], `${target.display}/${entry.relpath}`, false))
            result.restored++;
        else
            result.missing++;
    });
    return result;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/remote/local-remote.js





/**
 * A remote that is a directory (local disk, NFS, a mounted share), as DVC's local remote. Objects are
 * published by rename, so one is never there truncated and `has` needs no size check.
 */
class LocalRemote {
    url;
    constructor(url) {
        this.url = url;
    }
    path(key) {
        return (0,external_node_path_.join)(this.url, ...key.split('/'));
    }
    async has(keys, jobs) {
        if (!(await (0,cache/* exists */.t2)(this.url)))
            return new Set();
        const found = new Set();
        if (keys.length > 2000) {
            // One readdir per two-hex-digit prefix instead of a stat per object.
            const dirs = [...new Set(keys.map((key) => key.slice(0, key.lastIndexOf('/'))))];
            await (0,limit/* mapLimit */.s)(dirs, jobs, async (dir) => {
                try {
                    for (const name of await (0,promises_.readdir)(this.path(dir)))
                        found.add(`${dir}/${name}`);
                }
                catch (error) {
                    if (error.code !== 'ENOENT')
                        throw error;
                }
            });
            return new Set(keys.filter((key) => found.has(key)));
        }
        await (0,limit/* mapLimit */.s)(keys, jobs, async (key) => {
            if (await (0,cache/* exists */.t2)(this.path(key)))
                found.add(key);
        });
        return found;
    }
    async upload(localPath, key) {
        const dest = this.path(key);
        (0,cache/* prepareObjectDir */.o)((0,external_node_path_.dirname)(dest), `the remote ${this.url}`);
        const temp = (0,cache/* tempBeside */.p8)(dest);
        try {
            await (0,promises_.copyFile)(localPath, temp, external_node_fs_.constants.COPYFILE_EXCL);
            await (0,promises_.chmod)(temp, 0o444);
            await (0,promises_.rename)(temp, dest);
        }
        catch (error) {
            await (0,promises_.rm)(temp, { force: true });
            throw error;
        }
    }
    async download(key, destTemp) {
        await (0,promises_.copyFile)(this.path(key), destTemp, external_node_fs_.constants.COPYFILE_EXCL);
    }
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/remote/s3-remote.js





function parseS3Url(url) {
    const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
    if (!match)
        throw new errors/* ConfigurationError */.j1(`Input 'remote': '${url}' is not an s3://bucket/prefix URL.`);
    return { bucket: match[1], prefix: match[2].replace(/\/+$/, '') };
}
/**
 * An S3 (or S3-compatible) remote. Credentials come from the SDK's standard chain (AWS_ACCESS_KEY_ID /
 * AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, profiles, instance roles). Path-style addressing so
 * endpoints like MinIO and s3rver work. The SDK is loaded on first use to keep start-up fast.
 */
class S3Remote {
    settings;
    url;
    bucket;
    prefix;
    client;
    constructor(settings) {
        this.settings = settings;
        this.url = settings.url;
        ({ bucket: this.bucket, prefix: this.prefix } = parseS3Url(settings.url));
    }
    key(key) {
        return this.prefix === '' ? key : `${this.prefix}/${key}`;
    }
    async sdk() {
        this.client ??= __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)).then((sdk) => ({
            sdk,
            s3: new sdk.S3Client({
                forcePathStyle: true,
                region: this.settings.region ?? 'us-east-1',
                maxAttempts: this.settings.maxAttempts,
                // Plain PUT/GET bodies: S3-compatible stores do not all understand the newer checksum trailers.
                requestChecksumCalculation: 'WHEN_REQUIRED',
                responseChecksumValidation: 'WHEN_REQUIRED',
                ...(this.settings.endpointUrl ? { endpoint: this.settings.endpointUrl } : {}),
            }),
        }));
        return this.client;
    }
    /**
     * Existence by listing (many keys) or HEAD (few). With `localSize`, an object whose stored size differs
     * from the local one does not count: a non-atomic store (or an interrupted multipart copy) can leave a
     * truncated object under the final key, and it must be uploaded again rather than trusted.
     */
    async has(keys, jobs, localSize) {
        const { s3, sdk } = await this.sdk();
        const stored = new Map();
        if (keys.length > 1000) {
            // Listing returns 1,000 keys per request; far cheaper than one HEAD per object for big pushes.
            const wanted = new Set(keys);
            let token;
            const listPrefix = this.key('');
            do {
                const page = await s3.send(new sdk.ListObjectsV2Command({ Bucket: this.bucket, Prefix: listPrefix, ContinuationToken: token }));
                for (const object of page.Contents ?? []) {
                    const key = object.Key?.slice(listPrefix.length);
                    if (key !== undefined && wanted.has(key))
                        stored.set(key, object.Size);
                }
                token = page.IsTruncated ? page.NextContinuationToken : undefined;
            } while (token);
        }
        else {
            await (0,limit/* mapLimit */.s)(keys, jobs, async (key) => {
                try {
                    const head = await s3.send(new sdk.HeadObjectCommand({ Bucket: this.bucket, Key: this.key(key) }));
                    stored.set(key, head.ContentLength);
                }
                catch (error) {
                    const status = error.$metadata?.httpStatusCode;
                    if (status === 404 || error.name === 'NotFound' || error.name === 'NoSuchKey')
                        return;
                    throw error;
                }
            });
        }
        if (!localSize)
            return new Set(stored.keys());
        const found = new Set();
        await (0,limit/* mapLimit */.s)([...stored], jobs, async ([key, size]) => {
            if (size === undefined || size === (await localSize(key)))
                found.add(key);
        });
        return found;
    }
    async upload(localPath, key) {
        const { s3, sdk } = await this.sdk();
        const { size } = await (0,promises_.stat)(localPath);
        await s3.send(new sdk.PutObjectCommand({
            Bucket: this.bucket,
            Key: this.key(key),
            Body: (0,external_node_fs_.createReadStream)(localPath),
            ContentLength: size,
        }));
    }
    async download(key, destTemp) {
        const { s3, sdk } = await this.sdk();
        const response = await s3.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key: this.key(key) }));
        if (!response.Body)
            throw new Error(`empty response body for ${key}`);
        await (0,external_node_stream_promises_.pipeline)(response.Body, (0,external_node_fs_.createWriteStream)(destTemp, { flags: 'wx', mode: 0o600 }));
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/targets.js





function toDisplay(root, abs) {
    return (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/');
}
/** Directories never searched for pointers. */
const NOT_SEARCHED = new Set(['.git', '.dvc', 'node_modules']);
/**
 * Every `*.dvc` pointer under `dir`. A directory `X` beside an `X.dvc` is tracked data, not searched (a
 * 100,000-file dataset must not be walked just to find pointers).
 */
function findPointers(dir) {
    const found = [];
    const visit = (current) => {
        const entries = (0,external_node_fs_.readdirSync)(current, { withFileTypes: true });
        const names = new Set(entries.map((e) => e.name));
        for (const entry of entries) {
            const abs = (0,external_node_path_.join)(current, entry.name);
            if (entry.isFile() && entry.name.endsWith('.dvc') && entry.name !== '.dvc')
                found.push(abs);
            else if (entry.isDirectory() && !NOT_SEARCHED.has(entry.name) && !names.has(`${entry.name}.dvc`))
                visit(abs);
        }
    };
    visit(dir);
    return found.sort(python_json/* compareCodePoints */.OP);
}
/**
 * A pointer's outputs are repository content: each must stay in the repository and may never be `.git`,
 * `.dvc/`, the cache or the root (pull writes there, with the pointer's `isexec`).
 */
async function targetsOfPointer(paths, pointerAbs) {
    const root = paths.root;
    const display = toDisplay(root, pointerAbs);
    const pointer = await (0,dvc_pointer/* readPointer */.qT)(pointerAbs, display);
    const targets = [];
    for (const out of pointer.outs) {
        const abs = paths.resolveContent(out.path, { file: display, base: (0,external_node_path_.dirname)(pointerAbs) }, 'output');
        targets.push({ display: toDisplay(root, abs), abs, pointer, pointerAbs, out });
    }
    return targets;
}
const INSIDE_ONLY = 'data-hash tracks data inside the repository only';
/** A `paths` item: from the input, or from `.mlops.yml` `data.paths` (repository content). */
function resolvePath(paths, path, from, use) {
    return 'input' in from
        ? paths.resolveInput(path, from.input, use, { insideOnly: INSIDE_ONLY })
        : paths.resolveContent(path, { file: from.file, what: from.what }, use);
}
/**
 * Resolve the `paths` input for status/verify/push/pull: `.dvc` files, data paths with a pointer beside
 * them, directories containing pointers, or untracked data (reported as new). Empty = every pointer.
 */
async function resolveTargets(policy, paths, from = { input: 'paths' }) {
    const root = policy.root;
    const pointerFiles = [];
    const untracked = [];
    if (paths.length === 0)
        pointerFiles.push(...findPointers(root));
    for (const path of paths) {
        const abs = resolvePath(policy, path, from, 'read');
        if (abs.endsWith('.dvc') && (0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isFile())
            pointerFiles.push(abs);
        else if ((0,external_node_fs_.existsSync)(`${abs}.dvc`))
            pointerFiles.push(`${abs}.dvc`);
        else if ((0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isDirectory() && findPointers(abs).length > 0)
            pointerFiles.push(...findPointers(abs));
        else if ((0,external_node_fs_.existsSync)(abs)) {
            untracked.push({
                display: toDisplay(root, abs),
                abs,
                pointer: undefined,
                pointerAbs: `${abs}.dvc`,
                out: undefined,
            });
        }
        else {
            throw new errors/* ConfigurationError */.j1(`Input 'paths': '${path}' does not exist and has no .dvc pointer.`);
        }
    }
    const targets = [];
    for (const file of [...new Set(pointerFiles)])
        targets.push(...(await targetsOfPointer(policy, file)));
    return [...targets, ...untracked];
}
/** Resolve the `paths` input for add: data paths (not pointers), inside the workspace. */
async function resolveAddTargets(policy, paths, from = { input: 'paths' }) {
    const root = policy.root;
    if (paths.length === 0)
        throw new errors/* ConfigurationError */.j1("Input 'paths' is required for add: the files or directories to track.");
    const targets = [];
    for (const path of paths) {
        const abs = resolvePath(policy, path, from, 'output');
        const display = toDisplay(root, abs);
        if (abs.endsWith('.dvc')) {
            throw new errors/* ConfigurationError */.j1(`Input 'paths': '${path}' is a pointer file; pass the data path to add.`);
        }
        if (!(0,external_node_fs_.existsSync)(abs))
            throw new errors/* ConfigurationError */.j1(`Input 'paths': '${path}' does not exist.`);
        const pointerAbs = `${abs}.dvc`;
        const pointer = (0,external_node_fs_.existsSync)(pointerAbs)
            ? await (0,dvc_pointer/* readPointer */.qT)(pointerAbs, toDisplay(root, pointerAbs))
            : undefined;
        const out = pointer?.outs.find((o) => o.path === (0,external_node_path_.basename)(abs)) ?? pointer?.outs[0];
        targets.push({ display, abs, pointer, pointerAbs, out });
    }
    return targets;
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/async/retry.js
var retry = __webpack_require__(6472);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/transfer.js








function rootRefs(targets) {
    const refs = [];
    for (const target of targets) {
        const out = target.out;
        if (!out?.md5 || !out.cache)
            continue;
        refs.push({ md5: out.md5, legacy: out.algorithm === 'md5-dos2unix' });
    }
    return refs;
}
/** Append without spreading: `push(...items)` overflows the stack beyond ~125,000 items. */
function append(into, items) {
    for (const item of items)
        into.push(item);
}
function unique(refs) {
    const seen = new Map();
    for (const ref of refs)
        seen.set((0,cache/* objectKey */.T5)(ref), ref);
    return [...seen.values()];
}
class CorruptObject extends errors/* ConfigurationError */.j1 {
}
function remoteError(remote, error) {
    if (error instanceof errors/* ConfigurationError */.j1)
        return error;
    return new errors/* ConfigurationError */.j1(`Remote ${remote.url} failed: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
}
/** Push: only the objects the remote lacks, each verified against its name before it leaves. */
async function push(repo, targets, remote, options) {
    const roots = unique(rootRefs(targets));
    const files = [];
    const dirs = [];
    const missing = [];
    for (const ref of roots) {
        if (!ref.md5.endsWith('.dir')) {
            files.push(ref);
            continue;
        }
        const entries = await (0,objects/* manifestRefs */.u)(repo.cacheDir, ref);
        if (!entries)
            missing.push((0,cache/* objectKey */.T5)(ref));
        else {
            append(files, entries.map((e) => e.ref));
            dirs.push(ref);
        }
    }
    const candidates = unique(files);
    const absent = await (0,objects/* missingFromCache */.$)(repo.cacheDir, candidates, repo.jobs);
    append(missing, absent);
    const present = candidates.filter((ref) => !absent.has((0,cache/* objectKey */.T5)(ref)));
    // Files first, manifests last: a remote never lists a directory whose files it lacks.
    let transferred = 0;
    let skipped = 0;
    const corrupt = [];
    for (const phase of [present, dirs]) {
        let onRemote;
        const byKey = new Map(phase.map((ref) => [(0,cache/* objectKey */.T5)(ref), ref]));
        // A remote that can report sizes (S3) counts a stored object of the wrong size as absent.
        const localSize = async (key) => (await (0,promises_.stat)((0,cache/* objectPath */.du)(repo.cacheDir, byKey.get(key)))).size;
        try {
            onRemote = await remote.has(phase.map(cache/* objectKey */.T5), repo.jobs, localSize);
        }
        catch (error) {
            throw remoteError(remote, error);
        }
        skipped += onRemote.size;
        const todo = phase.filter((ref) => !onRemote.has((0,cache/* objectKey */.T5)(ref)));
        await (0,limit/* mapLimit */.s)(todo, repo.jobs, async (ref) => {
            const local = (0,cache/* objectPath */.du)(repo.cacheDir, ref);
            if (!(await (0,cache/* verifyObject */.Rf)(local, ref))) {
                corrupt.push(local);
                return;
            }
            try {
                await (0,retry/* retry */.L5)(() => remote.upload(local, (0,cache/* objectKey */.T5)(ref)), {
                    attempts: options.attempts,
                    baseDelayMs: options.retryDelayMs,
                });
            }
            catch (error) {
                throw remoteError(remote, error);
            }
            transferred++;
        });
    }
    if (corrupt.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${corrupt.length} cache object(s) do not match their names and were not pushed: ${corrupt.slice(0, 5).join(', ')}. ` +
            'Delete them and run add again.');
    }
    return { transferred, skipped, missing };
}
/** Fetch one object into the cache: temp file, verify, read-only, rename. */
async function fetchObject(repo, remote, ref, options) {
    const dest = (0,cache/* objectPath */.du)(repo.cacheDir, ref);
    (0,cache/* prepareObjectDir */.o)((0,external_node_path_.dirname)(dest), `the cache ${repo.cacheDir}`);
    await (0,retry/* retry */.L5)(async () => {
        const temp = (0,cache/* tempBeside */.p8)(dest);
        try {
            await remote.download((0,cache/* objectKey */.T5)(ref), temp);
            if (!(await (0,cache/* verifyObject */.Rf)(temp, ref))) {
                throw new CorruptObject(`Remote object ${(0,cache/* objectKey */.T5)(ref)} in ${remote.url} does not match its name (${(0,cache/* algorithmOf */.Hy)(ref)}); not used.`);
            }
            await (0,promises_.chmod)(temp, 0o444);
            await (0,promises_.rename)(temp, dest);
        }
        finally {
            await (0,promises_.rm)(temp, { force: true });
        }
    }, {
        attempts: options.attempts,
        baseDelayMs: options.retryDelayMs,
        retryOn: (e) => !(e instanceof errors/* ConfigurationError */.j1),
    });
}
async function fetchMissing(repo, remote, refs, options, result) {
    const absent = [...(await (0,objects/* missingFromCache */.$)(repo.cacheDir, refs, repo.jobs))];
    if (absent.length === 0)
        return;
    const byKey = new Map(refs.map((ref) => [(0,cache/* objectKey */.T5)(ref), ref]));
    let onRemote;
    try {
        onRemote = await remote.has(absent, repo.jobs);
    }
    catch (error) {
        throw remoteError(remote, error);
    }
    append(result.missing, absent.filter((key) => !onRemote.has(key)));
    // A cache that cannot take them fails here, naming the cache, not later as a "remote" error.
    if (onRemote.size > 0)
        (0,cache/* checkCacheWritable */.Ft)(repo.cacheDir, 'pull');
    await (0,limit/* mapLimit */.s)([...onRemote], repo.jobs, async (key) => {
        try {
            await fetchObject(repo, remote, byKey.get(key), options);
        }
        catch (error) {
            throw remoteError(remote, error);
        }
        result.transferred++;
    });
}
/**
 * Pull: fetch what the cache lacks (manifests first, then their files). Checkout is separate, but every
 * manifest's destinations are checked against the path policy before any file is fetched, so a hostile
 * manifest fails the pull with nothing written.
 */
async function pull(repo, targets, remote, options) {
    const result = { transferred: 0, skipped: 0, missing: [] };
    const roots = unique(rootRefs(targets));
    await fetchMissing(repo, remote, roots, options, result);
    const files = [];
    for (const target of targets) {
        const ref = rootRefs([target])[0];
        if (!ref?.md5.endsWith('.dir'))
            continue;
        const entries = await (0,objects/* manifestRefs */.u)(repo.cacheDir, ref);
        if (!entries)
            continue;
        manifestDestinations(repo, target, entries);
        append(files, entries.map((e) => e.ref));
    }
    await fetchMissing(repo, remote, unique(files), options, result);
    const all = unique([...roots, ...files]);
    result.skipped = all.length - result.transferred - result.missing.length;
    return result;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/data-hash.js











function openRemote(repo, options) {
    const given = options.remote;
    const named = repo.dvc.remotes.get(given ?? repo.dvc.defaultRemote ?? '');
    const url = named?.url ?? given;
    if (!url) {
        throw new errors/* ConfigurationError */.j1(`Input 'remote' is required for ${options.command}: a directory or s3://bucket/prefix (no default remote in .dvc/config).`);
    }
    if (url.startsWith('s3://')) {
        return new S3Remote({
            url,
            endpointUrl: options.endpointUrl ?? named?.endpointUrl,
            region: options.region ?? named?.region,
            maxAttempts: 2,
        });
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
        throw new errors/* ConfigurationError */.j1(`Input 'remote': '${url}' is not supported (use a directory or s3://bucket/prefix).`);
    }
    const from = named
        ? { file: '.dvc/config', what: `remote '${named.name}' url` }
        : (options.remoteFrom ?? { input: 'remote' });
    return new LocalRemote(repo.paths.resolveStorage(url, from));
}
function recordedHashes(targets) {
    const hashes = {};
    for (const t of targets)
        if (t.out?.md5)
            hashes[t.display] = { md5: t.out.md5, size: t.out.size, nfiles: t.out.nfiles ?? 1 };
    return hashes;
}
async function run(repo, options, result) {
    const transfer = options.transfer ?? { attempts: 3, retryDelayMs: 200 };
    if (options.command === 'add')
        (0,cache/* checkCacheWritable */.Ft)(repo.cacheDir, 'add');
    if (options.command === 'add') {
        for (const target of await resolveAddTargets(repo.paths, options.paths, options.pathsFrom)) {
            const added = await addTarget(repo, target);
            result.added.push(added);
            result.hashes[added.path] = added.hash;
            if (added.written)
                result.changed = true;
        }
        return;
    }
    const targets = await resolveTargets(repo.paths, options.paths, options.pathsFrom);
    if (targets.length === 0)
        options.logger.warning('No .dvc pointers found; nothing to do.');
    if (options.command === 'status' || options.command === 'verify') {
        for (const target of targets) {
            const status = await statusOf(repo, target);
            result.statuses.push(status);
            const hash = status.current ?? status.recorded;
            if (hash)
                result.hashes[status.path] = hash;
            if (status.status !== 'unchanged')
                result.changed = true;
        }
        return;
    }
    const remote = openRemote(repo, options);
    result.remote = remote.url;
    result.hashes = recordedHashes(targets);
    if (options.command === 'push') {
        result.transfer = await push(repo, targets, remote, transfer);
        result.changed = result.transfer.transferred > 0;
        if (result.transfer.missing.length > 0) {
            throw new errors/* ConfigurationError */.j1(`${result.transfer.missing.length} object(s) are not in the cache (${repo.cacheDir}) and were not pushed, e.g. ` +
                `${result.transfer.missing.slice(0, 3).join(', ')}. Run add (or pull from where they are) first.`);
        }
        return;
    }
    result.transfer = await pull(repo, targets, remote, transfer);
    for (const target of targets) {
        const done = await checkout(repo, target);
        result.checkouts.push(done);
        if (done.restored > 0)
            result.changed = true;
    }
    if (result.transfer.missing.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${result.transfer.missing.length} object(s) are neither in the cache nor on ${remote.url}, e.g. ` +
            `${result.transfer.missing.slice(0, 3).join(', ')}; those files were not restored.`);
    }
}
/**
 * Run one data-hash command. The JSON report is written even when the command fails part-way (it then
 * says what was done), and the state cache is saved either way: hashes computed are never wasted.
 */
async function runDataHash(options) {
    const repo = openRepo({
        root: options.root,
        cacheDir: options.cacheDir,
        cacheDirFrom: options.cacheDirFrom,
        jobs: options.jobs,
        logger: options.logger,
    });
    const result = {
        command: options.command,
        root: repo.root,
        cacheDir: repo.cacheDir,
        remote: undefined,
        jobs: repo.jobs,
        hashes: {},
        changed: false,
        added: [],
        statuses: [],
        transfer: undefined,
        checkouts: [],
        reportPath: options.reportPath,
    };
    let failure;
    try {
        await run(repo, options, result);
    }
    catch (error) {
        failure = error;
    }
    await repo.state
        .save()
        .catch((error) => options.logger.debug(`state cache not saved: ${String(error)}`));
    await (0,atomic_write/* writeFileAtomic */.Zf)(options.reportPath, `${JSON.stringify({ ...result, error: failure === undefined ? undefined : (0,errors/* errorMessage */.gJ)(failure) }, null, 2)}\n`);
    if (failure !== undefined)
        throw failure instanceof Error ? failure : new Error((0,errors/* errorMessage */.gJ)(failure));
    return result;
}


/***/ }),

/***/ 3172:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ readDvcConfig)
/* harmony export */ });
/* unused harmony export parseDvcIni */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6974);



function unquote(text) {
    const t = text.trim();
    if (t.length >= 2 && (t[0] === "'" || t[0] === '"') && t.at(-1) === t[0])
        return t.slice(1, -1);
    return t;
}
function parseDvcIni(text, file, into = new Map()) {
    let section;
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith(';'))
            return;
        const header = /^\[(.*)\]$/.exec(line);
        if (header) {
            const name = unquote(header[1]).replace(/\s+/g, ' ');
            section = into.get(name) ?? new Map();
            into.set(name, section);
            return;
        }
        const eq = line.indexOf('=');
        if (eq <= 0 || !section) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}:${index + 1}: expected '[section]' or 'key = value', got '${line}'`, {
                file,
                line: index + 1,
            });
        }
        section.set(line.slice(0, eq).trim(), unquote(line.slice(eq + 1)));
    });
    return into;
}
/** Read `.dvc/config` (+ `.dvc/config.local`) under `root`; absent files give an empty config. */
function readDvcConfig(root) {
    const dvcDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, '.dvc');
    const sections = new Map();
    for (const name of ['config', 'config.local']) {
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dvcDir, name), 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                continue;
            throw error;
        }
        parseDvcIni(text, `.dvc/${name}`, sections);
    }
    const remotes = new Map();
    for (const [name, values] of sections) {
        const match = /^remote "(.+)"$/.exec(name);
        const url = values.get('url');
        if (!match || url === undefined)
            continue;
        const isLocal = !/^[a-z][a-z0-9+.-]*:\/\//i.test(url);
        remotes.set(match[1], {
            name: match[1],
            url: isLocal && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(url) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dvcDir, url) : url,
            endpointUrl: values.get('endpointurl'),
            region: values.get('region'),
        });
    }
    const cacheDir = sections.get('cache')?.get('dir');
    return {
        cacheDir: cacheDir === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dvcDir, cacheDir),
        defaultRemote: sections.get('core')?.get('remote'),
        remotes,
    };
}


/***/ }),

/***/ 9472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ ignoreBesideData),
/* harmony export */   y: () => (/* binding */ escapeGitignore)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(146);



/** gitwildmatch escaping of a literal name (pathspec's GitWildMatchPattern.escape, as DVC uses it). */
function escapeGitignore(name) {
    return name
        .replace(/[[\]!*#?\\]/g, (ch) => `\\${ch}`)
        .replace(/ +$/, (spaces) => spaces.replace(/ /g, '\\ '));
}
/**
 * Add `/<name>` to the `.gitignore` beside `dataPath`, as `dvc add` does: append once, starting a new line
 * when the file does not end with one. Returns true when the file changed.
 */
async function ignoreBesideData(dataPath) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dataPath), '.gitignore');
    const entry = `/${escapeGitignore((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dataPath))}`;
    let text = '';
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    if (text.split(/\r?\n/).includes(entry))
        return false;
    const prefix = text === '' || text.endsWith('\n') ? '' : '\n';
    await (0,_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)(file, `${text}${prefix}${entry}\n`);
    return true;
}


/***/ }),

/***/ 764:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ refuseGitTracked)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6974);



/**
 * `dvc add` refuses data that git already tracks ("output … is already tracked by SCM"): the pointer and
 * the data would both be committed, and the `/name` line in .gitignore would not untrack it. The same
 * check, before anything is hashed or written. `paths` are absolute; `gitRoot` is git's top level.
 */
async function refuseGitTracked(git, gitRoot, paths, what) {
    const real = (p) => ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p) : p);
    const top = real(gitRoot);
    const specs = paths
        .map((abs) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(top, real(abs)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'))
        .filter((rel) => rel !== '' && !rel.startsWith('..'));
    if (specs.length === 0)
        return;
    const tracked = await git.lsFiles(specs.map((s) => `:(literal)${s}`));
    if (tracked.length === 0)
        return;
    const first = specs.find((s) => tracked.some((t) => t === s || t.startsWith(`${s}/`))) ?? tracked[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what}: '${first}' is already tracked by git, so DVC cannot track it (as \`dvc add\` refuses it). ` +
        `Stop tracking it with git first: git rm -r --cached '${first}' && git commit -m "stop tracking ${first}".`);
}


/***/ }),

/***/ 2139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Human size for reports: `512 B`, `116.0 KiB`, `1.0 GiB` (binary units, one decimal). */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 1659:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export escapeHtml */
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1671);
/**
 * Markdown building blocks shared by every report. Anything user-controlled (column names, metric keys,
 * params, file names) goes through `escapeMarkdown`, `code` or `details` before it reaches a PR comment or
 * summary: then it cannot add links, HTML, @mentions or table breaks, cannot fake a hidden marker
 * (`<!-- … -->`, which identifies our sticky comments), and shows control characters visibly.
 */

const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&@]/g;
/** Escape text so GitHub renders it literally (no links, mentions, HTML or table breaks). */
function escapeMarkdown(text) {
    return (0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(text).replace(SPECIAL, (ch) => {
        if (ch === '<')
            return '&lt;';
        if (ch === '>')
            return '&gt;';
        if (ch === '&')
            return '&amp;';
        if (ch === '@')
            return '@\u200b'; // break @mentions without changing what the reader sees
        return `\\${ch}`;
    });
}
/** Text for HTML contexts (`<summary>`), where markdown escapes would show their backslashes. */
function escapeHtml(text) {
    return (0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(text).replace(/[&<>"'@]/g, (ch) => {
        if (ch === '@')
            return '@\u200b';
        return ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '&#39;';
    });
}
/**
 * Inline code span that survives backticks and pipes inside the text. GitHub shows a code span literally
 * (no HTML, no mentions), but the raw body still holds the text: `<!--` gets a zero-width space so no
 * reader of raw bodies (ours, another version's, another bot's) can take it for a hidden marker.
 */
function code(text) {
    const clean = (0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(text).replace(/\|/g, '\\|').replace(/<!--/g, '<!-\u200b-');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** A GitHub table; cells are used as given, so escape user text before passing it. */
function table(header, rows, align) {
    const rule = header.map((_, i) => {
        const a = align?.[i] ?? 'left';
        return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.map((c) => c.replace(/\r?\n/g, ' ')).join(' | ')} |`;
    return [line(header), line(rule), ...rows.map(line)].join('\n');
}
/** A collapsed block; the summary text is escaped here (as HTML: GitHub shows `<summary>` as HTML). */
function details(summary, body) {
    return `<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}


/***/ })

};
