export const id = 850;
export const ids = [850];
export const modules = {

/***/ 6850:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRetrainPr: () => (/* binding */ openRetrainPr),
  openRetrainPrSchema: () => (/* binding */ openRetrainPrSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/action.js
var action = __webpack_require__(4555);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/config-inputs.js
var config_inputs = __webpack_require__(9485);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/inputs.js
var inputs = __webpack_require__(6696);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/push-token-git.js
var push_token_git = __webpack_require__(7628);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/fs/path-policy.js + 1 modules
var path_policy = __webpack_require__(7599);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/commands.js
var commands = __webpack_require__(94);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/branch.js
var registry_branch = __webpack_require__(9813);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/drift-records.js
var drift_records = __webpack_require__(8294);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/grammar.js
var grammar = __webpack_require__(8527);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/store.js
var store = __webpack_require__(2664);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/branches.js
var branches = __webpack_require__(2012);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/change-set.js
var change_set = __webpack_require__(221);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/push.js
var push = __webpack_require__(9232);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/retrain/request.js
/**
 * `retrain/<name>/request.json` on the retrain branch: why the model should be retrained (reasons, drifted
 * columns and scores, the report or record it came from, the live metric), the new data's hashes, the
 * triggering run, and the version in production. `npm run build` exports the schema as
 * schema/retrain-request.schema.json.
 *
 * Reruns are idempotent on the evidence, not the clock: two requests with the same evidence (the same
 * reasons, scores, data, production version) are the same request, whatever run made them and when.
 */

const RETRAIN_REQUEST_VERSION = 1;
/** Columns listed in a request at most (drifted first); the rest are counted. */
const MAX_REQUEST_COLUMNS = 200;
const requestPath = (model) => `retrain/${model}/request.json`;
const reasonSchema = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* object */.Ikc({
        kind: schemas/* literal */.euz('dataset-drift'),
        drifted: schemas/* number */.aig().int(),
        tested: schemas/* number */.aig().int(),
        share: schemas/* number */.aig(),
        driftShare: schemas/* number */.aig(),
    })
        .strict(),
    schemas/* object */.Ikc({ kind: schemas/* literal */.euz('watched-columns'), columns: schemas/* array */.YOg(schemas/* string */.YjP()) }).strict(),
    schemas/* object */.Ikc({
        kind: schemas/* literal */.euz('drift-share'),
        drifted: schemas/* number */.aig().int(),
        tested: schemas/* number */.aig().int(),
        share: schemas/* number */.aig(),
        min: schemas/* number */.aig(),
        watched: schemas/* boolean */.zMY(),
    })
        .strict(),
    schemas/* object */.Ikc({ kind: schemas/* literal */.euz('decay'), metric: schemas/* string */.YjP(), value: schemas/* number */.aig(), below: schemas/* number */.aig() }).strict(),
    schemas/* object */.Ikc({ kind: schemas/* literal */.euz('always') }).strict(),
]);
const sourceSchema = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* object */.Ikc({
        kind: schemas/* literal */.euz('report'),
        path: schemas/* string */.YjP().describe('The drift-report input as given'),
        generatedAt: schemas/* string */.YjP(),
        reference: schemas/* string */.YjP(),
        current: schemas/* string */.YjP(),
    })
        .strict(),
    schemas/* object */.Ikc({
        kind: schemas/* literal */.euz('record'),
        dataset: schemas/* string */.YjP(),
        branch: schemas/* string */.YjP().describe('Registry branch'),
        path: schemas/* string */.YjP().describe('The drift record on the registry branch'),
        registryCommit: schemas/* string */.YjP(),
        recordedAt: schemas/* string */.YjP(),
        runUrl: schemas/* string */.YjP().optional(),
    })
        .strict(),
]);
const columnSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    test: schemas/* string */.YjP().nullable(),
    score: schemas/* number */.aig().nullable(),
    threshold: schemas/* number */.aig().nullable(),
    drifted: schemas/* boolean */.zMY(),
})
    .strict();
const retrainRequestSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(RETRAIN_REQUEST_VERSION).describe('Request format version'),
    model: schemas/* string */.YjP().describe('GTO artifact name'),
    branch: schemas/* string */.YjP().describe('The retrain branch, mlops/retrain/<model>'),
    requestedAt: schemas/* string */.YjP().describe('ISO 8601 time of the run that made this request'),
    summary: schemas/* string */.YjP().describe('The reasons, in one line'),
    reasons: schemas/* array */.YOg(reasonSchema),
    drift: schemas/* object */.Ikc({
        source: sourceSchema,
        summary: schemas/* object */.Ikc({
            tested: schemas/* number */.aig().int(),
            drifted: schemas/* number */.aig().int(),
            share: schemas/* number */.aig(),
            datasetDrift: schemas/* boolean */.zMY(),
            driftShare: schemas/* number */.aig(),
        })
            .strict(),
        watchColumns: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        minDriftShare: schemas/* number */.aig().optional(),
        columns: schemas/* array */.YOg(columnSchema)
            .describe('Drifted columns that count (watched ones, when watch-columns is given), then the other watched columns'),
        columnsOmitted: schemas/* number */.aig()
            .int()
            .optional()
            .describe(`Columns beyond the first ${MAX_REQUEST_COLUMNS}`),
    })
        .strict()
        .nullable()
        .describe('null when only a live metric was checked'),
    decay: schemas/* object */.Ikc({ metric: schemas/* string */.YjP(), value: schemas/* number */.aig(), below: schemas/* number */.aig(), from: schemas/* string */.YjP() })
        .strict()
        .nullable(),
    data: schemas/* array */.YOg(schemas/* object */.Ikc({
        path: schemas/* string */.YjP(),
        pointer: schemas/* string */.YjP().describe('The .dvc pointer on the branch'),
        md5: schemas/* string */.YjP(),
        size: schemas/* number */.aig().int(),
        nfiles: schemas/* number */.aig().int(),
    })
        .strict())
        .describe('The new data snapshot (data input), pushed to the data remote'),
    production: schemas/* object */.Ikc({ stage: schemas/* string */.YjP(), version: schemas/* string */.YjP(), commit: schemas/* string */.YjP() })
        .strict()
        .nullable()
        .describe('The version the stage shows in the GTO tags (null: none)'),
    run: schemas/* object */.Ikc({
        url: schemas/* string */.YjP().optional(),
        repository: schemas/* string */.YjP().optional(),
        commit: schemas/* string */.YjP().optional(),
        ref: schemas/* string */.YjP().optional(),
        actor: schemas/* string */.YjP().optional(),
    })
        .strict()
        .describe('The workflow run that made the request'),
})
    .strict()
    .describe('mlops-actions retraining request');
function requestColumns(parts) {
    const { evidence, watchColumns } = parts;
    const drifted = parts.decision.drifted;
    const watchedQuiet = (evidence?.columns ?? []).filter((c) => watchColumns.includes(c.name) && !c.drifted);
    const all = [...drifted, ...watchedQuiet];
    const columns = all.slice(0, MAX_REQUEST_COLUMNS).map((c) => ({
        name: c.name,
        test: c.test,
        score: c.score,
        threshold: c.threshold,
        drifted: c.drifted,
    }));
    return all.length > MAX_REQUEST_COLUMNS
        ? { columns, columnsOmitted: all.length - MAX_REQUEST_COLUMNS }
        : { columns };
}
function buildRequest(parts) {
    const { evidence } = parts;
    return {
        schema: RETRAIN_REQUEST_VERSION,
        model: parts.model,
        branch: parts.branch,
        requestedAt: parts.now.toISOString(),
        summary: parts.decision.summary,
        reasons: parts.decision.reasons,
        drift: evidence
            ? {
                source: evidence.source,
                summary: evidence.summary,
                ...(parts.watchColumns.length > 0 ? { watchColumns: [...parts.watchColumns] } : {}),
                ...(parts.minDriftShare !== undefined ? { minDriftShare: parts.minDriftShare } : {}),
                ...requestColumns(parts),
            }
            : null,
        decay: parts.decay ?? null,
        data: parts.data,
        production: parts.production,
        run: parts.run,
    };
}
/**
 * JSON whose raw text is as harmless as its value: `<`, `>`, `&`, `@`, backticks and invisible characters
 * as `\uXXXX` escapes (JSON.stringify already escapes control characters). The value is unchanged, and
 * the text can sit in a markdown code fence without closing it, faking a `<!--` marker or mentioning anyone.
 */
function safeJson(value) {
    return JSON.stringify(value, null, 2).replace(/[<>&@`\u2028\u2029\p{Cf}]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function serializeRequest(request) {
    return `${safeJson(request)}\n`;
}
/** A request.json read back from a branch; undefined when it is not one (a human may have edited it). */
function parseRequest(text) {
    if (text === undefined)
        return undefined;
    try {
        const parsed = retrainRequestSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
/** What makes two requests the same request: everything but when, by which run, and from which file. */
function evidenceKey(request) {
    const drift = request.drift && {
        summary: request.drift.summary,
        watchColumns: request.drift.watchColumns,
        minDriftShare: request.drift.minDriftShare,
        columns: request.drift.columns,
        columnsOmitted: request.drift.columnsOmitted,
    };
    const decay = request.decay && {
        metric: request.decay.metric,
        value: request.decay.value,
        below: request.decay.below,
    };
    return JSON.stringify([request.model, request.reasons, drift, decay, request.data, request.production]);
}
function sameEvidence(a, b) {
    return evidenceKey(a) === evidenceKey(b);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/dvc-config.js
var dvc_config = __webpack_require__(3172);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/data-hash.js + 15 modules
var data_hash = __webpack_require__(4436);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/gitignore.js
var gitignore = __webpack_require__(9472);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/retrain/snapshot.js
/**
 * The new data snapshot a retrain PR carries: the `data` paths are added with data-hash's core (objects
 * cached, `.dvc` pointer written, `.gitignore` entry beside the data) and pushed to the data remote before
 * any branch or pull request is touched, so a pointer on the branch never names data the remote lacks. The
 * branch gets the pointers and the `.gitignore` lines, never the data.
 */







const INSIDE_ONLY = 'the new data snapshot must be inside the repository, where a .dvc pointer can name it';
/** Paths this action never writes: GITHUB_TOKEN may not change workflows, and a data PR has no business there. */
function checkNotWorkflow(treePath, what) {
    if (/^\.github\/workflows(\/|$)/i.test(treePath)) {
        throw new errors/* ConfigurationError */.j1(`${what} '${treePath}' is under .github/workflows/, which open-retrain-pr never writes (changing workflows needs the \`workflows\` permission, which GITHUB_TOKEN cannot have); keep data elsewhere.`);
    }
}
const describeOrigin = (from) => 'input' in from ? `Input '${from.input}'` : `${from.file} ${from.what ?? 'path'}`;
/** Resolve and check the data paths and the remote; writes nothing (a dry run stops here). */
function checkSnapshot(options) {
    const { policy, from } = options;
    const where = describeOrigin(from);
    const targets = options.paths.map((given) => {
        const abs = 'input' in from
            ? policy.resolveInput(given, from.input, 'output', { insideOnly: INSIDE_ONLY })
            : policy.resolveContent(given, { file: from.file, what: from.what }, 'output');
        if (!(0,external_node_fs_.existsSync)(abs))
            throw new errors/* ConfigurationError */.j1(`${where}: '${given}' does not exist.`);
        if (abs.endsWith('.dvc') && (0,external_node_fs_.statSync)(abs).isFile()) {
            throw new errors/* ConfigurationError */.j1(`${where}: '${given}' is a .dvc pointer; give the data path it tracks.`);
        }
        const treePath = (0,external_node_path_.relative)(options.gitRoot, (0,external_node_fs_.realpathSync)(abs)).split(external_node_path_.sep).join('/');
        if (treePath === '' || treePath.startsWith('..')) {
            throw new errors/* ConfigurationError */.j1(`${where}: '${given}' is not inside the git repository (${options.gitRoot}).`);
        }
        checkNotWorkflow(treePath, `${where}:`);
        return { given, abs, treePath };
    });
    if (targets.length > 0 && !options.remote && !(0,dvc_config/* readDvcConfig */.o)(policy.root).defaultRemote) {
        throw new errors/* ConfigurationError */.j1(`${where} is given, but there is no data remote to push the new data to: set 'remote' (a directory or s3://bucket/prefix), .mlops.yml data.remote, or a default remote in .dvc/config.`);
    }
    return targets;
}
/** data-hash add, then push of exactly those pointers; returns what the branch needs. */
async function addAndPushSnapshot(options) {
    const root = options.policy.root;
    const common = {
        root,
        cacheDir: options.cacheDir,
        cacheDirFrom: options.cacheDirFrom,
        remote: options.remote,
        remoteFrom: options.remoteFrom,
        endpointUrl: options.endpointUrl,
        region: options.region,
        jobs: options.jobs,
        logger: options.logger,
    };
    const added = await (0,data_hash/* runDataHash */.u)({
        ...common,
        command: 'add',
        paths: options.targets.map((t) => t.abs),
        pathsFrom: { input: 'data' },
        reportPath: (0,external_node_path_.join)(options.tempDir, 'mlops-retrain', `add-${process.pid}.json`),
    });
    const pushed = await (0,data_hash/* runDataHash */.u)({
        ...common,
        command: 'push',
        paths: added.added.map((a) => (0,external_node_path_.join)(root, a.pointer)),
        reportPath: (0,external_node_path_.join)(options.tempDir, 'mlops-retrain', `push-${process.pid}.json`),
    });
    options.logger.info(`Pushed the new data to ${pushed.remote ?? 'the data remote'}: ${pushed.transfer?.transferred ?? 0} object(s) uploaded.`);
    const prefix = (0,external_node_path_.relative)(options.gitRoot, root).split(external_node_path_.sep).join('/');
    const inTree = (path) => (prefix === '' ? path : `${prefix}/${path}`);
    const result = { entries: [], pointers: [], ignores: [], extra: [] };
    // data-hash add writes .dvc/.gitignore (cache, tmp, config.local) when the cache is the in-repository one;
    // a branch without it would show the cache as untracked files after a `data-hash pull`.
    const dvcIgnore = (0,external_node_path_.join)(root, '.dvc', '.gitignore');
    if ((0,external_node_fs_.existsSync)(dvcIgnore)) {
        result.extra.push({ treePath: inTree('.dvc/.gitignore'), text: await (0,promises_.readFile)(dvcIgnore, 'utf8') });
    }
    for (const a of added.added) {
        const pointer = inTree(a.pointer);
        checkNotWorkflow(pointer, 'The pointer');
        result.pointers.push({ treePath: pointer, text: await (0,promises_.readFile)((0,external_node_path_.join)(root, a.pointer), 'utf8') });
        const dir = inTree(a.path).split('/').slice(0, -1).join('/');
        result.ignores.push({
            treePath: dir === '' ? '.gitignore' : `${dir}/.gitignore`,
            entry: `/${(0,gitignore/* escapeGitignore */.y)((0,external_node_path_.basename)(a.path))}`,
        });
        result.entries.push({
            path: inTree(a.path),
            pointer,
            md5: a.hash.md5,
            size: a.hash.size ?? 0,
            nfiles: a.hash.nfiles ?? 1,
        });
    }
    return result;
}
/**
 * The files the branch gets on top of `parent`: each pointer, and each `.gitignore` with its entry added
 * (once, on a line of its own, as `dvc add` appends it) to the parent's version of that file.
 */
async function snapshotWrites(git, parent, snapshot) {
    const writes = snapshot.pointers.map((p) => ({ path: p.treePath, content: p.text }));
    const byFile = new Map();
    for (const { treePath, entry } of snapshot.ignores)
        byFile.set(treePath, [...(byFile.get(treePath) ?? []), entry]);
    for (const [treePath, entries] of byFile) {
        const blob = await git.resolveObject(`${parent}:${treePath}`);
        let text = blob ? ((await git.readBlobTexts([blob])).get(blob) ?? '') : '';
        const before = text;
        for (const entry of entries) {
            if (text.split(/\r?\n/).includes(entry))
                continue;
            text = `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${entry}\n`;
        }
        if (text !== before || !blob)
            writes.push({ path: treePath, content: text });
    }
    for (const file of snapshot.extra) {
        if (!(await git.resolveObject(`${parent}:${file.treePath}`)))
            writes.push({ path: file.treePath, content: file.text });
    }
    return writes;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/retrain/branch.js
/**
 * The retrain branch `mlops/retrain/<name>`: one change set (request.json, the snapshot's pointers and
 * `.gitignore` lines) built with plumbing from `base`, pushed with `--force-with-lease`. The branch is this
 * action's, but people may push to it: when its tip is not our own commit straight on a base commit, their
 * commits are kept and the change set goes on top of them. A rerun whose evidence is already on the branch
 * pushes nothing.
 */






const retrainBranch = (model) => `mlops/retrain/${model}`;
const BASE_TRAILER = 'Mlops-Retrain-Base';
async function readCommit(git, sha) {
    const raw = (await git.exec(['cat-file', 'commit', sha])).stdout;
    const split = raw.indexOf('\n\n');
    const header = split < 0 ? raw : raw.slice(0, split);
    const parents = header
        .split('\n')
        .filter((line) => line.startsWith('parent '))
        .map((line) => line.slice('parent '.length));
    return { parents, message: split < 0 ? '' : raw.slice(split + 2) };
}
/** Our own commit made straight on a base commit: nothing of anyone else's is on the branch. */
async function isOnlyOurs(git, tip) {
    const info = await readCommit(git, tip);
    const base = new RegExp(`^${BASE_TRAILER}: ([0-9a-f]{40,64})$`, 'm').exec(info.message)?.[1];
    return base !== undefined && info.parents.length === 1 && info.parents[0] === base;
}
async function requestAt(git, commit, model) {
    const blob = await git.resolveObject(`${commit}:${requestPath(model)}`);
    return blob ? (await git.readBlobTexts([blob])).get(blob) : undefined;
}
async function fetchTip(git, remote, branch, shallow) {
    const fetched = await (0,branches/* fetchBranchTip */.k)(git, { remote, branch }, shallow);
    if ('error' in fetched) {
        throw new errors/* ConfigurationError */.j1(`Cannot fetch branch '${branch}' from '${remote}': ${fetched.error}`);
    }
    return fetched.tip;
}
/** request.json text for `parent`: the one already there when its evidence is the same (keeps reruns still). */
async function requestText(git, at, options) {
    const existingText = await requestAt(git, at, options.model);
    const existing = parseRequest(existingText);
    if (existing && existingText !== undefined && sameEvidence(existing, options.request)) {
        return { text: existingText, request: existing };
    }
    return { text: serializeRequest(options.request), request: options.request };
}
async function writesOn(git, parent, options, text) {
    const writes = [{ path: requestPath(options.model), content: text }];
    if (options.snapshot)
        writes.push(...(await snapshotWrites(git, parent, options.snapshot)));
    for (const w of writes)
        checkNotWorkflow(w.path, 'The file');
    return writes;
}
/** Build the branch's new tip and push it with a lease; retried (refetch, rebuild) when another run won. */
async function publishRetrainBranch(git, options) {
    const branch = retrainBranch(options.model);
    const shallow = await git.isShallow();
    const published = await (0,push/* publish */.mk)(git, {
        remote: options.remote,
        what: `branch ${branch}`,
        retry: options.retry,
        logger: options.logger,
        prepare: async () => {
            const baseTip = await fetchTip(git, options.remote, options.base, shallow);
            if (!baseTip) {
                throw new errors/* ConfigurationError */.j1(`The base branch '${options.base}' does not exist on '${options.remote}'.`);
            }
            const tip = await fetchTip(git, options.remote, branch, shallow);
            let parent = baseTip;
            let keptCommits = false;
            if (tip && !options.restart) {
                const current = await requestText(git, tip, options);
                const probe = await (0,change_set/* buildChangeSet */.Z)(git, {
                    base: tip,
                    writes: await writesOn(git, tip, options, current.text),
                    message: 'probe',
                    tempDir: options.tempDir,
                });
                if (!probe.changed) {
                    return {
                        updates: [],
                        value: {
                            head: tip,
                            requestText: current.text,
                            request: current.request,
                            pushed: false,
                            keptCommits: false,
                        },
                    };
                }
                if (!(await isOnlyOurs(git, tip))) {
                    parent = tip;
                    keptCommits = true;
                }
            }
            const { text, request } = await requestText(git, parent, options);
            const trailers = [
                `Mlops-Retrain: ${options.model}`,
                ...(parent === baseTip ? [`${BASE_TRAILER}: ${baseTip}`] : []),
            ];
            const built = await (0,change_set/* buildChangeSet */.Z)(git, {
                base: parent,
                writes: await writesOn(git, parent, options, text),
                message: `${options.message.trimEnd()}\n\n${trailers.join('\n')}\n`,
                tempDir: options.tempDir,
            });
            if (!built.changed) {
                return { updates: [], value: { inBase: true, head: baseTip } };
            }
            return {
                updates: [
                    {
                        ref: `refs/heads/${branch}`,
                        object: built.commit,
                        expect: tip ?? '',
                        localRef: (0,branches/* remoteTrackingRef */.d)({ remote: options.remote, branch }),
                    },
                ],
                value: { head: built.commit, requestText: text, request, pushed: true, keptCommits },
            };
        },
    });
    return published.value;
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/retrain/config.js
var config = __webpack_require__(5129);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/log-text.js
var log_text = __webpack_require__(1255);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/printable.js
var printable = __webpack_require__(1671);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/retrain/decide.js
/**
 * Decide whether a model needs retraining, and say why — pure, offline: no token, no network. Triggers:
 * the report's dataset drift (the default), drift in watched columns (`watch-columns`), a drift share at
 * or above `min-drift-share` (over the watched columns when given), a live metric below `below`, or
 * `when: always`.
 */



const percent = (x) => `${(x * 100).toFixed(1)}%`;
const number = (x) => String(Number(x.toPrecision(6)));
function columnList(names, max = 5) {
    const shown = names.slice(0, max).map(log_text/* logValue */.Od).join(', ');
    return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}
/** A reason as one line of plain text (column and metric names log-escaped). */
function describeReason(reason) {
    switch (reason.kind) {
        case 'dataset-drift':
            return `dataset drift: ${reason.drifted} of ${reason.tested} columns drifted (${percent(reason.share)} ≥ ${percent(reason.driftShare)})`;
        case 'watched-columns':
            return `watched column${reason.columns.length === 1 ? '' : 's'} drifted: ${columnList(reason.columns)}`;
        case 'drift-share':
            return `${reason.drifted} of ${reason.tested} ${reason.watched ? 'watched ' : ''}columns drifted (${percent(reason.share)} ≥ min-drift-share ${percent(reason.min)})`;
        case 'decay':
            return `${(0,log_text/* logValue */.Od)(reason.metric)} is ${number(reason.value)}, below ${number(reason.below)}`;
        case 'always':
            return 'when: always (no trigger needed)';
    }
}
function titleOf(reasons) {
    const parts = reasons.map((r) => {
        switch (r.kind) {
            case 'dataset-drift':
                return `dataset drift in ${r.drifted} of ${r.tested} columns`;
            case 'watched-columns':
                return `drift in ${r.columns.length} watched column${r.columns.length === 1 ? '' : 's'}`;
            case 'drift-share':
                return `drift in ${percent(r.share)} of ${r.watched ? 'watched ' : ''}columns`;
            case 'decay':
                return `${(0,printable/* printable */.g)(r.metric)} ${number(r.value)} below ${number(r.below)}`;
            case 'always':
                return 'retraining requested';
        }
    });
    // "dataset drift" and "drift in …" say the same thing twice when both fire; keep the first drift phrase.
    const drift = parts.filter((_, i) => reasons[i].kind !== 'decay' && reasons[i].kind !== 'always');
    const other = parts.filter((_, i) => reasons[i].kind === 'decay' || reasons[i].kind === 'always');
    return [...drift.slice(0, 1), ...other].join(', ');
}
function driftVerdict(evidence, policy) {
    const watch = policy.watchColumns;
    const known = new Set(evidence.columns.map((c) => c.name));
    const unknown = watch.filter((name) => !known.has(name));
    if (unknown.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${policy.watchWhere ?? "Input 'watch-columns'"} names ${unknown.length === 1 ? 'a column' : 'columns'} the drift ${evidence.source.kind} does not have: ${columnList(unknown)} (it has ${columnList([...known], 10)}).`);
    }
    const counted = watch.length > 0 ? evidence.columns.filter((c) => watch.includes(c.name)) : evidence.columns;
    const tested = counted.filter((c) => c.test !== null).length;
    const drifted = counted.filter((c) => c.drifted);
    const share = tested > 0 ? drifted.length / tested : 0;
    const watched = watch.length > 0;
    if (policy.minDriftShare !== undefined) {
        const min = policy.minDriftShare;
        const fires = drifted.length > 0 && share >= min;
        return {
            reason: fires
                ? { kind: 'drift-share', drifted: drifted.length, tested, share, min, watched }
                : undefined,
            quiet: `${drifted.length} of ${tested} ${watched ? 'watched ' : ''}columns drifted (${percent(share)}${drifted.length > 0 ? ` < min-drift-share ${percent(min)}` : ''})`,
            drifted,
        };
    }
    if (watched) {
        return {
            reason: drifted.length > 0 ? { kind: 'watched-columns', columns: drifted.map((c) => c.name) } : undefined,
            quiet: `none of the ${watch.length} watched columns drifted (${columnList(watch)})`,
            drifted,
        };
    }
    const s = evidence.summary;
    return {
        reason: s.datasetDrift
            ? {
                kind: 'dataset-drift',
                drifted: s.drifted,
                tested: s.tested,
                share: s.share,
                driftShare: s.driftShare,
            }
            : undefined,
        quiet: `no dataset drift: ${s.drifted} of ${s.tested} columns drifted (${percent(s.share)} < ${percent(s.driftShare)})`,
        drifted,
    };
}
function decide(evidence, decay, policy) {
    const reasons = [];
    const quiet = [];
    let drifted = [];
    if (evidence) {
        const verdict = driftVerdict(evidence, policy);
        drifted = verdict.drifted;
        if (verdict.reason)
            reasons.push(verdict.reason);
        else if (verdict.quiet)
            quiet.push(verdict.quiet);
    }
    if (decay) {
        if (decay.value < decay.below)
            reasons.push({ kind: 'decay', metric: decay.metric, value: decay.value, below: decay.below });
        else
            quiet.push(`${(0,log_text/* logValue */.Od)(decay.metric)} is ${number(decay.value)}, not below ${number(decay.below)}`);
    }
    if (reasons.length === 0 && policy.when === 'always')
        reasons.push({ kind: 'always' });
    const triggered = reasons.length > 0;
    return {
        triggered,
        reasons,
        summary: triggered ? reasons.map(describeReason).join('; ') : `no trigger: ${quiet.join('; ')}`,
        title: triggered ? titleOf(reasons) : '',
        drifted,
    };
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/drift/report-schema.js
var report_schema = __webpack_require__(7695);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/structured/json.js
var json = __webpack_require__(5463);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/retrain/evidence.js
/**
 * The drift evidence a retraining decision rests on, from either a drift-report `report.json` or the newest
 * drift record of a dataset on the registry branch, in one shape: the verdict, and per column the test, the
 * score and whether it drifted.
 */






function summaryOf(s, driftShare) {
    return { tested: s.tested, drifted: s.drifted, share: s.share, datasetDrift: s.datasetDrift, driftShare };
}
/**
 * drift-report's schema, read as a consumer should: `details` (test statistics, not used here) is not
 * checked, so a report written before infinite statistics became the string 'Infinity' (they were null)
 * still loads.
 */
const reportSchema = report_schema/* driftReportSchema */.dW.extend({
    columns: schemas/* array */.YOg(report_schema/* columnReportSchema */.MK.extend({ details: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional() })),
});
/** Parse report.json text; anything that is not a drift-report report (version 1) is one clear error. */
function reportEvidence(text, display, inputName = 'drift-report') {
    const value = (0,json/* parseJson */.q)(text, display);
    const version = value?.schemaVersion;
    if (typeof version === 'number' && version > 1) {
        throw new errors/* ConfigurationError */.j1(`Input '${inputName}': ${display} is a drift report of schemaVersion ${version}, newer than this version of open-retrain-pr reads (1); update mlops-actions.`, { file: display });
    }
    const parsed = reportSchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = issue.path.length > 0 ? ` (${issue.path.join('.')}: ${issue.message})` : '';
        throw new errors/* ConfigurationError */.j1(`Input '${inputName}': ${display} is not a drift-report report.json${at}; pass the report.json that drift-report wrote (its report-json output).`, { file: display });
    }
    const report = parsed.data;
    return {
        source: {
            kind: 'report',
            path: display,
            generatedAt: report.generatedAt,
            reference: report.reference.source,
            current: report.current.source,
        },
        summary: summaryOf(report.summary, report.settings.driftShare),
        columns: report.columns.map((c) => ({
            name: c.name,
            test: c.test,
            score: c.adjustedPValue ?? c.score,
            threshold: c.threshold,
            drifted: c.drifted,
        })),
        report,
    };
}
/** Read and parse a report.json at `abs` (the input's resolved path). */
async function readReportEvidence(abs, display) {
    let text;
    try {
        text = await (0,promises_.readFile)(abs, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'EISDIR') {
            throw new errors/* ConfigurationError */.j1(`Input 'drift-report': '${display}' ${code === 'ENOENT' ? 'does not exist' : 'is a directory, not a report.json'}.`);
        }
        throw error;
    }
    return reportEvidence(text, display);
}
function recordEvidence(record, where) {
    return {
        source: {
            kind: 'record',
            dataset: record.dataset,
            ...where,
            recordedAt: record.recordedAt,
            ...(record.runUrl ? { runUrl: record.runUrl } : {}),
        },
        summary: summaryOf(record.summary, record.settings.driftShare),
        columns: record.columns.map((c) => ({
            name: c.name,
            test: c.test,
            score: c.score,
            threshold: null,
            drifted: c.drifted,
        })),
    };
}
/** The newest drift record of `dataset` at `ref` (the fetched registry branch). */
async function newestRecordEvidence(git, location, logger) {
    const records = await (0,drift_records/* readDriftRecords */.aZ)(git, location.ref, location.dataset, logger);
    const newest = records.at(-1);
    if (!newest) {
        throw new errors/* ConfigurationError */.j1(`Input 'dataset': branch '${location.branch}' has no drift record of dataset '${location.dataset}' ` +
            `(drift-report stores them with record: true and dataset-name: ${location.dataset}).`);
    }
    return recordEvidence(newest.record, {
        branch: location.branch,
        path: newest.path,
        registryCommit: (await git.revParse(location.ref)) ?? '',
    });
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/metrics-files.js
var metrics_files = __webpack_require__(7601);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/retrain/metric.js
/**
 * Decay: a live metric below its threshold. The rule (which metric, what threshold) is policy and may live
 * in `.mlops.yml`; the measurement changes every run, so it comes from the step: a number (`metric-value`,
 * e.g. another step's output) or a metrics file (`metrics-file`, the JSON/YAML format track-experiment
 * reads, looked up by the metric's dotted key).
 */




/** Check the combination of decay inputs before anything runs (a mistake here must write nothing). */
function checkDecayInputs(inputs) {
    if (inputs.value !== undefined && inputs.file !== undefined) {
        throw new errors/* ConfigurationError */.j1("Inputs 'metric-value' and 'metrics-file' are both given; give the live metric one way.");
    }
    const measured = inputs.value !== undefined || inputs.file !== undefined;
    if ((inputs.metric === undefined) !== (inputs.below === undefined)) {
        const missing = inputs.metric === undefined ? "'metric'" : "'below'";
        const given = inputs.metric === undefined ? inputs.where.below : inputs.where.metric;
        throw new errors/* ConfigurationError */.j1(`${given} is set but ${missing} is not: decay needs the metric's name and the threshold it must not fall below.`);
    }
    if (measured && inputs.metric === undefined) {
        throw new errors/* ConfigurationError */.j1(`Input '${inputs.value !== undefined ? 'metric-value' : 'metrics-file'}' is given without 'metric' and 'below': name the metric and its threshold (inputs or .mlops.yml retrain:).`);
    }
}
/** The decay evidence, or undefined when no metric rule is set or no measurement was given this run. */
async function readDecay(inputs) {
    checkDecayInputs(inputs);
    const { metric, below } = inputs;
    if (metric === undefined || below === undefined)
        return undefined;
    if (inputs.value !== undefined)
        return { metric, value: inputs.value, below, from: 'metric-value' };
    if (!inputs.file)
        return undefined;
    const { display, abs } = inputs.file;
    let text;
    try {
        text = await (0,promises_.readFile)(abs, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new errors/* ConfigurationError */.j1(`Input 'metrics-file': '${display}' does not exist.`);
        }
        throw error;
    }
    const { metrics } = (0,metrics_files/* parseMetricsFile */.j)(text, display);
    const value = metrics.get(metric);
    if (value === undefined) {
        const known = [...metrics.keys()].slice(0, 10).map(log_text/* logValue */.Od);
        throw new errors/* ConfigurationError */.j1(`Input 'metrics-file': ${display} has no metric '${(0,log_text/* logValue */.Od)(metric)}' (${inputs.where.metric}); it has ${known.length > 0 ? known.join(', ') : 'no metrics'}.`, { file: display });
    }
    return { metric, value, below, from: display };
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/retrain/duration.js


const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const UNIT_WORD = { m: 'minute', h: 'hour', d: 'day', w: 'week' };
/** `7d` → 7 days; `0` → none. `where` names the input or `.mlops.yml` key in the error. */
function parseDuration(text, where) {
    const trimmed = text.trim();
    if (!config/* DURATION */.ft.test(trimmed)) {
        throw new errors/* ConfigurationError */.j1(`${where}: '${trimmed}' is not a duration; use a number and a unit: 30m, 12h, 7d, 2w (or 0 for none).`);
    }
    if (trimmed === '0')
        return { text: '0', ms: 0 };
    const unit = trimmed.slice(-1);
    return { text: trimmed, ms: Number(trimmed.slice(0, -1)) * UNIT_MS[unit] };
}
/** `7d` → `7 days`, for sentences. */
function describeDuration(duration) {
    if (duration.ms === 0)
        return 'no time';
    const unit = duration.text.slice(-1);
    const n = Number(duration.text.slice(0, -1));
    return `${n} ${UNIT_WORD[unit]}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/retrain/policy.js
/**
 * The effective retraining policy of one model, by the project's precedence rule extended to per-model
 * values: an input given in the workflow (or CLI) wins; else `.mlops.yml` `retrain.models.<name>.<key>`;
 * else `retrain.<key>`; else the built-in default. The adapter has already applied input → `retrain.<key>`
 * → default (fromConfig); this module slots the per-model value in, and says where each value came from.
 */



/** Apply the per-model level of the precedence rule and check the values. */
function resolvePolicy(model, values, source, config) {
    const perModel = config?.models?.[model] ?? {};
    const name = {};
    const where = {};
    const merged = { ...values };
    for (const key of Object.keys(values)) {
        const from = source(key);
        if (from === 'input') {
            name[key] = key;
        }
        else if (perModel[key] !== undefined) {
            merged[key] = perModel[key];
            name[key] = `.mlops.yml retrain.models.${model}.${key}`;
        }
        else {
            name[key] = from === 'config' ? `.mlops.yml retrain.${key}` : key;
        }
        where[key] = name[key].startsWith('.mlops.yml') ? name[key] : `Input '${key}'`;
    }
    const v = merged;
    const base = v.base === undefined ? undefined : (0,registry_branch/* checkBranchName */.I$)(v.base, name.base);
    const stage = (0,grammar/* checkStageName */.Af)(v.stage, name.stage);
    const dataFrom = name.data.startsWith('.mlops.yml')
        ? { file: '.mlops.yml', what: name.data.slice('.mlops.yml '.length) }
        : { input: 'data' };
    return {
        when: v.when,
        watchColumns: v['watch-columns'],
        minDriftShare: v['min-drift-share'],
        metric: v.metric,
        below: v.below,
        data: v.data,
        base,
        labels: v.labels,
        reviewers: v.reviewers.map((r) => r.replace(/^@/, '')),
        assignees: v.assignees.map((a) => a.replace(/^@/, '')),
        draft: v.draft,
        coolDown: parseDuration(v['cool-down'], where['cool-down']),
        issue: v.issue,
        closeWhenClear: v['close-when-clear'],
        stage,
        where,
        dataFrom,
    };
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/scm-tracked.js
var scm_tracked = __webpack_require__(764);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/async/retry.js
var retry = __webpack_require__(6472);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/pull-request.js
/**
 * One pull request per branch, idempotently (peter-evans/create-pull-request's approach, our code): look the
 * branch's pull requests up in one read; create when none is open, else update in place only what differs;
 * a create that answers 422 "A pull request already exists" (a racing run, or our own create retried after
 * a 502 that had in fact created it) becomes an update; label, assignee and reviewer writes right after a
 * creation are retried while GitHub answers 422 "Could not resolve to a node". GitHub's walls (Actions may
 * not create pull requests, a read-only token) become errors that name the fix. Shared by every action that
 * proposes changes through a pull request (open-retrain-pr; gated-deploy's `pin: pull-request`).
 */



function info(pull) {
    return {
        number: pull.number,
        url: pull.html_url,
        state: pull.state === 'open' ? 'open' : 'closed',
        merged: Boolean(pull.merged_at),
        closedAt: pull.closed_at,
        title: pull.title,
        body: pull.body ?? '',
        labels: pull.labels.map((l) => l.name ?? '').filter(Boolean),
        assignees: (pull.assignees ?? []).map((a) => a.login),
        reviewers: (pull.requested_reviewers ?? []).map((r) => r.login),
        draft: pull.draft === true,
        author: pull.user?.login ?? '',
        headSha: pull.head.sha,
        base: pull.base.ref,
    };
}
const pull_request_status = (error) => {
    const value = error?.status;
    return typeof value === 'number' ? value : undefined;
};
const message = (error) => (error instanceof Error ? error.message : String(error));
const lower = (names) => new Set(names.map((n) => n.toLowerCase()));
const missing = (wanted, have) => {
    const present = lower(have);
    return wanted.filter((w) => !present.has(w.toLowerCase()));
};
const ACTIONS_NOT_PERMITTED = /GitHub Actions is not permitted to create or approve pull requests/i;
/** GitHub's refusals as errors that say what to change. */
function pullRequestError(error, repo, doing) {
    const code = pull_request_status(error);
    const text = message(error);
    const where = `${repo.owner}/${repo.repo}`;
    if (code === 403 && ACTIONS_NOT_PERMITTED.test(text)) {
        return new errors/* ConfigurationError */.j1(`GitHub refused to ${doing} in ${where}: "GitHub Actions is not permitted to create or approve pull requests". ` +
            'Turn on Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests" ' +
            '(for an organization, first in its Actions settings), or pass a GitHub App token as `token`.', { cause: error });
    }
    if (code === 403 && !/rate limit/i.test(text)) {
        return new errors/* ConfigurationError */.j1(`The token may not ${doing} in ${where} (403: ${(0,log_text/* logValue */.Od)(text)}). Give the job \`permissions: contents: write\` and \`pull-requests: write\` ` +
            '(and `issues: write` for the alert issue); a workflow run for a pull request from a fork gets a read-only token, so run this from a schedule or workflow_dispatch.', { cause: error });
    }
    if (code === 404) {
        return new errors/* ConfigurationError */.j1(`GitHub answered 404 when trying to ${doing} in ${where}: the repository does not exist or the token cannot see it.`, { cause: error });
    }
    return error;
}
/** The branch's pull requests into any base, newest first, from one request (GitHub's `head=owner:branch` filter). */
async function listBranchPullRequests(octokit, repo, branch) {
    try {
        const { data } = await octokit.rest.pulls.list({
            ...repo,
            head: `${repo.owner}:${branch}`,
            state: 'all',
            sort: 'created',
            direction: 'desc',
            per_page: 100,
        });
        return data.map(info);
    }
    catch (error) {
        throw pullRequestError(error, repo, 'list pull requests');
    }
}
function isNodeLag(error) {
    return pull_request_status(error) === 422 && /Could not resolve to a node/i.test(message(error));
}
/** Labels, assignees and reviewers the PR lacks; true when anything was written. */
async function applyPeople(octokit, repo, pull, desired, options) {
    const policy = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 8000, ...options.nodeRetry };
    const write = (fn) => options.fresh
        ? (0,retry/* retry */.L5)(fn, {
            ...policy,
            retryOn: isNodeLag,
            onRetry: ({ delayMs }) => options.logger.info(`GitHub does not know pull request #${pull.number} yet; retrying in ${delayMs} ms.`),
        })
        : fn();
    let wrote = false;
    const issue = { ...repo, issue_number: pull.number };
    const labels = missing(desired.labels, pull.labels);
    if (labels.length > 0) {
        // GitHub creates labels the repository lacks when they are added to an issue or pull request.
        await write(() => octokit.rest.issues.addLabels({ ...issue, labels }));
        wrote = true;
    }
    const assignees = missing(desired.assignees, pull.assignees);
    if (assignees.length > 0) {
        const { data } = await write(() => octokit.rest.issues.addAssignees({ ...issue, assignees }));
        wrote = true;
        const ignored = missing(assignees, (data.assignees ?? []).map((a) => a.login));
        if (ignored.length > 0) {
            options.logger.warning(`GitHub did not assign ${ignored.map(log_text/* logValue */.Od).join(', ')} to #${pull.number}: only people with access to the repository can be assigned.`);
        }
    }
    // The author cannot be asked (422), so a reviewer list that names the token's own identity still works.
    const reviewers = options.askReviewers
        ? missing(desired.reviewers, pull.reviewers).filter((r) => r.toLowerCase() !== pull.author.toLowerCase())
        : [];
    if (reviewers.length > 0) {
        try {
            await write(() => octokit.rest.pulls.requestReviewers({ ...repo, pull_number: pull.number, reviewers }));
            wrote = true;
        }
        catch (error) {
            if (pull_request_status(error) !== 422)
                throw error;
            options.logger.warning(`Could not ask ${reviewers.map(log_text/* logValue */.Od).join(', ')} to review #${pull.number} (${(0,log_text/* logValue */.Od)(message(error))}); reviewers must be collaborators of the repository.`);
        }
    }
    return wrote;
}
async function openPullFor(octokit, repo, branch) {
    return (await listBranchPullRequests(octokit, repo, branch)).find((p) => p.state === 'open');
}
/** Update an open PR in place: title and body when they differ, then missing labels, assignees, reviewers. */
async function updateOpen(octokit, repo, open, desired, options) {
    let pull = open;
    let wrote = false;
    if (open.title !== desired.title || open.body !== desired.body) {
        const { data } = await octokit.rest.pulls.update({
            ...repo,
            pull_number: open.number,
            title: desired.title,
            body: desired.body,
        });
        pull = info(data);
        wrote = true;
    }
    const people = await applyPeople(octokit, repo, pull, desired, {
        ...options,
        askReviewers: options.branchMoved || options.fresh,
    });
    return { operation: wrote || people || options.branchMoved ? 'updated' : 'unchanged', pull };
}
/** Create the branch's pull request, or update the open one; never a second one. */
async function upsertPullRequest(octokit, repo, desired, options) {
    try {
        if (options.open)
            return await updateOpen(octokit, repo, options.open, desired, { ...options, fresh: false });
        let created;
        try {
            const { data } = await octokit.rest.pulls.create({
                ...repo,
                head: desired.branch,
                base: desired.base,
                title: desired.title,
                body: desired.body,
                draft: desired.draft,
                maintainer_can_modify: true,
            });
            created = info(data);
        }
        catch (error) {
            if (!(pull_request_status(error) === 422 && /A pull request already exists/i.test(message(error))))
                throw error;
            // Another run, or our own create retried after an answer that was lost, made it: update that one.
            const open = await openPullFor(octokit, repo, desired.branch);
            if (!open)
                throw error;
            options.logger.info(`Pull request #${open.number} for ${desired.branch} appeared meanwhile; updating it.`);
            return await updateOpen(octokit, repo, open, desired, { ...options, fresh: true });
        }
        await applyPeople(octokit, repo, created, desired, { ...options, fresh: true, askReviewers: true });
        return { operation: 'created', pull: created };
    }
    catch (error) {
        throw pullRequestError(error, repo, options.open ? 'update the pull request' : 'create a pull request');
    }
}
/** Replace an open PR's body (and close it, with `close`); returns whether anything was written. */
async function updatePullRequestBody(octokit, repo, pull, body, close) {
    if (pull.body === body && !close)
        return false;
    try {
        await octokit.rest.pulls.update({
            ...repo,
            pull_number: pull.number,
            body,
            ...(close ? { state: 'closed' } : {}),
        });
        return true;
    }
    catch (error) {
        throw pullRequestError(error, repo, close ? 'close the pull request' : 'update the pull request');
    }
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/sticky-comment.js
var sticky_comment = __webpack_require__(3022);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/alert-issue.js
/**
 * One alert issue per subject (a model to retrain), for teams that track work in issues: found by the
 * hidden marker on its body's first line (user text cannot put one there: it is escaped), created when
 * there is none, updated in place, reopened when it was closed and the alert changed, closed on request.
 */


/** The newest issue (any state) carrying the marker, reading page by page. */
async function findAlert(octokit, repo, marker) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        ...repo,
        state: 'all',
        sort: 'created',
        direction: 'desc',
        per_page: 100,
    });
    for await (const page of pages) {
        const found = page.data.find((i) => !i.pull_request && (0,sticky_comment/* hasMarker */.xY)(i.body, marker));
        if (found)
            return found;
    }
    return undefined;
}
const labelNames = (issue) => issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
/** Create, update, reopen or (with `close`) close the alert issue. */
async function upsertAlertIssue(octokit, repo, alert, options) {
    try {
        const found = await findAlert(octokit, repo, alert.marker);
        if (!found) {
            if (options.close)
                return { operation: 'none', url: '' };
            const { data } = await octokit.rest.issues.create({
                ...repo,
                title: alert.title,
                body: alert.body,
                labels: [...alert.labels],
                assignees: [...alert.assignees],
            });
            return { operation: 'created', url: data.html_url };
        }
        const open = found.state === 'open';
        const same = found.title === alert.title && (found.body ?? '') === alert.body;
        const current = labelNames(found);
        const has = new Set(current.map((l) => l.toLowerCase()));
        const labels = alert.labels.filter((l) => !has.has(l.toLowerCase()));
        if (options.close) {
            if (!open)
                return { operation: 'unchanged', url: found.html_url };
            await octokit.rest.issues.update({
                ...repo,
                issue_number: found.number,
                body: alert.body,
                state: 'closed',
            });
            return { operation: 'closed', url: found.html_url };
        }
        // A person closed it and nothing changed since: leave it closed.
        if (!open && same)
            return { operation: 'unchanged', url: found.html_url };
        if (same && labels.length === 0)
            return { operation: 'unchanged', url: found.html_url };
        await octokit.rest.issues.update({
            ...repo,
            issue_number: found.number,
            title: alert.title,
            body: alert.body,
            ...(open ? {} : { state: 'open' }),
            ...(labels.length > 0 ? { labels: [...current, ...labels] } : {}),
        });
        if (!open)
            options.logger.info(`Reopened alert issue #${found.number}: the alert changed since it was closed.`);
        return { operation: 'updated', url: found.html_url };
    }
    catch (error) {
        throw pullRequestError(error, repo, 'write the alert issue');
    }
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/model-registry.js
var model_registry = __webpack_require__(483);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/read-tags.js
var read_tags = __webpack_require__(8776);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/markdown.js
var report_markdown = __webpack_require__(1659);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/drift/render-markdown.js
var render_markdown = __webpack_require__(9151);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/format-bytes.js
var format_bytes = __webpack_require__(2139);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/summary-limit.js
var summary_limit = __webpack_require__(8306);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/retrain/pr-body.js
/**
 * The retrain pull request as a person reads it: a title naming the model and the trigger; a body with
 * why (the reasons), what is in production and what data is new, how to retrain, the request itself, and
 * the drift report (drift-report's own markdown, cut to fit GitHub's 65,536-character limit on PR bodies,
 * with a note and a link). Every piece of user text is escaped (src/core/report/markdown.ts); the request
 * JSON is `safeJson`, whose raw text holds no `<`, `@` or backtick.
 */







/** GitHub's limit on a pull request (or issue) body, in characters (code points). */
const PR_BODY_LIMIT = 65_536;
/** First line of every body this action writes (which PR is ours is decided by its branch, not by this). */
const bodyMarker = (model) => `<!-- mlops-actions:open-retrain-pr:${model} -->`;
/** Second line while the trigger has cleared; with close-when-clear, the PR was closed for that reason. */
const CLEARED_MARKER = '<!-- mlops-actions:open-retrain-pr:cleared -->';
const CLOSED_WHEN_CLEAR_MARKER = '<!-- mlops-actions:open-retrain-pr:closed-when-clear -->';
const codePoints = (text) => {
    let n = 0;
    for (const _ of text)
        n++;
    return n;
};
function pullRequestTitle(model, decision) {
    return `Retrain ${model}: ${decision.title}`;
}
/** A markdown link to an http(s) URL (parentheses and spaces encoded); plain text for anything else. */
function pr_body_link(text, url) {
    let href;
    try {
        const parsed = url === undefined ? undefined : new URL(url);
        if (parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:'))
            href = parsed.href;
    }
    catch {
        href = undefined;
    }
    if (!href)
        return (0,report_markdown/* escapeMarkdown */.FV)(text);
    return `[${(0,report_markdown/* escapeMarkdown */.FV)(text)}](${href.replace(/[()<> ]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}
function reasonLine(reason) {
    switch (reason.kind) {
        case 'dataset-drift':
            return `🔴 **Dataset drift:** ${reason.drifted} of ${reason.tested} columns drifted (${percent(reason.share)}, the report's limit is ${percent(reason.driftShare)})`;
        case 'watched-columns':
            return `🔴 **Watched columns drifted:** ${reason.columns.slice(0, 20).map(report_markdown/* code */.aY).join(', ')}${reason.columns.length > 20 ? ` and ${reason.columns.length - 20} more` : ''}`;
        case 'drift-share':
            return `🔴 **Drift share:** ${reason.drifted} of ${reason.tested} ${reason.watched ? 'watched ' : ''}columns drifted (${percent(reason.share)} ≥ ${percent(reason.min)})`;
        case 'decay':
            return `📉 **Decay:** ${(0,report_markdown/* code */.aY)(reason.metric)} is ${number(reason.value)}, below ${number(reason.below)}`;
        case 'always':
            return '🔁 **Requested on schedule** (`when: always`): no trigger needed';
    }
}
/** `2026-12-03 13:26 UTC` for an ISO time; anything else escaped as it is. */
function when(iso) {
    const time = Date.parse(iso);
    if (!/^\d{4}-\d\d-\d\dT/.test(iso) || Number.isNaN(time))
        return (0,report_markdown/* escapeMarkdown */.FV)(iso);
    return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function sourceText(request) {
    const source = request.drift?.source;
    if (!source)
        return 'no drift evidence (live metric only)';
    if (source.kind === 'report') {
        return `drift report ${(0,report_markdown/* code */.aY)(source.path)} of ${when(source.generatedAt)}, ${(0,report_markdown/* code */.aY)(source.reference)} → ${(0,report_markdown/* code */.aY)(source.current)}`;
    }
    return `drift record ${(0,report_markdown/* code */.aY)(source.path)} on ${(0,report_markdown/* code */.aY)(source.branch)}, ${when(source.recordedAt)}${source.runUrl ? ` (${pr_body_link('run', source.runUrl)})` : ''}`;
}
function facts(parts) {
    const { request } = parts;
    const production = request.production
        ? `${(0,report_markdown/* code */.aY)(request.model)} ${(0,report_markdown/* code */.aY)(request.production.version)} in ${(0,report_markdown/* code */.aY)(request.production.stage)} (commit ${(0,report_markdown/* code */.aY)(request.production.commit.slice(0, 7))})`
        : (parts.productionUnknown ?? `no version of ${(0,report_markdown/* code */.aY)(request.model)} is in the stage yet`);
    const rows = [
        ['In production', production],
        ['Evidence', sourceText(request)],
    ];
    if (request.decay) {
        rows.push([
            'Live metric',
            `${(0,report_markdown/* code */.aY)(request.decay.metric)} = ${number(request.decay.value)} (from ${(0,report_markdown/* code */.aY)(request.decay.from)})`,
        ]);
    }
    for (const d of request.data) {
        rows.push([
            'New data',
            `${(0,report_markdown/* code */.aY)(d.path)}, ${(0,format_bytes/* formatBytes */.z)(d.size)}${d.nfiles > 1 ? ` in ${d.nfiles} files` : ''}: md5 ${(0,report_markdown/* code */.aY)(d.md5)} in ${(0,report_markdown/* code */.aY)(d.pointer)}`,
        ]);
    }
    if (parts.links.run)
        rows.push(['Requested by', pr_body_link('this workflow run', parts.links.run)]);
    return rows.map(([what, text]) => `- **${what}:** ${text}`).join('\n');
}
function howTo(parts) {
    const { branch, model } = parts;
    const hasData = parts.request.data.length > 0;
    return [
        '### How to retrain',
        '',
        `1. Your train-on-PR workflow runs on this pull request: it retrains on ${(0,report_markdown/* code */.aY)(branch)}${hasData ? ' with the new data' : ''} and compares the new model with production (track-experiment comments the metrics here).`,
        `2. By hand: ${(0,report_markdown/* code */.aY)(`git switch ${branch}`)}${hasData ? `, ${(0,report_markdown/* code */.aY)('mlops data-hash pull')} (the data is on the data remote)` : ''}, train, and push to this branch. Your commits are kept when this pull request is updated.`,
        `3. Merge when the new model is better. Closing without merging holds off new requests for ${(0,report_markdown/* code */.aY)(model)} for ${describeDuration(parts.coolDown)} (the cool-down).`,
    ].join('\n');
}
/** Drift-report markdown one heading level down, to sit under this body's own title. */
function demoteHeadings(markdown) {
    let fence;
    return markdown
        .split('\n')
        .map((line) => {
        const open = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
        if (open !== undefined)
            fence = fence === undefined ? open : open.startsWith(fence) ? undefined : fence;
        return fence === undefined && /^#{1,5} /.test(line) ? `#${line}` : line;
    })
        .join('\n');
}
function recordTable(request) {
    const drift = request.drift;
    const rows = drift.columns.map((c) => [
        c.drifted ? '🔴\u00a0drift' : '🟢\u00a0no\u00a0drift',
        (0,report_markdown/* code */.aY)(c.name),
        c.test ? (0,report_markdown/* escapeMarkdown */.FV)(c.test) : '—',
        c.score === null ? '—' : number(c.score),
    ]);
    const s = drift.summary;
    const more = drift.columnsOmitted
        ? `\n\n${drift.columnsOmitted} more columns are counted in request.json.`
        : '';
    return [
        `### ${s.datasetDrift ? '🔴 Dataset drift' : '🟢 No dataset drift'}: ${s.drifted} of ${s.tested} columns drifted`,
        '',
        rows.length > 0 ? (0,report_markdown/* table */.tp)(['Verdict', 'Column', 'Test', 'Score'], rows) + more : 'No column drifted.',
    ].join('\n');
}
function driftSection(parts, budget) {
    const { evidence, request } = parts;
    if (!request.drift)
        return '';
    const markdown = evidence?.report
        ? demoteHeadings((0,render_markdown/* renderMarkdown */.Gc)(evidence.report)).trimEnd()
        : recordTable(request);
    const where = parts.links.run
        ? `${(0,report_markdown/* code */.aY)(request.drift.source.path)} of the ${pr_body_link('workflow run', parts.links.run)}`
        : (0,report_markdown/* code */.aY)(request.drift.source.path);
    return (0,summary_limit/* fitMarkdown */.DJ)(markdown, budget, {
        measure: codePoints,
        note: (lines) => [
            '',
            '> [!NOTE]',
            `> The drift report is cut here to fit GitHub's 65,536-character limit on pull request bodies (${lines.toLocaleString('en-US')} more lines). The full report: ${where}.`,
        ].join('\n'),
    });
}
function pullRequestBody(parts) {
    const { request } = parts;
    const fence = '```';
    const head = [
        bodyMarker(parts.model),
        `## 🔁 Retrain ${(0,report_markdown/* code */.aY)(parts.model)}`,
        '',
        ...request.reasons.map((r) => `- ${reasonLine(r)}`),
        '',
        facts(parts),
        '',
        howTo(parts),
        '',
        (0,report_markdown/* details */.zH)(`The request: ${requestPath(parts.model)}`, `${fence}json\n${parts.requestText.trimEnd()}\n${fence}${parts.links.request ? `\n\n${pr_body_link('request.json on the branch', parts.links.request)}` : ''}`),
    ].join('\n');
    const foot = '\n\n<sub>Opened by mlops open-retrain-pr: later runs update this pull request, never open another one.</sub>\n';
    if (!request.drift)
        return `${head}${foot}`;
    const title = '\n\n---\n\n';
    const room = PR_BODY_LIMIT - codePoints(head) - codePoints(foot) - codePoints(title) - 64;
    const drift = driftSection(parts, Math.max(0, room));
    return drift ? `${head}${title}${drift}${foot}` : `${head}${foot}`;
}
/**
 * The body of an open PR whose trigger has cleared: a note on top (replacing an earlier one), the rest as
 * it was. `summary` is the decision's plain-text line.
 */
function clearedBody(current, model, summary, closing) {
    const lines = current.split('\n');
    let rest = lines[0] === bodyMarker(model) ? lines.slice(1) : lines;
    if (rest[0] === CLEARED_MARKER || rest[0] === CLOSED_WHEN_CLEAR_MARKER) {
        let end = 1;
        while (end < rest.length && rest[end].startsWith('>'))
            end++;
        rest = rest.slice(rest[end] === '' ? end + 1 : end);
    }
    const note = closing
        ? `> ✅ **The trigger has cleared** (${(0,report_markdown/* escapeMarkdown */.FV)(summary)}), so this pull request was closed (\`close-when-clear\`). A new trigger opens a new one.`
        : `> ✅ **The trigger has cleared** (${(0,report_markdown/* escapeMarkdown */.FV)(summary)}). This pull request stays open: close it if retraining is no longer needed.`;
    const text = [
        bodyMarker(model),
        closing ? CLOSED_WHEN_CLEAR_MARKER : CLEARED_MARKER,
        '> [!NOTE]',
        note,
        '',
        ...rest,
    ].join('\n');
    return (0,summary_limit/* fitMarkdown */.DJ)(text, PR_BODY_LIMIT, {
        measure: codePoints,
        note: () => "\n> [!NOTE]\n> Cut to fit GitHub's 65,536-character limit on pull request bodies.",
    });
}
/** Was this (closed) PR closed by this action because its trigger cleared, rather than declined? */
function closedWhenClear(body) {
    return (body ?? '').split('\n', 2)[1] === CLOSED_WHEN_CLEAR_MARKER;
}
/** First line of the model's alert issue (`issue: true`). */
const alertMarker = (model) => `<!-- mlops-actions:open-retrain-pr:issue:${model} -->`;
function alertTitle(model, decision) {
    return decision.triggered
        ? `${model} needs retraining: ${decision.title}`
        : `${model}: the retraining trigger has cleared`;
}
/** The alert issue: the reasons (or that they cleared) and where the pull request is. */
function alertBody(model, state, pull) {
    const lines = [alertMarker(model)];
    if ('reasons' in state) {
        lines.push(`## 🔁 ${(0,report_markdown/* code */.aY)(model)} needs retraining`, '', ...state.reasons.map((r) => `- ${reasonLine(r)}`));
    }
    else {
        lines.push(`## ✅ ${(0,report_markdown/* code */.aY)(model)}: the retraining trigger has cleared`, '', (0,report_markdown/* escapeMarkdown */.FV)(state.cleared));
    }
    if (pull)
        lines.push('', `Pull request: #${pull.number} (${pr_body_link('open it', pull.url)}).`);
    lines.push('', '<sub>Kept up to date by mlops open-retrain-pr: one issue per model.</sub>', '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/actions/open-retrain-pr-flow.js
/**
 * What open-retrain-pr does once the inputs are checked and the decision is made: a dry run that shows the
 * pull request it would open; with a trigger, the data snapshot, the branch and the one pull request (and
 * the alert issue); without one, the open pull request told that its trigger cleared. Every GitHub write is
 * here, after every check; deciding itself needs no token and no network.
 */
















function repoName(ctx) {
    const [owner, repo] = (ctx.env.repository ?? '').split('/');
    if (!owner || !repo) {
        throw new errors/* ConfigurationError */.j1('GITHUB_REPOSITORY is not set: open-retrain-pr needs the repository (owner/name) to open the pull request in.');
    }
    return { owner, repo };
}
/** The version `stage` shows in the GTO tags (fetched first unless offline), or null. */
async function productionVersion(git, model, stage, fetch) {
    try {
        if (fetch)
            await (0,read_tags/* fetchRegistryTags */.dg)(git, 'origin', model);
        const shown = (await model_registry/* ModelRegistry */.zN.read(git, model)).inStage(model, stage);
        return shown ? { stage, version: shown.version, commit: shown.commit } : null;
    }
    catch (error) {
        if (fetch)
            throw error;
        return null; // a dry run outside a git repository: no registry to read
    }
}
async function defaultBranch(ctx, git, gh, repo) {
    const fromEvent = ctx.env.payload.repository?.default_branch;
    if (typeof fromEvent === 'string' && fromEvent !== '')
        return fromEvent;
    const symref = await git.exec(['ls-remote', '--symref', 'origin', 'HEAD'], { allowFailure: true });
    const head = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(symref.stdout)?.[1];
    if (head)
        return head;
    return (await gh.rest.repos.get({ owner: repo.owner, repo: repo.repo })).data.default_branch;
}
function requestOf(ctx, c, data, production) {
    return buildRequest({
        model: c.model,
        branch: retrainBranch(c.model),
        now: new Date(),
        decision: c.decision,
        evidence: c.evidence,
        decay: c.decay,
        watchColumns: c.policy.watchColumns,
        minDriftShare: c.policy.minDriftShare,
        data,
        production,
        run: {
            url: ctx.env.runUrl,
            repository: ctx.env.repository,
            commit: ctx.env.sha,
            ref: ctx.env.ref,
            actor: ctx.env.actor,
        },
    });
}
function bodyOf(ctx, c, base, request, text, productionUnknown) {
    const branch = retrainBranch(c.model);
    const repository = ctx.env.repository;
    return pullRequestBody({
        model: c.model,
        branch,
        base,
        request,
        requestText: text,
        evidence: c.evidence,
        coolDown: c.policy.coolDown,
        productionUnknown,
        links: {
            // The run that made the request on the branch (an identical rerun keeps the first one's).
            run: request.run.url,
            request: repository
                ? `${ctx.env.serverUrl}/${repository}/blob/${branch}/${requestPath(c.model)}`
                : undefined,
        },
    });
}
/** `when: never`: say what would happen, show the pull request it would open; write nothing, reach nothing. */
async function dryRunPreview(ctx, c) {
    const branch = retrainBranch(c.model);
    if (!c.decision.triggered) {
        await ctx.host.appendSummary(`### open-retrain-pr dry run: ${(0,report_markdown/* code */.aY)(c.model)}\n\n${(0,report_markdown/* escapeMarkdown */.FV)(c.decision.summary)}: nothing to do.\n`);
        return { operation: 'none', reason: `dry run (when: never): ${c.decision.summary}; nothing to do` };
    }
    const production = await productionVersion(new commands/* GitCommands */.rR(ctx.git()), c.model, c.policy.stage, false);
    const request = requestOf(ctx, c, [], production);
    const body = bodyOf(ctx, c, c.policy.base, request, serializeRequest(request), `not known offline: no local GTO tag puts ${(0,report_markdown/* code */.aY)(c.model)} in ${(0,report_markdown/* code */.aY)(c.policy.stage)} (\`git fetch --tags\` to see them)`);
    const data = c.targets.length > 0 ? ` with the new data ${c.targets.map((t) => t.treePath).join(', ')}` : '';
    const reason = `dry run (when: never): would open or update the retrain pull request on ${branch}${data}: ${c.decision.summary}`;
    await ctx.host.appendSummary([
        `### open-retrain-pr dry run: ${(0,report_markdown/* code */.aY)(c.model)}`,
        '',
        `Would push ${(0,report_markdown/* code */.aY)(branch)}${c.targets.length > 0 ? ` with the new data (${c.targets.map((t) => (0,report_markdown/* code */.aY)(t.treePath)).join(', ')})` : ''} and open or update this pull request (\`when: never\` writes nothing):`,
        '',
        `> **${(0,report_markdown/* escapeMarkdown */.FV)(pullRequestTitle(c.model, c.decision))}**`,
        '',
        '---',
        '',
        body,
    ].join('\n'));
    return { operation: 'none', reason };
}
function coolDownHold(c, pulls, now = Date.now()) {
    const last = pulls[0];
    if (!last || last.state !== 'closed' || last.merged || closedWhenClear(last.body) || !last.closedAt)
        return undefined;
    const closed = Date.parse(last.closedAt);
    const until = closed + c.policy.coolDown.ms;
    if (!(now < until))
        return undefined;
    return (`the retrain pull request #${last.number} for ${c.model} was closed without merging on ${last.closedAt}, ` +
        `within the cool-down of ${describeDuration(c.policy.coolDown)} (until ${new Date(until).toISOString().replace(/\.\d{3}Z$/, 'Z')}), ` +
        `so no new one is opened (${c.decision.summary})`);
}
async function alertIssue(ctx, gh, repo, c, pull, close) {
    if (!c.policy.issue)
        return undefined;
    const state = c.decision.triggered ? { reasons: c.decision.reasons } : { cleared: c.decision.summary };
    const result = await upsertAlertIssue(gh, repo, {
        marker: alertMarker(c.model),
        title: alertTitle(c.model, c.decision),
        body: alertBody(c.model, state, pull),
        labels: c.policy.labels,
        assignees: c.policy.assignees,
    }, { close, logger: ctx.host });
    if (result.operation !== 'unchanged' && result.operation !== 'none') {
        ctx.host.info(`Alert issue ${result.operation}: ${result.url}`);
    }
    return result.url || undefined;
}
async function summary(ctx, c, outcome) {
    const rows = [
        `### open-retrain-pr: ${(0,report_markdown/* code */.aY)(c.model)} — ${outcome.operation}${outcome.pull ? ` ${pr_body_link(`#${outcome.pull.number}`, outcome.pull.url)}` : ''}`,
        '',
        (0,report_markdown/* escapeMarkdown */.FV)(outcome.reason),
    ];
    if (outcome.headSha)
        rows.push('', `Branch ${(0,report_markdown/* code */.aY)(retrainBranch(c.model))} at ${(0,report_markdown/* code */.aY)(outcome.headSha.slice(0, 7))}.`);
    if (outcome.issueUrl)
        rows.push('', `Alert issue: ${outcome.issueUrl}`);
    await ctx.host.appendSummary(`${rows.join('\n')}\n`);
}
/** A trigger fired: snapshot, branch, pull request (unless a declined one is still cooling down). */
async function proposeRetraining(ctx, c) {
    const repo = repoName(ctx);
    const gh = ctx.github(c.token);
    const branch = retrainBranch(c.model);
    const pulls = await listBranchPullRequests(gh, repo, branch);
    const open = pulls.find((p) => p.state === 'open');
    const hold = open ? undefined : coolDownHold(c, pulls);
    if (hold)
        return done(ctx, c, { operation: 'none', reason: hold });
    const git = new commands/* GitCommands */.rR(await (0,push_token_git/* gitWithPushToken */.u)(ctx, c.token));
    const base = c.policy.base ?? (await defaultBranch(ctx, git, gh, repo));
    const snapshot = c.targets.length === 0
        ? undefined
        : await addAndPushSnapshot({
            policy: path_policy/* PathPolicy */.Up.forWorkspace(ctx.env.workspace),
            gitRoot: await git.topLevel(),
            paths: c.policy.data,
            from: c.policy.dataFrom,
            targets: c.targets,
            remote: c.remote,
            remoteFrom: c.remoteFrom,
            cacheDir: ctx.config.data?.['cache-dir'],
            cacheDirFrom: { file: '.mlops.yml', what: 'data.cache-dir' },
            jobs: ctx.config.data?.jobs ?? 4,
            endpointUrl: ctx.env.aws.endpointUrl,
            region: ctx.env.aws.region,
            tempDir: ctx.env.temp,
            logger: ctx.host,
        });
    const production = await productionVersion(git, c.model, c.policy.stage, true);
    const wanted = requestOf(ctx, c, snapshot?.entries ?? [], production);
    let published;
    try {
        published = await publishRetrainBranch(git, {
            remote: 'origin',
            model: c.model,
            base,
            request: wanted,
            snapshot,
            message: `${pullRequestTitle(c.model, c.decision)}\n\n${c.decision.summary}\n`,
            // A closed pull request's branch is history: start again from base.
            restart: !open && pulls.length > 0,
            tempDir: ctx.env.temp,
            logger: ctx.host,
            retry: {
                attempts: ctx.env.tuning.registryPushAttempts,
                baseDelayMs: ctx.env.tuning.registryRetryBaseMs,
            },
        });
    }
    catch (error) {
        if (!(error instanceof push/* PushRejectedError */.$m))
            throw error;
        throw new errors/* ConfigurationError */.j1(`${(0,errors/* errorMessage */.gJ)(error)}. Check that the token may push to '${branch}' (permissions: contents: write) and that no branch rule protects it.`, { cause: error });
    }
    if ('inBase' in published) {
        return done(ctx, c, {
            operation: 'none',
            reason: `'${base}' already holds this request (${requestPath(c.model)} with the same evidence): nothing to propose (${c.decision.summary})`,
        });
    }
    if (published.keptCommits)
        ctx.host.info(`Kept the commits people pushed to ${branch}; the request goes on top.`);
    const result = await upsertPullRequest(gh, repo, {
        branch,
        base,
        title: pullRequestTitle(c.model, c.decision),
        body: bodyOf(ctx, c, base, published.request, published.requestText),
        labels: c.policy.labels,
        reviewers: c.policy.reviewers,
        assignees: c.policy.assignees,
        draft: c.policy.draft,
    }, {
        open,
        branchMoved: published.pushed,
        logger: ctx.host,
        nodeRetry: { baseDelayMs: ctx.env.tuning.httpRetryBaseMs ?? 1000 },
    });
    if (result.operation !== 'unchanged' && result.pull.author === sticky_comment/* WORKFLOW_TOKEN_LOGIN */.kp) {
        ctx.host.warning(`Pull request #${result.pull.number} was made with the workflow's GITHUB_TOKEN, and GitHub starts no workflow ` +
            'for what that token does: your train-on-PR workflow will not run on it. Pass a GitHub App token as `token` ' +
            '(README: "Tokens for open-retrain-pr") so that retraining starts by itself.');
    }
    const pull = { number: result.pull.number, url: result.pull.url };
    return done(ctx, c, {
        operation: result.operation,
        pull,
        headSha: published.head,
        reason: c.decision.summary,
        issueUrl: await alertIssue(ctx, gh, repo, c, pull, false),
    });
}
async function done(ctx, c, outcome) {
    await summary(ctx, c, outcome);
    return outcome;
}
/** No trigger: nothing is written, except telling an open retrain pull request that its trigger cleared. */
async function reportCleared(ctx, c) {
    const token = ctx.token(c.token);
    if (!token || !ctx.env.repository) {
        return done(ctx, c, {
            operation: 'none',
            reason: `${c.decision.summary} (no token or repository: an open retrain pull request was not looked up)`,
        });
    }
    const repo = repoName(ctx);
    const gh = ctx.github(token);
    const open = (await listBranchPullRequests(gh, repo, retrainBranch(c.model))).find((p) => p.state === 'open');
    const close = c.policy.closeWhenClear;
    if (!open) {
        return done(ctx, c, {
            operation: 'none',
            reason: c.decision.summary,
            issueUrl: await alertIssue(ctx, gh, repo, c, undefined, close),
        });
    }
    const wrote = await updatePullRequestBody(gh, repo, open, clearedBody(open.body, c.model, c.decision.summary, close), close);
    const pull = { number: open.number, url: open.url };
    return done(ctx, c, {
        operation: close ? 'closed' : wrote ? 'updated' : 'unchanged',
        pull,
        headSha: open.headSha,
        reason: `trigger cleared: ${c.decision.summary}`,
        issueUrl: await alertIssue(ctx, gh, repo, c, pull, close),
    });
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/actions/open-retrain-pr.js





















const NUMBER = Number.MAX_VALUE;
const openRetrainPrSchema = schemas/* object */.Ikc({
    name: inputs/* inputs */.QL.string(),
    'drift-report': inputs/* inputs */.QL.optionalString(),
    dataset: inputs/* inputs */.QL.optionalString(),
    'registry-branch': (0,config_inputs/* fromConfig */.bw)('registry.branch', inputs/* inputs */.QL.text(registry_branch/* DEFAULT_REGISTRY_BRANCH */.jJ)),
    when: (0,config_inputs/* fromConfig */.bw)('retrain.when', inputs/* inputs */.QL.choice(config/* RETRAIN_WHEN */.tn, 'drift')),
    'watch-columns': (0,config_inputs/* fromConfig */.bw)('retrain.watch-columns', inputs/* inputs */.QL.list(), { otherwise: 'every column' }),
    'min-drift-share': (0,config_inputs/* fromConfig */.bw)('retrain.min-drift-share', inputs/* inputs */.QL.number(0, 1), {
        otherwise: "the report's own dataset-drift verdict",
    }),
    metric: (0,config_inputs/* fromConfig */.bw)('retrain.metric', inputs/* inputs */.QL.optionalString(), { otherwise: 'no decay check' }),
    below: (0,config_inputs/* fromConfig */.bw)('retrain.below', inputs/* inputs */.QL.number(-NUMBER, NUMBER), { otherwise: 'no decay check' }),
    'metric-value': inputs/* inputs */.QL.number(-NUMBER, NUMBER),
    'metrics-file': inputs/* inputs */.QL.optionalString(),
    data: (0,config_inputs/* fromConfig */.bw)('retrain.data', inputs/* inputs */.QL.list({ splitSpaces: true }), { otherwise: 'no new data' }),
    remote: (0,config_inputs/* fromConfig */.bw)('data.remote', inputs/* inputs */.QL.optionalString(), {
        otherwise: 'the default remote in .dvc/config',
    }),
    base: (0,config_inputs/* fromConfig */.bw)('retrain.base', inputs/* inputs */.QL.optionalString(), { otherwise: "the repository's default branch" }),
    labels: (0,config_inputs/* fromConfig */.bw)('retrain.labels', inputs/* inputs */.QL.list({ splitCommas: true }), { otherwise: 'none' }),
    reviewers: (0,config_inputs/* fromConfig */.bw)('retrain.reviewers', inputs/* inputs */.QL.list({ splitCommas: true }), { otherwise: 'none' }),
    assignees: (0,config_inputs/* fromConfig */.bw)('retrain.assignees', inputs/* inputs */.QL.list({ splitCommas: true }), { otherwise: 'none' }),
    draft: (0,config_inputs/* fromConfig */.bw)('retrain.draft', inputs/* inputs */.QL.boolean(false)),
    'cool-down': (0,config_inputs/* fromConfig */.bw)('retrain.cool-down', inputs/* inputs */.QL.text('7d')),
    issue: (0,config_inputs/* fromConfig */.bw)('retrain.issue', inputs/* inputs */.QL.boolean(false)),
    'close-when-clear': (0,config_inputs/* fromConfig */.bw)('retrain.close-when-clear', inputs/* inputs */.QL.boolean(false)),
    stage: (0,config_inputs/* fromConfig */.bw)('retrain.stage', inputs/* inputs */.QL.text('prod')),
    token: inputs/* inputs */.QL.optionalString(),
});
const POLICY_INPUTS = [
    'when',
    'watch-columns',
    'min-drift-share',
    'metric',
    'below',
    'data',
    'base',
    'labels',
    'reviewers',
    'assignees',
    'draft',
    'cool-down',
    'issue',
    'close-when-clear',
    'stage',
];
function policyOf(model, input, ctx) {
    const values = Object.fromEntries(POLICY_INPUTS.map((key) => [key, input[key]]));
    return resolvePolicy(model, values, (key) => ctx.inputSource(key), ctx.config.retrain);
}
/** The newest drift record of `dataset` on the registry branch (fetched; the local branch when offline). */
async function datasetEvidence(input, ctx, dataset) {
    const branch = (0,registry_branch/* checkBranchName */.I$)(input['registry-branch'], ctx.inputSource('registry-branch') === 'config' ? '.mlops.yml registry.branch' : 'registry-branch');
    const git = new commands/* GitCommands */.rR(await (0,push_token_git/* gitWithPushToken */.u)(ctx, input.token));
    let ref = `refs/remotes/origin/${branch}`;
    try {
        if (!(await (0,store/* fetchRegistryTip */.j$)(git, { remote: 'origin', branch })))
            ref = '';
    }
    catch (error) {
        // Deciding needs no network: a local copy of the registry branch will do, said so.
        const local = (await git.revParse(`refs/heads/${branch}`)) ? `refs/heads/${branch}` : undefined;
        if (!local)
            throw error;
        ctx.host.warning(`Could not fetch '${branch}' (${error.message}); reading the local branch.`);
        ref = local;
    }
    if (!ref) {
        throw new errors/* ConfigurationError */.j1(`Input 'dataset': the registry branch '${branch}' does not exist on 'origin', so there is no drift record of '${dataset}'.`);
    }
    return newestRecordEvidence(git, { ref, branch, dataset }, ctx.host);
}
/** Everything that can be wrong with the inputs, found before anything is written. */
async function check(input, ctx) {
    const model = (0,grammar/* checkArtifactName */.CN)(input.name, "input 'name'");
    const policy = policyOf(model, input, ctx);
    if (input['drift-report'] && input.dataset) {
        throw new errors/* ConfigurationError */.j1("Inputs 'drift-report' and 'dataset' are both given; give one source of drift evidence.");
    }
    const paths = path_policy/* PathPolicy */.Up.forWorkspace(ctx.env.workspace);
    const metricsFile = input['metrics-file'];
    const decayInputs = {
        metric: policy.metric,
        below: policy.below,
        where: { metric: policy.where.metric, below: policy.where.below },
        value: input['metric-value'],
        file: metricsFile
            ? { display: metricsFile, abs: paths.resolveInput(metricsFile, 'metrics-file') }
            : undefined,
    };
    checkDecayInputs(decayInputs);
    const dataset = input.dataset ? (0,drift_records/* checkSegment */.cr)(input.dataset, 'dataset') : undefined;
    const remoteFrom = ctx.inputSource('remote') === 'config'
        ? { file: '.mlops.yml', what: 'data.remote' }
        : { input: 'remote' };
    const git = new commands/* GitCommands */.rR(ctx.git());
    const gitRoot = await git.topLevel().catch(() => paths.root);
    const targets = policy.data.length === 0
        ? []
        : checkSnapshot({
            policy: paths,
            gitRoot,
            paths: policy.data,
            from: policy.dataFrom,
            remote: input.remote,
        });
    const dataFrom = policy.dataFrom;
    await (0,scm_tracked/* refuseGitTracked */.l)(git, gitRoot, targets.map((t) => t.abs), 'input' in dataFrom ? `Input '${dataFrom.input}'` : `${dataFrom.file} ${dataFrom.what ?? 'data'}`);
    const report = input['drift-report'];
    const evidence = report
        ? await readReportEvidence(paths.resolveInput(report, 'drift-report'), report)
        : dataset
            ? await datasetEvidence(input, ctx, dataset)
            : undefined;
    const decay = await readDecay(decayInputs);
    if (!evidence && !decay && policy.when !== 'always') {
        throw new errors/* ConfigurationError */.j1("Nothing to decide on: give 'drift-report' (a drift-report report.json), 'dataset' (its newest drift record), or a live metric ('metric' and 'below' with 'metric-value' or 'metrics-file').");
    }
    const decision = decide(evidence, decay, {
        when: policy.when,
        watchColumns: policy.watchColumns,
        minDriftShare: policy.minDriftShare,
        watchWhere: policy.where['watch-columns'],
    });
    return { model, policy, targets, remoteFrom, evidence, decay, decision };
}
const openRetrainPr = (0,action/* defineAction */.QP)({
    name: 'open-retrain-pr',
    schema: openRetrainPrSchema,
    run: async (input, ctx) => {
        const checked = await check(input, ctx);
        const { model, decision, policy } = checked;
        const branch = retrainBranch(model);
        ctx.host.setOutput('pull-request-branch', branch);
        ctx.host.info(`${model}: ${decision.summary}.`);
        const outcome = policy.when === 'never'
            ? await dryRunPreview(ctx, checked)
            : decision.triggered
                ? await proposeRetraining(ctx, { ...checked, token: input.token, remote: input.remote })
                : await reportCleared(ctx, { ...checked, token: input.token });
        ctx.host.setOutput('pull-request-operation', outcome.operation);
        ctx.host.setOutput('pull-request-number', outcome.pull ? String(outcome.pull.number) : '');
        ctx.host.setOutput('pull-request-url', outcome.pull?.url ?? '');
        ctx.host.setOutput('pull-request-head-sha', outcome.headSha ?? '');
        ctx.host.setOutput('reason', outcome.reason);
        ctx.host.setOutput('issue-url', outcome.issueUrl ?? '');
        ctx.host.info(`open-retrain-pr: ${outcome.operation}${outcome.pull ? ` #${outcome.pull.number} ${outcome.pull.url}` : ''}: ${outcome.reason}`);
    },
});


/***/ }),

/***/ 3022:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ CommentNotPermittedError),
/* harmony export */   kp: () => (/* binding */ WORKFLOW_TOKEN_LOGIN),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/* unused harmony export COMMENT_BODY_LIMIT */
/** GitHub's limit on a comment body, in characters (code points). */
const COMMENT_BODY_LIMIT = 65_536;
/** The identity a workflow's GITHUB_TOKEN writes as; used when GraphQL cannot tell us who we are. */
const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';
/** The token may not write here (fork pull request, read-only token): report instead of failing. */
class CommentNotPermittedError extends Error {
    name = 'CommentNotPermittedError';
}
/** `github-actions[bot]` (REST) and `github-actions` (some GraphQL answers) are the same identity. */
const normalLogin = (login) => login.toLowerCase().replace(/\[bot\]$/, '');
function status(error) {
    const value = error?.status;
    return typeof value === 'number' ? value : undefined;
}
/**
 * Who the token writes as. GraphQL `viewer { login }` answers for every token type (REST `GET /user` is
 * 403 for the workflow's installation token); when GraphQL is unavailable (some GHES setups), assume the
 * workflow token's identity.
 */
async function whoAmI(octokit, logger) {
    try {
        const answer = await octokit.graphql('query { viewer { login } }');
        return answer.viewer.login;
    }
    catch (error) {
        logger.debug(`GraphQL viewer query failed (${error.message}); assuming ${WORKFLOW_TOKEN_LOGIN}.`);
        return WORKFLOW_TOKEN_LOGIN;
    }
}
/**
 * Is this body marked with `marker`? Only the first line counts, where we put it: user text further down
 * (a metric named like another experiment's marker) must not make another run take the comment for its own.
 */
function hasMarker(body, marker) {
    if (!body)
        return false;
    const end = body.indexOf('\n');
    return (end < 0 ? body : body.slice(0, end)).trim() === marker;
}
/** All of our marked comments on the issue, oldest first, reading every page (100 per page). */
async function findOurs(options, login) {
    const { octokit, owner, repo, issueNumber, marker } = options;
    const ours = [];
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
    });
    for await (const page of pages) {
        for (const comment of page.data) {
            if (hasMarker(comment.body, marker) &&
                comment.user &&
                normalLogin(comment.user.login) === normalLogin(login)) {
                ours.push(comment);
            }
        }
    }
    return ours.sort((a, b) => a.id - b.id);
}
/**
 * Delete all but the oldest and return it. Keeping the oldest (rather than the newest) makes every racer
 * agree on the survivor even when one of them looked before the other had created its copy: the comment
 * keeps its place in the conversation and every run's `comment-url` points at it.
 */
async function keepOldest(options, ours) {
    const kept = ours[0];
    let deleted = 0;
    for (const extra of ours.slice(1)) {
        try {
            await options.octokit.rest.issues.deleteComment({
                owner: options.owner,
                repo: options.repo,
                comment_id: extra.id,
            });
            deleted++;
        }
        catch (error) {
            if (status(error) !== 404)
                throw error;
        }
    }
    if (deleted > 0)
        options.logger.info(`Deleted ${deleted} duplicate report comment(s) left by concurrent runs.`);
    return { kept, deleted };
}
async function upsert(options) {
    const { octokit, owner, repo, issueNumber, body } = options;
    const login = await whoAmI(octokit, options.logger);
    const update = async (ours, created) => {
        const { kept, deleted } = await keepOldest(options, ours);
        if (kept.body === body) {
            return { id: kept.id, url: kept.html_url, action: created ? 'created' : 'unchanged', deleted };
        }
        const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: kept.id, body });
        return { id: updated.data.id, url: updated.data.html_url, action: 'updated', deleted };
    };
    const ours = await findOurs(options, login);
    if (ours.length > 0)
        return update(ours, false);
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    // Two runs of the same PR may both have found nothing and both created: look again and keep one.
    const after = await findOurs(options, login);
    if (after.length > 1)
        return update(after, after[0].id === created.data.id);
    return { id: created.data.id, url: created.data.html_url, action: 'created', deleted: 0 };
}
/**
 * Create or update the one comment that carries `marker` on an issue or pull request. Only comments by
 * the token's own identity count (updating someone else's is a 403). The common case — find on the first
 * page, update — takes three requests (viewer, list, update); an unchanged body takes two.
 */
async function upsertStickyComment(options) {
    if (!hasMarker(options.body, options.marker))
        throw new Error('sticky comment body must start with its marker line');
    if ([...options.body].length > COMMENT_BODY_LIMIT) {
        throw new Error(`comment body is over GitHub's ${COMMENT_BODY_LIMIT}-character limit`);
    }
    try {
        return await upsert(options);
    }
    catch (error) {
        const code = status(error);
        const message = error.message ?? '';
        if ((code === 403 && !/rate limit/i.test(message)) || code === 404) {
            // The caller says why (fork pull request or missing permission): only it knows the event.
            throw new CommentNotPermittedError(`The token cannot write comments on #${options.issueNumber} (${code}: ${message}).`);
        }
        throw error;
    }
}


/***/ }),

/***/ 7601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ parseMetricsFile)
/* harmony export */ });
/* unused harmony export isSeriesFile */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6974);
/* harmony import */ var _structured_nesting_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2999);
/* harmony import */ var _structured_flatten_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2543);
/* harmony import */ var _structured_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1858);





const SERIES_EXTENSIONS = new Set(['.csv', '.tsv', '.jsonl', '.ndjson']);
/** Columns dvclive writes beside the value that are not metrics themselves. */
const IGNORED_COLUMNS = new Set(['step', 'timestamp']);
function isSeriesFile(path) {
    return SERIES_EXTENSIONS.has((0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(path).toLowerCase());
}
/** Parse one metrics file's text; `display` (the path as the user gave it) names it in every error. */
function parseMetricsFile(text, display) {
    if (isSeriesFile(display))
        return { metrics: new Map(), series: parseSeries(text, display) };
    const value = (0,_structured_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStructured */ .j)(text, display);
    if (!(0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display} must hold a mapping of metric names to numbers, got ${describe(value)}.`, { file: display });
    }
    const metrics = new Map();
    for (const [key, leaf] of (0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .flatten */ .B)(value)) {
        if (typeof leaf !== 'number' || !Number.isFinite(leaf)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display}: metric '${key}' must be a finite number, got ${describe(leaf)}.`, { file: display });
        }
        metrics.set(key, leaf);
    }
    return { metrics, series: new Map() };
}
function describe(value) {
    if (value === null || value === undefined)
        return 'nothing (null)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    if (typeof value === 'number')
        return String(value);
    return `a ${typeof value}`;
}
/**
 * dvclive writes `dvclive/plots/metrics/<dir>/<name>.tsv`; the series for `train/loss.tsv` is called
 * `train.loss`, matching the dotted key `train.loss` in dvclive's metrics.json, so summary and curve line up.
 */
function seriesPrefix(display) {
    const normal = display.replace(/\\/g, '/');
    const marker = normal.lastIndexOf('plots/metrics/');
    if (marker < 0)
        return '';
    const rest = normal.slice(marker + 'plots/metrics/'.length).split('/');
    rest.pop();
    return rest.filter(Boolean).join('.');
}
function seriesKey(prefix, column) {
    return prefix === '' ? column : `${prefix}.${column}`;
}
function parseSeries(text, display) {
    const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(display).toLowerCase();
    const rows = ext === '.jsonl' || ext === '.ndjson' ? jsonLines(text, display) : delimited(text, display, ext);
    const prefix = seriesPrefix(display);
    const series = new Map();
    for (const row of rows) {
        const stepRaw = row.values.get('step');
        const step = toNumber(stepRaw);
        if (step === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display}, line ${row.line}: 'step' must be a number, got ${describe(stepRaw)}.`, { file: display, line: row.line });
        }
        for (const [column, raw] of row.values) {
            if (IGNORED_COLUMNS.has(column) || raw === '' || raw === undefined || raw === null)
                continue;
            const value = toNumber(raw);
            if (value === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display}, line ${row.line}: metric '${column}' must be a number, got ${describe(raw)}.`, { file: display, line: row.line });
            }
            const key = seriesKey(prefix, column);
            let points = series.get(key);
            if (!points)
                series.set(key, (points = []));
            points.push([step, value]);
        }
    }
    for (const points of series.values())
        points.sort((a, b) => a[0] - b[0]);
    return series;
}
function toNumber(raw) {
    if (typeof raw === 'number')
        return Number.isFinite(raw) ? raw : undefined;
    if (typeof raw !== 'string' || raw.trim() === '')
        return undefined;
    const n = Number(raw.trim());
    return Number.isFinite(n) ? n : undefined;
}
function jsonLines(text, display) {
    const rows = [];
    text.split(/\r?\n/).forEach((source, index) => {
        if (source.trim() === '')
            return;
        let value;
        try {
            value = JSON.parse(source);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display}, line ${index + 1}: not valid JSON: ${error.message}`, { file: display, line: index + 1 });
        }
        (0,_structured_nesting_js__WEBPACK_IMPORTED_MODULE_2__/* .checkNesting */ .n6)(value, display, index + 1);
        if (!(0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(value) || !('step' in value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display}, line ${index + 1}: each line must be an object with a 'step' field.`, { file: display, line: index + 1 });
        }
        rows.push({ line: index + 1, values: (0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .flatten */ .B)(value) });
    });
    return rows;
}
function delimited(text, display, ext) {
    const separator = ext === '.tsv' ? '\t' : ',';
    const lines = text.split(/\r?\n/);
    const header = splitLine(lines[0] ?? '', separator).map((h) => h.trim());
    if (!header.includes('step')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display}: a step series needs a 'step' column (found: ${header.join(', ') || 'no header'}).`, { file: display, line: 1 });
    }
    const rows = [];
    for (let i = 1; i < lines.length; i++) {
        const source = lines[i];
        if (source.trim() === '')
            continue;
        const cells = splitLine(source, separator);
        const values = new Map();
        header.forEach((name, column) => values.set(name, cells[column]?.trim() ?? ''));
        rows.push({ line: i + 1, values });
    }
    return rows;
}
/** One CSV/TSV line; double-quoted cells may hold the separator and "" for a quote. */
function splitLine(line, separator) {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted) {
            if (ch === '"' && line[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (ch === '"')
                quoted = false;
            else
                cell += ch;
        }
        else if (ch === '"' && cell === '')
            quoted = true;
        else if (ch === separator) {
            cells.push(cell);
            cell = '';
        }
        else
            cell += ch;
    }
    cells.push(cell);
    return cells;
}


/***/ }),

/***/ 1858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readUserFile),
/* harmony export */   j: () => (/* binding */ parseStructured)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6974);
/* harmony import */ var _structured_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5463);
/* harmony import */ var _structured_yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8382);





/** Read a file given by the user, turning "not there" into a message that names the input. */
async function readUserFile(absolute, display, inputName) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}': file '${display}' does not exist.`, {
                file: display,
            });
        }
        if (code === 'EISDIR') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}': '${display}' is a directory, not a file.`, {
                file: display,
            });
        }
        throw error;
    }
}
/** Parse JSON or YAML by extension (YAML is a superset of JSON, but JSON errors read better from JSON.parse). */
function parseStructured(text, display) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(display).toLowerCase() === '.json' ? (0,_structured_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJson */ .q)(text, display) : (0,_structured_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .readYaml */ .gM)(text, display);
}


/***/ }),

/***/ 8306:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ fitMarkdown),
/* harmony export */   Wm: () => (/* binding */ STEP_SUMMARY_LIMIT_BYTES),
/* harmony export */   mW: () => (/* binding */ fitSummary)
/* harmony export */ });
/* harmony import */ var _format_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2139);
/**
 * The runner refuses a step summary over 1 MiB — measured in bytes of the file, not characters — and then
 * shows none of it. Every action's summary goes through `fitSummary` (the runner host calls it), which
 * cuts at a line break, closes what the cut left open, and says what was left out and where the full
 * report is.
 */

const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
const bytes = (text) => Buffer.byteLength(text, 'utf8');
function cutNote(linesLeft, bytesLeft, fullReport) {
    const where = fullReport ? ` The full report: ${fullReport}.` : '';
    return [
        '',
        '> [!WARNING]',
        '> GitHub refuses a step summary over 1 MiB (1,048,576 bytes), so this one stops here: ' +
            `the last ${linesLeft.toLocaleString('en-US')} lines (${(0,_format_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(bytesLeft)}) are left out.${where}`,
    ].join('\n');
}
/** Tracks the code fence and `<details>` blocks open at a point of the text, to close them after a cut. */
class OpenBlocks {
    fence;
    details = 0;
    see(line) {
        const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
        if (fence !== undefined) {
            if (this.fence === undefined)
                this.fence = fence;
            else if (fence.startsWith(this.fence[0]) && fence.length >= this.fence.length)
                this.fence = undefined;
            return;
        }
        if (this.fence !== undefined)
            return;
        this.details += (line.match(/<details[\s>]/g) ?? []).length;
        this.details -= (line.match(/<\/details>/g) ?? []).length;
        if (this.details < 0)
            this.details = 0;
    }
    closers() {
        const parts = [];
        if (this.fence !== undefined)
            parts.push(this.fence);
        for (let i = 0; i < this.details; i++)
            parts.push('', '</details>');
        return parts.length > 0 ? `\n${parts.join('\n')}` : '';
    }
}
/**
 * `markdown` unchanged when it fits in `budget`; otherwise its longest prefix of whole lines that fits
 * together with the closers and the note. An empty string when not even the note fits.
 */
function fitMarkdown(markdown, budget, rules) {
    const { measure } = rules;
    const total = measure(markdown);
    if (total <= budget)
        return markdown;
    const lines = markdown.split('\n');
    // The note's size with the largest numbers it can carry, so the final note always fits.
    const noteRoom = measure(rules.note(lines.length, total)) + 16;
    const open = new OpenBlocks();
    let used = 0;
    let kept = 0;
    let best = { kept: 0, used: 0, closers: '' };
    for (const line of lines) {
        const size = measure(line) + (kept > 0 ? 1 : 0);
        open.see(line);
        const closers = open.closers();
        if (used + size + measure(closers) + noteRoom > budget)
            break;
        used += size;
        kept++;
        // A cut right after a table row, list item or paragraph line is fine; remember every fitting point.
        best = { kept, used, closers };
    }
    const head = lines.slice(0, best.kept).join('\n');
    const text = `${head}${best.closers}\n${rules.note(lines.length - best.kept, total - best.used)}`;
    return measure(text) <= budget ? text : '';
}
/**
 * `markdown` unchanged when it fits in `budgetBytes`; otherwise its longest prefix of whole lines that fits
 * together with the closers and a note naming how much was left out and `fullReport` (markdown, e.g. a
 * code span with a path). An empty string when not even the note fits.
 */
function fitSummary(markdown, budgetBytes, fullReport) {
    return fitMarkdown(markdown, budgetBytes, {
        measure: bytes,
        note: (linesLeft, bytesLeft) => cutNote(linesLeft, bytesLeft, fullReport),
    });
}


/***/ }),

/***/ 5129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ft: () => (/* binding */ DURATION),
/* harmony export */   tn: () => (/* binding */ RETRAIN_WHEN),
/* harmony export */   xT: () => (/* binding */ retrainConfigSchema)
/* harmony export */ });
/* unused harmony exports modelPolicySchema, POLICY_KEYS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/**
 * `.mlops.yml` → `retrain:` section: the retraining policy, for every model and per model. Inputs of
 * open-retrain-pr win over these values, then `retrain.models.<name>`, then the top-level keys, then the
 * built-in defaults (src/core/retrain/policy.ts applies the rule).
 */

const RETRAIN_WHEN = ['drift', 'always', 'never'];
/** `7d`, `12h`, `30m`, `2w`, or `0` (no cool-down). */
const DURATION = /^(0|[1-9]\d{0,5}[mhdw])$/;
const names = (what) => zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).optional().describe(what);
/** The keys a model's policy has; the same keys at the top level set them for every model. */
const policyShape = {
    when: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(RETRAIN_WHEN)
        .optional()
        .describe('drift: open a PR when a trigger fires; always: even without one; never: dry run'),
    'watch-columns': names('Only drift in these columns counts'),
    'min-drift-share': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .min(0)
        .max(1)
        .optional()
        .describe('Trigger when at least this share of the (watched) tested columns drifted'),
    metric: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Live metric whose decay triggers retraining'),
    below: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional().describe('Trigger when the live metric is below this value'),
    data: names('Paths of the new data snapshot, added with data-hash and carried by the PR'),
    base: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Branch the PR targets (default: the default branch)'),
    labels: names('Labels for the PR (created when missing)'),
    reviewers: names('Users asked to review the PR'),
    assignees: names('Users assigned to the PR'),
    draft: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe('Open the PR as a draft'),
    'cool-down': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(DURATION, 'must be a duration such as 7d, 12h, 30m, 2w or 0')
        .optional()
        .describe('A retrain PR closed unmerged within this time is not reopened (default 7d)'),
    issue: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe('Also keep one alert issue per model'),
    'close-when-clear': zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe('Close the open PR when the trigger has cleared'),
    stage: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('GTO stage whose version the request names as production (default prod)'),
};
const modelPolicySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc(policyShape).strict();
const POLICY_KEYS = Object.keys(policyShape);
const retrainConfigSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    ...policyShape,
    models: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), modelPolicySchema)
        .optional()
        .describe('Per-model policy, by GTO artifact name; the same keys, winning over the ones above'),
})
    .strict();


/***/ }),

/***/ 2543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ flatten),
/* harmony export */   p: () => (/* binding */ isMapping)
/* harmony export */ });
/**
 * Nested mappings → dotted keys, the way DVC shows metrics and params (`train.loss`, `model.layers`).
 * Lists are leaves (DVC does not index into them); an empty mapping contributes nothing.
 */
function flatten(value, prefix = '') {
    const out = new Map();
    const walk = (node, path) => {
        for (const [key, child] of Object.entries(node)) {
            const dotted = path === '' ? key : `${path}.${key}`;
            if (isMapping(child))
                walk(child, dotted);
            else
                out.set(dotted, child);
        }
    };
    walk(value, prefix);
    return out;
}
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
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
