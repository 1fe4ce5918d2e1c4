export const id = 819;
export const ids = [819];
export const modules = {

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

/***/ 7191:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ll: () => (/* binding */ newestFirst),
/* harmony export */   mK: () => (/* binding */ selectPullRequestBaseline),
/* harmony export */   zV: () => (/* binding */ selectPreviousOnBranch)
/* harmony export */ });
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1659);

/** Records on the registry branch are user-editable: escape what goes into the report. */
const short = (sha) => (sha ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(sha.slice(0, 7)) : 'unknown');
/** Newest first, by when the record was written; the id breaks ties so the order is total. */
function newestFirst(records) {
    return [...records].sort((a, b) => {
        const t = Date.parse(b.endedAt) - Date.parse(a.endedAt);
        return t !== 0 && !Number.isNaN(t) ? t : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
    });
}
function onBranch(record, branch) {
    return record.git.branch === branch && record.git.pullRequest === undefined;
}
/**
 * Baseline for a pull request: the newest run of the experiment recorded on the base branch at or before
 * the PR's base commit; else the newest run on the base branch. Ancestry checks go newest first and stop at
 * `maxChecks` so a long history costs a bounded number of git calls.
 */
async function selectPullRequestBaseline(records, baseBranch, baseSha, isAncestor, maxChecks = 50) {
    const candidates = newestFirst(records.filter((r) => onBranch(r, baseBranch)));
    if (candidates.length === 0)
        return undefined;
    const exact = candidates.find((r) => r.git.commit === baseSha);
    if (exact) {
        return {
            record: exact,
            kind: 'base-commit',
            reason: `run ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(exact.id)}, recorded on ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(baseBranch)} at the pull request's base commit ${short(baseSha)}`,
        };
    }
    for (const candidate of candidates.slice(0, maxChecks)) {
        if (!candidate.git.commit)
            continue;
        if ((await isAncestor(candidate.git.commit, baseSha)) === true) {
            return {
                record: candidate,
                kind: 'ancestor',
                reason: `run ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(candidate.id)}, the newest on ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(baseBranch)} before the pull request's base commit ${short(baseSha)} (recorded at ${short(candidate.git.commit)})`,
            };
        }
    }
    const newest = candidates[0];
    return {
        record: newest,
        kind: 'newest-on-base',
        reason: `run ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(newest.id)}, the newest on ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(baseBranch)} (recorded at ${short(newest.git.commit)}); no run at or before the base commit ${short(baseSha)} was found`,
    };
}
/** Baseline outside pull requests: the newest earlier run of the experiment on the same branch. */
function selectPreviousOnBranch(records, current) {
    const branch = current.git.branch;
    if (!branch)
        return undefined;
    const previous = newestFirst(records.filter((r) => r.id !== current.id && onBranch(r, branch) && Date.parse(r.endedAt) <= Date.parse(current.endedAt)))[0];
    if (!previous)
        return undefined;
    return {
        record: previous,
        kind: 'previous-on-branch',
        reason: `run ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(previous.id)}, the previous run on ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(branch)} (recorded at ${short(previous.git.commit)})`,
    };
}


/***/ }),

/***/ 2769:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ diffManifests),
/* harmony export */   q: () => (/* binding */ compareRuns)
/* harmony export */ });
/* harmony import */ var _dvc_manifest_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3766);

const byKey = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function sameNumber(a, b) {
    return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}
function metricRow(key, baseline, current, direction) {
    if (baseline === undefined || current === undefined) {
        return {
            key,
            baseline,
            current,
            change: undefined,
            percent: undefined,
            direction,
            verdict: baseline === undefined ? 'new' : 'removed',
        };
    }
    const change = current - baseline;
    const percent = baseline === 0 ? undefined : (change / Math.abs(baseline)) * 100;
    let verdict;
    if (sameNumber(baseline, current))
        verdict = 'unchanged';
    else if (direction === undefined)
        verdict = 'changed';
    else
        verdict = change > 0 === (direction === 'higher') ? 'improved' : 'regressed';
    return { key, baseline, current, change, percent, direction, verdict };
}
function sameParam(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/** Compare a run with its baseline (or with nothing: every metric is then 'new'). Pure. */
function compareRuns(current, baseline, direction) {
    const base = baseline ?? {
        metrics: {},
        params: {},
        data: [],
        series: {},
    };
    const metricKeys = [...new Set([...Object.keys(current.metrics), ...Object.keys(base.metrics)])].sort(byKey);
    const metrics = metricKeys.map((key) => metricRow(key, base.metrics[key], current.metrics[key], direction(key)));
    const paramKeys = [...new Set([...Object.keys(current.params), ...Object.keys(base.params)])].sort(byKey);
    const params = paramKeys.map((key) => {
        const b = Object.hasOwn(base.params, key) ? base.params[key] : undefined;
        const c = Object.hasOwn(current.params, key) ? current.params[key] : undefined;
        return { key, baseline: b, current: c, changed: baseline !== undefined && !sameParam(b, c) };
    });
    const baseData = new Map(base.data.map((d) => [d.path, d]));
    const currentData = new Map(current.data.map((d) => [d.path, d]));
    const dataPaths = [...new Set([...baseData.keys(), ...currentData.keys()])].sort(byKey);
    const data = dataPaths.map((path) => {
        const b = baseData.get(path);
        const c = currentData.get(path);
        const status = !b ? 'added' : !c ? 'removed' : b.md5 === c.md5 ? 'unchanged' : 'modified';
        return { path, baseline: b, current: c, status };
    });
    const seriesKeys = [...new Set([...Object.keys(current.series), ...Object.keys(base.series)])].sort(byKey);
    const series = seriesKeys.map((key) => ({ key, baseline: base.series[key], current: current.series[key] }));
    return {
        metrics,
        params,
        data,
        series,
        improved: metrics.filter((m) => m.verdict === 'improved').map((m) => m.key),
        regressed: metrics.filter((m) => m.verdict === 'regressed').map((m) => m.key),
    };
}
/** Per-file differences between two `.dir` manifests. */
function diffManifests(baseline, current) {
    return (0,_dvc_manifest_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .diffFileMaps */ .f)(new Map(baseline.map((e) => [e.relpath, e.md5])), new Map(current.map((e) => [e.relpath, e.md5])));
}


/***/ }),

/***/ 6378:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ directionResolver)
/* harmony export */ });
/** Metric name words whose better direction is unambiguous; matched against the key's words. */
const LOWER = new Set([
    'loss',
    'error',
    'err',
    'mae',
    'mse',
    'rmse',
    'latency',
    'mape',
    'logloss',
    'perplexity',
    'wer',
    'cer',
]);
const HIGHER = new Set([
    'accuracy',
    'acc',
    'f1',
    'auc',
    'precision',
    'recall',
    'r2',
    'map',
    'ndcg',
    'bleu',
    'iou',
    'dice',
]);
function globToRegExp(glob) {
    const body = glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${body}$`);
}
/**
 * Which way is better for a metric: `.mlops.yml` `metrics.directions` first (an exact key, then globs,
 * the longest glob first), then the words of the key from the last (so `val_loss` and `train.loss` are
 * lower-is-better, `test.accuracy` higher). Unknown → undefined: the change is shown without a verdict.
 */
function directionResolver(configured = {}) {
    const exact = new Map(Object.entries(configured).filter(([k]) => !/[*?]/.test(k)));
    const globs = Object.entries(configured)
        .filter(([k]) => /[*?]/.test(k))
        .sort((a, b) => b[0].length - a[0].length)
        .map(([k, d]) => [globToRegExp(k), d]);
    return (key) => {
        const direct = exact.get(key);
        if (direct)
            return direct;
        for (const [pattern, direction] of globs)
            if (pattern.test(key))
                return direction;
        const words = key
            .toLowerCase()
            .split(/[^a-z0-9]+/)
            .filter(Boolean);
        for (let i = words.length - 1; i >= 0; i--) {
            const word = words[i];
            if (LOWER.has(word))
                return 'lower';
            if (HIGHER.has(word))
                return 'higher';
        }
        return undefined;
    };
}


/***/ }),

/***/ 8067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   J1: () => (/* binding */ serializeRunRecord),
/* harmony export */   MJ: () => (/* binding */ writeRunRecord),
/* harmony export */   Vh: () => (/* binding */ NAME_PATTERN),
/* harmony export */   Y$: () => (/* binding */ readRunRecords),
/* harmony export */   _A: () => (/* binding */ runRecordSchema),
/* harmony export */   lX: () => (/* binding */ recordPath),
/* harmony export */   pw: () => (/* binding */ RECORD_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports dataEntrySchema, artifactSchema, pullRequestRefSchema, parseRunRecord */
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1255);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2664);




/**
 * The run record: one JSON file per run at `runs/<experiment>/<id>.json` on the registry branch.
 * Modelled on MLflow's run (params, metrics, history, source, datasets, artifacts) so users recognise it.
 * `schema` is bumped on any incompatible change; readers skip records with a newer major they cannot read.
 * `npm run build` exports this as schema/run-record.schema.json.
 */
const RECORD_SCHEMA_VERSION = 1;
/** Experiment names and run ids become path segments and marker text: keep them to a safe alphabet. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const paramValue = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    zod__WEBPACK_IMPORTED_MODULE_2__/* ["null"] */ .chJ(),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()).describe('Lists are kept whole, as DVC does'),
]);
const point = zod__WEBPACK_IMPORTED_MODULE_2__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().describe('step'), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().describe('value')]);
const dataEntrySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('Path of the tracked data, relative to the repository root'),
    md5: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('DVC hash: md5 of the file, or "<md5>.dir" for a directory'),
    size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
    nfiles: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('Where the hash was read: a .dvc pointer, or dvc.lock:<stage>'),
})
    .strict();
const artifactSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('Path relative to the workspace'),
    size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    md5: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
})
    .strict();
const pullRequestRefSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    number: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
    baseRef: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('Base branch name'),
    baseSha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    headRef: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    headSha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
})
    .strict();
const runRecordSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(RECORD_SCHEMA_VERSION).describe('Record format version'),
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(NAME_PATTERN).describe('Run id, unique within the experiment'),
    experiment: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(NAME_PATTERN),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['FINISHED', 'FAILED', 'RUNNING', 'KILLED']).describe('MLflow run status words'),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('ISO 8601 time the track-experiment step started'),
    endedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('ISO 8601 time the record was written'),
    params: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), paramValue).describe('Dotted key → value, flattened like DVC'),
    metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()).describe('Dotted key → final value'),
    series: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(point))
        .describe('Step series: metric key → [step, value] points in step order'),
    tags: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    git: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Commit the run was made from (GITHUB_SHA)'),
        ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Full ref (refs/heads/main, refs/pull/7/merge)'),
        branch: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Branch the run belongs to (for a PR: its head branch)'),
        pullRequest: pullRequestRefSchema.optional(),
    })
        .strict(),
    repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    runUrl: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Link to the workflow run'),
    actor: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    event: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Event that triggered the workflow (push, pull_request, …)'),
    data: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(dataEntrySchema).describe('Data versions from .dvc pointers and dvc.lock'),
    artifacts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(artifactSchema),
    parentRunId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Parent run (e.g. the sweep a matrix job belongs to)'),
    sources: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), params: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()) })
        .strict()
        .describe('The files metrics and params were read from'),
})
    .strict();
/** Validate a record read from the registry; `where` names it in the error. */
function parseRunRecord(text, where) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Run record ${where} is not valid JSON: ${error.message}`);
    }
    const result = runRecordSchema.safeParse(value);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Run record ${where} does not match schema ${RECORD_SCHEMA_VERSION}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    }
    return result.data;
}
/** Stable serialisation: two-space JSON with a trailing newline, so identical runs give identical blobs. */
function serializeRunRecord(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
function recordPath(experiment, id) {
    return `runs/${experiment}/${id}.json`;
}
function checkName(value, what) {
    if (!NAME_PATTERN.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${what} '${value}' is not allowed: use letters, digits, '.', '_' and '-' (start with a letter or digit, at most 100 characters).`);
    }
    return value;
}
/**
 * Store one run record at `runs/<experiment>/<id>.json` on the registry branch and push it, retrying lost
 * races; a rerun with the identical record pushes nothing. On failure the record is kept in
 * `tempDir/mlops-runs/` and the error says where.
 */
async function writeRunRecord(git, record, options) {
    const path = recordPath(record.experiment, record.id);
    const text = serializeRunRecord(record);
    return (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .writeRegistry */ .$c)(git, options, {
        what: `run record ${path}`,
        build: () => Promise.resolve({
            update: {
                files: [{ path, text }],
                message: `Record run ${record.experiment}/${record.id}\n\nmlops-actions track-experiment`,
            },
            value: path,
        }),
        keep: { dir: 'mlops-runs', files: [{ path: `${record.experiment}/${record.id}.json`, text }] },
    });
}
/**
 * Every run record under `runs/` (or `runs/<experiment>/`) at `ref`, read with one `ls-tree` and one
 * `cat-file --batch` however many runs there are. Records that do not parse are skipped with a warning.
 */
async function readRunRecords(git, ref, logger, experiment) {
    const entries = await (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listJsonFiles */ .cW)(git, ref, experiment === undefined ? 'runs/' : `runs/${experiment}/`);
    if (entries.length === 0)
        return [];
    const texts = await git.readBlobTexts(entries.map((e) => e.object));
    const records = [];
    for (const entry of entries) {
        const text = texts.get(entry.object);
        if (text === undefined)
            continue;
        try {
            records.push(parseRunRecord(text, entry.path));
        }
        catch (error) {
            logger.warning(`Skipping ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_3__/* .logValue */ .Od)(entry.path)}: ${error.message}`);
        }
    }
    return records;
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
