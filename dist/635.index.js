export const id = 635;
export const ids = [635];
export const modules = {

/***/ 1304:
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
/* harmony import */ var _content_hash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4948);






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

/***/ 4948:
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

/***/ 8890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vp: () => (/* binding */ parsePointer),
  qT: () => (/* binding */ readPointer),
  Wr: () => (/* binding */ renderPointer)
});

// UNUSED EXPORTS: parsePointerYaml

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/structured/yaml.js
var yaml = __webpack_require__(8382);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/pointer-canonical.js
/**
 * The outs of a `.dvc` pointer in the exact shape DVC (and `add`) writes, read without the YAML library:
 *
 *     outs:
 *     - md5: 1e0215f326fd842fcdaf47016329bd2e.dir
 *       size: 679000
 *       nfiles: 100000
 *       hash: md5
 *       path: data
 *
 * A YAML parse costs ~10 ms of a cold start (most of a `status` of a small directory); this costs
 * microseconds. It answers only when every line is one of those keys with a value whose YAML reading is
 * certain (hex hashes, plain decimal counts, `md5`, `true`/`false`, paths of safe characters that no YAML
 * type claims); anything else — comments, quotes, other keys, blank lines, CRLF — returns undefined and
 * the pointer goes through the YAML parser, which stays the reference (test/core/hashing/pointer-canonical
 * compares both on every shape).
 */
const KEY_LINE = /^(- | {2})(md5|size|nfiles|isexec|hash|path): (.+)$/;
const MD5 = /^[0-9a-f]{32}(\.dir)?$/;
const COUNT = /^(0|[1-9][0-9]{0,14})$/;
/** A plain scalar YAML's core schema reads as this very string: no number, bool or null looks like it. */
const SAFE_PATH = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
const YAML_WORDS = /^(true|false|null)$/i;
function entries(text) {
    if (!text.startsWith('outs:\n') || text.includes('\r'))
        return undefined;
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    const found = [];
    for (let i = 1; i < lines.length; i++) {
        const m = KEY_LINE.exec(lines[i]);
        if (!m)
            return undefined;
        const [, lead, key, value] = m;
        if (lead === '- ')
            found.push({ line: i + 1, values: new Map() });
        const entry = found.at(-1);
        if (!entry || entry.values.has(key))
            return undefined; // a continuation first, or a duplicate key
        entry.values.set(key, value);
    }
    return found.length > 0 ? found : undefined;
}
function out(entry) {
    const { values } = entry;
    const path = values.get('path');
    if (path === undefined || !SAFE_PATH.test(path) || YAML_WORDS.test(path))
        return undefined;
    const md5 = values.get('md5');
    // Hex made only of digits and 'e' would be a YAML number (…e12…): leave those to the parser.
    if (md5 !== undefined && !(MD5.test(md5) && (md5.endsWith('.dir') || /[a-df]/.test(md5))))
        return undefined;
    const counts = [];
    for (const key of ['size', 'nfiles']) {
        const value = values.get(key);
        if (value !== undefined && !COUNT.test(value))
            return undefined;
        counts.push(value === undefined ? undefined : Number(value));
    }
    const isexec = values.get('isexec');
    if (isexec !== undefined && isexec !== 'true' && isexec !== 'false')
        return undefined;
    const hash = values.get('hash');
    if (hash !== undefined && hash !== 'md5')
        return undefined;
    return {
        path,
        md5,
        size: counts[0],
        nfiles: counts[1],
        isexec: isexec === 'true',
        algorithm: hash === 'md5' ? 'md5' : 'md5-dos2unix',
        cache: true,
        line: entry.line,
    };
}
/** The outs, when `text` has exactly the canonical shape; undefined means "ask the YAML parser". */
function canonicalPointerOuts(text) {
    const found = entries(text);
    if (!found)
        return undefined;
    const outs = [];
    for (const entry of found) {
        const parsed = out(entry);
        if (!parsed)
            return undefined;
        outs.push(parsed);
    }
    return outs;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/pointer.js





const OWN_KEYS = ['md5', 'size', 'nfiles', 'isexec', 'hash', 'path'];
const STRINGIFY = { indentSeq: false, singleQuote: true, lineWidth: 0 };
function fail(file, line, what) {
    throw new errors/* ConfigurationError */.j1(`${file}:${line}: ${what}`, { file, line });
}
/** Parse pointer text; a YAML or shape error names the file and line. */
function parsePointer(text, file) {
    const outs = canonicalPointerOuts(text);
    return outs ? { file, text, outs } : parsePointerYaml(text, file);
}
/** parsePointer through the YAML parser, whatever the shape (the reference for the canonical reader). */
function parsePointerYaml(text, file) {
    const { doc, lineOf } = (0,yaml/* parseYaml */.hN)(text, file, { invalid: 'malformed YAML' });
    const outsNode = (0,dist/* isMap */.jh)(doc.contents) ? doc.contents.get('outs', true) : undefined;
    if (!(0,dist/* isSeq */.oP)(outsNode) || outsNode.items.length === 0) {
        fail(file, lineOf(doc.contents?.range?.[0]), "not a DVC pointer: expected a non-empty 'outs:' list");
    }
    const outs = outsNode.items.map((item) => {
        const line = lineOf((0,dist/* isMap */.jh)(item) || (0,dist/* isScalar */.jn)(item) ? item.range?.[0] : undefined);
        if (!(0,dist/* isMap */.jh)(item))
            fail(file, line, "each entry under 'outs:' must be a mapping with a 'path'");
        const value = (key) => item.get(key);
        const path = value('path');
        if (typeof path !== 'string' || path === '')
            fail(file, line, "entry has no 'path'");
        const md5 = value('md5');
        const size = value('size');
        const nfiles = value('nfiles');
        const hash = value('hash');
        if (md5 !== undefined &&
            md5 !== null &&
            (typeof md5 !== 'string' || !/^[0-9a-f]{32}(\.dir)?$/.test(md5))) {
            fail(file, line, `'md5' of '${path}' is not an md5 hash: ${JSON.stringify(md5)}`);
        }
        if (hash !== undefined && hash !== 'md5')
            fail(file, line, `unsupported 'hash: ${JSON.stringify(hash)}' (only md5)`);
        if (size !== undefined && (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)) {
            fail(file, line, `'size' of '${path}' is not a byte count`);
        }
        return {
            path,
            md5: typeof md5 === 'string' ? md5 : undefined,
            size: typeof size === 'number' ? size : undefined,
            nfiles: typeof nfiles === 'number' ? nfiles : undefined,
            isexec: value('isexec') === true,
            algorithm: hash === 'md5' ? 'md5' : 'md5-dos2unix',
            cache: value('cache') !== false,
            line,
        };
    });
    return { file, text, outs };
}
async function readPointer(absPath, file) {
    let text;
    try {
        text = await (0,promises_.readFile)(absPath, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Cannot read pointer '${file}': ${error.message}`, { file });
    }
    return parsePointer(text, file);
}
function fillEntry(target, values, previous) {
    target.set('md5', values.md5);
    target.set('size', values.size);
    if (values.nfiles !== undefined)
        target.set('nfiles', values.nfiles);
    if (values.isexec)
        target.set('isexec', true);
    target.set('hash', 'md5');
    target.set('path', values.path);
    for (const pair of previous?.items ?? []) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
        if (typeof key === 'string' && OWN_KEYS.includes(key))
            continue;
        target.items.push(pair);
    }
}
/**
 * The pointer text after `add`: a new pointer as `dvc add` writes it, or the existing one with this
 * output's hash keys rewritten in DVC's order and every other key (and comment) kept.
 */
function renderPointer(existing, values) {
    if (existing === undefined) {
        const doc = new dist/* Document */.yo({ outs: [{}] });
        const entry = doc.get('outs').items[0];
        fillEntry(entry, values, undefined);
        return doc.toString(STRINGIFY);
    }
    // Text parsePointer has already checked; parsed the same (linear) way.
    const { doc } = (0,yaml/* parseYaml */.hN)(existing, 'the existing pointer');
    const outs = doc.get('outs', true);
    if (!(0,dist/* isSeq */.oP)(outs))
        throw new Error('renderPointer: existing pointer has no outs list (parsePointer checks this)');
    const index = outs.items.findIndex((item) => (0,dist/* isMap */.jh)(item) && item.get('path') === values.path);
    const previous = outs.items[index >= 0 ? index : 0];
    const entry = doc.createNode({});
    fillEntry(entry, values, (0,dist/* isMap */.jh)(previous) ? previous : undefined);
    if ((0,dist/* isMap */.jh)(previous)) {
        entry.commentBefore = previous.commentBefore;
        entry.comment = previous.comment;
    }
    outs.items[index >= 0 ? index : 0] = entry;
    return doc.toString(STRINGIFY);
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


/***/ }),

/***/ 2999:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ NESTED_TOO_DEEP),
/* harmony export */   M1: () => (/* binding */ MAX_NESTING),
/* harmony export */   n6: () => (/* binding */ checkNesting),
/* harmony export */   qF: () => (/* binding */ nestedTooDeep),
/* harmony export */   xE: () => (/* binding */ nestingError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);

/**
 * How deep mappings and lists in a user's file may nest. Real params, metrics and configs stay within a
 * handful of levels; a file nested thousands deep would overflow the stack of the recursive code that
 * reads values (flattening keys, JSON.stringify), which must be reported as the user's mistake instead.
 */
const MAX_NESTING = 100;
const NESTED_TOO_DEEP = `values are nested more than ${MAX_NESTING} levels deep`;
/** `file:line: values are nested more than 100 levels deep.`, the one wording every reader uses. */
function nestingError(file, line) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file}${line === undefined ? '' : `:${line}`}: ${NESTED_TOO_DEEP}.`, {
        file,
        line,
    });
}
/**
 * Does `value` nest objects/arrays deeper than MAX_NESTING? Iterative (an explicit stack), so it is safe
 * on any depth, and it stops at the first level too deep.
 */
function nestedTooDeep(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const stack = [[value, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (depth > MAX_NESTING)
            return true;
        for (const child of Object.values(node)) {
            if (child !== null && typeof child === 'object')
                stack.push([child, depth + 1]);
        }
    }
    return false;
}
/** Throw nestingError(file, line) when `value` nests deeper than MAX_NESTING. */
function checkNesting(value, file, line) {
    if (nestedTooDeep(value))
        throw nestingError(file, line);
}


/***/ }),

/***/ 8382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gM: () => (/* binding */ readYaml),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   t$: () => (/* binding */ yamlValue)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6974);
/* harmony import */ var _nesting_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2999);



const start = (node) => node?.range?.[0];
/** Duplicate keys and nesting depth, walked with an explicit stack (no recursion on hostile depth). */
function checkNodes(doc, file, parsed, invalid) {
    const stack = [[doc.contents, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            if (depth > _nesting_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING */ .M1)
                throw (0,_nesting_js__WEBPACK_IMPORTED_MODULE_2__/* .nestingError */ .xE)(file, parsed.lineOf(start(node)));
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const seen = new Map();
            for (const pair of node.items) {
                const key = pair.key;
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key)) {
                    const name = String(key.value);
                    if (seen.has(name)) {
                        const line = parsed.lineOf(start(key));
                        const first = seen.get(name);
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}:${line}: ${invalid}: the key ${JSON.stringify(name)} appears twice in one mapping${first === undefined ? '' : ` (first on line ${parsed.lineOf(first)})`}.`, { file, line });
                    }
                    seen.set(name, start(key));
                }
                else if (key !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(key))
                    stack.push([key, depth + 1]);
                stack.push([pair.value, depth + 1]);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            for (const item of node.items)
                stack.push([item, depth + 1]);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node)) {
            stack.push([node.key, depth], [node.value, depth]);
        }
    }
}
/** Parse YAML text; syntax errors, duplicate keys and too-deep nesting throw, naming `file` and the line. */
function parseYaml(text, file, options = {}) {
    const invalid = options.invalid ?? 'invalid YAML';
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const parsed = {
        doc,
        lineOf: (offset) => (offset === undefined ? 1 : lineCounter.linePos(offset).line),
    };
    const error = doc.errors[0];
    if (error) {
        const line = parsed.lineOf(error.pos[0]);
        // The library reports its own stack overflow on deeply nested collections this way.
        if (error.code === 'RESOURCE_EXHAUSTION')
            throw (0,_nesting_js__WEBPACK_IMPORTED_MODULE_2__/* .nestingError */ .xE)(file, line);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}:${line}: ${invalid}: ${error.message.split('\n')[0]}`, {
            file,
            line,
        });
    }
    checkNodes(doc, file, parsed, invalid);
    return parsed;
}
/**
 * The plain value of a parsed document. Aliases are expanded here, so this is where an alias bomb is
 * refused (the library stops after 100 alias expansions) and where aliases could rebuild a deep nesting.
 */
function yamlValue(parsed, file) {
    let value;
    try {
        value = parsed.doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        if (error instanceof ReferenceError) {
            const bomb = /resource exhaustion/i.test(error.message);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(bomb
                ? `${file}: YAML aliases (*name) expand into too many values (an alias bomb?); write the values out instead.`
                : `${file}: invalid YAML: ${error.message}`, { file });
        }
        if (error instanceof RangeError)
            throw (0,_nesting_js__WEBPACK_IMPORTED_MODULE_2__/* .nestingError */ .xE)(file);
        throw error;
    }
    (0,_nesting_js__WEBPACK_IMPORTED_MODULE_2__/* .checkNesting */ .n6)(value, file);
    return value;
}
/** parseYaml + yamlValue: a user's YAML file as a plain value. */
function readYaml(text, file, options = {}) {
    return yamlValue(parseYaml(text, file, options), file);
}


/***/ })

};
