export const id = 392;
export const ids = [392];
export const modules = {

/***/ 2448:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dataHash: () => (/* binding */ dataHash),
  dataHashSchema: () => (/* binding */ dataHashSchema)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/fs/path-policy.js + 1 modules
var path_policy = __webpack_require__(7599);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/commands.js
var commands = __webpack_require__(94);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/data-hash.js + 15 modules
var data_hash = __webpack_require__(4436);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/scm-tracked.js
var scm_tracked = __webpack_require__(764);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/log-text.js
var log_text = __webpack_require__(1255);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/format-bytes.js
var format_bytes = __webpack_require__(2139);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/summary.js


function bytes(size) {
    return size === undefined ? '' : (0,format_bytes/* formatBytes */.z)(size);
}
function shortMd5(md5) {
    return md5 ? (0,markdown/* code */.aY)(md5.endsWith('.dir') ? `${md5.slice(0, 12)}….dir` : md5.slice(0, 12)) : '';
}
/** The job summary: one table row per output, plus transfer counts for push/pull. */
function dataHashSummary(result) {
    const lines = [`### data-hash ${result.command}`, ''];
    if (result.command === 'add') {
        lines.push((0,markdown/* table */.tp)(['Path', 'md5', 'Size', 'Files', 'Pointer'], result.added.map((a) => [
            (0,markdown/* code */.aY)(a.path),
            shortMd5(a.hash.md5),
            bytes(a.hash.size),
            String(a.hash.nfiles ?? 1),
            a.legacyKept
                ? 'DVC 2.x entry unchanged, kept'
                : a.written
                    ? `${(0,markdown/* code */.aY)(a.pointer)} written`
                    : `${(0,markdown/* code */.aY)(a.pointer)} up to date`,
        ]), ['left', 'left', 'right', 'right', 'left']));
    }
    else if (result.command === 'status' || result.command === 'verify') {
        const icon = (s) => s === 'unchanged' ? '✅' : s === 'modified' ? '✏️' : s === 'new' ? '🆕' : '⚠️';
        lines.push((0,markdown/* table */.tp)(['Path', 'Status', 'md5', 'Size', 'Files', 'Detail'], result.statuses.map((s) => [
            (0,markdown/* code */.aY)(s.path),
            `${icon(s.status)} ${s.status}`,
            shortMd5(s.current?.md5 ?? s.recorded?.md5),
            bytes(s.current?.size ?? s.recorded?.size),
            String(s.current?.nfiles ?? s.recorded?.nfiles ?? ''),
            (0,markdown/* escapeMarkdown */.FV)(s.detail),
        ]), ['left', 'left', 'left', 'right', 'right', 'left']));
        for (const s of result.statuses) {
            if (!s.changes)
                continue;
            const list = (label, items) => items.length
                ? `- ${label}: ${items.slice(0, 20).map(markdown/* code */.aY).join(', ')}${items.length > 20 ? `, … (${items.length})` : ''}`
                : '';
            const body = [
                list('added', s.changes.added),
                list('modified', s.changes.modified),
                list('removed', s.changes.removed),
            ].filter(Boolean);
            if (body.length)
                lines.push('', `**${(0,markdown/* escapeMarkdown */.FV)(s.path)}**`, ...body);
        }
    }
    else {
        const t = result.transfer;
        lines.push(`Remote: ${(0,markdown/* code */.aY)(result.remote ?? '')}`, '', (0,markdown/* table */.tp)(['Transferred', 'Already there', 'Missing'], [[String(t?.transferred ?? 0), String(t?.skipped ?? 0), String(t?.missing.length ?? 0)]], ['right', 'right', 'right']));
        if (result.checkouts.length) {
            lines.push('', (0,markdown/* table */.tp)(['Path', 'Restored', 'Unchanged', 'Missing'], result.checkouts.map((c) => [
                (0,markdown/* code */.aY)(c.path),
                String(c.restored),
                String(c.unchanged),
                String(c.missing),
            ]), ['left', 'right', 'right', 'right']));
        }
    }
    if (Object.keys(result.hashes).length === 0 && result.command !== 'push' && result.command !== 'pull') {
        lines.push('', '_No tracked data found._');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/actions/data-hash.js














const dataHashSchema = schemas/* object */.Ikc({
    command: inputs/* inputs */.QL.choice(['add', 'status', 'verify', 'push', 'pull'], 'status'),
    paths: (0,config_inputs/* fromConfig */.bw)('data.paths', inputs/* inputs */.QL.list({ splitSpaces: true }), {
        otherwise: 'every *.dvc pointer in the repository',
    }),
    'cache-dir': (0,config_inputs/* fromConfig */.bw)('data.cache-dir', inputs/* inputs */.QL.optionalString(), {
        otherwise: 'the cache configured in .dvc/config, else .dvc/cache',
    }),
    remote: (0,config_inputs/* fromConfig */.bw)('data.remote', inputs/* inputs */.QL.optionalString(), {
        otherwise: 'the default remote in .dvc/config',
    }),
    'endpoint-url': inputs/* inputs */.QL.optionalString(),
    jobs: (0,config_inputs/* fromConfig */.bw)('data.jobs', inputs/* inputs */.QL.integer(4, 1, 64)),
    'working-directory': inputs/* inputs */.QL.optionalString(),
});
const dataHash = (0,action/* defineAction */.QP)({
    name: 'data-hash',
    github: false, // never calls the GitHub API: its runs skip loading the client
    schema: dataHashSchema,
    run: async (input, ctx) => {
        // The workflow author's working directory may be anywhere (e.g. a second checkout in RUNNER_TEMP).
        const root = input['working-directory']
            ? path_policy/* PathPolicy */.Up.forWorkspace(ctx.env.workspace).resolveInput(input['working-directory'], 'working-directory')
            : ctx.env.workspace;
        const from = (name) => ctx.inputSource(name) === 'config' ? { file: '.mlops.yml', what: `data.${name}` } : { input: name };
        if (input.command === 'add') {
            const git = new commands/* GitCommands */.rR(ctx.git(root));
            const top = await git.topLevel().catch(() => undefined);
            if (top) {
                const what = ctx.inputSource('paths') === 'config' ? '.mlops.yml data.paths' : "Input 'paths'";
                await (0,scm_tracked/* refuseGitTracked */.l)(git, top, input.paths.map((p) => (0,external_node_path_.resolve)(root, p)), what);
            }
        }
        const reportPath = (0,external_node_path_.join)(ctx.env.temp, 'mlops-data-hash', `${input.command}-report-${process.pid}.json`);
        let failure;
        const result = await (0,data_hash/* runDataHash */.u)({
            command: input.command,
            root,
            paths: input.paths,
            pathsFrom: from('paths'),
            cacheDir: input['cache-dir'],
            cacheDirFrom: from('cache-dir'),
            remote: input.remote,
            remoteFrom: from('remote'),
            endpointUrl: input['endpoint-url'] ?? ctx.env.aws.endpointUrl,
            region: ctx.env.aws.region,
            jobs: input.jobs,
            logger: ctx.host,
            reportPath,
        }).catch((error) => {
            failure = error;
            return undefined;
        });
        if ((0,external_node_fs_.existsSync)(reportPath))
            ctx.host.setOutput('report', reportPath);
        if (!result)
            throw failure;
        ctx.host.setOutput('hashes', result.hashes);
        ctx.host.setOutput('changed', result.changed);
        await ctx.host.appendSummary(dataHashSummary(result), (0,external_node_fs_.existsSync)(reportPath) ? `${(0,markdown/* code */.aY)(reportPath)} (the step's \`report\` output)` : undefined);
        for (const added of result.added) {
            if (added.legacyKept)
                ctx.host.info(`${(0,log_text/* logValue */.Od)(added.path)}: unchanged DVC 2.x entry in ${(0,log_text/* logValue */.Od)(added.pointer)} kept as it is.`);
        }
        const bad = result.statuses.filter((s) => s.status !== 'unchanged');
        for (const s of bad) {
            const message = `${(0,log_text/* logValue */.Od)(s.path)}: ${s.status} — ${(0,log_text/* logValue */.Od)(s.detail)}`;
            if (input.command === 'verify')
                ctx.host.annotate('error', message, 
                // Annotations name files relative to the workspace, not to working-directory.
                s.pointer
                    ? {
                        file: (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(ctx.env.workspace), (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(root), s.pointer)),
                        line: s.line,
                    }
                    : {});
            else
                ctx.host.info(message);
        }
        if (input.command === 'verify' && bad.length > 0) {
            throw new errors/* ConfigurationError */.j1(`verify: ${bad.length} of ${result.statuses.length} tracked output(s) do not match their pointers (${bad
                .map((s) => `${(0,log_text/* logValue */.Od)(s.path)}: ${s.status}`)
                .join('; ')}).`);
        }
    },
});


/***/ }),

/***/ 6472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry)
/* harmony export */ });
/* unused harmony exports sleep, backoffDelay */
/**
 * The one retry loop: exponential backoff with full jitter (a random wait within a window that doubles
 * each attempt, capped), a bounded number of attempts, and a predicate for what is worth retrying.
 * Used for registry HTTP calls, data transfers and git pushes that lost a race.
 */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The wait before attempt `attempt + 1`, after `attempt` failed (attempt counts from 1). */
function backoffDelay(attempt, policy) {
    const window = Math.min(policy.maxDelayMs ?? Number.POSITIVE_INFINITY, policy.baseDelayMs * 2 ** (attempt - 1));
    if (policy.jitter === 'none')
        return window;
    return Math.round((policy.random ?? Math.random)() * window);
}
async function retry(fn, options) {
    const attempts = Math.max(1, Math.floor(options.attempts));
    const wait = options.sleep ?? sleep;
    for (let attempt = 1;; attempt++) {
        let value;
        try {
            value = await fn(attempt);
        }
        catch (error) {
            if (attempt >= attempts || (options.retryOn && !options.retryOn(error, attempt)))
                throw error;
            const delayMs = backoffDelay(attempt, options);
            options.onRetry?.({ attempt, delayMs, error });
            await wait(delayMs);
            continue;
        }
        if (attempt >= attempts || !options.retryResult?.(value, attempt))
            return value;
        const delayMs = backoffDelay(attempt, options);
        options.onRetry?.({ attempt, delayMs, value });
        await wait(delayMs);
    }
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


/***/ })

};
