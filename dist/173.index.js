export const id = 173;
export const ids = [173];
export const modules = {

/***/ 9225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit),
/* harmony export */   z: () => (/* binding */ createLimiter)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);

/**
 * The one bounded-concurrency primitive: a FIFO queue of tasks with at most `concurrency` in flight.
 * Used directly where work arrives over time (blobs handed to the pusher as layers are built), and by
 * `mapLimit` for a known list.
 */
function createLimiter(concurrency) {
    const limit = Math.max(1, Math.floor(concurrency));
    let active = 0;
    const waiting = [];
    return async (task) => {
        if (active >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        active++;
        try {
            return await task();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
}
/**
 * Run `fn` over `items` with at most `limit` in flight; results keep the input order. After the first
 * failure no new item starts, the ones in flight finish, and that first error is thrown.
 */
async function mapLimit(items, limit, fn) {
    const run = createLimiter(Math.min(limit, Math.max(1, items.length)));
    const results = new Array(items.length);
    let failed;
    await Promise.all(items.map((item, index) => run(async () => {
        if (failed)
            return;
        try {
            results[index] = await fn(item, index);
        }
        catch (error) {
            failed ??= { error };
        }
    })));
    if (failed)
        throw failed.error instanceof Error ? failed.error : new Error((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(failed.error));
    return results;
}


/***/ }),

/***/ 459:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ checkCacheWritable),
/* harmony export */   Hy: () => (/* binding */ algorithmOf),
/* harmony export */   Rf: () => (/* binding */ verifyObject),
/* harmony export */   T5: () => (/* binding */ objectKey),
/* harmony export */   du: () => (/* binding */ objectPath),
/* harmony export */   jb: () => (/* binding */ storeBytes),
/* harmony export */   kj: () => (/* binding */ copyVerified),
/* harmony export */   o: () => (/* binding */ prepareObjectDir),
/* harmony export */   p$: () => (/* binding */ readManifestObject),
/* harmony export */   p8: () => (/* binding */ tempBeside),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   u_: () => (/* binding */ storeFile)
/* harmony export */ });
/* unused harmony exports STALE_TEMP_MS, sweepStaleTemps, diskMessage */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6974);
/* harmony import */ var _lazy_crypto_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7017);
/* harmony import */ var _content_hash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9245);






function objectKey(ref) {
    const prefix = ref.legacy ? '' : 'files/md5/';
    return `${prefix}${ref.md5.slice(0, 2)}/${ref.md5.slice(2)}`;
}
function objectPath(cacheDir, ref) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cacheDir, ...objectKey(ref).split('/'));
}
function algorithmOf(ref) {
    // A manifest is ASCII JSON without raw CR, so both algorithms agree on it; plain md5 is exact.
    return ref.legacy && !ref.md5.endsWith('.dir') ? 'md5-dos2unix' : 'md5';
}
function bareMd5(md5) {
    return md5.endsWith('.dir') ? md5.slice(0, -4) : md5;
}
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        return true;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}
/** A temp name beside `final`, so the rename that publishes it stays on one filesystem. */
function tempBeside(final) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(final), `.${(0,_lazy_crypto_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeCrypto */ .S)().randomBytes(8).toString('hex')}.tmp`);
}
/** Names `tempBeside` makes, and no one else (DVC's own temp files are named differently). */
const TEMP_NAME = /^\.[0-9a-f]{16}\.tmp$/;
/**
 * A temp file untouched this long was left by a killed run: a live copy or download keeps its mtime
 * fresh as it writes, and every transfer times out long before an hour of silence.
 */
const STALE_TEMP_MS = 60 * 60 * 1000;
/** Remove our stale temp files from one directory; returns how many. */
function sweepStaleTemps(dir, now = Date.now()) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch {
        return 0;
    }
    let removed = 0;
    for (const name of names) {
        if (!TEMP_NAME.test(name))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
        try {
            const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
            if (info.isFile() && now - info.mtimeMs > STALE_TEMP_MS) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { force: true });
                removed++;
            }
        }
        catch {
            // removed by someone else meanwhile
        }
    }
    return removed;
}
function diskMessage(error, what) {
    const code = error.code;
    if (code === 'ENOSPC')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`No space left on device while writing ${what}.`);
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Cannot write ${what}: ${error.message}`, { cause: error });
    return error;
}
/**
 * Refuse up front, with a message that names it, a cache that cannot be written (read-only mount, another
 * user's directory): otherwise the first mkdir deep inside it fails with an error that blames something else.
 */
function checkCacheWritable(cacheDir, command) {
    for (const dir of [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cacheDir, 'files', 'md5'), cacheDir]) {
        let probe = dir;
        while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(probe) && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(probe) !== probe)
            probe = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(probe);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(probe, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`The DVC cache ${cacheDir} is not writable (${error.code ?? 'error'} on ${probe}), ` +
                `and ${command} stores objects there. Give a writable 'cache-dir', or fix its permissions.`, { cause: error });
        }
        if (probe === dir)
            return; // the deeper directory exists and is writable
    }
}
const prepared = new Set();
const swept = new Set();
/** mkdir -p, once per directory per process, with a write failure named as a user error. */
function prepareDir(dir, what = `directory ${dir}`) {
    if (prepared.has(dir))
        return;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    }
    catch (error) {
        throw diskMessage(error, what);
    }
    prepared.add(dir);
}
/**
 * Prepare a cache or remote directory that objects are about to be published into, sweeping out the temp
 * files a killed run left there. Only object stores are swept: a workspace directory is the user's.
 */
function prepareObjectDir(dir, what = `directory ${dir}`) {
    if (swept.has(dir))
        return;
    prepareDir(dir, what);
    sweepStaleTemps(dir);
    swept.add(dir);
}
/** Files up to this size are copied with synchronous calls: no thread-pool round trips per step. */
const SMALL_FILE = 4 * _content_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .CHUNK_SIZE */ .OZ;
function copyVerifiedSync(source, dest, expected, mode) {
    const data = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(source);
    const hasher = new _content_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .ContentHasher */ .Nk(algorithmOf(expected));
    hasher.update(data);
    if (hasher.digest() !== bareMd5(expected.md5))
        return false;
    prepareDir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dest));
    const temp = tempBeside(dest);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temp, data, { mode, flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temp, dest);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temp, { force: true });
        throw diskMessage(error, dest);
    }
    return true;
}
/**
 * Copy `source` to `dest` through a temp file, hashing on the way, and publish it (rename) only when the
 * content hashes to `expected`. Returns false, leaving nothing behind, on a mismatch.
 */
async function copyVerified(source, dest, expected, mode) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(source).size <= SMALL_FILE)
        return copyVerifiedSync(source, dest, expected, mode);
    prepareDir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dest));
    const temp = tempBeside(dest);
    const input = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(source, 'r');
    try {
        const output = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', 0o600);
        const hasher = new _content_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .ContentHasher */ .Nk(algorithmOf(expected));
        try {
            const buffer = Buffer.allocUnsafe(_content_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .CHUNK_SIZE */ .OZ);
            for (;;) {
                const { bytesRead } = await input.read(buffer, 0, _content_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .CHUNK_SIZE */ .OZ, null);
                if (bytesRead === 0)
                    break;
                const chunk = buffer.subarray(0, bytesRead);
                hasher.update(chunk);
                await output.write(chunk);
            }
        }
        finally {
            await output.close();
        }
        if (hasher.digest() !== bareMd5(expected.md5)) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
            return false;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(temp, mode);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, dest);
        return true;
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw diskMessage(error, dest);
    }
    finally {
        await input.close();
    }
}
/** Publish in-memory bytes (a `.dir` manifest) as a cache object, if not there yet. */
async function storeBytes(cacheDir, ref, data) {
    const dest = objectPath(cacheDir, ref);
    if (await exists(dest))
        return false;
    prepareObjectDir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dest));
    const temp = tempBeside(dest);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', 0o444);
        try {
            await handle.writeFile(data);
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, dest);
        return true;
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw diskMessage(error, `cache object ${dest}`);
    }
}
/**
 * Store a workspace file as a cache object (dedup: an object already present is kept). The copy is hashed
 * as it is written, so a file that changed since it was hashed is refused instead of stored under a wrong name.
 */
async function storeFile(cacheDir, ref, source, display) {
    const dest = objectPath(cacheDir, ref);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dest))
        return false;
    prepareObjectDir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dest), `the cache ${cacheDir}`);
    if (!(await copyVerified(source, dest, ref, 0o444))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`'${display}' changed while it was being added; run add again.`);
    }
    return true;
}
/** Hash a cache object and say whether its content matches its name. */
async function verifyObject(path, ref) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const hasher = new _content_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .ContentHasher */ .Nk(algorithmOf(ref));
        const buffer = Buffer.allocUnsafe(_content_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .CHUNK_SIZE */ .OZ);
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, _content_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .CHUNK_SIZE */ .OZ, null);
            if (bytesRead === 0)
                break;
            hasher.update(buffer.subarray(0, bytesRead));
        }
        return hasher.digest() === bareMd5(ref.md5);
    }
    finally {
        await handle.close();
    }
}
/** Read a `.dir` manifest object, verified; undefined when absent, an error when corrupt. */
async function readManifestObject(cacheDir, ref) {
    const path = objectPath(cacheDir, ref);
    let data;
    try {
        data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    const hasher = new _content_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .ContentHasher */ .Nk('md5');
    hasher.update(data);
    if (hasher.digest() !== bareMd5(ref.md5)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Cache object ${path} is corrupt: its content does not match its name ${ref.md5}. Delete it and add or pull again.`);
    }
    return data.toString('utf8');
}


/***/ }),

/***/ 9245:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Nk: () => (/* binding */ ContentHasher),
/* harmony export */   OZ: () => (/* binding */ CHUNK_SIZE),
/* harmony export */   yi: () => (/* binding */ hashBytes)
/* harmony export */ });
/* unused harmony exports isTextBlock, dos2unix */
/* harmony import */ var _lazy_crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7017);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);


const CHUNK_SIZE = 1024 * 1024;
const TEXT_PROBE = 512;
/** dvc_data.hashfile.istextfile.istextblock: no NUL, at most 30% bytes outside printable ASCII + \n\r\t\f\b. */
function isTextBlock(block) {
    if (block.length === 0)
        return true;
    let nonText = 0;
    for (const byte of block) {
        if (byte === 0)
            return false;
        if ((byte < 0x20 || byte > 0x7e) &&
            byte !== 0x0a &&
            byte !== 0x0d &&
            byte !== 0x09 &&
            byte !== 0x0c &&
            byte !== 0x08)
            nonText++;
    }
    return nonText / block.length <= 0.3;
}
/** CRLF → LF within one chunk. */
function dos2unix(chunk) {
    if (chunk.indexOf(0x0d) === -1)
        return chunk;
    const out = Buffer.allocUnsafe(chunk.length);
    let n = 0;
    for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i];
        if (byte === 0x0d && chunk[i + 1] === 0x0a)
            continue;
        out[n++] = byte;
    }
    return out.subarray(0, n);
}
/** An incremental hasher fed with chunks of any size; dos2unix mode re-chunks to DVC's 1 MiB reads. */
class ContentHasher {
    algorithm;
    md5 = (0,_lazy_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeCrypto */ .S)().createHash('md5');
    pending = [];
    pendingBytes = 0;
    text;
    size = 0;
    constructor(algorithm) {
        this.algorithm = algorithm;
    }
    update(chunk) {
        this.size += chunk.length;
        if (this.algorithm === 'md5') {
            this.md5.update(chunk);
            return;
        }
        let rest = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        while (rest.length > 0) {
            const take = Math.min(CHUNK_SIZE - this.pendingBytes, rest.length);
            this.pending.push(Buffer.from(rest.subarray(0, take)));
            this.pendingBytes += take;
            rest = rest.subarray(take);
            if (this.pendingBytes === CHUNK_SIZE)
                this.flush();
        }
    }
    flush() {
        if (this.pendingBytes === 0)
            return;
        const chunk = Buffer.concat(this.pending, this.pendingBytes);
        this.pending = [];
        this.pendingBytes = 0;
        if (this.text === undefined)
            this.text = isTextBlock(chunk.subarray(0, TEXT_PROBE));
        this.md5.update(this.text ? dos2unix(chunk) : chunk);
    }
    digest() {
        if (this.algorithm === 'md5-dos2unix')
            this.flush();
        return this.md5.digest('hex');
    }
}
/** Hash bytes already in memory. */
function hashBytes(data, algorithm = 'md5') {
    const hasher = new ContentHasher(algorithm);
    hasher.update(data);
    return hasher.digest();
}
const READ_SIZE = 4 * CHUNK_SIZE;
/**
 * Stream a file through the hasher with bounded memory (two 4 MiB buffers). The next read runs on the
 * libuv thread pool while this thread hashes the previous chunk, so reading and hashing overlap.
 */
async function hashFile(path, algorithm) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const hasher = new ContentHasher(algorithm);
        const buffers = [Buffer.allocUnsafe(READ_SIZE), Buffer.allocUnsafe(READ_SIZE)];
        let turn = 0;
        let pending = handle.read(buffers[0], 0, READ_SIZE, null);
        for (;;) {
            const { bytesRead, buffer } = await pending;
            if (bytesRead === 0)
                break;
            turn ^= 1;
            pending = handle.read(buffers[turn], 0, READ_SIZE, null);
            hasher.update(buffer.subarray(0, bytesRead));
        }
        return { md5: hasher.digest(), size: hasher.size };
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 7173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ missingFromCache),
/* harmony export */   u: () => (/* binding */ manifestRefs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(459);
/* harmony import */ var _async_limit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9225);
/* harmony import */ var _python_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5262);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6974);






/** Keys (cache-relative) of the refs that are not in the cache directory. */
async function missingFromCache(cacheDir, refs, jobs) {
    const keys = refs.map(_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .objectKey */ .T5);
    const missing = new Set();
    if (keys.length > 1000) {
        // For big directories: one readdir per prefix directory instead of one stat per object.
        const present = new Set();
        const dirs = [...new Set(keys.map((key) => key.slice(0, key.lastIndexOf('/'))))];
        await (0,_async_limit_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .s)(dirs, jobs, async (dir) => {
            try {
                for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheDir, ...dir.split('/'))))
                    present.add(`${dir}/${name}`);
            }
            catch (error) {
                if (error.code !== 'ENOENT')
                    throw error;
            }
        });
        for (const key of keys)
            if (!present.has(key))
                missing.add(key);
        return missing;
    }
    await (0,_async_limit_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .s)(keys, jobs, async (key) => {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheDir, ...key.split('/')));
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
            missing.add(key);
        }
    });
    return missing;
}
/** The objects a directory manifest points at; undefined when the manifest is not in the cache. */
async function manifestRefs(cacheDir, dirRef) {
    const text = await (0,_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifestObject */ .p$)(cacheDir, dirRef);
    if (text === undefined)
        return undefined;
    const entries = (0,_python_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(text);
    if (!entries)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`Cache object for ${dirRef.md5} is not a directory manifest.`);
    return entries.map((entry) => ({ relpath: entry.relpath, ref: { md5: entry.md5, legacy: dirRef.legacy } }));
}


/***/ }),

/***/ 5262:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ manifestText),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   OP: () => (/* binding */ compareCodePoints)
/* harmony export */ });
/* unused harmony exports pythonJsonString, sortManifest */
/**
 * The exact bytes DVC hashes for a directory: Python's `json.dumps(entries, sort_keys=True)` with its
 * defaults (ensure_ascii, ", " and ": " separators). `JSON.stringify` differs (no \u escapes for non-ASCII,
 * no spaces), so the serialiser is written out here.
 */
const SHORT_ESCAPES = {
    0x22: '\\"',
    0x5c: '\\\\',
    0x08: '\\b',
    0x0c: '\\f',
    0x0a: '\\n',
    0x0d: '\\r',
    0x09: '\\t',
};
/** A Python `json.dumps` string literal (ensure_ascii=True). JS strings are UTF-16, so characters above
 * U+FFFF come out as the surrogate pair Python writes. */
function pythonJsonString(text) {
    let out = '"';
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0x20 && unit <= 0x7e && unit !== 0x22 && unit !== 0x5c)
            continue;
        if (i > start)
            out += text.slice(start, i);
        out += SHORT_ESCAPES[unit] ?? `\\u${unit.toString(16).padStart(4, '0')}`;
        start = i + 1;
    }
    return `${out}${text.slice(start)}"`;
}
/**
 * Compare two strings by Unicode code point, as Python sorts `str`. JavaScript's `<` compares UTF-16 code
 * units, which puts astral characters (surrogates D800–DFFF) before U+E000–U+FFFF; shifting the unit
 * values at the first difference restores code-point order without decoding the strings.
 */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        let x = a.charCodeAt(i);
        let y = b.charCodeAt(i);
        if (x === y)
            continue;
        if (x >= 0xd800 && y >= 0xd800) {
            x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
            y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
        }
        return x - y;
    }
    return a.length - b.length;
}
/** Sort manifest entries by relpath in code-point order (in place) and return them. */
function sortManifest(entries) {
    return entries.sort((p, q) => compareCodePoints(p.relpath, q.relpath));
}
/** The `.dir` object text for entries already sorted by code point. */
function manifestText(sorted) {
    const parts = new Array(sorted.length);
    for (let i = 0; i < sorted.length; i++) {
        const e = sorted[i];
        parts[i] = `{"md5": ${pythonJsonString(e.md5)}, "relpath": ${pythonJsonString(e.relpath)}}`;
    }
    return `[${parts.join(', ')}]`;
}
/** Read a `.dir` object back. Only the shape DVC writes is accepted (a list of {md5, relpath}). */
function parseManifest(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(parsed))
        return undefined;
    const out = [];
    for (const item of parsed) {
        if (!item || typeof item !== 'object')
            return undefined;
        const { md5, relpath } = item;
        if (typeof md5 !== 'string' || typeof relpath !== 'string')
            return undefined;
        out.push({ md5, relpath });
    }
    return out;
}


/***/ }),

/***/ 7017:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ nodeCrypto)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);

const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let crypto;
/**
 * node:crypto, loaded on first use. Loading it takes ~5 ms (Node loads every cipher, key and KDF module
 * with it), a tenth of a `data-hash status` that never hashes a byte; the bundler leaves this require to
 * run time (it would hoist a static import to the chunk's start).
 */
function nodeCrypto() {
    crypto ??= load('node:crypto');
    return crypto;
}


/***/ })

};
