export const id = 131;
export const ids = [131];
export const modules = {

/***/ 6592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NG: () => (/* binding */ pointerFiles),
/* harmony export */   Ud: () => (/* binding */ dataVersionsAtCommit),
/* harmony export */   bl: () => (/* binding */ readDirManifest),
/* harmony export */   uq: () => (/* binding */ readDataVersions)
/* harmony export */ });
/* unused harmony exports isDataPointer, parseDataPointer */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6974);
/* harmony import */ var _dvc_objects_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7173);
/* harmony import */ var _dvc_pointer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1259);
/* harmony import */ var _structured_yaml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8382);
/* harmony import */ var _structured_flatten_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2543);







/** Is this tracked path one we read data hashes from? */
function isDataPointer(path) {
    return path.endsWith('.dvc') || path === 'dvc.lock' || path.endsWith('/dvc.lock');
}
function entryFrom(raw, baseDir, source) {
    if (!(0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_6__/* .isMapping */ .p)(raw) || typeof raw.path !== 'string' || typeof raw.md5 !== 'string')
        return undefined;
    const entry = {
        path: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(baseDir === '.' || baseDir === '' ? raw.path : `${baseDir}/${raw.path}`),
        md5: raw.md5,
        source,
    };
    if (typeof raw.size === 'number' && Number.isInteger(raw.size) && raw.size >= 0)
        entry.size = raw.size;
    if (typeof raw.nfiles === 'number' && Number.isInteger(raw.nfiles) && raw.nfiles >= 0)
        entry.nfiles = raw.nfiles;
    return entry;
}
/**
 * Parse a `.dvc` pointer (`outs: [{md5, size, nfiles, hash, path}]`) or a `dvc.lock`
 * (`stages: {name: {deps: [...], outs: [...]}}`). Paths inside are relative to the file's directory;
 * the entries come back relative to the repository root, "/"-separated.
 */
function parseDataPointer(text, relPath) {
    const baseDir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(relPath.replace(/\\/g, '/'));
    if (relPath.endsWith('.dvc')) {
        // data-hash's reader; a pointer it refuses contributes no data versions (the run is still recorded).
        let outs;
        try {
            outs = (0,_dvc_pointer_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePointer */ .vp)(text, relPath).outs;
        }
        catch {
            return [];
        }
        return outs.flatMap((out) => entryFrom(out, baseDir, relPath) ?? []);
    }
    let value;
    try {
        value = (0,_structured_yaml_js__WEBPACK_IMPORTED_MODULE_5__/* .readYaml */ .gM)(text, relPath);
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isConfigurationError */ .p0)(error))
            throw error;
        return []; // like a refused pointer: no data versions from this file
    }
    if (!(0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_6__/* .isMapping */ .p)(value))
        return [];
    const entries = [];
    const stages = (0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_6__/* .isMapping */ .p)(value.stages) ? value.stages : {};
    for (const [stage, body] of Object.entries(stages)) {
        if (!(0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_6__/* .isMapping */ .p)(body))
            continue;
        for (const list of [body.outs, body.deps]) {
            for (const item of Array.isArray(list) ? list : []) {
                const entry = entryFrom(item, baseDir, `${relPath}:${stage}`);
                if (entry)
                    entries.push(entry);
            }
        }
    }
    return entries;
}
/**
 * The data versions the pointer files `files` (`.dvc` pointers, `dvc.lock`) hold at `commit`, read from git
 * (the blobs at that commit: works in a depth-1 clone, downloads no data): data path → entry, the first per
 * path winning. Files not at the commit contribute nothing.
 */
async function dataVersionsAtCommit(git, commit, files) {
    const entries = (await git.lsTree(commit, files)).filter((e) => files.includes(e.path) && e.type === 'blob');
    const texts = await git.readBlobTexts(entries.map((e) => e.object));
    const atCommit = new Map();
    for (const entry of entries) {
        for (const d of parseDataPointer(texts.get(entry.object) ?? '', entry.path)) {
            if (!atCommit.has(d.path))
                atCommit.set(d.path, d);
        }
    }
    return atCommit;
}
/** The pointer files a run's data versions were read from (`source`, its `:stage` suffix dropped). */
function pointerFiles(data) {
    return [...new Set(data.map((d) => d.source.replace(/:[^:/]*$/, '')))];
}
/**
 * Read every pointer file in `relPaths` (from `git ls-files`); the first entry per data path wins, with
 * `.dvc` pointers and stage outputs preferred to stage dependencies (they are listed first).
 */
async function readDataVersions(root, relPaths, logger) {
    const byPath = new Map();
    const sorted = [...relPaths]
        .filter(isDataPointer)
        .sort((a, b) => Number(a.endsWith('dvc.lock')) - Number(b.endsWith('dvc.lock')) || (a < b ? -1 : a > b ? 1 : 0));
    for (const rel of sorted) {
        let text;
        try {
            // a tracked symbolic link could point anywhere: read regular files only
            if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel))).isFile())
                continue;
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel), 'utf8');
        }
        catch {
            logger.debug(`data pointer ${rel} is tracked but not in the working tree; skipped`);
            continue;
        }
        for (const entry of parseDataPointer(text, rel)) {
            if (!byPath.has(entry.path))
                byPath.set(entry.path, entry);
        }
    }
    return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/**
 * A `.dir` object from the DVC cache (3.x layout first, then the 2.x one), read and verified by data-hash;
 * undefined when absent, corrupt or not a manifest (the comparison then shows no file-level changes).
 */
async function readDirManifest(cacheDir, dirHash) {
    if (!/^[0-9a-f]{32}\.dir$/.test(dirHash))
        return undefined;
    for (const legacy of [false, true]) {
        try {
            const refs = await (0,_dvc_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .manifestRefs */ .u)(cacheDir, { md5: dirHash, legacy });
            if (refs)
                return refs.map((entry) => ({ md5: entry.ref.md5, relpath: entry.relpath }));
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}


/***/ }),

/***/ 3633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ serializeDeployRecord),
/* harmony export */   Ev: () => (/* binding */ runRefSchema),
/* harmony export */   Kq: () => (/* binding */ deployRecordPath),
/* harmony export */   OZ: () => (/* binding */ driftGateDatasets),
/* harmony export */   SQ: () => (/* binding */ readDeployRecords),
/* harmony export */   TS: () => (/* binding */ PIN_MODES),
/* harmony export */   Vv: () => (/* binding */ readProposal),
/* harmony export */   YS: () => (/* binding */ readEveryDeployRecord),
/* harmony export */   mK: () => (/* binding */ gateResultSchema),
/* harmony export */   pn: () => (/* binding */ pathSegment),
/* harmony export */   qm: () => (/* binding */ proposalPath),
/* harmony export */   qs: () => (/* binding */ sameDeployment),
/* harmony export */   rn: () => (/* binding */ GATE_NAMES)
/* harmony export */ });
/* unused harmony exports DEPLOY_RECORD_VERSION, deployRecordSchema, deployDir */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1255);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2664);
/**
 * The deployment record: one JSON file per promotion or rollback of a model to an environment (a GTO stage),
 * written by gated-deploy on the registry branch in the same atomic push as the GTO tags (and, with
 * `pin: push`, the manifest commit). It says what went where: version, commit, image digest, run, gates,
 * who and which workflow run. Records of one model and environment are numbered (`sequence`), so the newest
 * is the highest number whatever the clocks say; a lost push race renumbers on the fresh tip.
 *
 *   deployments/<model>/<environment>/<sequence, 6 digits>-<version>.json   a deployment (promote, rollback)
 *   deployments/<model>/<environment>/proposal.json                          a pull request awaiting merge
 *
 * `npm run build` exports the schema as schema/deploy-record.schema.json.
 */



const DEPLOY_RECORD_VERSION = 1;
const GATE_NAMES = ['metrics', 'no-regression', 'after', 'drift', 'data', 'image', 'checks'];
const gateResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    gate: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(GATE_NAMES),
    subject: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('What was checked: a metric key, a dataset, a check name ("" when one row)'),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'fail', 'skip']),
    observed: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The value found, as text ("" when none)'),
    limit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('What the policy asks, as text'),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Why it passed, failed or was skipped, in words'),
})
    .strict();
const runRefSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    experiment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('The workflow run that recorded it'),
})
    .strict();
const PIN_MODES = ['push', 'pull-request', 'none'];
const deployRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(DEPLOY_RECORD_VERSION).describe('Record format version'),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['deployed', 'proposed'])
        .describe('deployed: the stage was assigned; proposed: a pull request carries the pinned manifests'),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('GTO artifact name'),
    environment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('GTO stage'),
    sequence: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('1, 2, … per model and environment (0 for a proposal)'),
    action: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['promote', 'rollback']),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('vX.Y.Z, as registered'),
    commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The commit the version is registered at'),
    image: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe('repository[:tag]@sha256:… pinned, null when none'),
    digest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    run: runRefSchema.nullable().describe('The track-experiment run the version was trained in'),
    previous: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })
        .strict()
        .nullable()
        .describe('What the environment showed before'),
    tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('GTO tags this deployment pushed'),
    pin: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(PIN_MODES),
        branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Branch the manifests were committed to'),
        commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('The commit holding the pinned manifests'),
        files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Manifest paths pinned (relative to the repository root)'),
        pullRequest: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
    })
        .strict(),
    gates: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(gateResultSchema),
    recordedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('ISO 8601'),
    actor: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    runUrl: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('The workflow run that deployed'),
    workflowRunId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
})
    .strict()
    .describe('mlops-actions deployment record');
/** A model or stage name as one path segment: GTO's `dirname:name` as in tags (`=`), `/` escaped. */
function pathSegment(name) {
    return name.replaceAll('%', '%25').replaceAll(':', '=').replaceAll('/', '%2F');
}
function deployDir(model, environment) {
    return `deployments/${pathSegment(model)}/${pathSegment(environment)}/`;
}
function deployRecordPath(record) {
    return `${deployDir(record.model, record.environment)}${String(record.sequence).padStart(6, '0')}-${record.version}.json`;
}
function proposalPath(model, environment) {
    return `${deployDir(model, environment)}proposal.json`;
}
function serializeDeployRecord(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
const RECORD_FILE = /\/\d{6}-[^/]+\.json$/;
function parse(text) {
    return deployRecordSchema.parse(JSON.parse(text ?? ''));
}
/**
 * The deployment records of `model` (one environment, or all) at `ref`, oldest first per environment (by
 * sequence); proposals are not included. Unreadable files are skipped with a warning.
 */
async function readDeployRecords(git, ref, model, environment, logger) {
    const prefix = environment === undefined ? `deployments/${pathSegment(model)}/` : deployDir(model, environment);
    const entries = (await (0,_store_js__WEBPACK_IMPORTED_MODULE_0__/* .listJsonFiles */ .cW)(git, ref, prefix)).filter((e) => RECORD_FILE.test(e.path));
    // A model `a` must not read the records of a model `a/b`: its segment holds `%2F`, never `/`.
    const own = entries.filter((e) => e.path.slice(prefix.length).split('/').length === (environment ? 1 : 2));
    return (await parseEntries(git, own, logger)).sort((a, b) => a.record.sequence - b.record.sequence || (a.path < b.path ? -1 : 1));
}
/** Every deployment record of every model at `ref` (one `ls-tree`, one `cat-file --batch`), in path order. */
async function readEveryDeployRecord(git, ref, logger) {
    const entries = (await (0,_store_js__WEBPACK_IMPORTED_MODULE_0__/* .listJsonFiles */ .cW)(git, ref, 'deployments/')).filter((e) => RECORD_FILE.test(e.path) && e.path.split('/').length === 4);
    return parseEntries(git, entries, logger);
}
async function parseEntries(git, entries, logger) {
    const texts = await git.readBlobTexts(entries.map((e) => e.object));
    const records = [];
    for (const entry of entries) {
        try {
            records.push({ path: entry.path, record: parse(texts.get(entry.object)) });
        }
        catch (error) {
            logger.warning(`Skipping ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_2__/* .logValue */ .Od)(entry.path)}: not a deployment record (${error.message.split('\n')[0]})`);
        }
    }
    return records;
}
/** The open proposal (a deploy pull request) of a model and environment at `ref`, if any. */
async function readProposal(git, ref, model, environment, logger) {
    const path = proposalPath(model, environment);
    const [entry] = await (0,_store_js__WEBPACK_IMPORTED_MODULE_0__/* .listJsonFiles */ .cW)(git, ref, path);
    if (!entry)
        return undefined;
    const text = (await git.readBlobTexts([entry.object])).get(entry.object);
    try {
        return { path, record: parse(text) };
    }
    catch (error) {
        logger.warning(`Ignoring ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_2__/* .logValue */ .Od)(path)}: not a deployment record (${error.message.split('\n')[0]})`);
        return undefined;
    }
}
/** A dataset name as drift records use it (a path segment); a drift gate's `<dataset> age` row is not one. */
const DATASET = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** The datasets a deployment's drift gate checked, in gate order. */
function driftGateDatasets(gates) {
    return [
        ...new Set(gates.filter((g) => g.gate === 'drift' && DATASET.test(g.subject)).map((g) => g.subject)),
    ];
}
/** Two records of the same deployment: equal apart from when, by whom and in which run it was recorded. */
function sameDeployment(a, b) {
    const key = (r) => JSON.stringify([r.status, r.action, r.version, r.commit, r.digest, r.pin.mode, r.pin.files]);
    return key(a) === key(b);
}


/***/ }),

/***/ 8294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YU: () => (/* binding */ driftRecordSchema),
/* harmony export */   aZ: () => (/* binding */ readDriftRecords),
/* harmony export */   cr: () => (/* binding */ checkSegment),
/* harmony export */   hH: () => (/* binding */ DRIFT_RECORD_VERSION),
/* harmony export */   m0: () => (/* binding */ storeDriftRecord)
/* harmony export */ });
/* unused harmony exports compactTimestamp, driftRecordPath, serializeDriftRecord, sameObservation */
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1255);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _drift_test_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6390);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2664);
/**
 * The drift record: a compact summary of one drift report, appended to the registry branch at
 * `drift/<dataset>/<timestamp>-<run>.json` (drift-report `record: true`) so drift can be charted over
 * time, gated on (gated-deploy) and acted on (open-retrain-pr). The format, its path, and storing and
 * reading it; building it from a report is core/drift/build-drift-record.ts. `npm run build` exports the
 * schema as schema/drift-record.schema.json.
 */






const DRIFT_RECORD_VERSION = 1;
/** Dataset names and run keys become path segments: the same safe alphabet as experiment names. */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const identitySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .describe('The input as given (relative to the workspace, or absolute); may be a .dvc pointer'),
    md5: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('DVC md5 of the data, when the input is a .dvc pointer'),
    size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional().describe('Size in bytes'),
    rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
})
    .strict();
const driftRecordSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(DRIFT_RECORD_VERSION).describe('Record format version'),
    dataset: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(SEGMENT).describe("Dataset name ('default' unless given)"),
    run: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(SEGMENT)
        .describe('Run key: <workflow run id>-<job> in Actions (reruns replace), local-<random> otherwise'),
    recordedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('ISO 8601 time of the analysis'),
    commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Commit the report was made at (GITHUB_SHA / HEAD)'),
    ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    runUrl: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Link to the workflow run'),
    reference: identitySchema,
    current: identitySchema,
    settings: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        driftShare: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        correction: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['none', 'bonferroni', 'benjamini-hochberg']),
    })
        .strict(),
    summary: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        tested: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        drifted: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        share: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        datasetDrift: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    })
        .strict(),
    columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        test: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_drift_test_names_js__WEBPACK_IMPORTED_MODULE_3__/* .DRIFT_TEST_NAMES */ .s).nullable().describe('null when the column was not tested'),
        score: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        drifted: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    })
        .strict())
        .describe('Per column, in report order'),
})
    .strict()
    .describe('mlops-actions drift record');
function checkSegment(value, inputName) {
    if (!SEGMENT.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}': '${value}' is not allowed: use letters, digits, '.', '_' and '-' (start with a letter or digit, at most 100 characters).`);
    }
    return value;
}
/** `2026-11-26T13:32:05.123Z` → `20261126T133205Z`: sortable and safe in a path. */
function compactTimestamp(iso) {
    return iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}
function driftRecordPath(record) {
    return `drift/${record.dataset}/${compactTimestamp(record.recordedAt)}-${record.run}.json`;
}
function serializeDriftRecord(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
/** Two records of the same observation: equal apart from when they were made (a rerun on the same data). */
function sameObservation(a, b) {
    return JSON.stringify({ ...a, recordedAt: '' }) === JSON.stringify({ ...b, recordedAt: '' });
}
/**
 * Every drift record of `dataset` (undefined: of every dataset) at `ref`, oldest first per dataset (paths
 * sort by dataset, then time); unreadable ones are skipped.
 */
async function readDriftRecords(git, ref, dataset, logger) {
    const prefix = dataset === undefined ? 'drift/' : `drift/${dataset}/`;
    const entries = (await (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listJsonFiles */ .cW)(git, ref, prefix)).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    const texts = await git.readBlobTexts(entries.map((e) => e.object));
    const records = [];
    for (const entry of entries) {
        try {
            records.push({
                path: entry.path,
                record: driftRecordSchema.parse(JSON.parse(texts.get(entry.object) ?? '')),
            });
        }
        catch (error) {
            logger?.warning(`Skipping ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_4__/* .logValue */ .Od)(entry.path)}: not a drift record (${error.message.split('\n')[0]})`);
        }
    }
    return records;
}
/** The record this run already stored for the dataset (a rerun of the job), if any. */
async function findRunRecord(git, tip, record) {
    const entries = await (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listJsonFiles */ .cW)(git, tip, `drift/${record.dataset}/`);
    const mine = entries
        .filter((e) => e.path.endsWith(`-${record.run}.json`))
        .sort((a, b) => (a.path < b.path ? -1 : 1));
    const last = mine.at(-1);
    if (!last)
        return undefined;
    const text = (await git.readBlobTexts([last.object])).get(last.object);
    let existing;
    try {
        existing = driftRecordSchema.parse(JSON.parse(text ?? ''));
    }
    catch {
        existing = undefined; // unreadable: replaced below
    }
    return { path: last.path, existing };
}
/**
 * Store `record` at `drift/<dataset>/<timestamp>-<run>.json`. A rerun of the same workflow job finds
 * the record its earlier attempt stored: identical data leaves the branch as it is, changed data replaces
 * that file in place, so one job never leaves two records.
 */
async function storeDriftRecord(git, record, options) {
    const text = serializeDriftRecord(record);
    const fresh = driftRecordPath(record);
    const written = await (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .writeRegistry */ .$c)(git, options, {
        what: `drift record ${fresh}`,
        build: async (tip) => {
            const previous = tip ? await findRunRecord(git, tip, record) : undefined;
            if (previous?.existing && sameObservation(previous.existing, record)) {
                return { update: undefined, value: previous.path };
            }
            const path = previous?.path ?? fresh;
            return {
                update: {
                    files: [{ path, text }],
                    message: `Record drift of ${record.dataset} (${record.run})\n\nmlops-actions drift-report`,
                },
                value: path,
            };
        },
        keep: { dir: 'mlops-drift', files: [{ path: fresh.slice('drift/'.length), text }] },
    });
    return { path: written.value, commit: written.commit, unchanged: written.unchanged };
}


/***/ }),

/***/ 6390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ DRIFT_TEST_NAMES)
/* harmony export */ });
/**
 * The statistical tests a drift record can name (drift-report's stat tests, Evidently's names). A module
 * of its own so `.mlops.yml`'s schema can name them without loading the record schema and its store.
 */
const DRIFT_TEST_NAMES = [
    'ks',
    'chisquare',
    'z',
    'wasserstein',
    'jensenshannon',
    'psi',
    'kl',
];


/***/ }),

/***/ 9755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qb: () => (/* binding */ runOfCommit),
/* harmony export */   sg: () => (/* binding */ newestRunFirst)
/* harmony export */ });
/* unused harmony export parentsOf */
/**
 * The run record behind a commit, from git alone: the newest run made from the commit itself; for a merge
 * commit (a push to main after a pull request merged), the newest run of the pull request whose head is one
 * of its other parents. gated-deploy adds GitHub's associated pull requests on top (core/deploy/run-lookup.ts);
 * `mlops lineage` uses this as it is.
 */
/** Newest first by `endedAt` (sorts in place and returns the array). */
const newestRunFirst = (runs) => runs.sort((a, b) => (a.endedAt < b.endedAt ? 1 : a.endedAt > b.endedAt ? -1 : 0));
/** The parents of a commit, from the commit object itself (a shallow clone's grafts hide them from rev-parse). */
async function parentsOf(git, commit) {
    const result = await git.exec(['cat-file', 'commit', commit], { allowFailure: true });
    if (result.exitCode !== 0)
        return [];
    const header = result.stdout.split('\n\n', 1)[0] ?? '';
    return [...header.matchAll(/^parent ([0-9a-f]{40,64})$/gm)].map((m) => m[1]);
}
/** The newest of `runs` made from `commit`, else of a pull request `commit` merges; undefined when none. */
async function runOfCommit(git, runs, commit) {
    const exact = newestRunFirst(runs.filter((r) => r.git.commit === commit))[0];
    if (exact)
        return { run: exact, how: `the newest run of commit ${commit.slice(0, 7)}` };
    const merged = (await parentsOf(git, commit)).slice(1);
    const fromMerge = newestRunFirst(runs.filter((r) => r.git.pullRequest && merged.includes(r.git.pullRequest.headSha)))[0];
    if (!fromMerge)
        return undefined;
    return {
        run: fromMerge,
        how: `the newest run of pull request #${fromMerge.git.pullRequest.number}, merged by ${commit.slice(0, 7)}`,
    };
}


/***/ }),

/***/ 12:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   Ym: () => (/* binding */ lineageFlowchart)
/* harmony export */ });
/* unused harmony export minuteOf */
/* harmony import */ var _mermaid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4135);
/**
 * The provenance chain as a Mermaid flowchart, left to right: data md5s → run → image digest → version and
 * its stages → deployments → drift records. `mlops lineage` draws the whole chain; gated-deploy's job summary
 * and release notes draw it as it stands when the deployment is made (the drift gate's verdict in place of
 * later drift records). Every label is user text passed through `mermaidText`; the node ids are ours.
 * Long lists are cut (the first data files and images, the newest deployments and drift records kept) with a
 * "+N more" node, so the chart stays readable in a comment and small (a few KiB) in a byte-capped summary.
 */

const MAX_DATA = 6;
const MAX_IMAGES = 3;
const MAX_DEPLOYMENTS = 6;
const MAX_DRIFT = 5;
/** Node styles, each with its own fill and text colour: readable on GitHub's light and dark themes alike. */
const STYLES = {
    data: 'fill:#ddf4ff,stroke:#0969da,color:#0a3069',
    run: 'fill:#fbefff,stroke:#8250df,color:#3e1f79',
    image: 'fill:#fff8c5,stroke:#9a6700,color:#4d2d00',
    version: 'fill:#dafbe1,stroke:#1a7f37,color:#0f5323',
    deploy: 'fill:#fff1e5,stroke:#bc4c00,color:#762c00',
    drift: 'fill:#f6f8fa,stroke:#59636e,color:#1f2328',
    drifted: 'fill:#ffebe9,stroke:#cf222e,color:#82071e',
};
/** `2026-11-20T10:10:00.000Z` → `2026-11-20 10:10` (UTC, as recorded). */
function minuteOf(iso) {
    return /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(iso) ? iso.slice(0, 16).replace('T', ' ') : iso;
}
/** `sha256:` and the first 12 hex digits: enough to tell images apart at a glance. */
const shortDigest = (digest) => {
    const at = digest.indexOf(':');
    return digest.length > at + 13 ? `${digest.slice(0, at + 13)}…` : digest;
};
class Chart {
    lines = [];
    classes = new Map();
    node(id, kind, ...label) {
        this.lines.push(`  ${id}["${label.filter(Boolean).join('<br/>')}"]`);
        this.classes.set(kind, [...(this.classes.get(kind) ?? []), id]);
        return id;
    }
    edges(from, to) {
        for (const a of from)
            for (const b of to)
                this.lines.push(`  ${a} --> ${b}`);
    }
    text() {
        const used = [...this.classes.keys()];
        return [
            '```mermaid',
            'flowchart LR',
            ...used.map((k) => `  classDef ${k} ${STYLES[k]}`),
            ...this.lines,
            ...used.map((k) => `  class ${this.classes.get(k).join(',')} ${k}`),
            '```',
        ].join('\n');
    }
}
/** The newest `max` items, and how many older ones were cut. */
function newest(items, max) {
    return items.length <= max
        ? { kept: [...items], cut: 0 }
        : { kept: items.slice(items.length - max), cut: items.length - max };
}
/** The chain as a ```mermaid block; '' when there is nothing to draw. */
function lineageFlowchart(input) {
    const chart = new Chart();
    let previous = [];
    const column = (ids) => {
        if (ids.length === 0)
            return;
        chart.edges(previous, ids);
        previous = ids;
    };
    const data = input.data
        .slice(0, MAX_DATA)
        .map((d, i) => chart.node(`ndata${i}`, 'data', (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .H)(d.path), `md5 ${(0,_mermaid_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .H)(d.md5, 12)}`));
    if (input.data.length > MAX_DATA) {
        data.push(chart.node('ndataMore', 'data', `+${input.data.length - MAX_DATA} more data files`));
    }
    column(data);
    if (input.run) {
        column([chart.node('nrun', 'run', 'run', (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .H)(`${input.run.experiment}/${input.run.id}`, 60))]);
    }
    const images = input.images
        .slice(0, MAX_IMAGES)
        .map((d, i) => chart.node(`nimage${i}`, 'image', 'image', (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .H)(shortDigest(d))));
    if (input.images.length > MAX_IMAGES) {
        images.push(chart.node('nimageMore', 'image', `+${input.images.length - MAX_IMAGES} more images`));
    }
    column(images);
    if (input.version) {
        const { model, version, stages } = input.version;
        const where = stages.length > 0 ? `in ${stages.map((s) => (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .H)(s)).join(', ')}` : '';
        column([chart.node('nversion', 'version', `${(0,_mermaid_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .H)(model)} ${(0,_mermaid_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .H)(version)}`, where)]);
    }
    const deployments = newest(input.deployments, MAX_DEPLOYMENTS);
    // The "+N earlier" node is declared first, so Mermaid draws it above the deployments it stands before.
    const deployIds = deployments.cut > 0
        ? [chart.node('ndeployMore', 'deploy', `+${deployments.cut} earlier deployments`)]
        : [];
    deployments.kept.forEach((d, i) => deployIds.push(chart.node(`ndeploy${i}`, 'deploy', `${(0,_mermaid_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .H)(d.environment)}${d.status === 'proposed' ? ' proposed' : d.sequence ? ` no. ${d.sequence}` : ''}`, (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .H)(d.action), (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .H)(minuteOf(d.at)))));
    const beforeDeployments = previous;
    column(deployIds);
    // A drift record hangs off the deployment that was live when it was recorded: the newest made at or
    // before it (with no deployments, off the version, or whatever came last).
    const live = deployments.kept.map((d, i) => ({
        at: d.at,
        id: deployIds[deployIds.length - deployments.kept.length + i],
    }));
    const liveAt = (at) => {
        if (live.length === 0)
            return beforeDeployments;
        const before = at ? live.filter((d) => d.at <= at) : live;
        return [(before.at(-1) ?? live[0]).id];
    };
    const drift = newest(input.drift, MAX_DRIFT);
    if (drift.cut > 0) {
        chart.edges(liveAt(drift.kept[0].at), [
            chart.node('ndriftMore', 'drift', `+${drift.cut} earlier drift records`),
        ]);
    }
    drift.kept.forEach((d, i) => {
        const id = chart.node(`ndrift${i}`, d.drifted ? 'drifted' : 'drift', `drift ${(0,_mermaid_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .H)(d.dataset)}`, (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .H)(d.text, 48), d.at ? (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .H)(minuteOf(d.at)) : '');
        chart.edges(liveAt(d.at), [id]);
    });
    return chart.lines.length === 0 ? '' : chart.text();
}


/***/ }),

/***/ 4135:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ mermaidText)
/* harmony export */ });
/**
 * Text inside Mermaid charts (GitHub draws ```mermaid blocks itself): user text goes into quoted strings
 * only after `mermaidText`, which keeps letters, digits and a few harmless marks. What it replaces could
 * close the string or the fence (quotes, backticks), start HTML or a hidden `<!--` marker (angle
 * brackets), an entity (`#`, `&`), a link or a mention (`@`, brackets), or break the line.
 */
/** Text safe inside a quoted Mermaid string: no quotes, brackets, HTML or line breaks. */
function mermaidText(text, max = 40) {
    const clean = text.replace(/[^\p{L}\p{N} _.,:;+\-…()/%=]/gu, '_');
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}


/***/ })

};
