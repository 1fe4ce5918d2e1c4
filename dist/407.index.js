export const id = 407;
export const ids = [407];
export const modules = {

/***/ 267:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ parseArgs)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);

/**
 * `--name value`, `--name=value`, and `--flag` alone (= "true", for boolean inputs). Unknown names are
 * reported together, naming what is accepted. A boolean followed by a word takes it as its value (`--flag
 * false`, as action inputs are given), unless `flagsOnly`: then the word is positional (`--fetch churn#prod`).
 */
function parseArgs(argv, known, booleans, options = {}) {
    const values = {};
    const positional = [];
    const unknown = [];
    let help = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h') {
            help = true;
            continue;
        }
        if (arg === '--') {
            positional.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('--')) {
            positional.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
        if (!known.includes(name)) {
            unknown.push(`--${name}`);
            if (eq < 0 && !booleans.has(name) && i + 1 < argv.length && !argv[i + 1].startsWith('--'))
                i++;
            continue;
        }
        let value;
        if (eq >= 0)
            value = arg.slice(eq + 1);
        else if (booleans.has(name) &&
            (options.flagsOnly === true || i + 1 >= argv.length || argv[i + 1].startsWith('--')))
            value = 'true';
        else if (i + 1 < argv.length)
            value = argv[++i];
        else
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Option --${name} needs a value.`);
        values[name] = name in values ? `${values[name]}\n${value}` : value;
    }
    if (unknown.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}. Known: ${known.map((k) => `--${k}`).join(', ')}.`);
    }
    return { values, positional, help };
}


/***/ }),

/***/ 8366:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGitops: () => (/* binding */ runGitops)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6974);
/* harmony import */ var _core_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(146);
/* harmony import */ var _core_gitops_pin_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3027);
/* harmony import */ var _core_async_limit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9225);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(267);







const USAGE = `Usage: mlops gitops pin --image <repo@sha256:…> --files F [--files F2 …] [options]

Writes the image digest into each file, changing only the targeted values' bytes (comments, quoting,
key order, documents, line endings stay). All files are checked first: on any error nothing is written.

Targets, by what a document is:
  workloads (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod, ReplicaSet, Argo Rollout):
      containers[].image / initContainers[].image running the image's repository, or named by --container
  KServe InferenceService: a modelcar storageUri oci://<repo>…, predictor/transformer/explainer containers
  kustomization.yaml (or kind Kustomization / Component, Flux Kustomization spec.images):
      the images: entry whose name or newName is the repository gets digest (and newTag when the image
      has a tag); the entry, and images:, are added when missing
  .argocd-source[-<app>].yaml: kustomize.images entries, helm.parameters named by the keys
  anything else without apiVersion/kind (Helm values): the keys; default image.repository,image.tag
      (the tag becomes <tag>@sha256:…; name a key ending in "digest" to set sha256:… there instead)

Options:
  --image REF         repo@sha256:<64 hex> or repo:tag@sha256:<64 hex> (required)
  --files F           a file to pin (repeat for more; required)
  --container NAME    pin the containers of this name instead of those running the repository
  --keys a.b,c.d      key paths for Helm values (and for documents of other kinds); roles by last
                      segment: …registry, …repository/…repo/name, …tag, …digest, else a whole reference
  --dry-run           report what would change; write nothing

Prints {"image", "changed": [files], "unchanged": [files], "files": [{file, changed, changes}]} as JSON.`;
const KNOWN = ['image', 'files', 'container', 'keys', 'dry-run'];
/** Writes in flight: overlaps the file system's latency (temp file, write, rename) across files. */
const WRITE_CONCURRENCY = 16;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Read with synchronous calls: small files, read one after another, without thread-pool round trips. */
function readManifest(file) {
    try {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file);
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
        if (!info.isFile())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--files: '${file}' is not a file.`, { file });
        const path = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs).isSymbolicLink() ? node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(abs) : abs;
        return { path, identity: `${info.dev}:${info.ino}`, mode: info.mode & 0o777, bytes: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs) };
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            throw error;
        const code = error.code;
        const why = code === 'ENOENT' ? 'no such file' : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--files: cannot read '${file}': ${why}.`, { file });
    }
}
function pinFile(file, image, container, keys) {
    const { path, identity, mode, bytes } = readManifest(file);
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}: not UTF-8 text.`, { file });
    }
    const result = (0,_core_gitops_pin_js__WEBPACK_IMPORTED_MODULE_4__/* .pinManifest */ .T)(text, { file, image, container, keys });
    const out = result.changed ? Buffer.from(result.text, 'utf8') : bytes;
    return { file, path, identity, changed: result.changed, changes: result.changes, bytes: out, mode };
}
async function pin(argv) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseArgs */ .Z)(argv, KNOWN, new Set(['dry-run']));
    if (parsed.help) {
        process.stdout.write(`${USAGE}\n`);
        return 0;
    }
    if (parsed.positional.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Unexpected argument '${parsed.positional[0]}'; give files with --files.`);
    }
    const { values } = parsed;
    if (!values.image)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('--image is required (repo@sha256:<64 hex>).');
    if (!values.files)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('--files is required (repeat it for several files).');
    const image = (0,_core_gitops_pin_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePinImage */ .o)(values.image, 'image');
    const files = [...new Set(values.files.split('\n').filter((f) => f !== ''))];
    const keys = values.keys
        ?.split(/[\n,]/)
        .map((k) => k.trim())
        .filter(Boolean);
    const container = values.container?.trim() || undefined;
    // Everything is read and pinned before anything is written, so one bad file leaves all untouched.
    const results = [];
    const seen = new Map();
    for (const file of files) {
        const pinned = pinFile(file, image, container, keys?.length ? keys : undefined);
        const other = seen.get(pinned.identity);
        if (other !== undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--files: '${other}' and '${file}' are the same file.`);
        seen.set(pinned.identity, file);
        results.push(pinned);
    }
    if (values['dry-run'] !== 'true') {
        const changed = results.filter((r) => r.changed);
        await (0,_core_async_limit_js__WEBPACK_IMPORTED_MODULE_5__/* .mapLimit */ .s)(changed, WRITE_CONCURRENCY, (r) => (0,_core_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(r.path, r.bytes, { mode: r.mode }));
    }
    const report = {
        image: image.reference,
        changed: results.filter((r) => r.changed).map((r) => r.file),
        unchanged: results.filter((r) => !r.changed).map((r) => r.file),
        files: results.map((r) => ({ file: r.file, changed: r.changed, changes: r.changes })),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
}
/** `mlops gitops …` (listed in subcommands.ts). */
async function runGitops(argv) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
    }
    try {
        if (command === 'pin')
            return await pin(rest);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Unknown gitops command '${command}'.\n\n${USAGE}`);
    }
    catch (error) {
        process.stderr.write(`error: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}\n`);
        return 1;
    }
}


/***/ }),

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

/***/ 146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   aV: () => (/* binding */ writeFilesAtomic)
/* harmony export */ });
/* unused harmony export diskFullError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6974);



/**
 * A full disk or quota is the user's to fix, not a bug: a ConfigurationError naming where, instead of
 * "failed unexpectedly: ENOSPC". Other errors come back as they were.
 */
function diskFullError(error, path) {
    const code = error?.code;
    if (code !== 'ENOSPC' && code !== 'EDQUOT')
        return error;
    const what = code === 'ENOSPC' ? 'disk full' : 'disk quota exceeded';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} at ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)} (${code}) while writing ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}; free some space and run again.`, { cause: error });
}
/**
 * A temporary sibling name. The file is created with `wx` (O_EXCL): the write fails rather than follow or
 * clobber anything already there, so the name must be unique, not secret — 48 random bits from
 * Math.random (loading node:crypto for them would add ~5 ms to every start that writes a report), and
 * another name when one is taken.
 */
const tempFor = (path) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${Math.floor(Math.random() * 2 ** 48)
    .toString(16)
    .padStart(12, '0')}.tmp`);
/** Write `file` in full to a new temporary sibling, listed in `temps` (to rename or remove) once it exists. */
async function writeTemp(file, temps) {
    for (let attempt = 1;; attempt++) {
        const temp = tempFor(file.path);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temp, file.data, { mode: file.mode ?? 0o644, flag: 'wx' });
        }
        catch (error) {
            const code = error.code;
            if (code === 'EEXIST' && attempt < 5)
                continue; // someone else's file: not ours to remove
            if (code !== 'EEXIST')
                temps.push(temp); // created, then the write failed (a full disk): remove it
            throw diskFullError(error, file.path);
        }
        temps.push(temp);
        // An explicit mode is kept exactly (creation modes are narrowed by the umask).
        if (file.mode !== undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(temp, file.mode);
        return;
    }
}
/**
 * Write a set of files so that readers see either all the old contents or all the new ones, never a
 * prefix and (short of a failing rename) never a mix: every file is first written in full to a temporary
 * sibling (same directory, so rename stays on one filesystem), and only when all are written are they
 * renamed over. A failure while writing (a full disk) removes the temporaries and leaves the old files.
 */
async function writeFilesAtomic(files) {
    const temps = [];
    try {
        for (const file of files) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file.path), { recursive: true });
            await writeTemp(file, temps);
        }
        for (let i = 0; i < files.length; i++) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temps[i], files[i].path);
            temps[i] = '';
        }
    }
    catch (error) {
        await Promise.all(temps.filter(Boolean).map((temp) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { force: true })));
        throw error;
    }
}
/** One file, written atomically (see writeFilesAtomic). */
async function writeFileAtomic(path, data, options = {}) {
    await writeFilesAtomic([{ path, data, mode: options.mode }]);
}


/***/ }),

/***/ 7246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ TAG_PATTERN),
/* harmony export */   FG: () => (/* binding */ registryScheme),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* unused harmony export formatReference */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Whether the first path component names a registry host (docker's rule). */
function looksLikeHost(part) {
    return part.includes('.') || part.includes(':') || part === 'localhost';
}
/**
 * Parse a reference the way docker does; an uppercase repository is refused with the lowercase spelling
 * suggested (registries reject it with an opaque error otherwise).
 */
function parseImageReference(text, inputName) {
    const value = text.trim();
    let rest = value;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}': '${value}' has an invalid digest (expected sha256:<64 hex>).`);
        }
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_PATTERN.test(tag)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}': '${value}' has an invalid tag '${tag}'.`);
        }
    }
    const parts = rest.split('/');
    let registry = 'docker.io';
    if (parts.length > 1 && looksLikeHost(parts[0]))
        registry = parts.shift().toLowerCase();
    if (registry === 'docker.io' && parts.length === 1)
        parts.unshift('library');
    const repository = parts.join('/');
    if (repository !== repository.toLowerCase()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}': image name '${value}' contains uppercase letters; registries only accept lowercase repository names. Use '${value.replace(repository, repository.toLowerCase())}'.`);
    }
    if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}': '${value}' is not a valid image name (lowercase letters, digits and . _ - separated by /).`);
    }
    return { registry, repository, tag, digest };
}
/** Host the distribution API lives at (Docker Hub's API is not at docker.io). */
function apiHost(registry) {
    return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}
/** Plain HTTP only for loopback registries (docker's default insecure set), HTTPS everywhere else. */
function registryScheme(registry) {
    const host = registry.replace(/:\d+$/, '');
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' ? 'http' : 'https';
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}


/***/ })

};
