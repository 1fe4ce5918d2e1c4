export const id = 294;
export const ids = [294];
export const modules = {

/***/ 6294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildModelImage: () => (/* binding */ buildModelImage),
  buildModelImageSchema: () => (/* binding */ buildModelImageSchema)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/markdown.js
var markdown = __webpack_require__(1659);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/action.js
var action = __webpack_require__(4555);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/config-inputs.js
var config_inputs = __webpack_require__(9485);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/inputs.js
var inputs = __webpack_require__(6696);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/registry-credentials.js
var registry_credentials = __webpack_require__(9593);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/fs/path-policy.js + 1 modules
var path_policy = __webpack_require__(7599);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/commands.js
var commands = __webpack_require__(94);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/command.js

/**
 * `entrypoint`/`cmd` input → argv: a JSON array of strings (exec form), or words separated by spaces.
 * There is no shell form: a model image may have no shell, so nothing is wrapped in `sh -c`.
 */
function parseCommand(text, inputName) {
    if (text === undefined || text.trim() === '')
        return undefined;
    const trimmed = text.trim();
    if (trimmed.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(trimmed);
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`Input '${inputName}' looks like a JSON array but is not valid JSON: ${trimmed}`);
        }
        if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
            throw new errors/* ConfigurationError */.j1(`Input '${inputName}' must be a JSON array of strings, e.g. ["/bin/serve", "--port", "8080"].`);
        }
        return parsed;
    }
    return trimmed.split(/\s+/);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/docker-engine.js

/** Dockerfile string literal: JSON's escaping is what the Dockerfile parser reads in double quotes. */
const quote = (text) => JSON.stringify(text);
function dockerBuildPlan(input) {
    const { settings } = input;
    const stage = input.files.map((file) => ({
        source: file.source,
        contextPath: (0,external_node_path_.join)('model', file.dest.slice(input.imageDir.length + 1)),
    }));
    const lines = [
        '# syntax=docker/dockerfile:1',
        `FROM ${input.baseImage === '' ? 'scratch' : input.baseImage}`,
    ];
    lines.push(`COPY --link model/ /${input.imageDir}/`);
    for (const [key, value] of Object.entries(settings.env))
        lines.push(`ENV ${key}=${quote(value)}`);
    for (const [key, value] of Object.entries(settings.labels))
        lines.push(`LABEL ${quote(key)}=${quote(value)}`);
    if (settings.workdir)
        lines.push(`WORKDIR ${settings.workdir}`);
    if (settings.user)
        lines.push(`USER ${settings.user}`);
    if (settings.entrypoint)
        lines.push(`ENTRYPOINT ${JSON.stringify(settings.entrypoint)}`);
    if (settings.cmd)
        lines.push(`CMD ${JSON.stringify(settings.cmd)}`);
    const dockerfile = `${lines.join('\n')}\n`;
    const args = [
        'buildx',
        'build',
        '--file',
        (0,external_node_path_.join)(input.contextDir, 'Dockerfile'),
        '--platform',
        input.platforms.join(','),
        ...input.refs.flatMap((ref) => ['--tag', ref]),
        '--metadata-file',
        input.metadataFile,
        '--provenance=false',
        ...(input.push ? ['--push'] : []),
        input.contextDir,
    ];
    return { dockerfile, stage, args };
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/media-types.js
var media_types = __webpack_require__(3591);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/model-files.js




/** `/models/x/` → `models/x`; refuses relative, `..` and empty paths. */
function normaliseImageDir(dir, inputName) {
    const trimmed = dir.trim();
    if (!trimmed.startsWith('/')) {
        throw new errors/* ConfigurationError */.j1(`Input '${inputName}': '${dir}' must be an absolute path in the image, e.g. /models/name.`);
    }
    const parts = trimmed.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.includes('..') || parts.length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input '${inputName}': '${dir}' must be a directory below / without '..'.`);
    }
    return parts.join('/');
}
function byUtf8(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Resolve the `model` input items by the path policy (they may be outside the workspace). */
function modelSources(workspace, given) {
    const policy = path_policy/* PathPolicy */.Up.forWorkspace(workspace);
    return given.map((item) => ({ given: item, absolute: policy.resolveInput(item, 'model') }));
}
/**
 * Every regular file of the model inputs with its place under `imageDir`: a file goes to
 * `<imageDir>/<basename>`, a directory's contents to `<imageDir>/…` (like `COPY dir/ /models/x/`).
 * Symbolic links are followed for content as the path policy allows (inside the workspace when met there,
 * never into `.git`); a link back to a directory being walked is a loop and refused. `.git` entries (a
 * model cloned with git) are not model content and are left out.
 */
async function collectModelFiles(sources, imageDir, workspace) {
    const policy = path_policy/* PathPolicy */.Up.forWorkspace(workspace);
    const shown = (path) => (policy.contains(path) ? (0,external_node_path_.relative)(policy.root, path) || '.' : path);
    const files = new Map();
    /** Real directories on the current walk: a symlink back to one of them is a loop. */
    const active = new Set();
    const visitDir = async (absolute, real, dest, given) => {
        if (active.has(real)) {
            throw new errors/* ConfigurationError */.j1(`Input 'model': '${shown(absolute)}' leads back to '${shown(real)}' through a symbolic link: a loop. Remove the link.`);
        }
        active.add(real);
        for (const name of (await (0,promises_.readdir)(absolute)).sort(byUtf8)) {
            if ((0,path_policy/* isGitName */.M$)(name))
                continue;
            await add((0,external_node_path_.join)(absolute, name), dest === '' ? name : `${dest}/${name}`, given);
        }
        active.delete(real);
    };
    const add = async (absolute, dest, given) => {
        let real = absolute;
        if ((await (0,promises_.lstat)(absolute)).isSymbolicLink()) {
            try {
                real = policy.followLink(absolute, shown(absolute));
            }
            catch (error) {
                if (error instanceof errors/* ConfigurationError */.j1)
                    throw new errors/* ConfigurationError */.j1(`Input 'model': ${error.message}`, { cause: error });
                throw error;
            }
        }
        const info = await (0,promises_.stat)(real);
        if (info.isDirectory())
            return visitDir(absolute, await (0,promises_.realpath)(real), dest, given);
        if (!info.isFile())
            return; // sockets, fifos: not model content
        const previous = files.get(dest);
        if (previous) {
            throw new errors/* ConfigurationError */.j1(`Input 'model': two files would land at /${dest} in the image (${previous.source} and ${absolute}); rename one or give a directory.`);
        }
        files.set(dest, { dest, source: absolute, size: info.size, executable: (info.mode & 0o111) !== 0 });
    };
    for (const source of sources) {
        let info;
        try {
            info = await (0,promises_.stat)(source.absolute);
        }
        catch (error) {
            if (error.code === 'ENOENT') {
                throw new errors/* ConfigurationError */.j1(`Input 'model': '${source.given}' does not exist.`);
            }
            throw error;
        }
        if (info.isDirectory()) {
            await visitDir(source.absolute, await (0,promises_.realpath)(source.absolute), imageDir, source.given);
        }
        else {
            const base = source.absolute.split(external_node_path_.sep).pop();
            await add(source.absolute, `${imageDir}/${base}`, source.given);
        }
    }
    if (files.size === 0) {
        throw new errors/* ConfigurationError */.j1(`Input 'model': ${sources.map((s) => `'${s.given}'`).join(', ')} contains no files.`);
    }
    return [...files.values()].sort((a, b) => byUtf8(a.dest, b.dest));
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/base-image.js
var base_image = __webpack_require__(4526);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/blob-store.js
var blob_store = __webpack_require__(2480);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/image-config.js

function mergeEnv(base, extra) {
    const list = Array.isArray(base) ? base.map(String) : [];
    const keys = new Map(list.map((item, i) => [item.split('=')[0], i]));
    for (const [key, value] of Object.entries(extra)) {
        const index = keys.get(key);
        if (index === undefined) {
            keys.set(key, list.length);
            list.push(`${key}=${value}`);
        }
        else
            list[index] = `${key}=${value}`;
    }
    return list;
}
/**
 * The image config: the base's config (unknown fields kept) with our layers' diff_ids and history
 * appended, runtime settings applied, and every time field set to the one fixed build time.
 */
function buildConfig(base, platform, layers, settings, created) {
    const config = { ...(base ?? {}) };
    config.created = created;
    config.architecture = base?.architecture ?? platform.architecture;
    config.os = base?.os ?? platform.os;
    if (!base && platform.variant)
        config.variant = platform.variant;
    const runtime = { ...(base?.config ?? {}) };
    const env = mergeEnv(runtime.Env, settings.env);
    if (env.length > 0)
        runtime.Env = env;
    if (settings.entrypoint) {
        runtime.Entrypoint = settings.entrypoint;
        // Like a Dockerfile ENTRYPOINT: the base's Cmd was meant for the base's entrypoint.
        if (!settings.cmd)
            delete runtime.Cmd;
    }
    if (settings.cmd)
        runtime.Cmd = settings.cmd;
    if (settings.workdir)
        runtime.WorkingDir = settings.workdir;
    if (settings.user)
        runtime.User = settings.user;
    const labels = { ...(runtime.Labels ?? {}), ...settings.labels };
    if (Object.keys(labels).length > 0)
        runtime.Labels = labels;
    config.config = runtime;
    const rootfs = base?.rootfs ?? {};
    config.rootfs = { type: 'layers', diff_ids: [...(rootfs.diff_ids ?? []), ...layers.map((l) => l.diffId)] };
    const history = Array.isArray(base?.history) ? [...base.history] : [];
    layers.forEach((layer, i) => {
        history.push({
            created,
            created_by: `mlops build-model-image: model layer ${i + 1}/${layers.length} (${layer.files} files${layer.gzip ? ', gzip' : ''})`,
        });
    });
    config.history = history;
    return config;
}
/** JSON bytes as pushed; the digest is over exactly these bytes. */
function jsonBytes(value) {
    return new TextEncoder().encode(JSON.stringify(value));
}
function layerDescriptor(family, layer) {
    return { mediaType: (0,media_types/* layerType */.ON)(family, layer.gzip), digest: layer.digest, size: layer.size };
}
function buildManifest(family, config, layers, annotations) {
    const manifest = {
        schemaVersion: 2,
        mediaType: (0,media_types/* manifestType */.Yt)(family),
        config: { mediaType: (0,media_types/* configType */.d3)(family), digest: config.digest, size: config.size },
        layers,
    };
    // Docker v2 schema 2 has no annotations field; OCI manifests carry the org.opencontainers labels too.
    if (family === 'oci' && Object.keys(annotations).length > 0)
        manifest.annotations = annotations;
    return manifest;
}
function buildIndex(family, manifests, annotations) {
    const index = { schemaVersion: 2, mediaType: (0,media_types/* indexType */.xt)(family), manifests };
    if (family === 'oci' && Object.keys(annotations).length > 0)
        index.annotations = annotations;
    return index;
}

// EXTERNAL MODULE: external "module"
var external_module_ = __webpack_require__(3339);
;// CONCATENATED MODULE: ./node_modules/fflate/esm/index.mjs

var esm_require = (0,external_module_.createRequire)('/');
// DEFLATE is a complex format; to read this code, you should probably check the RFC first:
// https://tools.ietf.org/html/rfc1951
// You may also wish to take a look at the guide I made about this program:
// https://gist.github.com/101arrowz/253f31eb5abc3d9275ab943003ffecad
// Some of the following code is similar to that of UZIP.js:
// https://github.com/photopea/UZIP.js
// However, the vast majority of the codebase has diverged from UZIP.js to increase performance and reduce bundle size.
// Sometimes 0 will appear where -1 would be more appropriate. This is because using a uint
// is better for memory in most engines (I *think*).
var _a;
// Mediocre shim
var Worker;
var isMarkedAsUntransferable;
var workerAdd = ";var __w=require('worker_threads');__w.parentPort.on('message',function(m){onmessage({data:m})}),postMessage=function(m,t){__w.parentPort.postMessage(m,t)},close=process.exit;self=global";
try {
    (_a = esm_require('worker_threads'), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable);
}
catch (e) {
}
var wk = Worker ? function (c, _, msg, transfer, cb) {
    var done = false;
    var w = new Worker(c + workerAdd, { eval: true })
        .on('error', function (e) { return cb(e, null); })
        .on('message', function (m) { return cb(null, m); })
        .on('exit', function (c) {
        if (c && !done)
            cb(new Error('exited with code ' + c), null);
    });
    if (isMarkedAsUntransferable)
        transfer = transfer.filter(function (t) { return !isMarkedAsUntransferable(t); });
    w.postMessage(msg, transfer);
    w.terminate = function () {
        done = true;
        return Worker.prototype.terminate.call(w);
    };
    return w;
} : function (_, __, ___, ____, cb) {
    setImmediate(function () { return cb(new Error('async operations unsupported - update to Node 12+ (or Node 10-11 with the --experimental-worker CLI flag)'), null); });
    var NOP = function () { };
    return {
        terminate: NOP,
        postMessage: NOP
    };
};

// aliases for shorter compressed code (most minifers don't do this)
var u8 = Uint8Array, u16 = Uint16Array, i32 = Int32Array;
// fixed length extra bits
var fleb = new u8([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, /* unused */ 0, 0, /* impossible */ 0]);
// fixed distance extra bits
var fdeb = new u8([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, /* unused */ 0, 0]);
// code length index map
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
// get base, reverse index map from extra bits
var freb = function (eb, start) {
    var b = new u16(31);
    for (var i = 0; i < 31; ++i) {
        b[i] = start += 1 << eb[i - 1];
    }
    // numbers here are at max 18 bits
    var r = new i32(b[30]);
    for (var i = 1; i < 30; ++i) {
        for (var j = b[i]; j < b[i + 1]; ++j) {
            r[j] = ((j - b[i]) << 5) | i;
        }
    }
    return { b: b, r: r };
};
var _a = freb(fleb, 2), fl = _a.b, revfl = _a.r;
// we can ignore the fact that the other numbers are wrong; they never happen anyway
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0), fd = _b.b, revfd = _b.r;
// map of value to reverse (assuming 16 bits)
var rev = new u16(32768);
for (var i = 0; i < 32768; ++i) {
    // reverse table algorithm from SO
    var x = ((i & 0xAAAA) >> 1) | ((i & 0x5555) << 1);
    x = ((x & 0xCCCC) >> 2) | ((x & 0x3333) << 2);
    x = ((x & 0xF0F0) >> 4) | ((x & 0x0F0F) << 4);
    rev[i] = (((x & 0xFF00) >> 8) | ((x & 0x00FF) << 8)) >> 1;
}
// create huffman tree from u8 "map": index -> code length for code index
// mb (max bits) must be at most 15
// TODO: optimize/split up?
var hMap = (function (cd, mb, r) {
    var s = cd.length;
    // index
    var i = 0;
    // u16 "map": index -> # of codes with bit length = index
    var l = new u16(mb);
    // length of cd must be 288 (total # of codes)
    for (; i < s; ++i) {
        if (cd[i])
            ++l[cd[i] - 1];
    }
    // u16 "map": index -> minimum code for bit length = index
    var le = new u16(mb);
    for (i = 1; i < mb; ++i) {
        le[i] = (le[i - 1] + l[i - 1]) << 1;
    }
    var co;
    if (r) {
        // u16 "map": index -> number of actual bits, symbol for code
        co = new u16(1 << mb);
        // bits to remove for reverser
        var rvb = 15 - mb;
        for (i = 0; i < s; ++i) {
            // ignore 0 lengths
            if (cd[i]) {
                // num encoding both symbol and bits read
                var sv = (i << 4) | cd[i];
                // free bits
                var r_1 = mb - cd[i];
                // start value
                var v = le[cd[i] - 1]++ << r_1;
                // m is end value
                for (var m = v | ((1 << r_1) - 1); v <= m; ++v) {
                    // every 16 bit value starting with the code yields the same result
                    co[rev[v] >> rvb] = sv;
                }
            }
        }
    }
    else {
        co = new u16(s);
        for (i = 0; i < s; ++i) {
            if (cd[i]) {
                co[i] = rev[le[cd[i] - 1]++] >> (15 - cd[i]);
            }
        }
    }
    return co;
});
// fixed length tree
var flt = new u8(288);
for (var i = 0; i < 144; ++i)
    flt[i] = 8;
for (var i = 144; i < 256; ++i)
    flt[i] = 9;
for (var i = 256; i < 280; ++i)
    flt[i] = 7;
for (var i = 280; i < 288; ++i)
    flt[i] = 8;
// fixed distance tree
var fdt = new u8(32);
for (var i = 0; i < 32; ++i)
    fdt[i] = 5;
// fixed length map
var flm = /*#__PURE__*/ hMap(flt, 9, 0), flrm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(flt, 9, 1)));
// fixed distance map
var fdm = /*#__PURE__*/ hMap(fdt, 5, 0), fdrm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(fdt, 5, 1)));
// find max of array
var max = function (a) {
    var m = a[0];
    for (var i = 1; i < a.length; ++i) {
        if (a[i] > m)
            m = a[i];
    }
    return m;
};
// read d, starting at bit p and mask with m
var bits = function (d, p, m) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8)) >> (p & 7)) & m;
};
// read d, starting at bit p continuing for at least 16 bits
var bits16 = function (d, p) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8) | (d[o + 2] << 16)) >> (p & 7));
};
// get end of byte
var shft = function (p) { return ((p + 7) / 8) | 0; };
// typed array slice - allows garbage collector to free original reference,
// while being more compatible than .slice
var slc = function (v, s, e) {
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    // can't use .constructor in case user-supplied
    return new u8(v.subarray(s, e));
};
/**
 * Codes for errors generated within this library
 */
var FlateErrorCode = {
    UnexpectedEOF: 0,
    InvalidBlockType: 1,
    InvalidLengthLiteral: 2,
    InvalidDistance: 3,
    StreamFinished: 4,
    NoStreamHandler: 5,
    InvalidHeader: 6,
    NoCallback: 7,
    InvalidUTF8: 8,
    ExtraFieldTooLong: 9,
    InvalidDate: 10,
    FilenameTooLong: 11,
    StreamFinishing: 12,
    InvalidZipData: 13,
    UnknownCompressionMethod: 14
};
// error codes
var ec = [
    'unexpected EOF',
    'invalid block type',
    'invalid length/literal',
    'invalid distance',
    'stream finished',
    'no stream handler',
    , // determined by compression function
    'no callback',
    'invalid UTF-8 data',
    'extra field too long',
    'date not in range 1980-2099',
    'filename too long',
    'stream finishing',
    'invalid zip data'
    // determined by unknown compression method
];
;
var err = function (ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
    if (!nt)
        throw e;
    return e;
};
// expands raw DEFLATE data
var inflt = function (dat, st, buf, dict) {
    // source length       dict length
    var sl = dat.length, dl = dict ? dict.length : 0;
    if (!sl || st.f && !st.l)
        return buf || new u8(0);
    var noBuf = !buf;
    // have to estimate size
    var resize = noBuf || st.i != 2;
    // no state
    var noSt = st.i;
    // Assumes roughly 33% compression ratio average
    if (noBuf)
        buf = new u8(sl * 3);
    // ensure buffer can fit at least l elements
    var cbuf = function (l) {
        var bl = buf.length;
        // need to increase size to fit
        if (l > bl) {
            // Double or set to necessary, whichever is greater
            var nbuf = new u8(Math.max(bl * 2, l));
            nbuf.set(buf);
            buf = nbuf;
        }
    };
    //  last chunk         bitpos           bytes
    var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
    // total bits
    var tbts = sl * 8;
    do {
        if (!lm) {
            // BFINAL - this is only 1 when last chunk is next
            final = bits(dat, pos, 1);
            // type: 0 = no compression, 1 = fixed huffman, 2 = dynamic huffman
            var type = bits(dat, pos + 1, 3);
            pos += 3;
            if (!type) {
                // go to end of byte boundary
                var s = shft(pos) + 4, l = dat[s - 4] | (dat[s - 3] << 8), t = s + l;
                if (t > sl) {
                    if (noSt)
                        err(0);
                    break;
                }
                // ensure size
                if (resize)
                    cbuf(bt + l);
                // Copy over uncompressed data
                buf.set(dat.subarray(s, t), bt);
                // Get new bitpos, update byte count
                st.b = bt += l, st.p = pos = t * 8, st.f = final;
                continue;
            }
            else if (type == 1)
                lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
            else if (type == 2) {
                //  literal                            lengths
                var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
                var tl = hLit + bits(dat, pos + 5, 31) + 1;
                pos += 14;
                // length+distance tree
                var ldt = new u8(tl);
                // code length tree
                var clt = new u8(19);
                for (var i = 0; i < hcLen; ++i) {
                    // use index map to get real code
                    clt[clim[i]] = bits(dat, pos + i * 3, 7);
                }
                pos += hcLen * 3;
                // code lengths bits
                var clb = max(clt), clbmsk = (1 << clb) - 1;
                // code lengths map
                var clm = hMap(clt, clb, 1);
                for (var i = 0; i < tl;) {
                    var r = clm[bits(dat, pos, clbmsk)];
                    // bits read
                    pos += r & 15;
                    // symbol
                    var s = r >> 4;
                    // code length to copy
                    if (s < 16) {
                        ldt[i++] = s;
                    }
                    else {
                        //  copy   count
                        var c = 0, n = 0;
                        if (s == 16)
                            n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
                        else if (s == 17)
                            n = 3 + bits(dat, pos, 7), pos += 3;
                        else if (s == 18)
                            n = 11 + bits(dat, pos, 127), pos += 7;
                        while (n--)
                            ldt[i++] = c;
                    }
                }
                //    length tree                 distance tree
                var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
                // max length bits
                lbt = max(lt);
                // max dist bits
                dbt = max(dt);
                lm = hMap(lt, lbt, 1);
                dm = hMap(dt, dbt, 1);
            }
            else
                err(1);
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
        }
        // Make sure the buffer can hold this + the largest possible addition
        // Maximum chunk size (practically, theoretically infinite) is 2^17
        if (resize)
            cbuf(bt + 131072);
        var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
        var lpos = pos;
        for (;; lpos = pos) {
            // bits read, code
            var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
            pos += c & 15;
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
            if (!c)
                err(2);
            if (sym < 256)
                buf[bt++] = sym;
            else if (sym == 256) {
                lpos = pos, lm = null;
                break;
            }
            else {
                var add = sym - 254;
                // no extra bits needed if less
                if (sym > 264) {
                    // index
                    var i = sym - 257, b = fleb[i];
                    add = bits(dat, pos, (1 << b) - 1) + fl[i];
                    pos += b;
                }
                // dist
                var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
                if (!d)
                    err(3);
                pos += d & 15;
                var dt = fd[dsym];
                if (dsym > 3) {
                    var b = fdeb[dsym];
                    dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
                }
                if (pos > tbts) {
                    if (noSt)
                        err(0);
                    break;
                }
                if (resize)
                    cbuf(bt + 131072);
                var end = bt + add;
                if (bt < dt) {
                    var shift = dl - dt, dend = Math.min(dt, end);
                    if (shift + bt < 0)
                        err(3);
                    for (; bt < dend; ++bt)
                        buf[bt] = dict[shift + bt];
                }
                for (; bt < end; ++bt)
                    buf[bt] = buf[bt - dt];
            }
        }
        st.l = lm, st.p = lpos, st.b = bt, st.f = final;
        if (lm)
            final = 1, st.m = lbt, st.d = dm, st.n = dbt;
    } while (!final);
    // don't reallocate for streams or user buffers
    return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
// starting at p, write the minimum number of bits that can hold v to d
var wbits = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
};
// starting at p, write the minimum number of bits (>8) that can hold v to d
var wbits16 = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
    d[o + 2] |= v >> 16;
};
// creates code lengths from a frequency table
var hTree = function (d, mb) {
    // Need extra info to make a tree
    var t = [];
    for (var i = 0; i < d.length; ++i) {
        if (d[i])
            t.push({ s: i, f: d[i] });
    }
    var s = t.length;
    var t2 = t.slice();
    if (!s)
        return { t: et, l: 0 };
    if (s == 1) {
        var v = new u8(t[0].s + 1);
        v[t[0].s] = 1;
        return { t: v, l: 1 };
    }
    t.sort(function (a, b) { return a.f - b.f; });
    // after i2 reaches last ind, will be stopped
    // freq must be greater than largest possible number of symbols
    t.push({ s: -1, f: 25001 });
    var l = t[0], r = t[1], i0 = 0, i1 = 1, i2 = 2;
    t[0] = { s: -1, f: l.f + r.f, l: l, r: r };
    // efficient algorithm from UZIP.js
    // i0 is lookbehind, i2 is lookahead - after processing two low-freq
    // symbols that combined have high freq, will start processing i2 (high-freq,
    // non-composite) symbols instead
    // see https://reddit.com/r/photopea/comments/ikekht/uzipjs_questions/
    while (i1 != s - 1) {
        l = t[t[i0].f < t[i2].f ? i0++ : i2++];
        r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
        t[i1++] = { s: -1, f: l.f + r.f, l: l, r: r };
    }
    var maxSym = t2[0].s;
    for (var i = 1; i < s; ++i) {
        if (t2[i].s > maxSym)
            maxSym = t2[i].s;
    }
    // code lengths
    var tr = new u16(maxSym + 1);
    // max bits in tree
    var mbt = ln(t[i1 - 1], tr, 0);
    if (mbt > mb) {
        // more algorithms from UZIP.js
        // TODO: find out how this code works (debt)
        //  ind    debt
        var i = 0, dt = 0;
        //    left            cost
        var lft = mbt - mb, cst = 1 << lft;
        t2.sort(function (a, b) { return tr[b.s] - tr[a.s] || a.f - b.f; });
        for (; i < s; ++i) {
            var i2_1 = t2[i].s;
            if (tr[i2_1] > mb) {
                dt += cst - (1 << (mbt - tr[i2_1]));
                tr[i2_1] = mb;
            }
            else
                break;
        }
        dt >>= lft;
        while (dt > 0) {
            var i2_2 = t2[i].s;
            if (tr[i2_2] < mb)
                dt -= 1 << (mb - tr[i2_2]++ - 1);
            else
                ++i;
        }
        for (; i >= 0 && dt; --i) {
            var i2_3 = t2[i].s;
            if (tr[i2_3] == mb) {
                --tr[i2_3];
                ++dt;
            }
        }
        mbt = mb;
    }
    return { t: new u8(tr), l: mbt };
};
// get the max length and assign length codes
var ln = function (n, l, d) {
    return n.s == -1
        ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1))
        : (l[n.s] = d);
};
// length codes generation
var lc = function (c) {
    var s = c.length;
    // Note that the semicolon was intentional
    while (s && !c[--s])
        ;
    var cl = new u16(++s);
    //  ind      num         streak
    var cli = 0, cln = c[0], cls = 1;
    var w = function (v) { cl[cli++] = v; };
    for (var i = 1; i <= s; ++i) {
        if (c[i] == cln && i != s)
            ++cls;
        else {
            if (!cln && cls > 2) {
                for (; cls > 138; cls -= 138)
                    w(32754);
                if (cls > 2) {
                    w(cls > 10 ? ((cls - 11) << 5) | 28690 : ((cls - 3) << 5) | 12305);
                    cls = 0;
                }
            }
            else if (cls > 3) {
                w(cln), --cls;
                for (; cls > 6; cls -= 6)
                    w(8304);
                if (cls > 2)
                    w(((cls - 3) << 5) | 8208), cls = 0;
            }
            while (cls--)
                w(cln);
            cls = 1;
            cln = c[i];
        }
    }
    return { c: cl.subarray(0, cli), n: s };
};
// calculate the length of output from tree, code lengths
var clen = function (cf, cl) {
    var l = 0;
    for (var i = 0; i < cl.length; ++i)
        l += cf[i] * cl[i];
    return l;
};
// writes a fixed block
// returns the new bit pos
var wfblk = function (out, pos, dat) {
    // no need to write 00 as type: TypedArray defaults to 0
    var s = dat.length;
    var o = shft(pos + 2);
    out[o] = s & 255;
    out[o + 1] = s >> 8;
    out[o + 2] = out[o] ^ 255;
    out[o + 3] = out[o + 1] ^ 255;
    for (var i = 0; i < s; ++i)
        out[o + i + 4] = dat[i];
    return (o + 4 + s) * 8;
};
// writes a block
var wblk = function (dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
    wbits(out, p++, final);
    ++lf[256];
    var _a = hTree(lf, 15), dlt = _a.t, mlb = _a.l;
    var _b = hTree(df, 15), ddt = _b.t, mdb = _b.l;
    var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
    var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
    var lcfreq = new u16(19);
    for (var i = 0; i < lclt.length; ++i)
        ++lcfreq[lclt[i] & 31];
    for (var i = 0; i < lcdt.length; ++i)
        ++lcfreq[lcdt[i] & 31];
    var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
    var nlcc = 19;
    for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
        ;
    var flen = (bl + 5) << 3;
    var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
    var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
    if (bs >= 0 && flen <= ftlen && flen <= dtlen)
        return wfblk(out, p, dat.subarray(bs, bs + bl));
    var lm, ll, dm, dl;
    wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
    if (dtlen < ftlen) {
        lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
        var llm = hMap(lct, mlcb, 0);
        wbits(out, p, nlc - 257);
        wbits(out, p + 5, ndc - 1);
        wbits(out, p + 10, nlcc - 4);
        p += 14;
        for (var i = 0; i < nlcc; ++i)
            wbits(out, p + 3 * i, lct[clim[i]]);
        p += 3 * nlcc;
        var lcts = [lclt, lcdt];
        for (var it = 0; it < 2; ++it) {
            var clct = lcts[it];
            for (var i = 0; i < clct.length; ++i) {
                var len = clct[i] & 31;
                wbits(out, p, llm[len]), p += lct[len];
                if (len > 15)
                    wbits(out, p, (clct[i] >> 5) & 127), p += clct[i] >> 12;
            }
        }
    }
    else {
        lm = flm, ll = flt, dm = fdm, dl = fdt;
    }
    for (var i = 0; i < li; ++i) {
        var sym = syms[i];
        if (sym > 255) {
            var len = (sym >> 18) & 31;
            wbits16(out, p, lm[len + 257]), p += ll[len + 257];
            if (len > 7)
                wbits(out, p, (sym >> 23) & 31), p += fleb[len];
            var dst = sym & 31;
            wbits16(out, p, dm[dst]), p += dl[dst];
            if (dst > 3)
                wbits16(out, p, (sym >> 5) & 8191), p += fdeb[dst];
        }
        else {
            wbits16(out, p, lm[sym]), p += ll[sym];
        }
    }
    wbits16(out, p, lm[256]);
    return p + ll[256];
};
// deflate options (nice << 13) | chain
var deo = /*#__PURE__*/ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
// empty
var et = /*#__PURE__*/ new u8(0);
// compresses data into a raw DEFLATE buffer
var dflt = function (dat, lvl, plvl, pre, post, st) {
    var s = st.z || dat.length;
    var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7000)) + post);
    // writing to this writes to the output buffer
    var w = o.subarray(pre, o.length - post);
    var lst = st.l;
    var pos = (st.r || 0) & 7;
    if (lvl) {
        if (pos)
            w[0] = st.r >> 3;
        var opt = deo[lvl - 1];
        var n = opt >> 13, c = opt & 8191;
        var msk_1 = (1 << plvl) - 1;
        //    prev 2-byte val map    curr 2-byte val map
        var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
        var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
        var hsh = function (i) { return (dat[i] ^ (dat[i + 1] << bs1_1) ^ (dat[i + 2] << bs2_1)) & msk_1; };
        // 24576 is an arbitrary number of maximum symbols per block
        // 424 buffer for last block
        var syms = new i32(25000);
        // length/literal freq   distance freq
        var lf = new u16(288), df = new u16(32);
        //  l/lcnt  exbits  index          l/lind  waitdx          blkpos
        var lc_1 = 0, eb = 0, i = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
        for (; i + 2 < s; ++i) {
            // hash value
            var hv = hsh(i);
            // index mod 32768    previous index mod
            var imod = i & 32767, pimod = head[hv];
            prev[imod] = pimod;
            head[hv] = imod;
            // We always should modify head and prev, but only add symbols if
            // this data is not yet processed ("wait" for wait index)
            if (wi <= i) {
                // bytes remaining
                var rem = s - i;
                if ((lc_1 > 7000 || li > 24576) && (rem > 423 || !lst)) {
                    pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos);
                    li = lc_1 = eb = 0, bs = i;
                    for (var j = 0; j < 286; ++j)
                        lf[j] = 0;
                    for (var j = 0; j < 30; ++j)
                        df[j] = 0;
                }
                //  len    dist   chain
                var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
                if (rem > 2 && hv == hsh(i - dif)) {
                    var maxn = Math.min(n, rem) - 1;
                    var maxd = Math.min(32767, i);
                    // max possible length
                    // not capped at dif because decompressors implement "rolling" index population
                    var ml = Math.min(258, rem);
                    while (dif <= maxd && --ch_1 && imod != pimod) {
                        if (dat[i + l] == dat[i + l - dif]) {
                            var nl = 0;
                            for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl)
                                ;
                            if (nl > l) {
                                l = nl, d = dif;
                                // break out early when we reach "nice" (we are satisfied enough)
                                if (nl > maxn)
                                    break;
                                // now, find the rarest 2-byte sequence within this
                                // length of literals and search for that instead.
                                // Much faster than just using the start
                                var mmd = Math.min(dif, nl - 2);
                                var md = 0;
                                for (var j = 0; j < mmd; ++j) {
                                    var ti = i - dif + j & 32767;
                                    var pti = prev[ti];
                                    var cd = ti - pti & 32767;
                                    if (cd > md)
                                        md = cd, pimod = ti;
                                }
                            }
                        }
                        // check the previous match
                        imod = pimod, pimod = prev[imod];
                        dif += imod - pimod & 32767;
                    }
                }
                // d will be nonzero only when a match was found
                if (d) {
                    // store both dist and len data in one int32
                    // Make sure this is recognized as a len/dist with 28th bit (2^28)
                    syms[li++] = 268435456 | (revfl[l] << 18) | revfd[d];
                    var lin = revfl[l] & 31, din = revfd[d] & 31;
                    eb += fleb[lin] + fdeb[din];
                    ++lf[257 + lin];
                    ++df[din];
                    wi = i + l;
                    ++lc_1;
                }
                else {
                    syms[li++] = dat[i];
                    ++lf[dat[i]];
                }
            }
        }
        for (i = Math.max(i, wi); i < s; ++i) {
            syms[li++] = dat[i];
            ++lf[dat[i]];
        }
        pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i - bs, pos);
        if (!lst) {
            st.r = (pos & 7) | w[(pos / 8) | 0] << 3;
            // shft(pos) now 1 less if pos & 7 != 0
            pos -= 7;
            st.h = head, st.p = prev, st.i = i, st.w = wi;
        }
    }
    else {
        for (var i = st.w || 0; i < s + lst; i += 65535) {
            // end
            var e = i + 65535;
            if (e >= s) {
                // write final block
                w[(pos / 8) | 0] = lst;
                e = s;
            }
            pos = wfblk(w, pos + 1, dat.subarray(i, e));
        }
        st.i = s;
    }
    return slc(o, 0, pre + shft(pos) + post);
};
// CRC32 table
var crct = /*#__PURE__*/ (function () {
    var t = new Int32Array(256);
    for (var i = 0; i < 256; ++i) {
        var c = i, k = 9;
        while (--k)
            c = ((c & 1) && -306674912) ^ (c >>> 1);
        t[i] = c;
    }
    return t;
})();
// CRC32
var crc = function () {
    var c = -1;
    return {
        p: function (d) {
            // closures have awful performance
            var cr = c;
            for (var i = 0; i < d.length; ++i)
                cr = crct[(cr & 255) ^ d[i]] ^ (cr >>> 8);
            c = cr;
        },
        d: function () { return ~c; }
    };
};
// Adler32
var adler = function () {
    var a = 1, b = 0;
    return {
        p: function (d) {
            // closures have awful performance
            var n = a, m = b;
            var l = d.length | 0;
            for (var i = 0; i != l;) {
                var e = Math.min(i + 2655, l);
                for (; i < e; ++i)
                    m += n += d[i];
                n = (n & 65535) + 15 * (n >> 16), m = (m & 65535) + 15 * (m >> 16);
            }
            a = n, b = m;
        },
        d: function () {
            a %= 65521, b %= 65521;
            return (a & 255) << 24 | (a & 0xFF00) << 8 | (b & 255) << 8 | (b >> 8);
        }
    };
};
;
// deflate with opts
var dopt = function (dat, opt, pre, post, st) {
    if (!st) {
        st = { l: 1 };
        if (opt.dictionary) {
            var dict = opt.dictionary.subarray(-32768);
            var newDat = new u8(dict.length + dat.length);
            newDat.set(dict);
            newDat.set(dat, dict.length);
            dat = newDat;
            st.w = dict.length;
        }
    }
    return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? (st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20) : (12 + opt.mem), pre, post, st);
};
// Walmart object spread
var mrg = function (a, b) {
    var o = {};
    for (var k in a)
        o[k] = a[k];
    for (var k in b)
        o[k] = b[k];
    return o;
};
// worker clone
// This is possibly the craziest part of the entire codebase, despite how simple it may seem.
// The only parameter to this function is a closure that returns an array of variables outside of the function scope.
// We're going to try to figure out the variable names used in the closure as strings because that is crucial for workerization.
// We will return an object mapping of true variable name to value (basically, the current scope as a JS object).
// The reason we can't just use the original variable names is minifiers mangling the toplevel scope.
// This took me three weeks to figure out how to do.
var wcln = function (fn, fnStr, td) {
    var dt = fn();
    var st = fn.toString();
    var ks = st.slice(st.indexOf('[') + 1, st.lastIndexOf(']')).replace(/\s+/g, '').split(',');
    for (var i = 0; i < dt.length; ++i) {
        var v = dt[i], k = ks[i];
        if (typeof v == 'function') {
            fnStr += ';' + k + '=';
            var st_1 = v.toString();
            if (v.prototype) {
                // for global objects
                if (st_1.indexOf('[native code]') != -1) {
                    var spInd = st_1.indexOf(' ', 8) + 1;
                    fnStr += st_1.slice(spInd, st_1.indexOf('(', spInd));
                }
                else {
                    fnStr += st_1;
                    for (var t in v.prototype)
                        fnStr += ';' + k + '.prototype.' + t + '=' + v.prototype[t].toString();
                }
            }
            else
                fnStr += st_1;
        }
        else
            td[k] = v;
    }
    return fnStr;
};
var ch = [];
// clone bufs
var cbfs = function (v) {
    var tl = [];
    for (var k in v) {
        if (v[k].buffer) {
            tl.push((v[k] = new v[k].constructor(v[k])).buffer);
        }
    }
    return tl;
};
// use a worker to execute code
var wrkr = function (fns, init, id, cb) {
    if (!ch[id]) {
        var fnStr = '', td_1 = {}, m = fns.length - 1;
        for (var i = 0; i < m; ++i)
            fnStr = wcln(fns[i], fnStr, td_1);
        ch[id] = { c: wcln(fns[m], fnStr, td_1), e: td_1 };
    }
    var td = mrg({}, ch[id].e);
    return wk(ch[id].c + ';onmessage=function(e){for(var k in e.data)self[k]=e.data[k];onmessage=' + init.toString() + '}', id, td, cbfs(td), cb);
};
// base async inflate fn
var bInflt = function () { return [u8, u16, i32, fleb, fdeb, clim, fl, fd, flrm, fdrm, rev, ec, hMap, max, bits, bits16, shft, slc, err, inflt, inflateSync, pbf, gopt]; };
var bDflt = function () { return [u8, u16, i32, fleb, fdeb, clim, revfl, revfd, flm, flt, fdm, fdt, rev, deo, et, hMap, wbits, wbits16, hTree, ln, lc, clen, wfblk, wblk, shft, slc, dflt, dopt, deflateSync, pbf]; };
// gzip extra
var gze = function () { return [gzh, gzhl, wbytes, crc, crct]; };
// gunzip extra
var guze = function () { return [gzs, gzl]; };
// zlib extra
var zle = function () { return [zlh, wbytes, adler]; };
// unzlib extra
var zule = function () { return [zls]; };
// post buf
var pbf = function (msg) { return postMessage(msg, [msg.buffer]); };
// get opts
var gopt = function (o) { return o && {
    out: o.size && new u8(o.size),
    dictionary: o.dictionary
}; };
// async helper
var cbify = function (dat, opts, fns, init, id, cb) {
    var w = wrkr(fns, init, id, function (err, dat) {
        w.terminate();
        cb(err, dat);
    });
    w.postMessage([dat, opts], opts.consume ? [dat.buffer] : []);
    return function () { w.terminate(); };
};
// auto stream
var astrm = function (strm) {
    strm.ondata = function (dat, final) { return postMessage([dat, final], [dat.buffer]); };
    return function (ev) {
        if (ev.data[0]) {
            strm.push(ev.data[0], ev.data[1]);
            postMessage([ev.data[0].length]);
        }
        else
            strm.flush(ev.data[1]);
    };
};
// async stream attach
var astrmify = function (fns, strm, opts, init, id, flush, ext) {
    var t;
    var w = wrkr(fns, init, id, function (err, dat) {
        if (err)
            w.terminate(), strm.ondata.call(strm, err);
        else if (!Array.isArray(dat))
            ext(dat);
        else if (dat.length == 1) {
            strm.queuedSize -= dat[0];
            if (strm.ondrain)
                strm.ondrain(dat[0]);
        }
        else {
            if (dat[1])
                w.terminate();
            strm.ondata.call(strm, err, dat[0], dat[1]);
        }
    });
    w.postMessage(opts);
    strm.queuedSize = 0;
    strm.push = function (d, f) {
        if (!strm.ondata)
            err(5);
        if (t)
            strm.ondata(err(4, 0, 1), null, !!f);
        strm.queuedSize += d.length;
        // can fail for cross-realm Uint8Array, but ok - only a small performance penalty
        w.postMessage([d, t = f], d.buffer instanceof ArrayBuffer ? [d.buffer] : []);
    };
    strm.terminate = function () { w.terminate(); };
    if (flush) {
        strm.flush = function (sync) { w.postMessage([0, sync]); };
    }
};
// read 2 bytes
var b2 = function (d, b) { return d[b] | (d[b + 1] << 8); };
// read 4 bytes
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
// read 8 bytes
var b8 = function (d, b) { return b4(d, b) + (b4(d, b + 4) * 4294967296); };
// write bytes
var wbytes = function (d, b, v) {
    for (; v; ++b)
        d[b] = v, v >>>= 8;
};
// gzip header
var gzh = function (c, o) {
    var fn = o.filename;
    c[0] = 31, c[1] = 139, c[2] = 8, c[8] = o.level < 2 ? 4 : o.level == 9 ? 2 : 0, c[9] = 3; // assume Unix
    if (o.mtime != 0)
        wbytes(c, 4, Math.floor(new Date(o.mtime || Date.now()) / 1000));
    if (fn) {
        c[3] = 8;
        for (var i = 0; i <= fn.length; ++i)
            c[i + 10] = fn.charCodeAt(i);
    }
};
// gzip footer: -8 to -4 = CRC, -4 to -0 is length
// gzip start
var gzs = function (d) {
    if (d[0] != 31 || d[1] != 139 || d[2] != 8)
        err(6, 'invalid gzip data');
    var flg = d[3];
    var st = 10;
    if (flg & 4)
        st += (d[10] | d[11] << 8) + 2;
    for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d[st++])
        ;
    return st + (flg & 2);
};
// gzip length
var gzl = function (d) {
    var l = d.length;
    return (d[l - 4] | d[l - 3] << 8 | d[l - 2] << 16 | d[l - 1] << 24) >>> 0;
};
// gzip header length
var gzhl = function (o) { return 10 + (o.filename ? o.filename.length + 1 : 0); };
// zlib header
var zlh = function (c, o) {
    var lv = o.level, fl = lv == 0 ? 0 : lv < 6 ? 1 : lv == 9 ? 3 : 2;
    c[0] = 120, c[1] = (fl << 6) | (o.dictionary && 32);
    c[1] |= 31 - ((c[0] << 8) | c[1]) % 31;
    if (o.dictionary) {
        var h = adler();
        h.p(o.dictionary);
        wbytes(c, 2, h.d());
    }
};
// zlib start
var zls = function (d, dict) {
    if ((d[0] & 15) != 8 || (d[0] >> 4) > 7 || ((d[0] << 8 | d[1]) % 31))
        err(6, 'invalid zlib data');
    if ((d[1] >> 5 & 1) == +!dict)
        err(6, 'invalid zlib data: ' + (d[1] & 32 ? 'need' : 'unexpected') + ' dictionary');
    return (d[1] >> 3 & 4) + 2;
};
function StrmOpt(opts, cb) {
    if (typeof opts == 'function')
        cb = opts, opts = {};
    this.ondata = cb;
    return opts;
}
/**
 * Streaming DEFLATE compression
 */
var Deflate = /*#__PURE__*/ (function () {
    function Deflate(opts, cb) {
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        this.o = opts || {};
        this.s = { l: 0, i: 32768, w: 32768, z: 32768 };
        // Buffer length must always be 0 mod 32768 for index calculations to be correct when modifying head and prev
        // 98304 = 32768 (lookback) + 65536 (common chunk size)
        this.b = new u8(98304);
        if (this.o.dictionary) {
            var dict = this.o.dictionary.subarray(-32768);
            this.b.set(dict, 32768 - dict.length);
            this.s.i = 32768 - dict.length;
        }
    }
    Deflate.prototype.p = function (c, f) {
        this.ondata(dopt(c, this.o, 0, 0, this.s), f);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Deflate.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        var endLen = chunk.length + this.s.z;
        if (endLen > this.b.length) {
            if (endLen > 2 * this.b.length - 32768) {
                var newBuf = new u8(endLen & -32768);
                newBuf.set(this.b.subarray(0, this.s.z));
                this.b = newBuf;
            }
            var split = this.b.length - this.s.z;
            this.b.set(chunk.subarray(0, split), this.s.z);
            this.s.z = this.b.length;
            this.p(this.b, false);
            this.b.set(this.b.subarray(-32768));
            this.b.set(chunk.subarray(split), 32768);
            this.s.z = chunk.length - split + 32768;
            this.s.i = 32766, this.s.w = 32768;
        }
        else {
            this.b.set(chunk, this.s.z);
            this.s.z += chunk.length;
        }
        this.s.l = final & 1;
        if (this.s.z > this.s.w + 8191 || final) {
            this.p(this.b, final || false);
            this.s.w = this.s.i, this.s.i -= 2;
        }
        if (final) {
            // cleanup unneeded buffers/state to reduce memory usage
            this.s = this.o = {};
            this.b = et;
        }
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * deflated output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible. A separate DEFLATE stream may be concatenated
     *             with the current output after a sync flush.
     */
    Deflate.prototype.flush = function (sync) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        this.p(this.b, false);
        this.s.w = this.s.i, this.s.i -= 2;
        // could technically skip writing the type-0 block for (this.s.r & 7) == 0,
        // but the deterministic trailer (00 00 FF FF) is useful in some situations
        if (sync) {
            var c = new u8(6);
            c[0] = this.s.r >> 3;
            // write empty, non-final type-0 block
            var ep = wfblk(c, this.s.r, et);
            this.s.r = 0;
            this.ondata(c.subarray(0, ep >> 3), false);
        }
    };
    return Deflate;
}());

/**
 * Asynchronous streaming DEFLATE compression
 */
var AsyncDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDeflate(opts, cb) {
        astrmify([
            bDflt,
            function () { return [astrm, Deflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Deflate(ev.data);
            onmessage = astrm(strm);
        }, 6, 1);
    }
    return AsyncDeflate;
}())));

function deflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
    ], function (ev) { return pbf(deflateSync(ev.data[0], ev.data[1])); }, 0, cb);
}
/**
 * Compresses data with DEFLATE without any wrapper
 * @param data The data to compress
 * @param opts The compression options
 * @returns The deflated version of the data
 */
function deflateSync(data, opts) {
    return dopt(data, opts || {}, 0, 0);
}
/**
 * Streaming DEFLATE decompression
 */
var Inflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Inflate(opts, cb) {
        // no StrmOpt here to avoid adding to workerizer
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
        this.s = { i: 0, b: dict ? dict.length : 0 };
        this.o = new u8(32768);
        this.p = new u8(0);
        if (dict)
            this.o.set(dict);
    }
    Inflate.prototype.e = function (c) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        if (!this.p.length)
            this.p = c;
        else if (c.length) {
            var n = new u8(this.p.length + c.length);
            n.set(this.p), n.set(c, this.p.length), this.p = n;
        }
    };
    Inflate.prototype.c = function (final) {
        this.s.i = +(this.d = final || false);
        var bts = this.s.b;
        var dt = inflt(this.p, this.s, this.o);
        this.ondata(slc(dt, bts, this.s.b), this.d);
        this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
        this.p = slc(this.p, (this.s.p / 8) | 0), this.s.p &= 7;
    };
    /**
     * Pushes a chunk to be inflated
     * @param chunk The chunk to push
     * @param final Whether this is the final chunk
     */
    Inflate.prototype.push = function (chunk, final) {
        this.e(chunk), this.c(final);
    };
    return Inflate;
}())));

/**
 * Asynchronous streaming DEFLATE decompression
 */
var AsyncInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncInflate(opts, cb) {
        astrmify([
            bInflt,
            function () { return [astrm, Inflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Inflate(ev.data);
            onmessage = astrm(strm);
        }, 7, 0);
    }
    return AsyncInflate;
}())));

function inflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt
    ], function (ev) { return pbf(inflateSync(ev.data[0], gopt(ev.data[1]))); }, 1, cb);
}
function inflateSync(data, opts) {
    return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// before you yell at me for not just using extends, my reason is that TS inheritance is hard to workerize.
/**
 * Streaming GZIP compression
 */
var Gzip = /*#__PURE__*/ (function () {
    function Gzip(opts, cb) {
        this.c = crc();
        this.l = 0;
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gzip.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        this.l += chunk.length;
        Deflate.prototype.push.call(this, chunk, final);
    };
    Gzip.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && gzhl(this.o), f && 8, this.s);
        if (this.v)
            gzh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 8, this.c.d()), wbytes(raw, raw.length - 4, this.l);
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * GZIPped output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Gzip.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Gzip;
}());

/**
 * Asynchronous streaming GZIP compression
 */
var AsyncGzip = /*#__PURE__*/ (function () {
    function AsyncGzip(opts, cb) {
        astrmify([
            bDflt,
            gze,
            function () { return [astrm, Deflate, Gzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gzip(ev.data);
            onmessage = astrm(strm);
        }, 8, 1);
    }
    return AsyncGzip;
}());

function gzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        gze,
        function () { return [gzipSync]; }
    ], function (ev) { return pbf(gzipSync(ev.data[0], ev.data[1])); }, 2, cb);
}
/**
 * Compresses data with GZIP
 * @param data The data to compress
 * @param opts The compression options
 * @returns The gzipped version of the data
 */
function gzipSync(data, opts) {
    if (!opts)
        opts = {};
    var c = crc(), l = data.length;
    c.p(data);
    var d = dopt(data, opts, gzhl(opts), 8), s = d.length;
    return gzh(d, opts), wbytes(d, s - 8, c.d()), wbytes(d, s - 4, l), d;
}
/**
 * Streaming single or multi-member GZIP decompression
 */
var Gunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gunzip(opts, cb) {
        this.v = 1;
        this.r = 0;
        Inflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GUNZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gunzip.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        this.r += chunk.length;
        if (this.v) {
            var p = this.p.subarray(this.v - 1);
            var s = p.length > 3 ? gzs(p) : 4;
            if (s > p.length) {
                if (!final)
                    return;
            }
            else if (this.v > 1 && this.onmember) {
                this.onmember(this.r - p.length);
            }
            this.p = p.subarray(s), this.v = 0;
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, 0);
        // process concatenated GZIP
        if (this.s.f && !this.s.l) {
            this.v = shft(this.s.p) + 9;
            this.s = { i: 0 };
            this.o = new u8(0);
            this.push(new u8(0), final);
        }
        else if (final) {
            Inflate.prototype.c.call(this, final);
        }
    };
    return Gunzip;
}())));

/**
 * Asynchronous streaming single or multi-member GZIP decompression
 */
var AsyncGunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGunzip(opts, cb) {
        var _this = this;
        astrmify([
            bInflt,
            guze,
            function () { return [astrm, Inflate, Gunzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gunzip(ev.data);
            strm.onmember = function (offset) { return postMessage(offset); };
            onmessage = astrm(strm);
        }, 9, 0, function (offset) { return _this.onmember && _this.onmember(offset); });
    }
    return AsyncGunzip;
}())));

function gunzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        guze,
        function () { return [gunzipSync]; }
    ], function (ev) { return pbf(gunzipSync(ev.data[0], ev.data[1])); }, 3, cb);
}
function gunzipSync(data, opts) {
    var st = gzs(data);
    if (st + 8 > data.length)
        err(6, 'invalid gzip data');
    return inflt(data.subarray(st, -8), { i: 2 }, opts && opts.out || new u8(gzl(data)), opts && opts.dictionary);
}
/**
 * Streaming Zlib compression
 */
var Zlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Zlib(opts, cb) {
        this.c = adler();
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be zlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Zlib.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        Deflate.prototype.push.call(this, chunk, final);
    };
    Zlib.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && (this.o.dictionary ? 6 : 2), f && 4, this.s);
        if (this.v)
            zlh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 4, this.c.d());
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * zlibbed output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Zlib.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Zlib;
}())));

/**
 * Asynchronous streaming Zlib compression
 */
var AsyncZlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncZlib(opts, cb) {
        astrmify([
            bDflt,
            zle,
            function () { return [astrm, Deflate, Zlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Zlib(ev.data);
            onmessage = astrm(strm);
        }, 10, 1);
    }
    return AsyncZlib;
}())));

function zlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        zle,
        function () { return [zlibSync]; }
    ], function (ev) { return pbf(zlibSync(ev.data[0], ev.data[1])); }, 4, cb);
}
/**
 * Compress data with Zlib
 * @param data The data to compress
 * @param opts The compression options
 * @returns The zlib-compressed version of the data
 */
function zlibSync(data, opts) {
    if (!opts)
        opts = {};
    var a = adler();
    a.p(data);
    var d = dopt(data, opts, opts.dictionary ? 6 : 2, 4);
    return zlh(d, opts), wbytes(d, d.length - 4, a.d()), d;
}
/**
 * Streaming Zlib decompression
 */
var Unzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Unzlib(opts, cb) {
        Inflate.call(this, opts, cb);
        this.v = opts && opts.dictionary ? 2 : 1;
    }
    /**
     * Pushes a chunk to be unzlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzlib.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        if (this.v) {
            if (this.p.length < 6 && !final)
                return;
            this.p = this.p.subarray(zls(this.p, this.v - 1)), this.v = 0;
        }
        if (final) {
            if (this.p.length < 4)
                err(6, 'invalid zlib data');
            this.p = this.p.subarray(0, -4);
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, final);
    };
    return Unzlib;
}())));

/**
 * Asynchronous streaming Zlib decompression
 */
var AsyncUnzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncUnzlib(opts, cb) {
        astrmify([
            bInflt,
            zule,
            function () { return [astrm, Inflate, Unzlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Unzlib(ev.data);
            onmessage = astrm(strm);
        }, 11, 0);
    }
    return AsyncUnzlib;
}())));

function unzlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        zule,
        function () { return [unzlibSync]; }
    ], function (ev) { return pbf(unzlibSync(ev.data[0], gopt(ev.data[1]))); }, 5, cb);
}
function unzlibSync(data, opts) {
    return inflt(data.subarray(zls(data, opts && opts.dictionary), -4), { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// Default algorithm for compression (used because having a known output size allows faster decompression)


/**
 * Streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var Decompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Decompress(opts, cb) {
        this.o = StrmOpt.call(this, opts, cb) || {};
        this.G = Gunzip;
        this.I = Inflate;
        this.Z = Unzlib;
    }
    // init substream
    // overriden by AsyncDecompress
    Decompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (dat, final) {
            _this.ondata(dat, final);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Decompress.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (!this.s) {
            if (this.p && this.p.length) {
                var n = new u8(this.p.length + chunk.length);
                n.set(this.p), n.set(chunk, this.p.length);
            }
            else
                this.p = chunk;
            if (this.p.length > 2) {
                this.s = (this.p[0] == 31 && this.p[1] == 139 && this.p[2] == 8)
                    ? new this.G(this.o)
                    : ((this.p[0] & 15) != 8 || (this.p[0] >> 4) > 7 || ((this.p[0] << 8 | this.p[1]) % 31))
                        ? new this.I(this.o)
                        : new this.Z(this.o);
                this.i();
                this.s.push(this.p, final);
                this.p = null;
            }
        }
        else
            this.s.push(chunk, final);
    };
    return Decompress;
}())));

/**
 * Asynchronous streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var AsyncDecompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDecompress(opts, cb) {
        Decompress.call(this, opts, cb);
        this.queuedSize = 0;
        this.G = AsyncGunzip;
        this.I = AsyncInflate;
        this.Z = AsyncUnzlib;
    }
    AsyncDecompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (err, dat, final) {
            _this.ondata(err, dat, final);
        };
        this.s.ondrain = function (size) {
            _this.queuedSize -= size;
            if (_this.ondrain)
                _this.ondrain(size);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncDecompress.prototype.push = function (chunk, final) {
        this.queuedSize += chunk.length;
        Decompress.prototype.push.call(this, chunk, final);
    };
    return AsyncDecompress;
}())));

function decompress(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzip(data, opts, cb)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflate(data, opts, cb)
            : unzlib(data, opts, cb);
}
/**
 * Expands compressed GZIP, Zlib, or raw DEFLATE data, automatically detecting the format
 * @param data The data to decompress
 * @param opts The decompression options
 * @returns The decompressed version of the data
 */
function decompressSync(data, opts) {
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzipSync(data, opts)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflateSync(data, opts)
            : unzlibSync(data, opts);
}
// flatten a directory structure
var fltn = function (d, p, t, o) {
    for (var k in d) {
        var val = d[k], n = p + k, op = o;
        if (Array.isArray(val))
            op = mrg(o, val[1]), val = val[0];
        if (ArrayBuffer.isView(val))
            t[n] = [val, op];
        else {
            t[n += '/'] = [new u8(0), op];
            fltn(val, n, t, o);
        }
    }
};
// text encoder
var te = typeof TextEncoder != 'undefined' && /*#__PURE__*/ new TextEncoder();
// text decoder
var td = typeof TextDecoder != 'undefined' && /*#__PURE__*/ new TextDecoder();
// text decoder stream
var tds = 0;
try {
    td.decode(et, { stream: true });
    tds = 1;
}
catch (e) { }
// decode UTF8
var dutf8 = function (d) {
    for (var r = '', i = 0;;) {
        var c = d[i++];
        var eb = (c > 127) + (c > 223) + (c > 239);
        if (i + eb > d.length)
            return { s: r, r: slc(d, i - 1) };
        if (!eb)
            r += String.fromCharCode(c);
        else if (eb == 3) {
            c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63)) - 65536,
                r += String.fromCharCode(55296 | (c >> 10), 56320 | (c & 1023));
        }
        else if (eb & 1)
            r += String.fromCharCode((c & 31) << 6 | (d[i++] & 63));
        else
            r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63));
    }
};
/**
 * Streaming UTF-8 decoding
 */
var DecodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is decoded
     */
    function DecodeUTF8(cb) {
        this.ondata = cb;
        if (tds)
            this.t = new TextDecoder();
        else
            this.p = et;
    }
    /**
     * Pushes a chunk to be decoded from UTF-8 binary
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    DecodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        final = !!final;
        if (this.t) {
            this.ondata(this.t.decode(chunk, { stream: true }), final);
            if (final) {
                if (this.t.decode().length)
                    err(8);
                this.t = null;
            }
            return;
        }
        if (!this.p)
            err(4);
        var dat = new u8(this.p.length + chunk.length);
        dat.set(this.p);
        dat.set(chunk, this.p.length);
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (final) {
            if (r.length)
                err(8);
            this.p = null;
        }
        else
            this.p = r;
        this.ondata(s, final);
    };
    return DecodeUTF8;
}())));

/**
 * Streaming UTF-8 encoding
 */
var EncodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is encoded
     */
    function EncodeUTF8(cb) {
        this.ondata = cb;
    }
    /**
     * Pushes a chunk to be encoded to UTF-8
     * @param chunk The string data to push
     * @param final Whether this is the last chunk
     */
    EncodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        this.ondata(strToU8(chunk), this.d = final || false);
    };
    return EncodeUTF8;
}())));

/**
 * Converts a string into a Uint8Array for use with compression/decompression methods
 * @param str The string to encode
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless decoding a binary string.
 * @returns The string encoded in UTF-8/Latin-1 binary
 */
function strToU8(str, latin1) {
    if (latin1) {
        var ar_1 = new u8(str.length);
        for (var i = 0; i < str.length; ++i)
            ar_1[i] = str.charCodeAt(i);
        return ar_1;
    }
    if (te)
        return te.encode(str);
    var l = str.length;
    var ar = new u8(str.length + (str.length >> 1));
    var ai = 0;
    var w = function (v) { ar[ai++] = v; };
    for (var i = 0; i < l; ++i) {
        if (ai + 5 > ar.length) {
            var n = new u8(ai + 8 + ((l - i) << 1));
            n.set(ar);
            ar = n;
        }
        var c = str.charCodeAt(i);
        if (c < 128 || latin1)
            w(c);
        else if (c < 2048)
            w(192 | (c >> 6)), w(128 | (c & 63));
        else if (c > 55295 && c < 57344)
            c = 65536 + (c & 1023 << 10) | (str.charCodeAt(++i) & 1023),
                w(240 | (c >> 18)), w(128 | ((c >> 12) & 63)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
        else
            w(224 | (c >> 12)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
    }
    return slc(ar, 0, ai);
}
/**
 * Converts a Uint8Array to a string
 * @param dat The data to decode to string
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless encoding to binary string.
 * @returns The original UTF-8/Latin-1 string
 */
function strFromU8(dat, latin1) {
    if (latin1) {
        var r = '';
        for (var i = 0; i < dat.length; i += 16384)
            r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
        return r;
    }
    else if (td) {
        return td.decode(dat);
    }
    else {
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (r.length)
            err(8);
        return s;
    }
}
;
// deflate bit flag
var dbf = function (l) { return l == 1 ? 3 : l < 6 ? 2 : l == 9 ? 1 : 0; };
// skip local zip header
var slzh = function (d, b) { return b + 30 + b2(d, b + 26) + b2(d, b + 28); };
// read zip header
var zh = function (d, b, z) {
    var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
    var _a = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a[0], su = _a[1], off = _a[2];
    return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
// read zip64 header sizes
var z64hs = function (d, b, l, z, sc, su, off) {
    var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
    var nf = nsc + nsu + noff;
    if (z && nf) {
        for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
            if (b2(d, b) == 1) {
                return [
                    nsc ? b8(d, b + 4 + 8 * nsu) : sc,
                    nsu ? b8(d, b + 4) : su,
                    noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
                    1
                ];
            }
        }
        // z == 2 for unknown whether or not zip64
        if (z < 2)
            err(13);
    }
    return [sc, su, off, 0];
};
// extra field length
var exfl = function (ex) {
    var le = 0;
    if (ex) {
        for (var k in ex) {
            var l = ex[k].length;
            if (l > 65535)
                err(9);
            le += l + 4;
        }
    }
    return le;
};
// write zip header
var wzh = function (d, b, f, fn, u, c, ce, co) {
    var fl = fn.length, ex = f.extra, col = co && co.length;
    var exl = exfl(ex);
    wbytes(d, b, ce != null ? 0x2014B50 : 0x4034B50), b += 4;
    if (ce != null)
        d[b++] = 20, d[b++] = f.os;
    d[b] = 20, b += 2; // spec compliance? what's that?
    d[b++] = (f.flag << 1) | (c < 0 && 8), d[b++] = u && 8;
    d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
    var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
    if (y < 0 || y > 119)
        err(10);
    wbytes(d, b, (y << 25) | ((dt.getMonth() + 1) << 21) | (dt.getDate() << 16) | (dt.getHours() << 11) | (dt.getMinutes() << 5) | (dt.getSeconds() >> 1)), b += 4;
    if (c != -1) {
        wbytes(d, b, f.crc);
        wbytes(d, b + 4, c < 0 ? -c - 2 : c);
        wbytes(d, b + 8, f.size);
    }
    wbytes(d, b + 12, fl);
    wbytes(d, b + 14, exl), b += 16;
    if (ce != null) {
        wbytes(d, b, col);
        wbytes(d, b + 6, f.attrs);
        wbytes(d, b + 10, ce), b += 14;
    }
    d.set(fn, b);
    b += fl;
    if (exl) {
        for (var k in ex) {
            var exf = ex[k], l = exf.length;
            wbytes(d, b, +k);
            wbytes(d, b + 2, l);
            d.set(exf, b + 4), b += 4 + l;
        }
    }
    if (col)
        d.set(co, b), b += col;
    return b;
};
// write zip footer (end of central directory)
var wzf = function (o, b, c, d, e) {
    wbytes(o, b, 0x6054B50); // skip disk
    wbytes(o, b + 8, c);
    wbytes(o, b + 10, c);
    wbytes(o, b + 12, d);
    wbytes(o, b + 16, e);
};
/**
 * A pass-through stream to keep data uncompressed in a ZIP archive.
 */
var ZipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a pass-through stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     */
    function ZipPassThrough(filename) {
        this.filename = filename;
        this.c = crc();
        this.size = 0;
        this.compression = 0;
    }
    /**
     * Processes a chunk and pushes to the output stream. You can override this
     * method in a subclass for custom behavior, but by default this passes
     * the data through. You must call this.ondata(err, chunk, final) at some
     * point in this method.
     * @param chunk The chunk to process
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.process = function (chunk, final) {
        this.ondata(null, chunk, final);
    };
    /**
     * Pushes a chunk to be added. If you are subclassing this with a custom
     * compression algorithm, note that you must push data from the source
     * file only, pre-compression.
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        this.c.p(chunk);
        this.size += chunk.length;
        if (final)
            this.crc = this.c.d();
        // we shouldn't really do this cast, but properly handling ArrayBufferLike
        // makes the API unergonomic with Buffer
        this.process(chunk, final || false);
    };
    return ZipPassThrough;
}())));

// I don't extend because TypeScript extension adds 1kB of runtime bloat
/**
 * Streaming DEFLATE compression for ZIP archives. Prefer using AsyncZipDeflate
 * for better performance
 */
var ZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function ZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new Deflate(opts, function (dat, final) {
            _this.ondata(null, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
    }
    ZipDeflate.prototype.process = function (chunk, final) {
        try {
            this.d.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return ZipDeflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression for ZIP archives
 */
var AsyncZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an asynchronous DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function AsyncZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new AsyncDeflate(opts, function (err, dat, final) {
            _this.ondata(err, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
        this.terminate = this.d.terminate;
    }
    AsyncZipDeflate.prototype.process = function (chunk, final) {
        this.d.push(chunk, final);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return AsyncZipDeflate;
}())));

// TODO: Better tree shaking
/**
 * A zippable archive to which files can incrementally be added
 */
var Zip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an empty ZIP archive to which files can be added
     * @param cb The callback to call whenever data for the generated ZIP archive
     *           is available
     */
    function Zip(cb) {
        this.ondata = cb;
        this.u = [];
        this.d = 1;
    }
    /**
     * Adds a file to the ZIP archive
     * @param file The file stream to add
     */
    Zip.prototype.add = function (file) {
        var _this = this;
        if (!this.ondata)
            err(5);
        // finishing or finished
        if (this.d & 2)
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
        else {
            var f = strToU8(file.filename), fl_1 = f.length;
            var com = file.comment, o = com && strToU8(com);
            var u = fl_1 != file.filename.length || (o && (com.length != o.length));
            var hl_1 = fl_1 + exfl(file.extra) + 30;
            if (fl_1 > 65535)
                this.ondata(err(11, 0, 1), null, false);
            var header = new u8(hl_1);
            wzh(header, 0, file, f, u, -1);
            var chks_1 = [header];
            var pAll_1 = function () {
                for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
                    var chk = chks_2[_i];
                    _this.ondata(null, chk, false);
                }
                chks_1 = [];
            };
            var tr_1 = this.d;
            this.d = 0;
            var ind_1 = this.u.length;
            var uf_1 = mrg(file, {
                f: f,
                u: u,
                o: o,
                t: function () {
                    if (file.terminate)
                        file.terminate();
                },
                r: function () {
                    pAll_1();
                    if (tr_1) {
                        var nxt = _this.u[ind_1 + 1];
                        if (nxt)
                            nxt.r();
                        else
                            _this.d = 1;
                    }
                    tr_1 = 1;
                }
            });
            var cl_1 = 0;
            file.ondata = function (err, dat, final) {
                if (err) {
                    _this.ondata(err, dat, final);
                    _this.terminate();
                }
                else {
                    cl_1 += dat.length;
                    chks_1.push(dat);
                    if (final) {
                        var dd = new u8(16);
                        wbytes(dd, 0, 0x8074B50);
                        wbytes(dd, 4, file.crc);
                        wbytes(dd, 8, cl_1);
                        wbytes(dd, 12, file.size);
                        chks_1.push(dd);
                        uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
                        if (tr_1)
                            uf_1.r();
                        tr_1 = 1;
                    }
                    else if (tr_1)
                        pAll_1();
                }
            };
            this.u.push(uf_1);
        }
    };
    /**
     * Ends the process of adding files and prepares to emit the final chunks.
     * This *must* be called after adding all desired files for the resulting
     * ZIP file to work properly.
     */
    Zip.prototype.end = function () {
        var _this = this;
        if (this.d & 2) {
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
            return;
        }
        if (this.d)
            this.e();
        else
            this.u.push({
                r: function () {
                    if (!(_this.d & 1))
                        return;
                    _this.u.splice(-1, 1);
                    _this.e();
                },
                t: function () { }
            });
        this.d = 3;
    };
    Zip.prototype.e = function () {
        var bt = 0, l = 0, tl = 0;
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
        }
        var out = new u8(tl + 22);
        for (var _b = 0, _c = this.u; _b < _c.length; _b++) {
            var f = _c[_b];
            wzh(out, bt, f, f.f, f.u, -f.c - 2, l, f.o);
            bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
        }
        wzf(out, bt, this.u.length, tl, l);
        this.ondata(null, out, true);
        this.d = 2;
    };
    /**
     * A method to terminate any internal workers used by the stream. Subsequent
     * calls to add() will fail.
     */
    Zip.prototype.terminate = function () {
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            f.t();
        }
        this.d = 2;
    };
    return Zip;
}())));

function zip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var r = {};
    fltn(data, '', r, opts);
    var k = Object.keys(r);
    var lft = k.length, o = 0, tot = 0;
    var slft = lft, files = new Array(lft);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var cbf = function () {
        var out = new u8(tot + 22), oe = o, cdl = tot - o;
        tot = 0;
        for (var i = 0; i < slft; ++i) {
            var f = files[i];
            try {
                var l = f.c.length;
                wzh(out, tot, f, f.f, f.u, l);
                var badd = 30 + f.f.length + exfl(f.extra);
                var loc = tot + badd;
                out.set(f.c, loc);
                wzh(out, o, f, f.f, f.u, l, tot, f.m), o += 16 + badd + (f.m ? f.m.length : 0), tot = loc + l;
            }
            catch (e) {
                return cbd(e, null);
            }
        }
        wzf(out, o, files.length, cdl, oe);
        cbd(null, out);
    };
    if (!lft)
        cbf();
    var _loop_1 = function (i) {
        var fn = k[i];
        var _a = r[fn], file = _a[0], p = _a[1];
        var c = crc(), size = file.length;
        c.p(file);
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        var compression = p.level == 0 ? 0 : 8;
        var cbl = function (e, d) {
            if (e) {
                tAll();
                cbd(e, null);
            }
            else {
                var l = d.length;
                files[i] = mrg(p, {
                    size: size,
                    crc: c.d(),
                    c: d,
                    f: f,
                    m: m,
                    u: s != fn.length || (m && (com.length != ms)),
                    compression: compression
                });
                o += 30 + s + exl + l;
                tot += 76 + 2 * (s + exl) + (ms || 0) + l;
                if (!--lft)
                    cbf();
            }
        };
        if (s > 65535)
            cbl(err(11, 0, 1), null);
        if (!compression)
            cbl(null, file);
        else if (size < 160000) {
            try {
                cbl(null, deflateSync(file, p));
            }
            catch (e) {
                cbl(e, null);
            }
        }
        else
            term.push(deflate(file, p, cbl));
    };
    // Cannot use lft because it can decrease
    for (var i = 0; i < slft; ++i) {
        _loop_1(i);
    }
    return tAll;
}
/**
 * Synchronously creates a ZIP file. Prefer using `zip` for better performance
 * with more than one file.
 * @param data The directory structure for the ZIP archive
 * @param opts The main options, merged with per-file options
 * @returns The generated ZIP archive
 */
function zipSync(data, opts) {
    if (!opts)
        opts = {};
    var r = {};
    var files = [];
    fltn(data, '', r, opts);
    var o = 0;
    var tot = 0;
    for (var fn in r) {
        var _a = r[fn], file = _a[0], p = _a[1];
        var compression = p.level == 0 ? 0 : 8;
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        if (s > 65535)
            err(11);
        var d = compression ? deflateSync(file, p) : file, l = d.length;
        var c = crc();
        c.p(file);
        files.push(mrg(p, {
            size: file.length,
            crc: c.d(),
            c: d,
            f: f,
            m: m,
            u: s != fn.length || (m && (com.length != ms)),
            o: o,
            compression: compression
        }));
        o += 30 + s + exl + l;
        tot += 76 + 2 * (s + exl) + (ms || 0) + l;
    }
    var out = new u8(tot + 22), oe = o, cdl = tot - o;
    for (var i = 0; i < files.length; ++i) {
        var f = files[i];
        wzh(out, f.o, f, f.f, f.u, f.c.length);
        var badd = 30 + f.f.length + exfl(f.extra);
        out.set(f.c, f.o + badd);
        wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
    }
    wzf(out, o, files.length, cdl, oe);
    return out;
}
/**
 * Streaming pass-through decompression for ZIP archives
 */
var UnzipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function UnzipPassThrough() {
    }
    UnzipPassThrough.prototype.push = function (chunk, final) {
        // same as ZipPassThrough: cast to retain Buffer ergonomics
        this.ondata(null, chunk, final);
    };
    UnzipPassThrough.compression = 0;
    return UnzipPassThrough;
}())));

/**
 * Streaming DEFLATE decompression for ZIP archives. Prefer AsyncZipInflate for
 * better performance.
 */
var UnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function UnzipInflate() {
        var _this = this;
        this.i = new Inflate(function (dat, final) {
            _this.ondata(null, dat, final);
        });
    }
    UnzipInflate.prototype.push = function (chunk, final) {
        try {
            this.i.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    UnzipInflate.compression = 8;
    return UnzipInflate;
}())));

/**
 * Asynchronous streaming DEFLATE decompression for ZIP archives
 */
var AsyncUnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function AsyncUnzipInflate(_, sz) {
        var _this = this;
        if (sz < 320000) {
            this.i = new Inflate(function (dat, final) {
                _this.ondata(null, dat, final);
            });
        }
        else {
            this.i = new AsyncInflate(function (err, dat, final) {
                _this.ondata(err, dat, final);
            });
            this.terminate = this.i.terminate;
        }
    }
    AsyncUnzipInflate.prototype.push = function (chunk, final) {
        if (this.i.terminate)
            chunk = slc(chunk, 0);
        this.i.push(chunk, final);
    };
    AsyncUnzipInflate.compression = 8;
    return AsyncUnzipInflate;
}())));

/**
 * A ZIP archive decompression stream that emits files as they are discovered
 */
var Unzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a ZIP decompression stream
     * @param cb The callback to call whenever a file in the ZIP archive is found
     */
    function Unzip(cb) {
        this.onfile = cb;
        this.k = [];
        this.o = {
            0: UnzipPassThrough
        };
        this.p = et;
    }
    /**
     * Pushes a chunk to be unzipped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzip.prototype.push = function (chunk, final) {
        var _this = this;
        if (!this.onfile)
            err(5);
        if (!this.p)
            err(4);
        if (this.c > 0) {
            var len = Math.min(this.c, chunk.length);
            var toAdd = chunk.subarray(0, len);
            this.c -= len;
            if (this.d)
                this.d.push(toAdd, !this.c);
            else
                this.k[0].push(toAdd);
            chunk = chunk.subarray(len);
            if (chunk.length)
                return this.push(chunk, final);
        }
        else {
            var f = 0, i = 0, is = void 0, buf = void 0;
            if (!this.p.length)
                buf = chunk;
            else if (!chunk.length)
                buf = this.p;
            else {
                buf = new u8(this.p.length + chunk.length);
                buf.set(this.p), buf.set(chunk, this.p.length);
            }
            var l = buf.length, oc = this.c, add = oc && this.d;
            var _loop_2 = function () {
                var sig = b4(buf, i);
                if (sig == 0x4034B50) {
                    f = 1, is = i;
                    this_1.d = null;
                    this_1.c = 0;
                    var bf = b2(buf, i + 6), cmp_1 = b2(buf, i + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i + 26), es = b2(buf, i + 28);
                    if (l > i + 30 + fnl + es) {
                        var chks_3 = [];
                        this_1.k.unshift(chks_3);
                        f = 2;
                        var lsc = b4(buf, i + 18), lsu = b4(buf, i + 22);
                        var fn_1 = strFromU8(buf.subarray(i + 30, i += 30 + fnl), !u);
                        var _a = z64hs(buf, i, es, 2, lsc, lsu, 0), sc_1 = _a[0], su_1 = _a[1], z64 = _a[3];
                        if (dd)
                            sc_1 = -1 - z64;
                        i += es;
                        this_1.c = sc_1;
                        var d_1;
                        var file_1 = {
                            name: fn_1,
                            compression: cmp_1,
                            start: function () {
                                if (!file_1.ondata)
                                    err(5);
                                if (!sc_1)
                                    file_1.ondata(null, et, true);
                                else {
                                    var ctr = _this.o[cmp_1];
                                    if (!ctr)
                                        file_1.ondata(err(14, 'unknown compression type ' + cmp_1, 1), null, false);
                                    d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                                    d_1.ondata = function (err, dat, final) { file_1.ondata(err, dat, final); };
                                    for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                                        var dat = chks_4[_i];
                                        d_1.push(dat, false);
                                    }
                                    if (_this.k[0] == chks_3 && _this.c)
                                        _this.d = d_1;
                                    else
                                        d_1.push(et, true);
                                }
                            },
                            terminate: function () {
                                if (d_1 && d_1.terminate)
                                    d_1.terminate();
                            }
                        };
                        if (sc_1 >= 0)
                            file_1.size = sc_1, file_1.originalSize = su_1;
                        this_1.onfile(file_1);
                    }
                    return "break";
                }
                else if (oc) {
                    if (sig == 0x8074B50) {
                        is = i += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
                        return "break";
                    }
                    else if (sig == 0x2014B50) {
                        is = i -= 4, f = 3, this_1.c = 0;
                        return "break";
                    }
                }
            };
            var this_1 = this;
            for (; i < l - 4; ++i) {
                var state_1 = _loop_2();
                if (state_1 === "break")
                    break;
            }
            this.p = et;
            if (oc < 0) {
                var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 0x8074B50 && 4)) : buf.subarray(0, i);
                if (add)
                    add.push(dat, !!f);
                else
                    this.k[+(f == 2)].push(dat);
            }
            if (f & 2)
                return this.push(buf.subarray(i), final);
            this.p = buf.subarray(i);
        }
        if (final) {
            if (this.c)
                err(13);
            this.p = null;
        }
    };
    /**
     * Registers a decoder with the stream, allowing for files compressed with
     * the compression type provided to be expanded correctly
     * @param decoder The decoder constructor
     */
    Unzip.prototype.register = function (decoder) {
        this.o[decoder.compression] = decoder;
    };
    return Unzip;
}())));

var mt = typeof queueMicrotask == 'function' ? queueMicrotask : typeof setTimeout == 'function' ? setTimeout : function (fn) { fn(); };
function unzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var files = {};
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558) {
            cbd(err(13, 0, 1), null);
            return tAll;
        }
    }
    ;
    var lft = b2(data, e + 8);
    if (lft) {
        var c = lft;
        var o = b4(data, e + 16);
        var z = b4(data, e - 20) == 0x7064B50;
        if (z) {
            var ze = b4(data, e - 12);
            z = b4(data, ze) == 0x6064B50;
            if (z) {
                c = lft = b4(data, ze + 32);
                o = b4(data, ze + 48);
            }
        }
        var fltr = opts && opts.filter;
        var _loop_3 = function (i) {
            var _a = zh(data, o, z), c_1 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
            o = no;
            var cbl = function (e, d) {
                if (e) {
                    tAll();
                    cbd(e, null);
                }
                else {
                    if (d)
                        files[fn] = d;
                    if (!--lft)
                        cbd(null, files);
                }
            };
            if (!fltr || fltr({
                name: fn,
                size: sc,
                originalSize: su,
                compression: c_1
            })) {
                if (!c_1)
                    cbl(null, slc(data, b, b + sc));
                else if (c_1 == 8) {
                    var infl = data.subarray(b, b + sc);
                    // Synchronously decompress under 512KB, or barely-compressed data
                    if (su < 524288 || sc > 0.8 * su) {
                        try {
                            cbl(null, inflateSync(infl, { out: new u8(su) }));
                        }
                        catch (e) {
                            cbl(e, null);
                        }
                    }
                    else
                        term.push(inflate(infl, { size: su }, cbl));
                }
                else
                    cbl(err(14, 'unknown compression type ' + c_1, 1), null);
            }
            else
                cbl(null, null);
        };
        for (var i = 0; i < c; ++i) {
            _loop_3(i);
        }
    }
    else
        cbd(null, {});
    return tAll;
}
/**
 * Synchronously decompresses a ZIP archive. Prefer using `unzip` for better
 * performance with more than one file.
 * @param data The raw compressed ZIP file
 * @param opts The ZIP extraction options
 * @returns The decompressed files
 */
function unzipSync(data, opts) {
    var files = {};
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558)
            err(13);
    }
    ;
    var c = b2(data, e + 8);
    if (!c)
        return {};
    var o = b4(data, e + 16);
    var z = b4(data, e - 20) == 0x7064B50;
    if (z) {
        var ze = b4(data, e - 12);
        z = b4(data, ze) == 0x6064B50;
        if (z) {
            c = b4(data, ze + 32);
            o = b4(data, ze + 48);
        }
    }
    var fltr = opts && opts.filter;
    for (var i = 0; i < c; ++i) {
        var _a = zh(data, o, z), c_2 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
        o = no;
        if (!fltr || fltr({
            name: fn,
            size: sc,
            originalSize: su,
            compression: c_2
        })) {
            if (!c_2)
                files[fn] = slc(data, b, b + sc);
            else if (c_2 == 8)
                files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
            else
                err(14, 'unknown compression type ' + c_2);
        }
    }
    return files;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/huffman-gzip.js
/**
 * A small deterministic gzip writer using Huffman-only deflate (no LZ77 matching, like zlib's
 * Z_HUFFMAN_ONLY): each block of BLOCK input bytes gets its own dynamic Huffman code. Model weights have
 * almost no repeated strings; what gzip saves on them comes from the skewed byte distribution (exponent
 * bytes), which this captures at a fraction of LZ77's cost. Output depends only on the input bytes (never
 * on how they are chunked or on the Node version), so layer digests are reproducible.
 */
const BLOCK = 256 * 1024;
const MAX_BITS = 15;
const CL_MAX_BITS = 7;
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const CRC_TABLE = (() => {
    const table = new Int32Array(256 * 4);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c;
    }
    for (let n = 0; n < 256; n++) {
        let c = table[n];
        for (let k = 1; k < 4; k++) {
            c = table[c & 0xff] ^ (c >>> 8);
            table[k * 256 + n] = c;
        }
    }
    return table;
})();
/** CRC-32 (gzip trailer), slicing-by-4. */
function crc32(crc, data) {
    let c = ~crc;
    const t = CRC_TABLE;
    let i = 0;
    const end4 = data.length - (data.length % 4);
    for (; i < end4; i += 4) {
        c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
        c = t[768 + (c & 0xff)] ^ t[512 + ((c >>> 8) & 0xff)] ^ t[256 + ((c >>> 16) & 0xff)] ^ t[c >>> 24];
    }
    for (; i < data.length; i++)
        c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
    return ~c >>> 0;
}
/**
 * Code lengths (≤ maxBits) of a Huffman code for `freqs`; symbols with frequency 0 get 0. Ties are
 * broken by symbol number, so the result is a pure function of the frequencies. When the tree is too
 * deep, frequencies are flattened and the code rebuilt (rare; costs a little ratio, never correctness).
 */
function codeLengths(freqs, maxBits) {
    const n = freqs.length;
    let weights = Array.from(freqs);
    for (;;) {
        const lengths = new Uint8Array(n);
        const used = weights.map((w, s) => [w, s]).filter(([w]) => w > 0);
        if (used.length === 0)
            return lengths;
        if (used.length === 1) {
            lengths[used[0][1]] = 1;
            return lengths;
        }
        // Nodes: leaves 0..n-1, internal nodes after. Two sorted queues give O(n log n) without a heap.
        const leaves = used.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([w, s]) => ({ w, s, parent: -1 }));
        const internal = [];
        let li = 0;
        let ii = 0;
        const take = () => {
            if (li < leaves.length && (ii >= internal.length || leaves[li].w <= internal[ii].w)) {
                return { node: leaves[li++], leaf: true };
            }
            return { node: internal[ii++], leaf: false };
        };
        while (leaves.length - li + internal.length - ii > 1) {
            const a = take();
            const b = take();
            const index = internal.length;
            internal.push({ w: a.node.w + b.node.w, parent: -1 });
            a.node.parent = index;
            b.node.parent = index;
        }
        const depth = new Array(internal.length).fill(0);
        for (let i = internal.length - 2; i >= 0; i--)
            depth[i] = depth[internal[i].parent] + 1;
        let deepest = 0;
        for (const leaf of leaves) {
            const d = depth[leaf.parent] + 1;
            lengths[leaf.s] = d;
            deepest = Math.max(deepest, d);
        }
        if (deepest <= maxBits)
            return lengths;
        weights = weights.map((w) => (w > 0 ? (w >>> 1) + 1 : 0));
    }
}
/** Canonical codes for lengths, bit-reversed because deflate writes Huffman codes MSB first. */
function canonicalCodes(lengths) {
    const count = new Uint16Array(MAX_BITS + 1);
    for (const l of lengths)
        if (l)
            count[l]++;
    const next = new Uint16Array(MAX_BITS + 2);
    let code = 0;
    for (let bits = 1; bits <= MAX_BITS; bits++) {
        code = (code + count[bits - 1]) << 1;
        next[bits] = code;
    }
    const codes = new Uint16Array(lengths.length);
    for (let s = 0; s < lengths.length; s++) {
        const len = lengths[s];
        if (!len)
            continue;
        let c = next[len]++;
        let reversed = 0;
        for (let i = 0; i < len; i++) {
            reversed = (reversed << 1) | (c & 1);
            c >>>= 1;
        }
        codes[s] = reversed;
    }
    return codes;
}
/** Run-length encode code lengths with deflate's symbols 16 (repeat), 17 and 18 (zeros). */
function rleLengths(lengths) {
    const out = [];
    let i = 0;
    while (i < lengths.length) {
        const value = lengths[i];
        let run = 1;
        while (i + run < lengths.length && lengths[i + run] === value)
            run++;
        i += run;
        if (value === 0) {
            while (run >= 11) {
                const r = Math.min(run, 138);
                out.push({ symbol: 18, extra: r - 11, extraBits: 7 });
                run -= r;
            }
            if (run >= 3) {
                out.push({ symbol: 17, extra: run - 3, extraBits: 3 });
                run = 0;
            }
        }
        else {
            out.push({ symbol: value, extra: 0, extraBits: 0 });
            run--;
            while (run >= 3) {
                const r = Math.min(run, 6);
                out.push({ symbol: 16, extra: r - 3, extraBits: 2 });
                run -= r;
            }
        }
        for (; run > 0; run--)
            out.push({ symbol: value, extra: 0, extraBits: 0 });
    }
    return out;
}
/** Streaming gzip writer; `onData` receives output chunks in order. */
class HuffmanGzip {
    onData;
    pending = new Uint8Array(BLOCK);
    filled = 0;
    crc = 0;
    total = 0;
    acc = 0;
    bits = 0;
    out = new Uint8Array(0);
    pos = 0;
    constructor(onData) {
        this.onData = onData;
        // Header: magic, deflate, no flags, mtime 0, no extra flags, OS unknown (fixed, unlike a live mtime).
        onData(Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff));
    }
    push(data) {
        this.crc = crc32(this.crc, data);
        this.total = (this.total + data.length) >>> 0;
        let offset = 0;
        while (offset < data.length) {
            const take = Math.min(BLOCK - this.filled, data.length - offset);
            this.pending.set(data.subarray(offset, offset + take), this.filled);
            this.filled += take;
            offset += take;
            if (this.filled === BLOCK) {
                this.block(this.pending, false);
                this.filled = 0;
            }
        }
    }
    finish() {
        if (this.filled > 0)
            this.block(this.pending.subarray(0, this.filled), true);
        else {
            // An empty final block: fixed Huffman (BTYPE 01) holding only end-of-block (7 zero bits).
            this.begin(16);
            this.put(1, 1);
            this.put(1, 2);
            this.put(0, 7);
        }
        if (this.bits > 0)
            this.put(0, 8 - this.bits);
        this.flush();
        const trailer = new Uint8Array(8);
        new DataView(trailer.buffer).setUint32(0, this.crc, true);
        new DataView(trailer.buffer).setUint32(4, this.total, true);
        this.onData(trailer);
    }
    begin(capacity) {
        this.out = new Uint8Array(capacity);
        this.pos = 0;
    }
    put(value, count) {
        this.acc |= value << this.bits;
        this.bits += count;
        while (this.bits >= 8) {
            this.out[this.pos++] = this.acc & 0xff;
            this.acc >>>= 8;
            this.bits -= 8;
        }
    }
    flush() {
        if (this.pos > 0)
            this.onData(this.out.subarray(0, this.pos));
        this.pos = 0;
    }
    block(data, final) {
        const freqs = new Uint32Array(257);
        for (let i = 0; i < data.length; i++)
            freqs[data[i]]++;
        freqs[256] = 1;
        const lit = codeLengths(freqs, MAX_BITS);
        const litCodes = canonicalCodes(lit);
        // Lengths for HLIT = 257 literal/length codes and one (unused, zero-length) distance code.
        const all = new Uint8Array(258);
        all.set(lit, 0);
        const rle = rleLengths(all);
        const clFreqs = new Uint32Array(19);
        for (const item of rle)
            clFreqs[item.symbol]++;
        if (clFreqs.filter((f) => f > 0).length === 1)
            clFreqs[clFreqs[0] ? 1 : 0] = 1; // keep the code complete
        const cl = codeLengths(clFreqs, CL_MAX_BITS);
        const clCodes = canonicalCodes(cl);
        let hclen = 19;
        while (hclen > 4 && cl[CL_ORDER[hclen - 1]] === 0)
            hclen--;
        this.begin(Math.ceil((data.length * MAX_BITS) / 8) + 1024);
        this.put(final ? 1 : 0, 1);
        this.put(2, 2);
        this.put(257 - 257, 5);
        this.put(1 - 1, 5);
        this.put(hclen - 4, 4);
        for (let i = 0; i < hclen; i++)
            this.put(cl[CL_ORDER[i]], 3);
        for (const item of rle) {
            this.put(clCodes[item.symbol], cl[item.symbol]);
            if (item.extraBits)
                this.put(item.extra, item.extraBits);
        }
        // Hot loop: inline bit packing over the block's bytes.
        const out = this.out;
        let pos = this.pos;
        let acc = this.acc;
        let bits = this.bits;
        for (let i = 0; i < data.length; i++) {
            const s = data[i];
            acc |= litCodes[s] << bits;
            bits += lit[s];
            while (bits >= 8) {
                out[pos++] = acc & 0xff;
                acc >>>= 8;
                bits -= 8;
            }
        }
        this.pos = pos;
        this.acc = acc;
        this.bits = bits;
        this.put(litCodes[256], lit[256]);
        this.flush();
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/layer-plan.js




const SAMPLE_BYTES = 128 * 1024;
const SAMPLES = 4;
/** Files this small are configs/tokenizers: they compress well and cost nothing to gzip. */
const SMALL_FILE = 256 * 1024;
/** With auto, compress only when gzip saves at least this share (float weights save ~7 %). */
const MIN_SAVING = 0.1;
/** LZ77 is used only when it beats Huffman-only coding by this much; it is several times slower. */
const LZ_ADVANTAGE = 0.05;
function huffmanRatio(sample) {
    const freqs = new Uint32Array(257);
    for (const byte of sample)
        freqs[byte]++;
    freqs[256] = 1;
    const lengths = codeLengths(freqs, 15);
    let bits = 0;
    for (let s = 0; s < 257; s++)
        bits += freqs[s] * lengths[s];
    return bits / 8 / Math.max(1, sample.length);
}
/**
 * Measured compressibility of a few samples spread over the file. Deterministic for the same bytes, so
 * the choice of encoding is the same on every run.
 */
async function measureCompressibility(file) {
    if (file.size <= SMALL_FILE)
        return { lz: 0, huffman: 1 };
    const handle = await (0,promises_.open)(file.source, 'r');
    try {
        let raw = 0;
        let lz = 0;
        let huffman = 0;
        const buffer = Buffer.alloc(SAMPLE_BYTES);
        for (let i = 0; i < SAMPLES; i++) {
            const position = Math.floor(((file.size - SAMPLE_BYTES) * i) / (SAMPLES - 1));
            const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, position);
            const sample = buffer.subarray(0, bytesRead);
            raw += bytesRead;
            lz += deflateSync(sample, { level: 1 }).length;
            huffman += huffmanRatio(sample) * bytesRead;
        }
        return raw === 0 ? { lz: 0, huffman: 1 } : { lz: lz / raw, huffman: huffman / raw };
    }
    finally {
        await handle.close();
    }
}
function chooseEncoding(measured, compression) {
    if (compression === 'none')
        return 'none';
    const best = Math.min(measured.lz, measured.huffman);
    if (compression === 'auto' && best > 1 - MIN_SAVING)
        return 'none';
    return measured.lz < measured.huffman - LZ_ADVANTAGE ? 'deflate' : 'huffman';
}
/**
 * Group files into layers by encoding (with `auto`, incompressible weights go to uncompressed layers),
 * and cut every group into layers of at most `maxLayerBytes` (a bigger file gets a layer of its own),
 * which keeps uploads under registry limits and lets layers build in parallel. Order: uncompressed,
 * Huffman, then LZ layers (small configs last).
 */
async function planLayers(files, compression, maxLayerBytes) {
    const groups = { none: [], huffman: [], deflate: [] };
    for (const file of files) {
        const encoding = compression === 'none' ? 'none' : chooseEncoding(await measureCompressibility(file), compression);
        groups[encoding].push(file);
    }
    const cut = (group, encoding) => {
        const layers = [];
        let current = [];
        let bytes = 0;
        for (const file of group) {
            if (current.length > 0 && bytes + file.size > maxLayerBytes) {
                layers.push({ files: current, encoding });
                current = [];
                bytes = 0;
            }
            current.push(file);
            bytes += file.size;
        }
        if (current.length > 0)
            layers.push({ files: current, encoding });
        return layers;
    };
    return [...cut(groups.none, 'none'), ...cut(groups.huffman, 'huffman'), ...cut(groups.deflate, 'deflate')];
}
/** Tar entries of a layer: every parent directory explicitly, then files, in byte order of the path. */
function layerEntries(plan, mtime) {
    const dirs = new Set();
    for (const file of plan.files) {
        const parts = file.dest.split('/');
        for (let i = 1; i < parts.length; i++)
            dirs.add(`${parts.slice(0, i).join('/')}/`);
    }
    const entries = [
        ...[...dirs].map((path) => ({ path, type: 'directory', mode: 0o755, size: 0, mtime })),
        ...plan.files.map((file) => ({
            path: file.dest,
            type: 'file',
            mode: file.executable ? 0o755 : 0o644,
            size: file.size,
            mtime,
            file,
        })),
    ];
    return entries.sort((a, b) => byUtf8(a.path, b.path));
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/async/limit.js
var limit = __webpack_require__(9225);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/tar-header.js
/**
 * Deterministic tar headers: USTAR, with a PAX extended header only when a name is longer than the USTAR
 * field or not ASCII, or a size does not fit 11 octal digits. Owner is always 0/0 with empty user and
 * group names; the caller fixes mode and mtime, so the same inputs give the same bytes everywhere.
 */
const tar_header_BLOCK = 512;
const encoder = new TextEncoder();
function writeString(block, offset, length, text) {
    const bytes = encoder.encode(text);
    block.set(bytes.subarray(0, length), offset);
}
/** Octal, zero-padded to length-1 digits, NUL-terminated (the form GNU tar and Go write). */
function writeOctal(block, offset, length, value) {
    writeString(block, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}
function isPlainAscii(text) {
    return /^[\x20-\x7e]*$/.test(text);
}
/** One PAX record: "<len> <key>=<value>\n", where len counts the whole record including its own digits. */
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    const bodyLength = encoder.encode(body).length;
    let length = bodyLength + String(bodyLength).length;
    if (String(length).length > String(bodyLength).length)
        length += 1;
    return `${length}${body}`;
}
function ustarBlock(name, typeflag, mode, size, mtime) {
    const block = new Uint8Array(tar_header_BLOCK);
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
    for (const byte of block)
        sum += byte;
    writeString(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
    return block;
}
const MAX_OCTAL_SIZE = 0o77777777777;
/** Header bytes (one block, or a PAX header + data + the USTAR block) for an entry. */
function encodeHeader(entry) {
    const typeflag = entry.type === 'directory' ? '5' : '0';
    const nameBytes = encoder.encode(entry.path).length;
    const records = [];
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
    if (records.length === 0)
        return main;
    const data = encoder.encode(records.join(''));
    const paxName = `PaxHeaders/${name.replace(/\/$/, '').slice(-80)}`;
    const header = ustarBlock(paxName, 'x', 0o644, data.length, entry.mtime);
    const out = new Uint8Array(tar_header_BLOCK + paddedLength(data.length) + tar_header_BLOCK);
    out.set(header, 0);
    out.set(data, tar_header_BLOCK);
    out.set(main, tar_header_BLOCK + paddedLength(data.length));
    return out;
}
function paddedLength(size) {
    return Math.ceil(size / tar_header_BLOCK) * tar_header_BLOCK;
}
/** Bytes of a complete tar entry (header(s) + padded content). */
function entryLength(entry) {
    return encodeHeader(entry).length + paddedLength(entry.type === 'file' ? entry.size : 0);
}
/** The end-of-archive marker: two zero blocks. */
const TRAILER = new Uint8Array(tar_header_BLOCK * 2);

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/layer-writer.js








const CHUNK = 1024 * 1024;
/** Bytes waiting in the compressor before the reader pauses: bounds memory per layer. */
const MAX_QUEUED = 16 * CHUNK;
/** The uncompressed tar of a layer as a stream of chunks; file content is read, never held whole. */
async function* tarChunks(plan, mtime) {
    for (const entry of layerEntries(plan, mtime)) {
        yield encodeHeader(entry);
        if (!entry.file)
            continue;
        const handle = await (0,promises_.open)(entry.file.source, 'r');
        try {
            let remaining = entry.size;
            while (remaining > 0) {
                const buffer = Buffer.allocUnsafe(Math.min(CHUNK, remaining));
                const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
                if (bytesRead === 0) {
                    throw new errors/* ConfigurationError */.j1(`Input 'model': ${entry.file.source} shrank while the image was built; do not change model files during the build.`);
                }
                remaining -= bytesRead;
                yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
            }
        }
        finally {
            await handle.close();
        }
        const pad = paddedLength(entry.size) - entry.size;
        if (pad > 0)
            yield new Uint8Array(pad);
    }
    yield TRAILER;
}
/** Serialises writes to one file handle while the producer keeps going. */
class OrderedWriter {
    handle;
    hash;
    tail = Promise.resolve();
    failure;
    constructor(handle, hash) {
        this.handle = handle;
        this.hash = hash;
    }
    size = 0;
    push(chunk) {
        this.hash.update(chunk);
        this.size += chunk.length;
        const handle = this.handle;
        if (!handle)
            return;
        this.tail = this.tail.then(async () => {
            try {
                await handle.write(chunk);
            }
            catch (error) {
                this.failure ??= error instanceof Error ? error : new Error(String(error));
            }
        });
    }
    async flush() {
        await this.tail;
        if (this.failure)
            throw this.failure;
    }
}
/** Feed the tar through fflate's gzip (in a worker thread) in fixed-size chunks, so output is stable. */
async function gzipInto(source, raw, writer) {
    let waiter;
    let finished;
    let failed;
    const done = new Promise((resolve, reject) => {
        finished = resolve;
        failed = reject;
    });
    // mtime 0: fflate otherwise writes the current time into the gzip header.
    const gzip = new AsyncGzip({ level: 1, mtime: 0 }, (error, chunk, final) => {
        if (error)
            failed(error);
        else {
            writer.push(chunk);
            if (final)
                finished();
        }
    });
    gzip.ondrain = () => {
        if (waiter && gzip.queuedSize < MAX_QUEUED) {
            const wake = waiter;
            waiter = undefined;
            wake();
        }
    };
    let pending = new Uint8Array(CHUNK);
    let filled = 0;
    const send = async (final) => {
        gzip.push(filled === pending.length ? pending : pending.slice(0, filled), final);
        pending = new Uint8Array(CHUNK);
        filled = 0;
        if (gzip.queuedSize >= MAX_QUEUED)
            await new Promise((resolve) => (waiter = resolve));
    };
    try {
        for await (const chunk of source) {
            raw.update(chunk);
            let offset = 0;
            while (offset < chunk.length) {
                const take = Math.min(CHUNK - filled, chunk.length - offset);
                pending.set(chunk.subarray(offset, offset + take), filled);
                filled += take;
                offset += take;
                if (filled === CHUNK)
                    await send(false);
            }
        }
        await send(true);
        await done;
    }
    catch (error) {
        gzip.terminate();
        throw error;
    }
}
/** Huffman-only gzip on this thread (fast enough: it does no match search). */
async function huffmanInto(source, raw, writer) {
    const gzip = new HuffmanGzip((chunk) => writer.push(chunk.slice()));
    for await (const chunk of source) {
        raw.update(chunk);
        gzip.push(chunk);
        await writer.flush(); // bounds memory: never more than one block waiting for the disk
    }
    gzip.finish();
}
/**
 * Build one layer: hash the tar (diff_id) and the blob while writing a temp file in the store. An
 * uncompressed layer that need not be kept (nothing is written locally) is only hashed and streamed
 * again from the model files at upload time, which saves writing the whole model once more.
 */
async function writeLayer(plan, mtime, store, persist) {
    const gzip = plan.encoding !== 'none';
    const keep = persist || gzip;
    const raw = (0,external_node_crypto_.createHash)('sha256');
    const blob = gzip ? (0,external_node_crypto_.createHash)('sha256') : raw;
    const temp = keep ? await store.createTemp() : undefined;
    let uncompressedSize = 0;
    let size;
    try {
        const writer = new OrderedWriter(temp?.handle, blob);
        const counted = async function* () {
            for await (const chunk of tarChunks(plan, mtime)) {
                uncompressedSize += chunk.length;
                yield chunk;
            }
        };
        if (plan.encoding === 'deflate')
            await gzipInto(counted(), raw, writer);
        else if (plan.encoding === 'huffman')
            await huffmanInto(counted(), raw, writer);
        else {
            for await (const chunk of counted()) {
                writer.push(chunk);
                await writer.flush(); // waiting here bounds memory to one chunk
            }
        }
        await writer.flush();
        size = writer.size;
        await temp?.handle.close();
    }
    catch (error) {
        if (temp) {
            await temp.handle.close().catch(() => undefined);
            await store.discard(temp.path);
        }
        throw error;
    }
    const diffId = `sha256:${raw.digest('hex')}`;
    const digest = gzip ? `sha256:${blob.digest('hex')}` : diffId;
    if (temp)
        await store.commit(temp.path, digest);
    return {
        digest,
        diffId,
        size,
        uncompressedSize,
        gzip,
        encoding: plan.encoding,
        files: plan.files.length,
        stored: keep,
        plan,
        mtime,
    };
}
/** Build layers with at most `concurrency` at once (gzip work runs on worker threads), keeping order. */
async function writeLayers(plans, mtime, store, concurrency, persist, onLayer) {
    return (0,limit/* mapLimit */.s)(plans, concurrency, async (plan) => {
        const layer = await writeLayer(plan, mtime, store, persist);
        onLayer?.(layer);
        return layer;
    });
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/build.js




/**
 * Build the image: model layers once (shared by every platform), then per platform a config and a
 * manifest appended to that platform's base, and an index when there are several platforms. Configs and
 * manifests are stored as blobs too, so the store is a complete OCI layout `blobs/` directory.
 */
async function buildImage(options) {
    const plans = await planLayers(options.files, options.compression, options.maxLayerBytes);
    options.logger.info(`Building ${plans.length} model layer(s) from ${options.files.length} file(s): ${plans.filter((p) => p.encoding !== 'none').length} gzip, ${plans.filter((p) => p.encoding === 'none').length} uncompressed.`);
    const layers = await writeLayers(plans, options.epoch, options.store, options.concurrency, options.persist, (layer) => options.onLayer?.({ digest: layer.digest, size: layer.size, layer }));
    const created = new Date(options.epoch * 1000).toISOString().replace('.000Z', 'Z');
    const blobs = new Map();
    const manifests = [];
    for (const base of options.bases) {
        const config = buildConfig(base.config, base.platform, layers, options.settings, created);
        const configBytes = jsonBytes(config);
        const configDigest = await options.store.putBytes(configBytes);
        const configDescriptor = {
            mediaType: (0,media_types/* configType */.d3)(base.family),
            digest: configDigest,
            size: configBytes.length,
        };
        const layerDescriptors = [...base.layers, ...layers.map((l) => layerDescriptor(base.family, l))];
        for (const layer of base.layers)
            blobs.set(layer.digest, { digest: layer.digest, size: layer.size, base });
        for (const layer of layers)
            blobs.set(layer.digest, { digest: layer.digest, size: layer.size, layer });
        blobs.set(configDigest, { digest: configDigest, size: configBytes.length });
        const manifest = buildManifest(base.family, configDescriptor, layerDescriptors, options.annotations);
        const bytes = jsonBytes(manifest);
        const digest = await options.store.putBytes(bytes);
        manifests.push({
            mediaType: manifest.mediaType,
            digest,
            size: bytes.length,
            platform: base.platform,
            bytes,
        });
        options.logger.debug(`${(0,media_types/* formatPlatform */.Bq)(base.platform)}: manifest ${digest}`);
    }
    const family = options.bases[0].family;
    const size = [...blobs.values()].reduce((sum, blob) => sum + blob.size, 0);
    if (manifests.length === 1) {
        const { platform: _platform, ...top } = manifests[0];
        return { top, children: [], blobs: [...blobs.values()], layers, family, size };
    }
    const index = buildIndex(family, manifests.map(({ bytes: _bytes, ...descriptor }) => descriptor), options.annotations);
    const bytes = jsonBytes(index);
    const digest = await options.store.putBytes(bytes);
    return {
        top: { mediaType: index.mediaType, digest, size: bytes.length, bytes },
        children: manifests,
        blobs: [...blobs.values()],
        layers,
        family,
        size,
    };
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/oci-layout.js
var oci_layout = __webpack_require__(389);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/provenance.js + 1 modules
var provenance = __webpack_require__(5881);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/push.js




/** Make sure a base-image blob is in the local store (downloaded from the base's registry). */
async function fetchBaseBlob(blob, store) {
    if ((await store.size(blob.digest)) === blob.size)
        return;
    const source = blob.base?.source;
    if (!source)
        throw new Error(`blob ${blob.digest} is neither built here nor part of a base image`);
    await source.client.downloadBlob(source.ref.repository, blob.digest, store);
}
/**
 * Uploads blobs to one repository, each at most once, with a bounded number in flight: HEAD first;
 * base layers are mounted from the base repository when it is on the same registry, else copied. Model
 * layers can be handed over as soon as they are built, so uploading overlaps building the next ones.
 */
class BlobPusher {
    client;
    repository;
    store;
    logger;
    counts = { uploaded: 0, mounted: 0, existing: 0 };
    started = new Map();
    limited;
    constructor(client, repository, store, logger, concurrency = 3) {
        this.client = client;
        this.repository = repository;
        this.store = store;
        this.logger = logger;
        this.limited = (0,limit/* createLimiter */.z)(concurrency);
    }
    push(blob) {
        let pending = this.started.get(blob.digest);
        if (!pending) {
            pending = this.limited(() => this.transfer(blob));
            this.started.set(blob.digest, pending);
            pending.catch(() => undefined); // awaited by whoever needs it; never an unhandled rejection
        }
        return pending;
    }
    async transfer(blob) {
        const { client, repository, store } = this;
        if (await client.blobExists(repository, blob.digest)) {
            this.counts.existing++;
            return;
        }
        let location;
        const source = blob.base?.source;
        if (source && source.client.host === client.host && source.ref.repository !== repository) {
            const mounted = await client.mountBlob(repository, blob.digest, source.ref.repository);
            if (mounted === true) {
                this.counts.mounted++;
                return;
            }
            location = mounted;
        }
        if (blob.base)
            await fetchBaseBlob(blob, store);
        const layer = blob.layer;
        const open = layer && !layer.stored
            ? () => external_node_stream_.Readable.from(tarChunks(layer.plan, layer.mtime), { objectMode: false })
            : () => (0,external_node_fs_.createReadStream)(store.path(blob.digest));
        await client.uploadBlob(repository, blob.digest, blob.size, open, location);
        this.counts.uploaded++;
        this.logger.debug(`uploaded ${blob.digest} (${blob.size} bytes)`);
    }
}
/**
 * Push in the order that never exposes a broken image: every blob, then per-platform manifests, then
 * the image manifest by digest, and only then the tags.
 */
async function pushImage(image, client, repository, tags, pusher) {
    await Promise.all(image.blobs.map((blob) => pusher.push(blob)));
    for (const child of image.children)
        await client.putManifest(repository, child.digest, child.mediaType, child.bytes);
    await client.putManifest(repository, image.top.digest, image.top.mediaType, image.top.bytes);
    for (const tag of tags)
        await client.putManifest(repository, tag, image.top.mediaType, image.top.bytes);
    return { digest: image.top.digest, ...pusher.counts };
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/oci/reference.js
var reference = __webpack_require__(7246);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/registry-client.js + 1 modules
var registry_client = __webpack_require__(1478);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/tags.js


/**
 * The version of this build: given, or read from the pushed git tag (`v1.2.3`, or GTO's
 * `<name>@v1.2.3`), without the leading v.
 */
function detectVersion(input) {
    if (input.version)
        return input.version.replace(/^v(?=\d)/, '');
    const tag = input.ref?.startsWith('refs/tags/') ? input.ref.slice('refs/tags/'.length) : undefined;
    if (!tag)
        return undefined;
    const semver = /^v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?)$/;
    const plain = semver.exec(tag);
    if (plain)
        return plain[1];
    const gto = /^(.+)@v(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?)$/.exec(tag);
    return gto && gto[1] === input.name ? gto[2] : undefined;
}
/**
 * Tags to push: the given ones, plus `sha-<7 hex>` for the commit and the version when known (build
 * metadata's '+' becomes '_', since tags cannot hold '+'); `latest` only when nothing else applies.
 */
function imageTags(input) {
    for (const tag of input.given) {
        if (!reference/* TAG_PATTERN */.A0.test(tag)) {
            throw new errors/* ConfigurationError */.j1(`Input 'tags': '${tag}' is not a valid tag (letters, digits, _ . -, at most 128 characters, not starting with . or -).`);
        }
    }
    const tags = [...input.given];
    const version = detectVersion(input);
    if (version)
        tags.push(version.replace(/\+/g, '_'));
    if (input.sha && /^[0-9a-f]{7,}$/.test(input.sha))
        tags.push(`sha-${input.sha.slice(0, 7)}`);
    if (tags.length === 0)
        tags.push('latest');
    return [...new Set(tags)];
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/package-model.js
















/** Read inputs that need no I/O first, so bad input fails before anything is fetched or written. */
function validate(options) {
    if (!options.image && !options.ociLayout) {
        throw new errors/* ConfigurationError */.j1("Input 'image' is required unless 'oci-layout' is given (push target or local layout).");
    }
    if (options.model.length === 0)
        throw new errors/* ConfigurationError */.j1("Input 'model' is required: the model files or directories.");
    const target = options.image ? (0,reference/* parseImageReference */.o_)(options.image, 'image') : undefined;
    if (target?.digest)
        throw new errors/* ConfigurationError */.j1(`Input 'image': '${options.image}' must not contain a digest.`);
    const base = options.baseImage.trim() === '' || options.baseImage.trim() === 'scratch'
        ? undefined
        : (0,reference/* parseImageReference */.o_)(options.baseImage, 'base-image');
    const platforms = (options.platforms.length > 0 ? options.platforms : ['linux/amd64']).map(base_image/* parsePlatform */.FL);
    const imageDir = normaliseImageDir(options.modelDir ?? `/models/${options.name}`, 'model-dir');
    const tags = imageTags({
        given: [...options.tags, ...(target?.tag ? [target.tag] : [])],
        name: options.name,
        version: options.version,
        sha: options.sha,
        ref: options.ref,
    });
    return { target, base, platforms, imageDir, tags };
}
/**
 * Package a model as an OCI image: collect the files, fetch the base, build reproducible layers and
 * the config/manifest, then write an OCI layout and/or push to the registry.
 */
async function packageModel(options) {
    const { target, base, platforms, imageDir, tags } = validate(options);
    const sources = modelSources(options.workspace, options.model);
    // The layout may be anywhere the workflow author says (e.g. runner.temp), never in .git.
    const layoutDir = options.ociLayout
        ? path_policy/* PathPolicy */.Up.forWorkspace(options.workspace).resolveInput(options.ociLayout, 'oci-layout', 'write')
        : undefined;
    const files = await collectModelFiles(sources, imageDir, options.workspace);
    const clientFor = (registry, access, credentials) => new registry_client/* RegistryClient */.b({
        registry,
        access,
        credentials,
        logger: options.logger,
        retryBaseMs: options.retryBaseMs,
    });
    const sameRegistry = base && target && base.registry === target.registry;
    const targetAccess = target ? { [target.repository]: 'pull,push' } : {};
    if (sameRegistry && base.repository !== target.repository)
        targetAccess[base.repository] = 'pull';
    const targetClient = target ? clientFor(target.registry, targetAccess, options.credentials) : undefined;
    let bases;
    if (base) {
        const baseClient = sameRegistry && targetClient
            ? targetClient
            : clientFor(base.registry, { [base.repository]: 'pull' }, undefined);
        options.logger.info(`Base image ${options.baseImage} for ${platforms.map(media_types/* formatPlatform */.Bq).join(', ')}`);
        bases = await (0,base_image/* fetchBaseImages */.s1)(base, baseClient, platforms);
    }
    else {
        bases = platforms.map(base_image/* scratchBase */.EV);
    }
    const labels = await imageLabels(options);
    const annotations = Object.fromEntries(Object.entries(labels).filter(([key]) => key.startsWith('org.opencontainers.image.')));
    const scratchDir = (0,external_node_path_.join)(options.tempDir, `mlops-image-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    const store = new blob_store/* BlobStore */.l(layoutDir ? (0,external_node_path_.join)(layoutDir, 'blobs') : (0,external_node_path_.join)(scratchDir, 'blobs'));
    const pusher = target && targetClient
        ? new BlobPusher(targetClient, target.repository, store, options.logger)
        : undefined;
    const started = Date.now();
    try {
        const image = await buildImage({
            files,
            compression: options.compression,
            maxLayerBytes: options.maxLayerBytes,
            epoch: options.epoch,
            bases,
            settings: { ...options.settings, labels },
            annotations,
            store,
            concurrency: options.concurrency,
            persist: layoutDir !== undefined,
            // Upload each layer while the next ones are built (not when a layout is written: it comes first).
            onLayer: pusher && !layoutDir ? (blob) => void pusher.push(blob) : undefined,
            logger: options.logger,
        });
        options.logger.debug(`layers built in ${Date.now() - started} ms`);
        if (layoutDir) {
            for (const blob of image.blobs)
                if (blob.base)
                    await fetchBaseBlob(blob, store);
            await (0,oci_layout/* writeOciLayout */.f)(layoutDir, image.top, tags);
            options.logger.info(`Wrote ${image.top.digest} to the OCI layout ${options.ociLayout} (${tags.join(', ')}).`);
        }
        let pushed;
        if (target && targetClient && pusher) {
            pushed = await pushImage(image, targetClient, target.repository, tags, pusher);
            options.logger.debug(`pushed ${Date.now() - started} ms after the build started`);
            options.logger.info(`Pushed ${target.registry}/${target.repository}@${image.top.digest} (${tags.join(', ')}).`);
        }
        return {
            digest: image.top.digest,
            mediaType: image.top.mediaType,
            imageRef: target ? `${target.registry}/${target.repository}@${image.top.digest}` : undefined,
            layout: options.ociLayout,
            tags,
            size: image.size,
            platforms: platforms.map(media_types/* formatPlatform */.Bq),
            layers: image.layers,
            labels,
            pushed,
        };
    }
    finally {
        await (0,promises_.rm)(scratchDir, { recursive: true, force: true });
    }
}
/** Provenance labels with the user's labels on top. */
async function imageLabels(options) {
    return {
        ...(await (0,provenance/* provenanceLabels */.Xd)({
            workspace: options.workspace,
            name: options.name,
            version: detectVersionFrom(options),
            description: options.description,
            sourceUrl: options.sourceUrl,
            revision: options.sha,
            created: new Date(options.epoch * 1000).toISOString().replace('.000Z', 'Z'),
            runId: options.runId,
            metricsFile: options.metricsFile,
            registry: options.registry,
            logger: options.logger,
        })),
        ...options.settings.labels,
    };
}
function detectVersionFrom(options) {
    return detectVersion({ version: options.version, ref: options.ref, name: options.name });
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/docker-package.js








/**
 * `engine: docker`: stage the model files and a generated Dockerfile, then `docker buildx build --push`.
 * Needs a runner with Docker and a prior `docker login` (e.g. docker/login-action).
 */
async function packageWithDocker(options, docker) {
    const { target, base, platforms, imageDir, tags } = validate(options);
    if (!target)
        throw new errors/* ConfigurationError */.j1("Input 'image' is required with engine: docker.");
    if (options.ociLayout)
        throw new errors/* ConfigurationError */.j1("Input 'oci-layout' is not supported with engine: docker; use engine: native.");
    const files = await collectModelFiles(modelSources(options.workspace, options.model), imageDir, options.workspace);
    const labels = await imageLabels(options);
    const contextDir = (0,external_node_path_.join)(options.tempDir, `mlops-docker-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    const repository = `${target.registry}/${target.repository}`;
    const plan = dockerBuildPlan({
        files,
        imageDir,
        baseImage: base ? options.baseImage : 'scratch',
        settings: { ...options.settings, labels },
        platforms: platforms.map(media_types/* formatPlatform */.Bq),
        refs: tags.map((tag) => `${repository}:${tag}`),
        push: true,
        contextDir,
        metadataFile: (0,external_node_path_.join)(contextDir, 'metadata.json'),
    });
    try {
        for (const item of plan.stage) {
            const dest = (0,external_node_path_.join)(contextDir, item.contextPath);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
            await (0,promises_.copyFile)(item.source, dest);
        }
        await (0,promises_.writeFile)((0,external_node_path_.join)(contextDir, 'Dockerfile'), plan.dockerfile);
        const code = await docker(plan.args);
        if (code !== 0)
            throw new errors/* ConfigurationError */.j1(`docker buildx build failed (exit ${code}); see the log above.`);
        const metadata = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(contextDir, 'metadata.json'), 'utf8'));
        const reported = metadata['containerimage.digest'];
        const digest = typeof reported === 'string' ? reported : '';
        const size = files.reduce((sum, file) => sum + file.size, 0);
        return {
            digest,
            mediaType: '',
            imageRef: digest ? `${repository}@${digest}` : undefined,
            layout: undefined,
            tags,
            size,
            platforms: platforms.map(media_types/* formatPlatform */.Bq),
            layers: [],
            labels,
            pushed: undefined,
        };
    }
    finally {
        await (0,promises_.rm)(contextDir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/format-bytes.js
var format_bytes = __webpack_require__(2139);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/summary.js


/** Job summary: where the image is, its digest and tags, the model layers and the labels. */
function imageSummary(input) {
    const lines = [`### Model image: ${(0,markdown/* escapeMarkdown */.FV)(input.name)}`, ''];
    const facts = [['Digest', (0,markdown/* code */.aY)(input.digest)]];
    if (input.imageRef)
        facts.push(['Image', (0,markdown/* code */.aY)(input.imageRef)]);
    if (input.layout)
        facts.push(['OCI layout', (0,markdown/* code */.aY)(input.layout)]);
    facts.push(['Tags', input.tags.map(markdown/* code */.aY).join(' ')]);
    facts.push(['Platforms', input.platforms.map(markdown/* code */.aY).join(' ')]);
    facts.push(['Size', (0,format_bytes/* formatBytes */.z)(input.size)]);
    if (input.pushed) {
        facts.push([
            'Blobs',
            `${input.pushed.uploaded} uploaded, ${input.pushed.mounted} mounted, ${input.pushed.existing} already there`,
        ]);
    }
    lines.push((0,markdown/* table */.tp)(['', ''], facts), '');
    lines.push((0,markdown/* table */.tp)(['Layer', 'Files', 'Compression', 'Size', 'Digest'], input.layers.map((layer, i) => [
        String(i + 1),
        String(layer.files),
        layer.encoding === 'none' ? 'none' : layer.encoding === 'huffman' ? 'gzip (Huffman-only)' : 'gzip',
        (0,format_bytes/* formatBytes */.z)(layer.size),
        (0,markdown/* code */.aY)(layer.digest.slice(0, 19)),
    ]), ['right', 'right', 'left', 'right', 'left']), '');
    const labelRows = Object.entries(input.labels).map(([key, value]) => [(0,markdown/* code */.aY)(key), (0,markdown/* code */.aY)(value)]);
    if (labelRows.length > 0)
        lines.push((0,markdown/* details */.zH)(`Labels (${labelRows.length})`, (0,markdown/* table */.tp)(['Label', 'Value'], labelRows)));
    return lines.join('\n');
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/branch.js
var branch = __webpack_require__(9813);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/actions/build-model-image.js

















const buildModelImageSchema = schemas/* object */.Ikc({
    model: inputs/* inputs */.QL.list(),
    name: inputs/* inputs */.QL.string(),
    'model-dir': inputs/* inputs */.QL.optionalString(),
    'base-image': (0,config_inputs/* fromConfig */.bw)('image.base-image', inputs/* inputs */.QL.text('scratch')),
    image: (0,config_inputs/* fromConfig */.bw)('image.image', inputs/* inputs */.QL.optionalString(), {
        otherwise: 'none (only oci-layout is written)',
    }),
    tags: inputs/* inputs */.QL.list({ splitSpaces: true }),
    platform: inputs/* inputs */.QL.list({ splitSpaces: true, fallback: ['linux/amd64'] }),
    entrypoint: inputs/* inputs */.QL.raw(),
    cmd: inputs/* inputs */.QL.raw(),
    env: inputs/* inputs */.QL.keyValues(),
    workdir: inputs/* inputs */.QL.optionalString(),
    user: inputs/* inputs */.QL.optionalString(),
    labels: inputs/* inputs */.QL.keyValues({ singleLineValues: true }),
    'oci-layout': inputs/* inputs */.QL.optionalString(),
    compression: inputs/* inputs */.QL.choice(['auto', 'gzip', 'none'], 'auto'),
    engine: inputs/* inputs */.QL.choice(['native', 'docker'], 'native'),
    'max-layer-size': inputs/* inputs */.QL.integer(512, 1, 10_000),
    version: inputs/* inputs */.QL.optionalString(),
    description: inputs/* inputs */.QL.optionalString(),
    'run-id': inputs/* inputs */.QL.optionalString(),
    metrics: inputs/* inputs */.QL.optionalString(),
    'registry-username': inputs/* inputs */.QL.optionalString(),
    'registry-password': inputs/* inputs */.QL.optionalString(),
    'github-token': inputs/* inputs */.QL.optionalString(),
});
/** SOURCE_DATE_EPOCH, else the commit time of HEAD, else 0: never the current time. */
async function buildEpoch(given, git) {
    if (given) {
        if (!/^\d+$/.test(given))
            throw new errors/* ConfigurationError */.j1(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got '${given}'.`);
        return Number(given);
    }
    try {
        const time = await new commands/* GitCommands */.rR(git).commitTime('HEAD');
        return Number.isInteger(time) && time >= 0 ? time : 0;
    }
    catch {
        return 0; // not a git checkout: a fixed time still keeps builds reproducible
    }
}
const buildModelImage = (0,action/* defineAction */.QP)({
    name: 'build-model-image',
    github: false, // never calls the GitHub API: its runs skip loading the client
    schema: buildModelImageSchema,
    run: async (input, ctx) => {
        const { env, host } = ctx;
        const image = input.image;
        const registry = image ? (0,reference/* parseImageReference */.o_)(image, 'image').registry : undefined;
        // The GitHub token only ever goes to ghcr.io; other registries get exactly what the user passed.
        const credentials = (0,registry_credentials/* registryCredentials */.Q)(ctx, registry, {
            username: input['registry-username'],
            password: input['registry-password'],
            githubToken: input['github-token'],
        });
        const metricsFile = path_policy/* PathPolicy */.Up.forWorkspace(env.workspace).resolveInput(input.metrics ?? 'metrics.json', 'metrics');
        const options = {
            workspace: env.workspace,
            tempDir: env.temp,
            model: input.model,
            name: input.name,
            modelDir: input['model-dir'],
            baseImage: input['base-image'],
            image,
            tags: input.tags,
            platforms: input.platform,
            settings: {
                env: input.env,
                entrypoint: parseCommand(input.entrypoint, 'entrypoint'),
                cmd: parseCommand(input.cmd, 'cmd'),
                workdir: input.workdir,
                user: input.user,
                labels: input.labels,
            },
            ociLayout: input['oci-layout'],
            compression: input.compression,
            maxLayerBytes: input['max-layer-size'] * 1024 * 1024,
            credentials,
            epoch: await buildEpoch(env.sourceDateEpoch, ctx.git()),
            version: input.version,
            description: input.description,
            runId: input['run-id'],
            metricsFile,
            registry: { git: ctx.git(), branch: (0,branch/* resolveRegistryBranch */.wT)(undefined, ctx.config.registry) },
            sourceUrl: env.repository ? `${env.serverUrl}/${env.repository}` : undefined,
            sha: env.sha,
            ref: env.ref,
            concurrency: Math.max(2, (0,external_node_os_.availableParallelism)()),
            retryBaseMs: env.tuning.httpRetryBaseMs,
            logger: host,
        };
        const result = input.engine === 'docker'
            ? await packageWithDocker(options, (args) => (0,exec/* exec */.m)('docker', args, { ignoreReturnCode: true }))
            : await packageModel(options);
        host.setOutput('digest', result.digest);
        host.setOutput('image-ref', result.imageRef ?? '');
        host.setOutput('tags', result.tags);
        host.setOutput('size', result.size);
        await host.appendSummary(imageSummary({ name: input.name, ...result }), `the image config of ${(0,markdown/* code */.aY)(result.digest)} (every label) and the step's outputs`);
    },
});


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

/***/ 389:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ readLayoutLabels),
/* harmony export */   f: () => (/* binding */ writeOciLayout)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(146);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6974);
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2480);
/* harmony import */ var _inspect_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2203);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3591);







const REF_NAME = 'org.opencontainers.image.ref.name';
/**
 * Record an image in an OCI image layout (blobs are already under `<dir>/blobs`): write `oci-layout` and
 * add one index.json entry per tag, replacing entries with the same tag so reruns stay idempotent.
 */
async function writeOciLayout(dir, image, tags) {
    const indexPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'index.json');
    let manifests = [];
    try {
        const existing = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(indexPath, 'utf8'));
        manifests = existing.manifests ?? [];
    }
    catch (error) {
        if (error.code !== 'ENOENT') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input 'oci-layout': ${indexPath} exists but is not a readable OCI index: ${error.message}`);
        }
    }
    const names = new Set(tags);
    manifests = manifests.filter((m) => !names.has(m.annotations?.[REF_NAME] ?? '\0'));
    for (const tag of tags) {
        manifests.push({
            mediaType: image.mediaType,
            digest: image.digest,
            size: image.size,
            annotations: { [REF_NAME]: tag },
        });
    }
    await (0,_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'oci-layout'), `${JSON.stringify({ imageLayoutVersion: '1.0.0' })}\n`);
    await (0,_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)(indexPath, `${JSON.stringify({ schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_6__/* .MEDIA */ .Rn.ociIndex, manifests }, null, 2)}\n`);
}
/** A blob of the layout, verified against its digest; undefined when the layout does not hold it. */
async function readBlob(dir, digest) {
    const m = /^sha256:([a-f0-9]{64})$/.exec(digest);
    if (!m)
        return undefined;
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'blobs', 'sha256', m[1]));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    if ((0,_blob_store_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .s)(bytes) !== digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`The OCI layout ${dir} is damaged: blob ${digest} does not match its digest.`);
    }
    return bytes;
}
function parseBlob(bytes, dir, digest) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`The OCI layout ${dir}: blob ${digest} is not JSON.`);
    }
}
/**
 * The labels of the image `digest` (a manifest, or an index: its linux/amd64 image, else its first) in the
 * OCI image layout `dir`, as the registry inspector reads them; undefined when the layout does not hold it.
 */
async function readLayoutLabels(dir, digest) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'oci-layout'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${dir} is not an OCI image layout (it has no oci-layout file).`);
    }
    let top = await readBlob(dir, digest);
    if (!top)
        return undefined;
    let manifest = parseBlob(top, dir, digest);
    if (manifest.manifests) {
        const child = (0,_inspect_js__WEBPACK_IMPORTED_MODULE_5__/* .labelledChild */ .Oq)(manifest.manifests);
        top = child ? await readBlob(dir, child) : undefined;
        if (!top)
            return child ? undefined : {};
        manifest = parseBlob(top, dir, child);
    }
    const configDigest = manifest.config?.digest;
    if (!configDigest)
        return {};
    const config = await readBlob(dir, configDigest);
    return config ? (0,_inspect_js__WEBPACK_IMPORTED_MODULE_5__/* .configLabels */ .sF)(parseBlob(config, dir, configDigest)) : undefined;
}


/***/ }),

/***/ 5881:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ag: () => (/* binding */ LABEL_PREFIX),
  Xd: () => (/* binding */ provenanceLabels)
});

// UNUSED EXPORTS: dataHashes, flattenMetrics

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/structured/flatten.js
var flatten = __webpack_require__(2543);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/dvc/pointer.js + 1 modules
var dvc_pointer = __webpack_require__(1259);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/printable.js
var printable = __webpack_require__(1671);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/structured/json.js
var json = __webpack_require__(5463);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/commands.js
var commands = __webpack_require__(94);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/run-records.js
var run_records = __webpack_require__(8067);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/store.js
var store = __webpack_require__(2664);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/run-record-provenance.js
/**
 * The track-experiment run record behind an image: the newest record on the registry branch made from
 * the commit being packaged. Its run id, experiment, metrics and data versions become provenance labels
 * when the user did not name a run.
 */



const REMOTE = 'origin';
/**
 * The newest run record for the commit, read from `origin/<branch>` or the local branch; when neither is
 * there (a packaging job separate from the training job), the branch tip is fetched once. Undefined when
 * there is no repository, no registry branch or no record for the commit: labels then come from inputs.
 */
async function runRecordForCommit(lookup) {
    const { branch } = lookup;
    const git = new commands/* GitCommands */.rR(lookup.git);
    const head = await git.revParse('HEAD');
    const commit = lookup.commit ?? head;
    if (commit === undefined)
        return undefined;
    let ref = await (0,store/* resolveRegistryRef */.jt)(git, REMOTE, branch);
    if (ref === undefined && head !== undefined) {
        try {
            if (await (0,store/* fetchRegistryTip */.j$)(git, { remote: REMOTE, branch }))
                ref = `refs/remotes/${REMOTE}/${branch}`;
        }
        catch (error) {
            lookup.logger.debug(`No registry branch for provenance: ${error.message}`);
        }
    }
    if (ref === undefined)
        return undefined;
    const records = (await (0,run_records/* readRunRecords */.Y$)(git, ref, lookup.logger)).filter((r) => r.git.commit === commit);
    records.sort((a, b) => (a.endedAt < b.endedAt ? 1 : a.endedAt > b.endedAt ? -1 : 0));
    const newest = records[0];
    if (newest) {
        lookup.logger.info(`Provenance from run record ${newest.experiment}/${newest.id} on '${branch}' (commit ${commit.slice(0, 7)}).`);
    }
    return newest;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/provenance.js







const LABEL_PREFIX = 'org.mlops-actions';
const SKIP_DIRS = new Set(['.git', 'node_modules', '.dvc', 'dist', '.venv', 'venv', '__pycache__']);
const MAX_DEPTH = 3;
const MAX_METRICS = 20;
/** `.dvc` pointers near the top of the workspace: path → md5 of each tracked output. */
async function dataHashes(workspace, logger) {
    const found = {};
    const walk = async (dir, depth) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory() && depth < MAX_DEPTH && !SKIP_DIRS.has(entry.name))
                await walk(path, depth + 1);
            else if (entry.isFile() && entry.name.endsWith('.dvc')) {
                const base = (0,external_node_path_.relative)(workspace, dir).split('\\').join('/');
                try {
                    const pointer = (0,dvc_pointer/* parsePointer */.vp)(await (0,promises_.readFile)(path, 'utf8'), (0,external_node_path_.relative)(workspace, path));
                    for (const out of pointer.outs) {
                        if (out.md5)
                            found[base ? `${base}/${out.path}` : out.path] = out.md5;
                    }
                }
                catch (error) {
                    logger.warning(`Skipping ${(0,external_node_path_.relative)(workspace, path)} for provenance labels: ${error.message}`);
                }
            }
        }
    };
    await walk(workspace, 0);
    return found;
}
/** Numbers of a metrics JSON flattened to dotted keys (`{"eval": {"acc": 0.9}}` → `eval.acc`), as DVC shows them. */
function flattenMetrics(value) {
    const out = {};
    if (!(0,flatten/* isMapping */.p)(value))
        return out;
    for (const [key, inner] of (0,flatten/* flatten */.B)(value)) {
        if (typeof inner === 'number' && Number.isFinite(inner))
            out[key] = inner;
    }
    return out;
}
/**
 * Labels that say what is in the image and where it came from: the org.opencontainers.image set plus
 * model name, experiment run id, data hashes (from `.dvc` pointers) and key metrics.
 */
async function provenanceLabels(input) {
    const labels = {};
    if (input.sourceUrl)
        labels['org.opencontainers.image.source'] = input.sourceUrl;
    if (input.revision)
        labels['org.opencontainers.image.revision'] = input.revision;
    labels['org.opencontainers.image.created'] = input.created;
    if (input.version)
        labels['org.opencontainers.image.version'] = input.version;
    labels['org.opencontainers.image.title'] = input.name;
    if (input.description)
        labels['org.opencontainers.image.description'] = input.description.slice(0, 512);
    labels[`${LABEL_PREFIX}.model.name`] = input.name;
    if (input.version)
        labels[`${LABEL_PREFIX}.model.version`] = input.version;
    // No run named: the run track-experiment recorded for this commit, when there is one.
    const record = input.runId || !input.registry
        ? undefined
        : await runRecordForCommit({
            workspace: input.workspace,
            commit: input.revision,
            logger: input.logger,
            ...input.registry,
        });
    const runId = input.runId ?? record?.id;
    if (runId)
        labels[`${LABEL_PREFIX}.run-id`] = runId;
    if (record)
        labels[`${LABEL_PREFIX}.experiment`] = record.experiment;
    // Pointers in this checkout first (in walk order, as before), then data versions only the record knows.
    const data = await dataHashes(input.workspace, input.logger);
    for (const entry of record?.data ?? [])
        data[entry.path] ??= entry.md5;
    for (const [path, md5] of Object.entries(data))
        labels[`${LABEL_PREFIX}.data.${path}`] = `md5:${md5}`;
    // The record's metrics, with the metrics file (this checkout's newest numbers) winning per key.
    const metrics = { ...record?.metrics };
    if (input.metricsFile) {
        try {
            Object.assign(metrics, flattenMetrics((0,json/* parseJson */.q)(await (0,promises_.readFile)(input.metricsFile, 'utf8'), input.metricsFile)));
        }
        catch (error) {
            if (error.code !== 'ENOENT') {
                input.logger.warning(`Metrics file ${input.metricsFile} was not used for labels: ${error.message}`);
            }
        }
    }
    for (const key of Object.keys(metrics).sort().slice(0, MAX_METRICS)) {
        labels[`${LABEL_PREFIX}.metric.${key}`] = String(metrics[key]);
    }
    // Data paths, metric keys and the experiment name come from repository content: no NUL, ESC or line
    // break may reach a label (they would show in `docker inspect` and in the job summary).
    return Object.fromEntries(Object.entries(labels).map(([key, value]) => [(0,printable/* printable */.g)(key), (0,printable/* printable */.g)(value)]));
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


/***/ }),

/***/ 5463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _nesting_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2999);


/**
 * A user's JSON file: a syntax error, or a value nested deeper than MAX_NESTING, is a ConfigurationError
 * naming the file. (JSON.parse itself copes with any depth; the code that reads the value would not.)
 */
function parseJson(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file} is not valid JSON: ${error.message}`, { file });
    }
    (0,_nesting_js__WEBPACK_IMPORTED_MODULE_1__/* .checkNesting */ .n6)(value, file);
    return value;
}


/***/ })

};
