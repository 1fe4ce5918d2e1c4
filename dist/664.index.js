export const id = 664;
export const ids = [664];
export const modules = {

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


/***/ }),

/***/ 2012:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ remoteTrackingRef),
/* harmony export */   k: () => (/* binding */ fetchBranchTip)
/* harmony export */ });
/** Where a fetched branch tip is kept: the usual remote-tracking ref, `refs/remotes/<remote>/<branch>`. */
function remoteTrackingRef(location) {
    return `refs/remotes/${location.remote}/${location.branch}`;
}
/**
 * Fetch one branch's tip into its remote-tracking ref; undefined (and the tracking ref removed) when the
 * remote has no such branch. A shallow checkout fetches depth 1, so a full clone is never made shallow
 * and a shallow one is never deepened. The tip is what a change set builds on and what a lease expects.
 */
async function fetchBranchTip(git, location, shallow) {
    const tracking = remoteTrackingRef(location);
    const result = await git.fetch({
        remote: location.remote,
        refspecs: [`+refs/heads/${location.branch}:${tracking}`],
        depth: (shallow ?? (await git.isShallow())) ? 1 : undefined,
    });
    if (result.exitCode !== 0) {
        if (/couldn't find remote ref|could not find remote ref/i.test(result.stderr)) {
            await git.deleteRef(tracking);
            return { tip: undefined };
        }
        return { error: result.stderr.trim() };
    }
    return { tip: await git.revParse(tracking) };
}


/***/ }),

/***/ 221:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ buildChangeSet)
/* harmony export */ });
/* unused harmony export checkTreePath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6974);
/**
 * A change set: from a base commit, files to write and paths to delete, build one commit with plumbing
 * (blobs → a temporary index → write-tree → commit-tree). The work tree, the index and HEAD are never
 * touched, so it works from a depth-1 detached checkout, with a dirty work tree, or in a bare clone.
 */





/** `.git` in any spelling a checkout could resolve to it (case-insensitive filesystems, NTFS trailing dots/spaces, 8.3 names). */
function isGitDirName(component) {
    const lower = component.toLowerCase();
    return /^\.git[. ]*$/.test(lower) || lower === 'git~1';
}
/**
 * Check a path for a tree entry: relative, `/`-separated, canonical, and never into `.git`. Which other
 * directories a caller may write (e.g. `.github/workflows/`) is the caller's policy.
 */
function checkTreePath(path, what = 'path') {
    const problem = path === ''
        ? 'is empty'
        : path.startsWith('/')
            ? 'is absolute'
            : path.includes('\\')
                ? 'contains a backslash'
                : path.includes('\0')
                    ? 'contains a NUL byte'
                    : path.split('/').some((c) => c === '' || c === '.' || c === '..')
                        ? "has an empty, '.' or '..' component"
                        : path.split('/').some(isGitDirName)
                            ? "goes into '.git'"
                            : undefined;
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`The ${what} '${path}' ${problem}; it cannot be committed.`);
    return path;
}
/**
 * Build the change set's commit. Deletes apply first, then writes, so a path both deleted and written
 * ends up written. Nothing is pushed and no ref moves: the caller publishes the commit.
 */
async function buildChangeSet(git, change) {
    const writes = change.writes ?? [];
    const deletes = change.deletes ?? [];
    for (const w of writes)
        checkTreePath(w.path, 'file path');
    for (const d of deletes)
        checkTreePath(d, 'path to delete');
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(change.tempDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'mlops-change-'));
    const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, `index-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`) };
    try {
        const baseTree = change.base ? await git.treeOf(change.base) : undefined;
        await git.readTree(baseTree, env);
        const records = [];
        if (change.base && deletes.length > 0) {
            const zero = '0'.repeat(change.base.length);
            for (const path of deletes) {
                for (const entry of await git.lsTree(change.base, path)) {
                    if (entry.path === path || entry.path.startsWith(`${path}/`))
                        records.push(`0 ${zero}\t${entry.path}`);
                }
            }
        }
        const files = await Promise.all(writes.map(async (w, i) => {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, `blob-${i}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, w.content);
            return file;
        }));
        const blobs = await git.hashFiles(files);
        writes.forEach((w, i) => records.push(`${w.mode ?? '100644'} ${blobs[i]}\t${w.path}`));
        await git.updateIndexInfo(records, env);
        const tree = await git.writeTree(env);
        if (change.base && tree === baseTree && !change.allowEmpty) {
            return { commit: change.base, tree, changed: false };
        }
        const commit = await git.commitTree(tree, change.base ? [change.base] : [], change.message, {
            author: change.author,
            committer: change.committer,
        });
        return { commit, tree, changed: true };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(scratch, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 9232:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ PushRejectedError),
/* harmony export */   mk: () => (/* binding */ publish)
/* harmony export */ });
/* unused harmony exports parsePushPorcelain, classifyPush, pushAtomic, DEFAULT_PUBLISH_RETRY */
/* harmony import */ var _async_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6472);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4062);
/**
 * One push: branch updates and tags together in a single `git push --atomic`, so everything lands or
 * nothing does; branches the action owns are pushed with `--force-with-lease`. `publish` wraps it in the
 * race loop: refetch, rebuild, push again, with bounded jittered backoff.
 */


/** Reasons git gives when another writer got there first. */
const RACE = /already exists|non-fast-forward|fetch first|stale info|failed to update ref|failed to lock|cannot lock ref|incorrect old value|but expected/i;
/** Reasons that only say "another ref in this atomic push failed". */
const COLLATERAL = /atomic push failed|atomic transaction failed/i;
function parsePushPorcelain(stdout) {
    const refs = [];
    for (const line of stdout.split('\n')) {
        const match = /^([ +\-*!=])\t([^\t]*)\t(.*)$/.exec(line);
        if (!match)
            continue;
        const target = match[2].split(':').at(-1);
        refs.push({ flag: match[1], ref: target, summary: match[3] });
    }
    return refs;
}
/** Read a push result: which refs were refused, and whether that was a lost race. */
function classifyPush(result) {
    const refs = parsePushPorcelain(result.stdout);
    if (result.exitCode === 0)
        return { ok: true, race: false, refs, message: '' };
    const rejected = refs.filter((r) => r.flag === '!');
    const decisive = rejected.filter((r) => !COLLATERAL.test(r.summary));
    const details = decisive.map((r) => `${r.ref} ${r.summary}`).join('; ');
    const stderr = result.stderr.trim();
    const message = [details, stderr].filter(Boolean).join('; ') || `git push exited ${result.exitCode}`;
    const race = decisive.length > 0
        ? decisive.every((r) => RACE.test(r.summary))
        : RACE.test(stderr) && !/hook declined/i.test(stderr);
    return { ok: false, race, refs, message };
}
/** Push every update in one `git push --atomic`; local refs move only when the push succeeded. */
async function pushAtomic(git, remote, updates) {
    if (updates.length === 0)
        return { ok: true, race: false, refs: [], message: '' };
    const result = await git.push({
        remote,
        atomic: true,
        refspecs: updates.map((u) => `${u.object}:${u.ref}`),
        leases: updates.filter((u) => u.expect !== undefined).map((u) => ({ ref: u.ref, expect: u.expect })),
    });
    const outcome = classifyPush(result);
    if (outcome.ok) {
        for (const u of updates)
            if (u.localRef)
                await git.updateRef(u.localRef, u.object);
    }
    return outcome;
}
/** A push the remote refused; `race` says whether another writer got there first. */
class PushRejectedError extends Error {
    outcome;
    name = 'PushRejectedError';
    constructor(message, outcome) {
        super(message);
        this.outcome = outcome;
    }
    get race() {
        return this.outcome.race;
    }
}
const DEFAULT_PUBLISH_RETRY = { attempts: 15, baseDelayMs: 250, maxDelayMs: 8000 };
/**
 * Prepare and push until the push lands, retrying lost races (and local lock contention) with bounded,
 * jittered backoff. Any other refusal throws at once; running out of attempts throws a
 * `PushRejectedError` that says how many times it was rejected.
 */
async function publish(git, options) {
    const given = Object.entries(options.retry ?? {}).filter(([, v]) => v !== undefined);
    const policy = { ...DEFAULT_PUBLISH_RETRY, ...Object.fromEntries(given) };
    let attempts = 0;
    try {
        return await (0,_async_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L5)(async (attempt) => {
            attempts = attempt;
            const plan = await options.prepare(attempt);
            if (plan.updates.length === 0)
                return { value: plan.value, attempts: attempt, pushed: false };
            const outcome = await pushAtomic(git, options.remote, plan.updates);
            if (!outcome.ok) {
                throw new PushRejectedError(`Push of ${options.what} to '${options.remote}' was refused: ${outcome.message}`, outcome);
            }
            return { value: plan.value, attempts: attempt, pushed: true };
        }, {
            ...policy,
            retryOn: (error) => error instanceof PushRejectedError
                ? error.race
                : error instanceof Error && (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .isLockContention */ .rc)(error.message),
            onRetry: ({ attempt, delayMs }) => options.logger?.info(`Push of ${options.what} lost a race with another writer (attempt ${attempt}); retrying in ${delayMs} ms.`),
        });
    }
    catch (error) {
        if (error instanceof PushRejectedError && error.race) {
            throw new PushRejectedError(`Push of ${options.what} to '${options.remote}' was rejected ${attempts} times, last: ${error.outcome.message}`, error.outcome);
        }
        throw error;
    }
}


/***/ }),

/***/ 9813:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ checkBranchName),
/* harmony export */   VV: () => (/* binding */ registryConfigSchema),
/* harmony export */   jJ: () => (/* binding */ DEFAULT_REGISTRY_BRANCH),
/* harmony export */   lu: () => (/* binding */ trackingRef),
/* harmony export */   wT: () => (/* binding */ resolveRegistryBranch)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _git_branches_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2012);
/**
 * The registry branch: where run, drift and deployment records live. Its name is resolved in one place,
 * by the project's precedence rule: the input, then `.mlops.yml` `registry.branch`, then `mlops/registry`.
 */



const DEFAULT_REGISTRY_BRANCH = 'mlops/registry';
/** `.mlops.yml` → `registry:` section. */
const registryConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe(`Branch holding run, drift and deployment records (default ${DEFAULT_REGISTRY_BRANCH})`),
})
    .strict();
/** A branch name, also given as `refs/heads/x` (as GITHUB_REF spells it); any other `refs/…` is refused. */
function checkBranchName(given, inputName) {
    const branch = given.startsWith('refs/heads/') ? given.slice('refs/heads/'.length) : given;
    if (branch.startsWith('refs/') ||
        !/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(branch) ||
        branch.includes('..') ||
        branch.includes('//') ||
        branch.endsWith('/') ||
        branch.endsWith('.lock') ||
        branch.split('/').some((c) => c.startsWith('.'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}': '${given}' is not a usable branch name.`);
    }
    return branch;
}
/**
 * The registry branch: `input` (the action's or CLI's `registry-branch`), else `.mlops.yml`
 * `registry.branch`, else `mlops/registry`; checked, naming `inputName` when it is unusable.
 */
function resolveRegistryBranch(input, config, inputName = 'registry-branch') {
    if (input)
        return checkBranchName(input, inputName);
    if (config?.branch)
        return checkBranchName(config.branch, '.mlops.yml registry.branch');
    return DEFAULT_REGISTRY_BRANCH;
}
/** Where the registry branch's fetched tip is kept locally: the usual remote-tracking ref. */
const trackingRef = _git_branches_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteTrackingRef */ .d;


/***/ }),

/***/ 2664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $c: () => (/* binding */ writeRegistry),
/* harmony export */   cW: () => (/* binding */ listJsonFiles),
/* harmony export */   j$: () => (/* binding */ fetchRegistryTip),
/* harmony export */   jt: () => (/* binding */ resolveRegistryRef),
/* harmony export */   mp: () => (/* binding */ prepareRegistryCommit)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6974);
/* harmony import */ var _fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(146);
/* harmony import */ var _git_branches_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2012);
/* harmony import */ var _git_change_set_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(221);
/* harmony import */ var _git_push_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9232);
/* harmony import */ var _branch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9813);
/**
 * Records on the registry branch: JSON files committed with a change set (never touching the user's work
 * tree, index or HEAD) and pushed with the race loop of core/git. Run, drift and deployment records are
 * each a thin layer over `writeRegistry` and `listJsonFiles`.
 */







/**
 * Fetch the registry branch's tip into its remote-tracking ref; undefined when the branch does not exist
 * yet. Only the tip is needed (it holds every record), so a shallow checkout fetches depth 1 and a full
 * clone is not made shallow.
 */
async function fetchRegistryTip(git, location, shallow) {
    const fetched = await (0,_git_branches_js__WEBPACK_IMPORTED_MODULE_6__/* .fetchBranchTip */ .k)(git, location, shallow);
    if ('error' in fetched) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Cannot fetch the registry branch '${location.branch}' from '${location.remote}': ${fetched.error}`);
    }
    return fetched.tip;
}
/** The ref to read records from: the remote-tracking ref when present, else a local branch. */
async function resolveRegistryRef(git, remote, branch) {
    for (const ref of [`refs/remotes/${remote}/${branch}`, `refs/heads/${branch}`]) {
        if (await git.revParse(ref))
            return ref;
    }
    return undefined;
}
/** The `.json` files under `prefix` (e.g. `runs/`, `drift/<dataset>/`) at `ref`; [] when there are none. */
async function listJsonFiles(git, ref, prefix) {
    return (await git.lsTree(ref, prefix)).filter((e) => e.type === 'blob' && e.path.endsWith('.json'));
}
/**
 * The registry branch commit for `update` on top of `tip`, and the ref update that publishes it (with a
 * lease on `tip`: the action owns this branch). For callers that push it together with other refs in one
 * atomic push (gated-deploy: manifests, registry record and GTO tags). `ref` is undefined when the tip
 * already holds exactly these files.
 */
async function prepareRegistryCommit(git, location, tip, update, options = {}) {
    const built = await (0,_git_change_set_js__WEBPACK_IMPORTED_MODULE_3__/* .buildChangeSet */ .Z)(git, {
        base: tip,
        writes: update.files.map((f) => ({ path: f.path, content: f.text })),
        deletes: update.deletes,
        message: update.message,
        author: options.author,
        tempDir: options.tempDir,
    });
    if (!built.changed)
        return { commit: tip, ref: undefined };
    return {
        commit: built.commit,
        ref: {
            ref: `refs/heads/${location.branch}`,
            object: built.commit,
            expect: tip ?? '',
            localRef: (0,_branch_js__WEBPACK_IMPORTED_MODULE_5__/* .trackingRef */ .lu)(location),
        },
    };
}
/**
 * Fetch the tip, build the update on it, push with a lease; on a lost race fetch and rebuild. Any failure
 * keeps the files in `tempDir` and throws a ConfigurationError that says where they are.
 */
async function writeRegistry(git, options, job) {
    const { location } = options;
    try {
        const shallow = await git.isShallow();
        const published = await (0,_git_push_js__WEBPACK_IMPORTED_MODULE_4__/* .publish */ .mk)(git, {
            remote: location.remote,
            what: job.what,
            retry: options.retry,
            logger: options.logger,
            prepare: async () => {
                const tip = await fetchRegistryTip(git, location, shallow);
                const { update, value } = await job.build(tip);
                const prepared = update
                    ? await prepareRegistryCommit(git, location, tip, update, options)
                    : { commit: tip, ref: undefined };
                return { updates: prepared.ref ? [prepared.ref] : [], value: { value, commit: prepared.commit } };
            },
        });
        if (!published.pushed)
            options.logger.info(`${job.what} is already on '${location.branch}' as it is.`);
        return {
            value: published.value.value,
            commit: published.value.commit,
            attempts: published.attempts,
            unchanged: !published.pushed,
        };
    }
    catch (error) {
        const kept = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.tempDir, job.keep.dir);
        for (const file of job.keep.files)
            await (0,_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(kept, file.path), file.text);
        const where = job.keep.files.length === 1 ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(kept, job.keep.files[0].path) : kept;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Could not store ${job.what} on branch '${location.branch}' of '${location.remote}': ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}. ` +
            `The record is kept at ${where}; rerun the job, or check that the token may push to '${location.branch}' ` +
            '(permissions: contents: write).', { cause: error });
    }
}


/***/ })

};
