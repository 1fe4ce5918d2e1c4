export const id = 305;
export const ids = [305];
export const modules = {

/***/ 3565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ readRunnerEnv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6974);




function positive(value) {
    const n = Number(value);
    return value !== undefined && value.trim() !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
}
function readPayload(path) {
    if (!path)
        return {};
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Cannot read the event payload GITHUB_EVENT_PATH=${path}: ${error.message}`);
    }
    try {
        const parsed = JSON.parse(text);
        return parsed !== null && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`The event payload at ${path} is not valid JSON.`);
    }
}
let privateTemp;
/**
 * Outside Actions (the CLI) there is no RUNNER_TEMP: use a directory of this process's own (mode 0700),
 * not a shared, predictable one in /tmp that another user could pre-create or read.
 */
function privateTempDir() {
    privateTemp ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mlops-'));
    return privateTemp;
}
function readRunnerEnv(env = process.env, cwd = process.cwd()) {
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY || undefined;
    const runId = env.GITHUB_RUN_ID || undefined;
    return {
        workspace: env.GITHUB_WORKSPACE || cwd,
        temp: env.RUNNER_TEMP || privateTempDir(),
        eventName: env.GITHUB_EVENT_NAME || '',
        payload: readPayload(env.GITHUB_EVENT_PATH),
        repository,
        sha: env.GITHUB_SHA || undefined,
        ref: env.GITHUB_REF || undefined,
        actor: env.GITHUB_ACTOR || undefined,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
        workflow: env.GITHUB_WORKFLOW || undefined,
        job: env.GITHUB_JOB || undefined,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl,
        graphqlUrl: (env.GITHUB_GRAPHQL_URL || 'https://api.github.com/graphql').replace(/\/+$/, ''),
        runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
        inActions: env.GITHUB_ACTIONS === 'true',
        sourceDateEpoch: env.SOURCE_DATE_EPOCH?.trim() || undefined,
        aws: {
            endpointUrl: env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined,
            region: env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined,
        },
        tuning: {
            httpRetryBaseMs: positive(env.MLOPS_HTTP_RETRY_BASE_MS),
            registryPushAttempts: positive(env.MLOPS_REGISTRY_PUSH_ATTEMPTS),
            registryRetryBaseMs: positive(env.MLOPS_REGISTRY_RETRY_BASE_MS),
        },
    };
}


/***/ }),

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

/***/ 4305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLineage: () => (/* binding */ runLineage)
});

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/config.js
var adapter_config = __webpack_require__(799);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/git.js
var adapter_git = __webpack_require__(5409);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/registry-credentials.js
var registry_credentials = __webpack_require__(9593);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/runner-env.js
var runner_env = __webpack_require__(3565);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/fs/path-policy.js + 1 modules
var path_policy = __webpack_require__(7599);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/commands.js
var commands = __webpack_require__(94);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/inspect.js
var inspect = __webpack_require__(2203);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/oci/reference.js
var reference = __webpack_require__(7246);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/data-versions.js
var data_versions = __webpack_require__(6592);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/deploy-records.js
var deploy_records = __webpack_require__(3633);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/drift-records.js
var drift_records = __webpack_require__(8294);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/grammar.js
var grammar = __webpack_require__(8527);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/show.js + 1 modules
var show = __webpack_require__(167);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/run-records.js
var run_records = __webpack_require__(8067);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/model-registry.js
var model_registry = __webpack_require__(483);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/run-lookup.js
var run_lookup = __webpack_require__(9755);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/lineage/resolve.js
/**
 * From a starting point to one model version, its deployments and its run, read from git alone:
 *   - digest → the deployment records that pinned it → their version;
 *   - name@vX.Y.Z → the registration tag's commit (or, without the tags, the deployment records of it);
 *   - name#stage → the version GTO shows in the stage now (its CLI rule: the newest active assignment);
 *   - run id → the run record → the deployments that name it, else the version registered at its commit.
 * The run of a version is the one its newest deployment names, else the newest run of its commit (or of the
 * pull request the commit merges). Nothing found, or more than one version, is a ConfigurationError that
 * names what was looked for and where.
 */





const resolve_short = (sha) => sha.slice(0, 7);
const byTime = (a, b) => Date.parse(a.record.recordedAt) - Date.parse(b.record.recordedAt) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
/** "churn v0.0.1, churn v0.0.2" from (model, version) pairs. */
function pairs(records) {
    return [...new Set(records.map((r) => `${r.record.model} ${r.record.version}`))];
}
function where(read) {
    return `'${read.branch}' at ${resolve_short(read.commit)}`;
}
async function versionOf(read, model, version, start, notes, known) {
    const registry = known ?? (await model_registry/* ModelRegistry */.zN.read(read.git, model));
    const gtoVersion = registry.artifact(model)?.versions.find((v) => v.version === version);
    const modelDeployments = (await (0,deploy_records/* readDeployRecords */.SQ)(read.git, read.ref, model, undefined, read.logger))
        .filter((r) => r.record.status === 'deployed')
        .sort(byTime);
    const deployments = modelDeployments.filter((r) => r.record.version === version);
    let commit = gtoVersion?.commit;
    if (!gtoVersion) {
        const recorded = deployments.at(-1)?.record.commit;
        if (!recorded) {
            throw new errors/* ConfigurationError */.j1(`${start.given}: there is no GTO tag of ${model} ${version} here and no deployment record of it on ${where(read)}; fetch the tags and the registry branch (--fetch), or check the name.`);
        }
        commit = recorded;
        notes.push(`No GTO tag of ${model} ${version} here (fetch the tags: --fetch); its commit is taken from its deployment records.`);
    }
    return { registry, gtoVersion, deployments, modelDeployments, commit };
}
/** The run behind a version: the one its newest deployment names, else the newest of its commit. */
async function runOfVersion(read, runs, deployments, commit, notes) {
    const named = [...deployments].reverse().find((d) => d.record.run)?.record.run;
    if (named) {
        const run = runs.find((r) => r.experiment === named.experiment && r.id === named.id);
        if (run)
            return run;
        notes.push(`The deployment records name run ${named.experiment}/${named.id}, which has no run record on ${where(read)}.`);
    }
    if (!commit)
        return undefined;
    const usable = runs.filter((r) => r.status !== 'FAILED' && r.status !== 'KILLED');
    const found = await (0,run_lookup/* runOfCommit */.qb)(read.git, usable, commit);
    if (!found) {
        notes.push(`No run record of commit ${resolve_short(commit)} (or of a pull request it merges) on ${where(read)}.`);
        return undefined;
    }
    const others = usable.filter((r) => r.git.commit === found.run.git.commit).length - 1;
    notes.push(`Run found as ${found.how}${others > 0 ? ` (${others} other run${others > 1 ? 's' : ''} of that commit)` : ''}.`);
    return found.run;
}
function runById(read, runs, start) {
    const matches = runs.filter((r) => r.id === start.id && (start.experiment === undefined || r.experiment === start.experiment));
    if (matches.length === 1)
        return matches[0];
    if (matches.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${start.given}: there is no run record runs/${start.experiment ?? '<experiment>'}/${start.id}.json on ${where(read)}; check the id, or fetch the registry branch (--fetch).`);
    }
    throw new errors/* ConfigurationError */.j1(`${start.given}: runs of several experiments have this id (${matches.map((r) => r.experiment).join(', ')}); give it as <experiment>/${start.id}.`);
}
/** The one version a run became: named by deployments, else registered at the run's commit. */
async function versionOfRun(read, run, given) {
    const all = await (0,deploy_records/* readEveryDeployRecord */.YS)(read.git, read.ref, read.logger);
    const naming = all.filter((d) => d.record.status === 'deployed' &&
        d.record.run?.experiment === run.experiment &&
        d.record.run.id === run.id);
    const named = pairs(naming);
    if (named.length > 1) {
        throw new errors/* ConfigurationError */.j1(`${given}: deployment records name this run for several versions (${named.join(', ')}); start from name@vX.Y.Z instead.`);
    }
    if (naming.length > 0)
        return { model: naming[0].record.model, version: naming[0].record.version };
    const commit = run.git.commit;
    if (!commit)
        return undefined;
    const registry = await model_registry/* ModelRegistry */.zN.read(read.git);
    const versions = [...registry.state.artifacts.keys()].flatMap((model) => {
        const v = registry.versionAt(model, commit);
        return v ? [{ model, version: v.version }] : [];
    });
    if (versions.length > 1) {
        throw new errors/* ConfigurationError */.j1(`${given}: commit ${resolve_short(commit)} carries versions of several models (${versions.map((v) => `${v.model} ${v.version}`).join(', ')}); start from name@vX.Y.Z instead.`);
    }
    return versions[0];
}
/** Resolve `start` to the version, deployments and run the chain is about. */
async function resolveStart(read, start) {
    const notes = [];
    const runs = await (0,run_records/* readRunRecords */.Y$)(read.git, read.ref, read.logger);
    let model;
    let version;
    let startRun;
    let registry;
    if (start.kind === 'digest') {
        const all = await (0,deploy_records/* readEveryDeployRecord */.YS)(read.git, read.ref, read.logger);
        const matching = all.filter((d) => d.record.status === 'deployed' && d.record.digest === start.digest);
        if (matching.length === 0) {
            throw new errors/* ConfigurationError */.j1(`${start.given}: no deployment record names image ${start.digest} (looked at every deployments/<model>/<environment>/*.json on ${where(read)}); fetch the registry branch (--fetch), or check the digest.`);
        }
        const found = pairs(matching);
        if (found.length > 1) {
            throw new errors/* ConfigurationError */.j1(`${start.given}: image ${start.digest} was deployed as several versions (${found.join(', ')}); start from name@vX.Y.Z instead.`);
        }
        ({ model, version } = matching[0].record);
    }
    else if (start.kind === 'version') {
        ({ model, version } = start);
    }
    else if (start.kind === 'stage') {
        model = start.model;
        registry = await model_registry/* ModelRegistry */.zN.read(read.git, model);
        const shown = registry.inStage(model, start.stage);
        if (!shown) {
            const known = registry.artifact(model);
            throw new errors/* ConfigurationError */.j1(known
                ? `${start.given}: no version of ${model} is in stage '${start.stage}' now (GTO tags here; --fetch gets the remote's).`
                : `${start.given}: there are no GTO tags of '${model}' here; fetch them (--fetch), or check the name.`);
        }
        version = shown.version;
    }
    else {
        startRun = runById(read, runs, start);
        const found = await versionOfRun(read, startRun, start.given);
        if (!found) {
            notes.push(`Run ${startRun.experiment}/${startRun.id} was not deployed, and no GTO version is registered at its commit.`);
            return {
                model: undefined,
                version: undefined,
                commit: startRun.git.commit,
                registry: undefined,
                gtoVersion: undefined,
                run: startRun,
                deployments: [],
                modelDeployments: [],
                notes,
            };
        }
        ({ model, version } = found);
    }
    const resolved = await versionOf(read, model, version, start, notes, registry);
    const run = startRun ?? (await runOfVersion(read, runs, resolved.deployments, resolved.commit, notes));
    return { model, version, ...resolved, run, notes };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/lineage/schema.js
/**
 * The lineage chain, as `mlops lineage --json` prints it: one model version traced from its data to its
 * drift records, read from git alone (registry branch records, GTO tags, `.dvc` pointers at the version's
 * commit) plus image labels when an OCI layout or the registry can be read. This is a contract (the
 * lifecycle test and users' scripts read it): `npm run build` exports it as schema/lineage.schema.json, and
 * a change that is not backwards compatible bumps `schema`.
 */


const LINEAGE_VERSION = 1;
const START_KINDS = ['digest', 'version', 'stage', 'run'];
const paramValue = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* null */.chJ(), schemas/* array */.YOg(schemas/* unknown */.L5J())]);
const dataEntrySchema = schemas/* object */.Ikc({
    path: schemas/* string */.YjP().describe('Data path, relative to the repository root'),
    md5: schemas/* string */.YjP().describe('The md5 the run recorded (DVC hash; "<md5>.dir" for a directory)'),
    source: schemas/* string */.YjP().describe('Where the run read it: a .dvc pointer, or dvc.lock:<stage>'),
    pointer: schemas/* string */.YjP()
        .nullable()
        .describe('The md5 in the pointer file at `data.pointersAt`; null when the file holds no such path'),
    agrees: schemas/* boolean */.zMY().nullable().describe('pointer = md5; null when the pointers could not be read'),
})
    .strict();
const runSchema = schemas/* object */.Ikc({
    experiment: schemas/* string */.YjP(),
    id: schemas/* string */.YjP(),
    status: schemas/* string */.YjP(),
    commit: schemas/* string */.YjP().nullable().describe('The commit the run was made from (for a PR: the merge preview)'),
    branch: schemas/* string */.YjP().nullable(),
    pullRequest: schemas/* number */.aig().int().nullable(),
    url: schemas/* string */.YjP().nullable().describe('The workflow run that recorded it'),
    startedAt: schemas/* string */.YjP(),
    endedAt: schemas/* string */.YjP(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
    params: schemas/* record */.g1P(schemas/* string */.YjP(), paramValue),
    path: schemas/* string */.YjP().describe('The record on the registry branch'),
})
    .strict();
const imageSchema = schemas/* object */.Ikc({
    image: schemas/* string */.YjP().describe('repository[:tag]@sha256:…, as the deployment record pinned it'),
    digest: schemas/* string */.YjP(),
    labels: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
        .nullable()
        .describe('The image config labels; null when they could not be read (see labelsNote)'),
    labelsFrom: schemas/* enum */.k5n(['oci-layout', 'registry']).nullable(),
    labelsNote: schemas/* string */.YjP().nullable().describe('Why the labels are missing, in words'),
})
    .strict();
const stageSchema = schemas/* object */.Ikc({
    stage: schemas/* string */.YjP(),
    active: schemas/* boolean */.zMY().describe('The newest event of this version in this stage is an assignment'),
    shown: schemas/* boolean */.zMY()
        .describe("The stage shows this version now (GTO's rule: the newest active assignment)"),
    since: schemas/* string */.YjP()
        .nullable()
        .describe('When the active assignment was made (GTO time), null when inactive'),
})
    .strict();
/** One row as `gto history --json` prints it. */
const historyRowSchema = schemas/* object */.Ikc({
    timestamp: schemas/* string */.YjP(),
    artifact: schemas/* string */.YjP(),
    event: schemas/* string */.YjP(),
    priority: schemas/* number */.aig(),
    version: schemas/* string */.YjP().nullable(),
    stage: schemas/* string */.YjP().nullable(),
    commit: schemas/* string */.YjP(),
    author: schemas/* string */.YjP(),
    author_email: schemas/* string */.YjP(),
    message: schemas/* string */.YjP(),
    ref: schemas/* string */.YjP(),
})
    .strict();
const gtoSchema = schemas/* object */.Ikc({
    registered: schemas/* boolean */.zMY().describe('A registration tag of this version exists'),
    active: schemas/* boolean */.zMY().describe('Registered and not deregistered'),
    registeredAt: schemas/* string */.YjP().nullable().describe('Time of the registration tag (GTO time)'),
    tag: schemas/* string */.YjP().nullable().describe('The registration tag: name@vX.Y.Z'),
    stages: schemas/* array */.YOg(stageSchema),
    history: schemas/* array */.YOg(historyRowSchema)
        .describe("This version's events, newest first, as `gto history` lists them"),
})
    .strict();
const deploymentSchema = schemas/* object */.Ikc({
    path: schemas/* string */.YjP().describe('The deployment record on the registry branch'),
    environment: schemas/* string */.YjP(),
    sequence: schemas/* number */.aig().int(),
    action: schemas/* enum */.k5n(['promote', 'rollback']),
    version: schemas/* string */.YjP(),
    image: schemas/* string */.YjP().nullable(),
    digest: schemas/* string */.YjP().nullable(),
    recordedAt: schemas/* string */.YjP(),
    actor: schemas/* string */.YjP().nullable(),
    runUrl: schemas/* string */.YjP().nullable().describe('The workflow run that deployed'),
    previous: schemas/* object */.Ikc({ version: schemas/* string */.YjP(), commit: schemas/* string */.YjP() }).strict().nullable(),
    tags: schemas/* array */.YOg(schemas/* string */.YjP()),
    pin: schemas/* object */.Ikc({
        mode: schemas/* string */.YjP(),
        branch: schemas/* string */.YjP().nullable(),
        commit: schemas/* string */.YjP().nullable(),
        files: schemas/* array */.YOg(schemas/* string */.YjP()),
        pullRequest: schemas/* number */.aig().int().nullable(),
    })
        .strict(),
    gates: schemas/* array */.YOg(deploy_records/* gateResultSchema */.mK),
})
    .strict();
const driftRecordSchema = schemas/* object */.Ikc({
    dataset: schemas/* string */.YjP(),
    path: schemas/* string */.YjP(),
    recordedAt: schemas/* string */.YjP(),
    run: schemas/* string */.YjP(),
    commit: schemas/* string */.YjP().nullable(),
    runUrl: schemas/* string */.YjP().nullable(),
    share: schemas/* number */.aig(),
    drifted: schemas/* number */.aig().int(),
    tested: schemas/* number */.aig().int(),
    datasetDrift: schemas/* boolean */.zMY(),
    current: schemas/* object */.Ikc({ path: schemas/* string */.YjP(), md5: schemas/* string */.YjP().nullable(), rows: schemas/* number */.aig().int() }).strict(),
})
    .strict();
const lineageSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(LINEAGE_VERSION),
    query: schemas/* object */.Ikc({ given: schemas/* string */.YjP(), kind: schemas/* enum */.k5n(START_KINDS) })
        .strict()
        .describe('What was looked up: an image digest, name@vX.Y.Z, name#stage or a run id'),
    registry: schemas/* object */.Ikc({ branch: schemas/* string */.YjP(), commit: schemas/* string */.YjP() })
        .strict()
        .describe('The registry branch and the commit its records were read at'),
    model: schemas/* string */.YjP().nullable().describe('GTO artifact; null for a run no version was made from'),
    version: schemas/* string */.YjP().nullable(),
    commit: schemas/* string */.YjP()
        .nullable()
        .describe("The version's commit (its registration tag's target), else the run's"),
    data: schemas/* object */.Ikc({
        pointersAt: schemas/* string */.YjP().nullable().describe('The commit whose pointer files were read'),
        status: schemas/* enum */.k5n(['agree', 'differ', 'no-data', 'unavailable'])
            .describe('agree/differ: every/not every recorded md5 equals its pointer; unavailable: no commit to read'),
        entries: schemas/* array */.YOg(dataEntrySchema),
    })
        .strict(),
    run: runSchema.nullable(),
    images: schemas/* array */.YOg(imageSchema).describe('Distinct images the deployments pinned, oldest first'),
    gto: gtoSchema.nullable(),
    deployments: schemas/* array */.YOg(deploymentSchema).describe("This version's deployment records, oldest first"),
    release: schemas/* object */.Ikc({
        tag: schemas/* string */.YjP().describe("The release tag: the version's GTO registration tag"),
        url: schemas/* string */.YjP().nullable().describe('null: from git alone the URL is not known'),
    })
        .strict()
        .nullable(),
    drift: schemas/* object */.Ikc({
        since: schemas/* string */.YjP().nullable().describe("The version's first deployment; null when never deployed"),
        until: schemas/* string */.YjP()
            .nullable()
            .describe('When the last environment running it moved to another version; null while it is deployed'),
        datasets: schemas/* array */.YOg(schemas/* string */.YjP()),
        from: schemas/* enum */.k5n(['drift-gate', 'all'])
            .describe("datasets: those the deployments' drift gates name, else every dataset"),
        records: schemas/* array */.YOg(driftRecordSchema)
            .describe('Made while the version ran in some environment, oldest first'),
    })
        .strict(),
    notes: schemas/* array */.YOg(schemas/* string */.YjP()).describe('What could not be found or read, and choices made, in words'),
})
    .strict()
    .describe('mlops-actions lineage chain');

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/lineage/chain.js
/**
 * The lineage chain of one model version, assembled from what resolve.ts found: the run's data hashes
 * against the `.dvc` pointers at the version's commit, the run, the images the deployments pinned (with
 * their labels), the version's GTO events as `gto history` lists them, the deployment records, the release
 * tag, and the drift records since the first deployment.
 */








const gtoTime = (e) => (0,show/* pythonDatetime */.qD)(e.time, e.offsetMinutes, true);
async function hasCommit(git, commit) {
    return commit !== undefined && (await git.objectType(commit)) === 'commit';
}
/** The run's data hashes against the pointer files at the version's commit (else the run's own). */
async function dataOf(git, run, commit, notes) {
    if (!run || run.data.length === 0) {
        if (run)
            notes.push(`Run ${run.experiment}/${run.id} recorded no data versions.`);
        return { pointersAt: null, status: 'no-data', entries: [] };
    }
    const candidates = [commit, run.git.commit].filter((c) => c !== undefined);
    let at;
    for (const c of candidates)
        if (at === undefined && (await hasCommit(git, c)))
            at = c;
    if (at === undefined) {
        notes.push(`The pointer files could not be read: ${candidates.length > 0 ? `commit ${candidates.map((c) => c.slice(0, 7)).join(' / ')} is not in this clone (fetch it, or the tags: --fetch)` : 'the run names no commit'}.`);
    }
    const pointers = at === undefined ? undefined : await (0,data_versions/* dataVersionsAtCommit */.Ud)(git, at, (0,data_versions/* pointerFiles */.NG)(run.data));
    const entries = run.data.map((d) => {
        const pointer = pointers === undefined ? null : (pointers.get(d.path)?.md5 ?? null);
        return {
            path: d.path,
            md5: d.md5,
            source: d.source,
            pointer,
            agrees: pointers === undefined ? null : pointer === d.md5,
        };
    });
    const status = at === undefined ? 'unavailable' : entries.every((e) => e.agrees) ? 'agree' : 'differ';
    return { pointersAt: at ?? null, status, entries };
}
function runOf(run) {
    return {
        experiment: run.experiment,
        id: run.id,
        status: run.status,
        commit: run.git.commit ?? null,
        branch: run.git.branch ?? null,
        pullRequest: run.git.pullRequest?.number ?? null,
        url: run.runUrl ?? null,
        startedAt: run.startedAt,
        endedAt: run.endedAt,
        metrics: run.metrics,
        params: run.params,
        path: (0,run_records/* recordPath */.lX)(run.experiment, run.id),
    };
}
function gtoOf(registry, model, v) {
    const registration = [...v.registrations].sort((a, b) => a.time - b.time)[0];
    const shownNow = (stage) => {
        const shown = registry.inStage(model, stage);
        return shown?.version === v.version && shown.commit === v.commit;
    };
    const stages = [...v.stages.values()]
        .map((s) => ({
        stage: s.stage,
        active: s.isActive,
        shown: shownNow(s.stage),
        since: s.isActive ? gtoTime(s.events()[0]) : null,
        order: s.authoringEvent.time,
    }))
        .sort((a, b) => a.order - b.order || (a.stage < b.stage ? -1 : 1))
        .map(({ order: _order, ...s }) => s);
    const events = (0,show/* historyEvents */.sk)(registry.state, model).filter((e) => e.version === v.version && e.commit === v.commit);
    return {
        registered: v.isRegistered,
        active: v.isActive,
        registeredAt: registration ? gtoTime(registration) : null,
        tag: registration?.tag ?? null,
        stages,
        history: (0,show/* historyJson */.dU)(events),
    };
}
function deploymentOf({ path, record: r }) {
    return {
        path,
        environment: r.environment,
        sequence: r.sequence,
        action: r.action,
        version: r.version,
        image: r.image,
        digest: r.digest,
        recordedAt: r.recordedAt,
        actor: r.actor ?? null,
        runUrl: r.runUrl ?? null,
        previous: r.previous,
        tags: r.tags,
        pin: {
            mode: r.pin.mode,
            branch: r.pin.branch ?? null,
            commit: r.pin.commit ?? null,
            files: r.pin.files,
            pullRequest: r.pin.pullRequest ?? null,
        },
        gates: r.gates,
    };
}
async function imagesOf(deployments, labels) {
    const seen = new Map();
    for (const { record } of deployments) {
        if (record.image && record.digest && !seen.has(record.digest))
            seen.set(record.digest, record.image);
    }
    const images = [];
    for (const [digest, image] of seen)
        images.push({ image, digest, ...(await labels(image, digest)) });
    return images;
}
function driftRow(path, r) {
    return {
        dataset: r.dataset,
        path,
        recordedAt: r.recordedAt,
        run: r.run,
        commit: r.commit ?? null,
        runUrl: r.runUrl ?? null,
        share: r.summary.share,
        drifted: r.summary.drifted,
        tested: r.summary.tested,
        datasetDrift: r.summary.datasetDrift,
        current: { path: r.current.path, md5: r.current.md5 ?? null, rows: r.current.rows },
    };
}
/**
 * When the version ran: per environment, from each deployment of it to the next deployment of another
 * version there (a rollback to it opens a new window).
 */
function runningWindows(resolved) {
    const windows = [];
    for (const env of new Set(resolved.deployments.map((d) => d.record.environment))) {
        let open;
        for (const { record } of resolved.modelDeployments.filter((d) => d.record.environment === env)) {
            const at = Date.parse(record.recordedAt);
            if (record.version === resolved.version && !open) {
                open = { from: at, to: undefined, toText: undefined };
                windows.push(open);
            }
            else if (record.version !== resolved.version && open) {
                open.to = at;
                open.toText = record.recordedAt;
                open = undefined;
            }
        }
    }
    return windows;
}
/**
 * Drift records made while the version ran in some environment (from its first deployment until it left
 * the last one), of the datasets the deployments' drift gates name (else of every dataset).
 */
async function driftOf(read, resolved, notes) {
    const { deployments } = resolved;
    const datasets = [...new Set(deployments.flatMap((d) => (0,deploy_records/* driftGateDatasets */.OZ)(d.record.gates)))].sort();
    const from = datasets.length > 0 ? 'drift-gate' : 'all';
    const first = deployments[0]?.record.recordedAt;
    if (first === undefined) {
        notes.push('Never deployed: no drift records are attributed to it.');
        return { since: null, until: null, datasets, from, records: [] };
    }
    const windows = runningWindows(resolved);
    const open = windows.some((w) => w.to === undefined);
    const last = open ? undefined : windows.reduce((a, b) => (b.to > a.to ? b : a));
    const stored = from === 'all'
        ? await (0,drift_records/* readDriftRecords */.aZ)(read.git, read.ref, undefined, read.logger)
        : (await Promise.all(datasets.map((d) => (0,drift_records/* readDriftRecords */.aZ)(read.git, read.ref, d, read.logger)))).flat();
    const records = stored
        .filter((s) => {
        const t = Date.parse(s.record.recordedAt);
        return windows.some((w) => t >= w.from && (w.to === undefined || t < w.to));
    })
        .sort((a, b) => Date.parse(a.record.recordedAt) - Date.parse(b.record.recordedAt) || (a.path < b.path ? -1 : 1))
        .map((s) => driftRow(s.path, s.record));
    const shownDatasets = from === 'all' ? [...new Set(records.map((r) => r.dataset))].sort() : datasets;
    return {
        since: first,
        until: last?.toText ?? null,
        datasets: shownDatasets,
        from,
        records,
    };
}
/** The whole chain for `resolved` (see resolve.ts), labels read with `labels`. */
async function assembleLineage(read, start, resolved, labels) {
    const notes = [...resolved.notes];
    const { model, version, gtoVersion, registry, run, deployments } = resolved;
    const data = await dataOf(read.git, run, resolved.commit, notes);
    const images = await imagesOf(deployments, labels);
    for (const image of images) {
        if (image.labelsNote)
            notes.push(`Labels of ${image.digest}: ${image.labelsNote}.`);
    }
    const drift = await driftOf(read, resolved, notes);
    const releaseTag = model !== undefined && gtoVersion?.isRegistered ? `${(0,grammar/* artifactToTag */.Mo)(model)}@${version}` : undefined;
    return {
        schema: LINEAGE_VERSION,
        query: { given: start.given, kind: start.kind },
        registry: { branch: read.branch, commit: read.commit },
        model: model ?? null,
        version: version ?? null,
        commit: resolved.commit ?? null,
        data,
        run: run ? runOf(run) : null,
        images,
        gto: registry && gtoVersion && model ? gtoOf(registry, model, gtoVersion) : null,
        deployments: deployments.map(deploymentOf),
        release: releaseTag ? { tag: releaseTag, url: null } : null,
        drift,
        notes,
    };
}
/** Trace `start` to its chain: resolve it (resolve.ts), then assemble every link. */
async function traceLineage(read, start, labels) {
    return assembleLineage(read, start, await resolveStart(read, start), labels);
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/oci-layout.js
var oci_layout = __webpack_require__(389);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/lineage/images.js
/**
 * Image labels for the lineage: from an OCI image layout when one is given (offline), else from the registry
 * the image reference names. Labels are a nice-to-have here: anything that stops them being read (no layout
 * entry, a registry that cannot be reached or refuses) becomes a note, never a failure.
 */


const none = (labelsNote) => ({ labels: null, labelsFrom: null, labelsNote });
/** An error's message as a clause (notes add their own full stop). */
const clause = (error) => (0,errors/* errorMessage */.gJ)(error).replace(/\.$/, '');
function labelReader(sources) {
    return async (image, digest) => {
        if (sources.ociLayout !== undefined) {
            try {
                const labels = await (0,oci_layout/* readLayoutLabels */.Y)(sources.ociLayout, digest);
                return labels
                    ? { labels, labelsFrom: 'oci-layout', labelsNote: null }
                    : none(`the OCI layout ${sources.ociLayout} does not hold this image`);
            }
            catch (error) {
                return none(`the OCI layout could not be read: ${clause(error)}`);
            }
        }
        if (!sources.registry)
            return none('not looked up');
        try {
            const facts = await sources.registry.inspect({ reference: image, digest });
            if (!facts.exists)
                return none('the registry has no image with this digest');
            return { labels: facts.labels ?? {}, labelsFrom: 'registry', labelsNote: null };
        }
        catch (error) {
            return none(`the registry could not be read: ${clause(error)}`);
        }
    };
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/lineage-flowchart.js
var lineage_flowchart = __webpack_require__(12);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/printable.js
var printable = __webpack_require__(1671);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/text-table.js
var text_table = __webpack_require__(9616);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/lineage/render.js
/**
 * The lineage chain for people: a terminal report (one section per link of the chain, each a small table)
 * and the Mermaid flowchart input. Every piece of record content is user text: in the terminal it is made
 * one printable line (the CLI then makes the whole text safe from workflow commands); in the flowchart
 * `lineageFlowchart` escapes it.
 */



const p = (text) => (text ? (0,printable/* printable */.g)(text) : '-');
const render_short = (sha) => (sha ? sha.slice(0, 7) : '-');
const num = (v) => String(Number(v.toPrecision(6)));
const yes = (b) => (b === null ? '?' : b ? 'yes' : 'no');
const table = (header, rows) => (0,text_table/* textTable */.e)(header, rows.map((r) => r.map(p)));
function headline(c) {
    const what = c.model
        ? `${c.model} ${c.version ?? '?'}`
        : c.run
            ? `run ${c.run.experiment}/${c.run.id}`
            : '?';
    return `LINEAGE  ${p(what)}  (from ${p(c.query.given)})  commit ${render_short(c.commit)}  registry ${p(c.registry.branch)} at ${render_short(c.registry.commit)}`;
}
function dataSection(c) {
    const d = c.data;
    const title = d.status === 'no-data'
        ? 'DATA  none recorded'
        : d.status === 'unavailable'
            ? 'DATA  pointers not read (commit not here)'
            : `DATA  pointers at ${render_short(d.pointersAt)}: ${d.status}`;
    if (d.entries.length === 0)
        return title;
    return `${title}\n${table(['PATH', 'RUN MD5', 'POINTER MD5', 'AGREE', 'SOURCE'], d.entries.map((e) => [e.path, e.md5, e.pointer ?? '-', yes(e.agrees), e.source]))}`;
}
function runSection(c) {
    const r = c.run;
    if (!r)
        return 'RUN  none found';
    const where = [
        `commit ${render_short(r.commit)}`,
        r.pullRequest !== null ? `PR #${r.pullRequest}` : '',
        r.branch ? `branch ${p(r.branch)}` : '',
        r.url ? p(r.url) : '',
    ].filter(Boolean);
    const lines = [
        `RUN  ${p(`${r.experiment}/${r.id}`)}  ${r.status}  ended ${p(r.endedAt)}`,
        `  ${where.join('  ')}`,
    ];
    const metrics = Object.entries(r.metrics);
    if (metrics.length > 0)
        lines.push(table(['METRIC', 'VALUE'], metrics.map(([k, v]) => [k, num(v)])));
    const params = Object.entries(r.params);
    if (params.length > 0) {
        lines.push(table(['PARAM', 'VALUE'], params.map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])));
    }
    return lines.join('\n');
}
function imageSection(c) {
    if (c.images.length === 0)
        return 'IMAGE  none (no deployment pinned one)';
    return c.images
        .map((i) => {
        const head = `IMAGE  ${p(i.image)}`;
        if (i.labels === null)
            return `${head}\n  labels not read: ${p(i.labelsNote)}`;
        const labels = Object.entries(i.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        if (labels.length === 0)
            return `${head}\n  no labels (${i.labelsFrom})`;
        return `${head}\n  labels (${i.labelsFrom}):\n${labels.map(([k, v]) => `    ${p(k)} = ${p(v)}`).join('\n')}`;
    })
        .join('\n\n');
}
function gtoSection(c) {
    const g = c.gto;
    if (!g)
        return c.model ? 'GTO  no tags of this version here' : 'GTO  no version';
    const state = `${g.registered ? `registered ${g.registeredAt}` : 'not registered (known from stage tags)'}  ${g.active ? 'active' : 'inactive'}`;
    const lines = [`GTO  ${p(`${c.model} ${c.version}`)}  ${state}`];
    if (g.stages.length > 0) {
        lines.push(table(['STAGE', 'ACTIVE', 'SHOWN NOW', 'SINCE'], g.stages.map((s) => [s.stage, yes(s.active), yes(s.shown), s.since ?? '-'])));
    }
    lines.push(table(['TIMESTAMP', 'EVENT', 'STAGE', 'REF'], g.history.map((h) => [h.timestamp, h.event, h.stage ?? '-', h.ref])));
    return lines.join('\n');
}
function deploymentSection(c) {
    if (c.deployments.length === 0)
        return 'DEPLOYMENTS  none';
    const pin = (d) => d.pin.mode === 'none'
        ? 'none'
        : `${d.pin.mode}${d.pin.branch ? ` ${d.pin.branch}` : ''}${d.pin.commit ? `@${render_short(d.pin.commit)}` : ''}${d.pin.pullRequest !== null ? ` PR #${d.pin.pullRequest}` : ''}`;
    return `DEPLOYMENTS\n${table(['RECORDED', 'ENVIRONMENT', 'NO.', 'ACTION', 'IMAGE', 'PIN', 'BY'], c.deployments.map((d) => [
        d.recordedAt,
        d.environment,
        String(d.sequence),
        d.action,
        d.digest ? (0,lineage_flowchart/* shortDigest */.VK)(d.digest) : '-',
        pin(d),
        d.runUrl ?? d.actor ?? '-',
    ]))}`;
}
function driftSection(c) {
    const d = c.drift;
    if (d.since === null)
        return 'DRIFT  not deployed: none attributed';
    const which = d.from === 'drift-gate' ? `${d.datasets.join(', ')} (named by the drift gate)` : 'every dataset';
    const title = `DRIFT  since ${d.since}${d.until ? ` until ${d.until}` : ''}, ${which}`;
    if (d.records.length === 0)
        return `${title}\n  no drift records since`;
    return `${title}\n${table(['RECORDED', 'DATASET', 'SHARE', 'DRIFTED', 'DATASET DRIFT', 'CURRENT MD5'], d.records.map((r) => [
        r.recordedAt,
        r.dataset,
        num(r.share),
        `${r.drifted} of ${r.tested}`,
        yes(r.datasetDrift),
        r.current.md5 ?? '-',
    ]))}`;
}
/** The terminal report. */
function renderLineageText(c) {
    const release = c.release
        ? `RELEASE  tag ${p(c.release.tag)}${c.release.url ? `  ${p(c.release.url)}` : ' (the GitHub release of a production deployment carries this tag)'}`
        : 'RELEASE  none (no registered version)';
    const sections = [
        headline(c),
        dataSection(c),
        runSection(c),
        imageSection(c),
        gtoSection(c),
        deploymentSection(c),
        release,
        driftSection(c),
    ];
    if (c.notes.length > 0)
        sections.push(`NOTES\n${c.notes.map((n) => `- ${p(n)}`).join('\n')}`);
    return `${sections.join('\n\n')}\n`;
}
/** What the flowchart draws of the chain. */
function lineageFlowchartInput(c) {
    return {
        data: c.data.entries.map((e) => ({ path: e.path, md5: e.md5 })),
        run: c.run ? { experiment: c.run.experiment, id: c.run.id } : undefined,
        images: c.images.map((i) => i.digest),
        version: c.model && c.version
            ? {
                model: c.model,
                version: c.version,
                stages: (c.gto?.stages ?? []).filter((s) => s.active).map((s) => s.stage),
            }
            : undefined,
        deployments: c.deployments.map((d) => ({
            environment: d.environment,
            sequence: d.sequence,
            action: d.action,
            status: 'deployed',
            at: d.recordedAt,
        })),
        drift: c.drift.records.map((r) => ({
            dataset: r.dataset,
            at: r.recordedAt,
            text: `share ${num(r.share)}, ${r.drifted} of ${r.tested}`,
            drifted: r.datasetDrift,
        })),
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/lineage/start.js
/**
 * Where a lineage starts: an image digest (`sha256:…`, or `repo[:tag]@sha256:…`), a GTO version
 * (`name@vX.Y.Z`), a stage (`name#stage`: the version GTO shows there now) or a run (`id`, or
 * `experiment/id`). Told apart by their shape, checked with GTO's grammar and the run-id alphabet.
 */



const FORMS = 'an image digest (sha256:…), name@vX.Y.Z, name#stage or a run id ([experiment/]id)';
function parseStart(text) {
    const given = text.trim();
    const digest = /^(?:\S+@)?(sha256:[a-f0-9]{64})$/.exec(given);
    if (digest)
        return { given, kind: 'digest', digest: digest[1] };
    if (given.includes('sha256:')) {
        throw new errors/* ConfigurationError */.j1(`'${given}' is not an image digest: use sha256: and 64 lowercase hex digits.`);
    }
    const version = /^(.+)@([^@]+)$/.exec(given);
    if (version) {
        const model = (0,grammar/* checkArtifactName */.CN)(version[1], 'lineage of name@vX.Y.Z');
        return { given, kind: 'version', model, version: (0,grammar/* checkVersion */.ps)(version[2], 'lineage of name@vX.Y.Z') };
    }
    const stage = /^(.+)#([^#]+)$/.exec(given);
    if (stage) {
        const model = (0,grammar/* checkArtifactName */.CN)(stage[1], 'lineage of name#stage');
        return { given, kind: 'stage', model, stage: (0,grammar/* checkStageName */.Af)(stage[2], 'lineage of name#stage') };
    }
    const [experiment, id] = given.includes('/') ? given.split('/', 2) : [undefined, given];
    if (id !== undefined &&
        run_records/* NAME_PATTERN */.Vh.test(id) &&
        (experiment === undefined || run_records/* NAME_PATTERN */.Vh.test(experiment)) &&
        given.split('/').length <= 2) {
        return { given, kind: 'run', experiment, id };
    }
    throw new errors/* ConfigurationError */.j1(`'${given}' is not ${FORMS}.`);
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/log-text.js
var log_text = __webpack_require__(1255);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/branch.js
var registry_branch = __webpack_require__(9813);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/read-tags.js
var read_tags = __webpack_require__(8776);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/store.js
var store = __webpack_require__(2664);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/cli/args.js
var cli_args = __webpack_require__(267);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/cli/cli-host.js
var cli_host = __webpack_require__(7977);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/cli/lineage.js




















const USAGE = `Usage: mlops lineage <image digest | name@vX.Y.Z | name#stage | run-id> [options]

Traces one model version from its data to its drift records, from git alone: the run's data md5s against
the .dvc pointers at the version's commit, the run (metrics, params, PR, commit), the image digest and its
labels, the GTO events of the version, its deployment records and release tag, and the drift records
since it was first deployed. Works in a depth-1 checkout (actions/checkout) with --fetch.

  sha256:<64 hex> or repo@sha256:…   the version whose deployments pinned this image
  name@vX.Y.Z                        that version (its registration tag)
  name#stage                         the version GTO shows in the stage now
  run-id or experiment/run-id        that run, and the version made from it

Options:
  --json                  the chain as JSON (its JSON Schema: schema/lineage.schema.json)
  --mermaid               the chain as a Mermaid flowchart (a markdown block)
  --fetch                 fetch the registry branch and the GTO tags first (depth 1 in a shallow clone)
  --remote <name>         default origin
  --branch <branch>       registry branch (default: registry.branch in .mlops.yml, else mlops/registry)
  --oci-layout <dir>      read image labels from this OCI image layout (default: from the registry)
  --registry-username <u> registry credentials for the labels; or MLOPS_REGISTRY_USERNAME /
  --registry-password <p> MLOPS_REGISTRY_PASSWORD (for ghcr.io, GITHUB_ACTOR / GITHUB_TOKEN)`;
const VALUES = ['remote', 'branch', 'oci-layout', 'registry-username', 'registry-password'];
const FLAGS = ['json', 'mermaid', 'fetch'];
/** A look-up that can do without the labels: two tries, not five. */
const LABEL_ATTEMPTS = 2;
const stderrLogger = {
    info: () => undefined,
    debug: () => undefined,
    warning: (m) => (0,cli_host/* writeStderr */._)(`warning: ${m}\n`),
};
async function lineage(argv) {
    const args = (0,cli_args/* parseArgs */.Z)(argv, [...VALUES, ...FLAGS], new Set(FLAGS), { flagsOnly: true });
    const v = args.values;
    if (args.positional.length !== 1) {
        throw new errors/* ConfigurationError */.j1(`lineage needs one starting point (got ${args.positional.length}).\n\n${USAGE}`);
    }
    if (v.json && v.mermaid)
        throw new errors/* ConfigurationError */.j1('Give --json or --mermaid, not both.');
    const start = parseStart(args.positional[0]);
    const cwd = process.cwd();
    const config = await (0,adapter_config/* loadMlopsConfig */.W)(cwd);
    const branch = (0,registry_branch/* resolveRegistryBranch */.wT)(v.branch, config.registry, '--branch');
    const remote = v.remote ?? 'origin';
    const ociLayout = v['oci-layout'] === undefined
        ? undefined
        : path_policy/* PathPolicy */.Up.forWorkspace(cwd).resolveInput(v['oci-layout'], '--oci-layout', 'read');
    const git = new commands/* GitCommands */.rR(new adapter_git/* Git */.T(cwd));
    if (v.fetch) {
        const shallow = await git.isShallow();
        await (0,store/* fetchRegistryTip */.j$)(git, { remote, branch }, shallow);
        await (0,read_tags/* fetchRegistryTags */.dg)(git, remote, start.kind === 'version' || start.kind === 'stage' ? start.model : undefined);
    }
    const ref = await (0,store/* resolveRegistryRef */.jt)(git, remote, branch);
    const commit = ref && (await git.revParse(ref));
    if (!ref || !commit) {
        throw new errors/* ConfigurationError */.j1(`No registry branch '${branch}' here (looked for ${remote}/${branch} and ${branch}); fetch it with --fetch.`);
    }
    const env = (0,runner_env/* readRunnerEnv */.O)();
    const labels = labelReader({
        ociLayout,
        registry: {
            inspect: (image) => (0,inspect/* registryImageInspector */.uy)({
                credentials: (0,registry_credentials/* cliRegistryCredentials */.s)((0,reference/* parseImageReference */.o_)(image.reference, 'image').registry, {
                    username: v['registry-username'],
                    password: v['registry-password'],
                }),
                logger: stderrLogger,
                retryBaseMs: env.tuning.httpRetryBaseMs,
                attempts: LABEL_ATTEMPTS,
            }).inspect(image),
        },
    });
    const chain = await traceLineage({ git, ref, branch, commit, logger: stderrLogger }, start, labels);
    if (v.json)
        return `${(0,log_text/* commandSafeJson */.R6)(JSON.stringify(chain, null, 2))}\n`;
    if (v.mermaid)
        return `${(0,log_text/* commandSafe */.JV)((0,lineage_flowchart/* lineageFlowchart */.Ym)(lineageFlowchartInput(chain)))}\n`;
    return (0,log_text/* commandSafe */.JV)(renderLineageText(chain));
}
/** `mlops lineage …` (listed in subcommands.ts). */
async function runLineage(argv) {
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
        process.stdout.write(`${USAGE}\n`);
        return argv.length === 0 ? 2 : 0;
    }
    try {
        process.stdout.write(await lineage(argv));
        return 0;
    }
    catch (error) {
        (0,cli_host/* writeStderr */._)(`error: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
        return 1;
    }
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

/***/ 167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dO: () => (/* binding */ NOTHING_FOUND),
  sk: () => (/* binding */ historyEvents),
  dU: () => (/* binding */ historyJson),
  f1: () => (/* binding */ historyTable),
  e4: () => (/* binding */ printTable),
  qD: () => (/* binding */ pythonDatetime),
  bv: () => (/* binding */ pythonJson),
  cb: () => (/* binding */ registryJson),
  Ak: () => (/* binding */ registryTable),
  EA: () => (/* binding */ versionsJson),
  Ks: () => (/* binding */ versionsTable)
});

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/state.js
var gto_state = __webpack_require__(7263);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/tabulate.js
/**
 * Tables as `gto show` / `gto history` print them: python-tabulate with `tablefmt="fancy_outline"` (or
 * `plain` for `--plain`), `missingval="-"`. Reproduced rules: each column is as wide as its widest cell
 * and at least its header plus 2; a column whose every non-empty cell reads as a number is right-aligned
 * (floats re-formatted with Python's `g`); others are left-aligned; `None` prints as `-`, '' as blank.
 */
const INT = /^\s*[+-]?[0-9]+(?:_[0-9]+)*\s*$/;
const FLOAT = /^\s*[+-]?(?:(?:[0-9]+(?:_[0-9]+)*)?\.?[0-9]+(?:_[0-9]+)*|[0-9]+(?:_[0-9]+)*\.)(?:[eE][+-]?[0-9]+)?\s*$|^\s*[+-]?(?:inf|infinity|nan)\s*$/i;
function cellType(value) {
    if (value === null || value === '')
        return 'none';
    if (value === 'True' || value === 'False')
        return 'str'; // tabulate's bool: aligned like a string here
    if (INT.test(value))
        return 'int';
    if (FLOAT.test(value)) {
        const n = Number(value.replaceAll('_', ''));
        // tabulate refuses strings that overflow to ±inf (e.g. a commit id like "1e23456")
        if (!Number.isFinite(n) && !/inf|nan/i.test(value))
            return 'str';
        return 'float';
    }
    return 'str';
}
function columnType(values) {
    const rank = { none: 0, int: 1, float: 2, str: 3 };
    return values.map(cellType).reduce((a, b) => (rank[b] > rank[a] ? b : a), 'none');
}
/** Python's `format(float(x), 'g')`. */
function pythonG(value) {
    if (Number.isNaN(value))
        return 'nan';
    if (!Number.isFinite(value))
        return value > 0 ? 'inf' : '-inf';
    if (value === 0)
        return Object.is(value, -0) ? '-0' : '0';
    const exponent = Math.floor(Math.log10(Math.abs(Number(value.toPrecision(6)))));
    if (exponent < -4 || exponent >= 6) {
        const [mantissa, exp] = value.toExponential(5).split('e');
        const m = mantissa.replace(/\.?0+$/, '');
        const e = Number(exp);
        return `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
    }
    return value.toFixed(Math.max(0, 5 - exponent)).replace(/\.?0+$/, '');
}
function afterPoint(text) {
    if (INT.test(text))
        return -1;
    const dot = text.lastIndexOf('.');
    const pos = dot >= 0 ? dot : text.toLowerCase().lastIndexOf('e');
    return pos >= 0 ? text.length - pos - 1 : -1;
}
function formatCell(value, type) {
    if (value === null)
        return '-';
    if (value === '')
        return '';
    if (type === 'float')
        return pythonG(Number(value.replaceAll('_', '').replaceAll(',', '')));
    return value;
}
function tabulate(headers, rows, format) {
    const columns = headers.map((_, i) => rows.map((r) => r[i] ?? null));
    const types = columns.map(columnType);
    const numeric = types.map((t) => t === 'int' || t === 'float');
    const minPadding = 2;
    const cells = columns.map((column, i) => {
        let texts = column.map((v) => formatCell(v, types[i]));
        if (numeric[i]) {
            // "decimal" alignment: pad on the right so the decimal points line up, then flush right
            const decimals = texts.map(afterPoint);
            const most = Math.max(...decimals);
            texts = texts.map((t, k) => t + ' '.repeat(most - decimals[k]));
        }
        else {
            texts = texts.map((t) => t.trim());
        }
        const width = Math.max(headers[i].length + minPadding, ...texts.map((t) => t.length));
        return { width, texts: texts.map((t) => (numeric[i] ? t.padStart(width) : t.padEnd(width))) };
    });
    const header = headers.map((h, i) => numeric[i] ? h.padStart(cells[i].width) : h.padEnd(cells[i].width));
    const row = (k) => cells.map((c) => c.texts[k]);
    if (format === 'plain') {
        return [header, ...rows.map((_, k) => row(k))].map((r) => r.join('  ').trimEnd()).join('\n');
    }
    const line = (l, fill, mid, r) => l + cells.map((c) => fill.repeat(c.width + 2)).join(mid) + r;
    const data = (values) => `│ ${values.join(' │ ')} │`;
    return [
        line('╒', '═', '╤', '╕'),
        data(header),
        line('╞', '═', '╪', '╡'),
        ...rows.map((_, k) => data(row(k))),
        line('╘', '═', '╧', '╛'),
    ].join('\n');
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/show.js
/**
 * What `gto show`, `gto show <artifact>` and `gto history` print (gto/api.py `_show_registry`,
 * `_show_versions`, `history`; gto/cli.py), as tables and as `--json`, from our registry state.
 * GTO's quirks are kept so the output matches: the registry table cuts every version to 7 characters
 * (its `truncate_hexsha` is applied to all values there), commits are shown as 7 characters elsewhere,
 * times print as Python prints a datetime with the tagger's zone.
 */


const NOTHING_FOUND = 'Nothing found in the current workspace';
/** Python's `str(datetime)` / `isoformat()` of a tagger time in the tagger's zone. */
function pythonDatetime(time, offsetMinutes, iso) {
    const local = new Date((time + offsetMinutes * 60) * 1000).toISOString(); // 2024-01-02T03:04:05.000Z
    const sign = offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(offsetMinutes);
    const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    return `${local.slice(0, 10)}${iso ? 'T' : ' '}${local.slice(11, 19)}${zone}`;
}
/** Python's `json.dumps(value, indent=4)` (ensure_ascii: non-ASCII as \uXXXX) plus click.echo's newline. */
function pythonJson(value) {
    return `${JSON.stringify(value, null, 4).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
const isHexsha = (value) => /^[0-9a-fA-F]{40}$/.test(value);
const show_short = (value) => (isHexsha(value) ? value.slice(0, 7) : value);
function stageCell(artifact, stage, sort, cut) {
    const shown = artifact.stageVersions({ sort }).get(stage) ?? [];
    return shown.map((s) => cut(s.version)).join(', ') || null;
}
/** `gto show --json`: artifact → latest version, stage → version(s), registered, active. */
function registryJson(state, options = {}) {
    const sort = options.sort ?? 'timestamp';
    const stages = options.stages ?? (0,gto_state/* usedStages */.lp)(state, sort);
    const out = {};
    for (const a of state.artifacts.values()) {
        if (!a.isActive && !options.deprecated)
            continue;
        out[a.name] = {
            version: a.latest()?.version ?? null,
            stage: Object.fromEntries(stages.map((s) => [s, stageCell(a, s, sort, (v) => v)])),
            registered: a.isRegistered,
            active: a.isActive,
        };
    }
    return out;
}
/** `gto show`: name, latest, one `#stage` column per stage; rows by name. */
function registryTable(state, options = {}) {
    const sort = options.sort ?? 'timestamp';
    const stages = options.stages ?? (0,gto_state/* usedStages */.lp)(state, sort);
    const cut = (v) => v.slice(0, 7); // GTO's registry table truncates every value it shows
    const artifacts = [...state.artifacts.values()]
        .filter((a) => a.isActive || options.deprecated)
        .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    return {
        headers: ['name', 'latest', ...stages.map((s) => `#${s}`)],
        rows: artifacts.map((a) => [
            a.isRegistered ? a.name : `*${a.name}`,
            a.latest() ? cut(a.latest().version) : null,
            ...stages.map((s) => stageCell(a, s, sort, cut)),
        ]),
    };
}
function eventState(e) {
    const state = {
        priority: e.priority,
        addition: e.addition,
        artifact: e.artifact,
        created_at: pythonDatetime(e.time, e.offsetMinutes, true),
        author: e.author,
        author_email: e.authorEmail,
        message: e.message,
        commit_hexsha: e.commit,
        tag: e.tag,
    };
    if (e.version !== undefined)
        state.version = e.version;
    if (e.stage !== undefined)
        state.stage = e.stage;
    return state;
}
function authoring(e) {
    return {
        created_at: pythonDatetime(e.time, e.offsetMinutes, true),
        author: e.author,
        author_email: e.authorEmail,
        message: e.message,
        ref: e.tag,
    };
}
function stageState(s) {
    const first = s.events()[0];
    return {
        artifact: s.artifact,
        commit_hexsha: s.commit,
        version: s.version,
        stage: s.stage,
        assignments: s.assignments.map((e) => ({ ...eventState(e), event: 'assignment' })),
        unassignments: s.unassignments.map((e) => ({ ...eventState(e), event: 'unassignment' })),
        is_active: s.isActive,
        activated_at: s.isActive ? pythonDatetime(first.time, first.offsetMinutes, true) : null,
        ...authoring(s.authoringEvent),
    };
}
function versionState(v, shown) {
    const activated = v.registrations.length > 0 ? v.registrations[0] : [...v.events()].reverse()[0];
    return {
        artifact: v.artifact,
        commit_hexsha: v.commit,
        version: v.version,
        enrichments: [],
        registrations: v.registrations.map(eventState),
        deregistrations: v.deregistrations.map(eventState),
        stages: shown.filter((s) => s.version === v.version).map(stageState),
        is_active: v.isActive,
        activated_at: pythonDatetime(activated.time, activated.offsetMinutes, true),
        ...authoring(v.authoringEvent),
        discovered: v.discovered,
    };
}
/** The versions `gto show <artifact>` lists, highest SemVer first, each with the stages it shows. */
function shownVersions(artifact, options) {
    if (!artifact.isActive && !options.deprecated)
        return [];
    const shown = [...artifact.stageVersions({ sort: options.sort ?? 'timestamp' }).values()].flat();
    return artifact
        .versionsMatching({ activeOnly: !options.deprecated, includeNonExplicit: true, includeDiscovered: true })
        .map((v) => ({ v, stages: shown.filter((s) => s.version === v.version) }));
}
/** `gto show <artifact> --json`. */
function versionsJson(artifact, options = {}) {
    return shownVersions(artifact, options).map(({ v, stages }) => versionState(v, stages));
}
/** `gto show <artifact>`: artifact, version, stage, created_at, ref. */
function versionsTable(artifact, options = {}) {
    return {
        headers: ['artifact', 'version', 'stage', 'created_at', 'ref'],
        rows: shownVersions(artifact, options).map(({ v, stages }) => {
            const e = v.authoringEvent;
            return [
                artifact.isRegistered ? v.artifact : `*${v.artifact}`,
                show_short(v.version),
                [...new Set(stages.map((s) => s.stage))].join(', '),
                pythonDatetime(e.time, e.offsetMinutes, false),
                show_short(e.tag),
            ];
        }),
    };
}
/** `gto history [artifact]`: every event, newest first (by time, then GTO's event priority). */
function historyEvents(state, artifact, ascending = false) {
    const events = [...state.artifacts.values()].flatMap((a) => a.events());
    events.sort((x, y) => x.time - y.time || x.priority - y.priority);
    if (!ascending)
        events.reverse();
    return artifact === undefined ? events : events.filter((e) => e.artifact === artifact);
}
function historyJson(events) {
    return events.map((e) => ({
        timestamp: pythonDatetime(e.time, e.offsetMinutes, true),
        artifact: e.artifact,
        event: e.event,
        priority: e.priority,
        version: e.version ?? null,
        stage: e.stage ?? null,
        commit: e.commit,
        author: e.author,
        author_email: e.authorEmail,
        message: e.message,
        ref: e.tag,
    }));
}
function historyTable(events) {
    return {
        headers: ['timestamp', 'artifact', 'event', 'version', 'stage', 'commit', 'ref'],
        rows: events.map((e) => [
            pythonDatetime(e.time, e.offsetMinutes, false),
            e.artifact,
            e.event,
            e.version === undefined ? null : show_short(e.version),
            e.stage ?? null,
            show_short(e.commit),
            e.tag,
        ]),
    };
}
/** A table as GTO's CLI prints it, or its empty-result line. */
function printTable(table, format = 'fancy_outline') {
    return `${table.rows.length === 0 ? NOTHING_FOUND : tabulate(table.headers, table.rows, format)}\n`;
}


/***/ }),

/***/ 9616:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ textTable)
/* harmony export */ });
/** Plain-text tables for a terminal (the CLI's `list`/`show` output): columns padded to their widest cell. */
function textTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}


/***/ })

};
