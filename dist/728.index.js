export const id = 728;
export const ids = [728];
export const modules = {

/***/ 3728:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runExperiments: () => (/* binding */ runExperiments)
/* harmony export */ });
/* harmony import */ var _adapter_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(799);
/* harmony import */ var _adapter_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5409);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6974);
/* harmony import */ var _core_experiments_baseline_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7191);
/* harmony import */ var _core_experiments_compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2769);
/* harmony import */ var _core_experiments_directions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6378);
/* harmony import */ var _core_git_commands_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(94);
/* harmony import */ var _core_log_text_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1255);
/* harmony import */ var _core_report_text_table_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9616);
/* harmony import */ var _core_registry_branch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9813);
/* harmony import */ var _core_registry_run_records_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8067);
/* harmony import */ var _core_registry_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2664);
/* harmony import */ var _cli_host_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7977);
/* harmony import */ var _subcommands_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6800);














const USAGE = `Usage: mlops experiments <command> [options]

Commands:
  list                      runs, newest first
  show <run-id>             one run record
  compare <run-a> <run-b>   metrics and params of two runs (b against a)
  best --metric <key>       runs ranked by a metric (direction from .mlops.yml or the metric's name)

Options:
  --experiment <name>       only this experiment
  --branch <branch>         registry branch (default: registry.branch in .mlops.yml, else mlops/registry)
  --remote <name>           remote whose copy of the branch is read (default origin)
  --fetch                   fetch the registry branch first
  --direction higher|lower  for best, when the metric's direction is not known
  --limit <n>               at most n rows (list, best; default 20)
  --json                    print JSON instead of a table`;
const VALUE_FLAGS = new Set(['experiment', 'branch', 'remote', 'metric', 'direction', 'limit']);
const BOOLEAN_FLAGS = new Set(['fetch', 'json']);
function parseOptions(argv) {
    const options = { remote: 'origin', fetch: false, json: false, limit: 20, positional: [] };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('--')) {
            options.positional.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
        if (BOOLEAN_FLAGS.has(name)) {
            options[name] = true;
            continue;
        }
        if (!VALUE_FLAGS.has(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Unknown option --${name}.\n\n${USAGE}`);
        const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Option --${name} needs a value.`);
        if (name === 'limit') {
            const n = Number(value);
            if (!Number.isInteger(n) || n < 1)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Option --limit must be a positive whole number, got '${value}'.`);
            options.limit = n;
        }
        else if (name === 'direction') {
            if (value !== 'higher' && value !== 'lower')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Option --direction must be higher or lower, got '${value}'.`);
            options.direction = value;
        }
        else if (name === 'experiment')
            options.experiment = value;
        else if (name === 'branch')
            options.branch = value;
        else if (name === 'remote')
            options.remote = value;
        else
            options.metric = value;
    }
    return options;
}
const stderrLogger = {
    info: () => undefined,
    debug: () => undefined,
    warning: (m) => (0,_cli_host_js__WEBPACK_IMPORTED_MODULE_8__/* .writeStderr */ ._)(`warning: ${m}\n`),
};
const num = (v) => (v === undefined ? '-' : String(Number(v.toPrecision(6))));
const where = (r) => r.git.pullRequest ? `PR #${r.git.pullRequest.number}` : (r.git.branch ?? '-');
function findRun(records, id) {
    const [exp, run] = id.includes('/') ? id.split('/', 2) : [undefined, id];
    const matches = records.filter((r) => r.id === run && (exp === undefined || r.experiment === exp));
    if (matches.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`No run '${id}' on the registry branch.`);
    if (matches.length > 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Run id '${id}' exists in several experiments (${matches.map((m) => m.experiment).join(', ')}); write <experiment>/<run-id>.`);
    }
    return matches[0];
}
function list(records, options) {
    const rows = (0,_core_experiments_baseline_js__WEBPACK_IMPORTED_MODULE_10__/* .newestFirst */ .ll)(records).slice(0, options.limit);
    if (options.json)
        return JSON.stringify(rows.map((r) => ({
            experiment: r.experiment,
            id: r.id,
            endedAt: r.endedAt,
            where: where(r),
            commit: r.git.commit,
            metrics: r.metrics,
        })), null, 2);
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r.metrics)))].sort().slice(0, 6);
    return (0,_core_report_text_table_js__WEBPACK_IMPORTED_MODULE_11__/* .textTable */ .e)(['EXPERIMENT', 'RUN', 'ENDED', 'WHERE', 'COMMIT', ...keys], rows.map((r) => [
        r.experiment,
        r.id,
        r.endedAt.slice(0, 19).replace('T', ' '),
        where(r),
        (r.git.commit ?? '-').slice(0, 7),
        ...keys.map((k) => num(r.metrics[k])),
    ]));
}
function show(record, options) {
    if (options.json)
        return JSON.stringify(record, null, 2);
    const kv = (title, entries) => entries.length === 0 ? '' : `\n${title}\n${(0,_core_report_text_table_js__WEBPACK_IMPORTED_MODULE_11__/* .textTable */ .e)(['KEY', 'VALUE'], entries)}`;
    return [
        `run ${record.experiment}/${record.id}  ${record.status}  ${record.endedAt}`,
        `where: ${where(record)}  commit: ${record.git.commit ?? '-'}${record.runUrl ? `  ${record.runUrl}` : ''}`,
        kv('metrics', Object.entries(record.metrics).map(([k, v]) => [k, num(v)])),
        kv('params', Object.entries(record.params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
        kv('tags', Object.entries(record.tags)),
        kv('data', record.data.map((d) => [d.path, d.md5])),
    ]
        .filter(Boolean)
        .join('\n');
}
function compare(a, b, options, directions) {
    const comparison = (0,_core_experiments_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .compareRuns */ .q)(b, a, directions);
    if (options.json)
        return JSON.stringify({ a: `${a.experiment}/${a.id}`, b: `${b.experiment}/${b.id}`, ...comparison }, null, 2);
    const metrics = (0,_core_report_text_table_js__WEBPACK_IMPORTED_MODULE_11__/* .textTable */ .e)(['METRIC', a.id, b.id, 'CHANGE', '%', ''], comparison.metrics.map((m) => [
        m.key,
        num(m.baseline),
        num(m.current),
        num(m.change),
        m.percent === undefined ? '-' : `${m.percent.toFixed(2)}%`,
        m.verdict === 'improved' || m.verdict === 'regressed' ? m.verdict : '',
    ]));
    const changed = comparison.params.filter((p) => p.changed);
    const params = changed.length === 0
        ? 'params: no differences'
        : `params\n${(0,_core_report_text_table_js__WEBPACK_IMPORTED_MODULE_11__/* .textTable */ .e)(['PARAM', a.id, b.id], changed.map((p) => [p.key, JSON.stringify(p.baseline) ?? '-', JSON.stringify(p.current) ?? '-']))}`;
    return `${metrics}\n\n${params}`;
}
function best(records, options, directions) {
    const metric = options.metric;
    if (!metric)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('best needs --metric <key>.');
    const direction = options.direction ?? directions(metric);
    if (!direction) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The direction of '${metric}' is not known: pass --direction higher|lower or set metrics.directions in .mlops.yml.`);
    }
    const ranked = records
        .filter((r) => r.metrics[metric] !== undefined)
        .sort((x, y) => direction === 'higher'
        ? y.metrics[metric] - x.metrics[metric]
        : x.metrics[metric] - y.metrics[metric])
        .slice(0, options.limit);
    if (options.json)
        return JSON.stringify({
            metric,
            direction,
            runs: ranked.map((r) => ({
                experiment: r.experiment,
                id: r.id,
                value: r.metrics[metric],
                where: where(r),
                commit: r.git.commit,
            })),
        }, null, 2);
    if (ranked.length === 0)
        return `No run has metric '${metric}'.`;
    return ((0,_core_report_text_table_js__WEBPACK_IMPORTED_MODULE_11__/* .textTable */ .e)(['RANK', 'EXPERIMENT', 'RUN', metric, 'WHERE', 'COMMIT'], ranked.map((r, i) => [
        String(i + 1),
        r.experiment,
        r.id,
        num(r.metrics[metric]),
        where(r),
        (r.git.commit ?? '-').slice(0, 7),
    ])) + `\n(${direction} is better)`);
}
async function experiments(command, rest) {
    const options = parseOptions(rest);
    const cwd = process.cwd();
    const config = await (0,_adapter_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadMlopsConfig */ .W)(cwd);
    const branch = (0,_core_registry_branch_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveRegistryBranch */ .wT)(options.branch, config.registry, '--branch');
    const git = new _core_git_commands_js__WEBPACK_IMPORTED_MODULE_12__/* .GitCommands */ .rR(new _adapter_git_js__WEBPACK_IMPORTED_MODULE_1__/* .Git */ .T(cwd));
    if (options.fetch)
        await (0,_core_registry_store_js__WEBPACK_IMPORTED_MODULE_7__/* .fetchRegistryTip */ .j$)(git, { remote: options.remote, branch });
    const ref = await (0,_core_registry_store_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveRegistryRef */ .jt)(git, options.remote, branch);
    if (!ref) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`No registry branch '${branch}' here (looked for ${options.remote}/${branch} and ${branch}); try --fetch.`);
    }
    const records = await (0,_core_registry_run_records_js__WEBPACK_IMPORTED_MODULE_6__/* .readRunRecords */ .Y$)(git, ref, stderrLogger, options.experiment);
    const directions = (0,_core_experiments_directions_js__WEBPACK_IMPORTED_MODULE_4__/* .directionResolver */ .I)(config.metrics?.directions);
    let out;
    if (command === 'list')
        out = list(records, options);
    else if (command === 'show') {
        if (options.positional.length !== 1)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('show needs one run id.');
        out = show(findRun(records, options.positional[0]), options);
    }
    else if (command === 'compare') {
        if (options.positional.length !== 2)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('compare needs two run ids.');
        out = compare(findRun(records, options.positional[0]), findRun(records, options.positional[1]), options, directions);
    }
    else if (command === 'best')
        out = best(records, options, directions);
    else
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Unknown experiments command '${command}'.\n\n${USAGE}`);
    return `${options.json ? (0,_core_log_text_js__WEBPACK_IMPORTED_MODULE_13__/* .commandSafeJson */ .R6)(out) : (0,_core_log_text_js__WEBPACK_IMPORTED_MODULE_13__/* .commandSafe */ .JV)(out)}\n`;
}
/** `mlops experiments …` (listed in subcommands.ts). */
function runExperiments(argv) {
    return (0,_subcommands_js__WEBPACK_IMPORTED_MODULE_9__/* .runSubcommandGroup */ .w)(USAGE, argv, experiments);
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
/* harmony import */ var _hashing_manifest_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7661);

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
    return (0,_hashing_manifest_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .diffFileMaps */ .f)(new Map(baseline.map((e) => [e.relpath, e.md5])), new Map(current.map((e) => [e.relpath, e.md5])));
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

/***/ 94:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pd: () => (/* binding */ cleanIdentityPart),
/* harmony export */   lk: () => (/* binding */ rawDate),
/* harmony export */   rR: () => (/* binding */ GitCommands)
/* harmony export */ });
/** `1700000000 +0000`: git's raw date format (UTC, so the offset is fixed). */
function rawDate(date) {
    return `${Math.floor(date.getTime() / 1000)} +0000`;
}
/** Names and emails end up inside `Name <email>`: drop what would break that line. */
function cleanIdentityPart(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[<>\n\r\u0000]/g, '').trim();
}
/**
 * One method per git verb the project uses (create-pull-request's GitCommandManager is the model), over
 * the adapter's runner. Methods that look something up return undefined for "not there" rather than
 * throwing; methods that change something throw `GitError` on failure.
 */
class GitCommands {
    runner;
    constructor(runner) {
        this.runner = runner;
    }
    exec(args, options) {
        return this.runner.exec(args, options);
    }
    async out(args, options) {
        return (await this.runner.exec(args, options)).stdout.replace(/\n$/, '');
    }
    async maybe(args, options) {
        const result = await this.runner.exec(args, { ...options, allowFailure: true });
        return result.exitCode === 0 ? result.stdout.replace(/\n$/, '') : undefined;
    }
    // --- rev-parse, symbolic-ref, config, remote ---
    /** The commit `rev` names, or undefined. */
    revParse(rev) {
        return this.maybe(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
    }
    /** The object `spec` names (any type: `<commit>:<path>`, a tag, a tree), or undefined. */
    resolveObject(spec) {
        return this.maybe(['rev-parse', '--verify', '--quiet', spec]);
    }
    /** The tree of a commit. */
    treeOf(commit) {
        return this.out(['rev-parse', '--verify', `${commit}^{tree}`]);
    }
    async isShallow() {
        return (await this.maybe(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    topLevel() {
        return this.out(['rev-parse', '--show-toplevel']);
    }
    /** The checked-out branch's full ref (`refs/heads/main`), undefined when HEAD is detached. */
    async headRef() {
        return this.maybe(['symbolic-ref', '--quiet', 'HEAD']);
    }
    async remoteUrl(remote) {
        return this.maybe(['remote', 'get-url', remote]);
    }
    /** `git config --get <key>`, or undefined when it is not set. */
    async config(key) {
        return this.maybe(['config', '--get', key]);
    }
    /** `git config --get-regexp`: matching `key value` lines ([] when none). */
    async configMatching(pattern) {
        const out = await this.maybe(['config', '--get-regexp', pattern]);
        return out ? out.split('\n').filter(Boolean) : [];
    }
    // --- history ---
    /** Committer time of a commit, in seconds. */
    async commitTime(rev) {
        return Number(await this.out(['log', '-1', '--format=%ct', rev]));
    }
    /** `merge-base --is-ancestor`: true/false, or undefined when an object is missing (shallow history). */
    async isAncestor(commit, of) {
        const result = await this.runner.exec(['merge-base', '--is-ancestor', commit, of], {
            allowFailure: true,
        });
        if (result.exitCode === 0)
            return true;
        if (result.exitCode === 1)
            return false;
        return undefined;
    }
    // --- objects and trees ---
    /** Tracked files matching the pathspecs ([] outside a work tree). */
    async lsFiles(pathspecs) {
        const out = await this.maybe(['ls-files', '-z', '--', ...pathspecs]);
        return out ? out.split('\0').filter(Boolean) : [];
    }
    /** `ls-tree -r` of `ref` under `prefix` (directories or file paths); [] when there is nothing there. */
    async lsTree(ref, prefix) {
        const args = ['ls-tree', '-r', '-z', ref];
        if (prefix !== undefined)
            args.push('--', ...(typeof prefix === 'string' ? [prefix] : prefix));
        const result = await this.runner.exec(args, { allowFailure: true });
        if (result.exitCode !== 0)
            return [];
        const entries = [];
        for (const line of result.stdout.split('\0')) {
            // "<mode> <type> <object>\t<path>"
            const match = /^(\d+) (blob|tree|commit) ([0-9a-f]+)\t(.+)$/s.exec(line);
            if (match) {
                entries.push({
                    mode: match[1],
                    type: match[2],
                    object: match[3],
                    path: match[4],
                });
            }
        }
        return entries;
    }
    /** The type of an object (`commit`, `tag`, `tree`, `blob`), or undefined when it is not there. */
    objectType(object) {
        return this.maybe(['cat-file', '-t', object]);
    }
    /**
     * The texts of blobs, by id, read with one `cat-file --batch`. Sizes are in bytes, so the output is
     * split as bytes: the runner hands back UTF-8 text, and re-encoding valid UTF-8 gives the same bytes.
     */
    async readBlobTexts(blobs) {
        const texts = new Map();
        if (blobs.length === 0)
            return texts;
        const batch = await this.runner.exec(['cat-file', '--batch'], {
            input: `${[...new Set(blobs)].join('\n')}\n`,
        });
        const bytes = Buffer.from(batch.stdout, 'utf8');
        let at = 0;
        while (at < bytes.length) {
            const newline = bytes.indexOf(0x0a, at);
            if (newline < 0)
                break;
            const header = bytes.subarray(at, newline).toString('utf8').split(' ');
            at = newline + 1;
            if (header[1] === 'missing' || header.length < 3)
                continue;
            const size = Number(header[2]);
            if (header[1] === 'blob')
                texts.set(header[0], bytes.subarray(at, at + size).toString('utf8'));
            at += size + 1;
        }
        return texts;
    }
    /** Store the files at `paths` (absolute) as blobs, as they are (no filters); ids in the same order. */
    async hashFiles(paths) {
        if (paths.length === 0)
            return [];
        const out = await this.out(['hash-object', '-w', '--no-filters', '--stdin-paths'], {
            input: `${paths.join('\n')}\n`,
        });
        return out.split('\n');
    }
    /** `read-tree` into the index named by `env.GIT_INDEX_FILE` (`undefined` tree: an empty index). */
    async readTree(tree, env) {
        await this.runner.exec(tree ? ['read-tree', tree] : ['read-tree', '--empty'], { env });
    }
    /** `update-index -z --index-info` with `<mode> <object>\t<path>` records (mode 0 removes the path). */
    async updateIndexInfo(records, env) {
        if (records.length === 0)
            return;
        await this.runner.exec(['update-index', '-z', '--index-info'], {
            env,
            input: `${records.join('\0')}\0`,
        });
    }
    writeTree(env) {
        return this.out(['write-tree'], { env });
    }
    /** `commit-tree`: a commit of `tree` with `parents`; identity and date from `author`/`committer`. */
    commitTree(tree, parents, message, who = {}) {
        const env = {};
        for (const [role, signature] of [
            ['AUTHOR', who.author],
            ['COMMITTER', who.committer ?? who.author],
        ]) {
            if (!signature)
                continue;
            env[`GIT_${role}_NAME`] = cleanIdentityPart(signature.name);
            env[`GIT_${role}_EMAIL`] = cleanIdentityPart(signature.email);
            if (signature.date)
                env[`GIT_${role}_DATE`] = `@${rawDate(signature.date)}`;
        }
        const args = ['commit-tree', '--no-gpg-sign', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'];
        return this.out(args, { env, input: message });
    }
    /** `mktag`: a tag object from its full text (validated by git); returns its id. */
    mktag(text) {
        return this.out(['mktag'], { input: text });
    }
    // --- refs ---
    /** `for-each-ref` lines with `format` over `patterns` ([] when none match). */
    async forEachRef(format, patterns) {
        const out = await this.out(['for-each-ref', `--format=${format}`, ...patterns]);
        return out === '' ? [] : out.split('\n');
    }
    /** Point `ref` at `value`; with `expect`, only if it is still there (compare-and-swap). */
    async updateRef(ref, value, expect) {
        await this.runner.exec(['update-ref', ref, value, ...(expect === undefined ? [] : [expect])]);
    }
    async deleteRef(ref) {
        await this.runner.exec(['update-ref', '-d', ref], { allowFailure: true });
    }
    // --- remotes ---
    /** `git fetch` (no tags unless a refspec asks for them); returns the result, failures included. */
    fetch(options) {
        const args = ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules'];
        if (options.depth !== undefined)
            args.push(`--depth=${options.depth}`);
        if (options.prune)
            args.push('--prune');
        args.push(options.remote, ...options.refspecs);
        return this.runner.exec(args, { allowFailure: true });
    }
    /** `git push --porcelain`; returns the result, failures included (see push.ts for reading it). */
    push(options) {
        const args = ['push', '--porcelain'];
        if (options.atomic)
            args.push('--atomic');
        for (const lease of options.leases ?? [])
            args.push(`--force-with-lease=${lease.ref}:${lease.expect}`);
        args.push(options.remote, ...options.refspecs);
        return this.runner.exec(args, { allowFailure: true });
    }
}


/***/ }),

/***/ 7661:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ diffFileMaps)
/* harmony export */ });
/* harmony import */ var _python_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7393);

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

/***/ 7393:
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


/***/ }),

/***/ 1671:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/**
 * User text shown to people on one line (markdown reports, image labels): nothing in it may hide, reorder
 * or restyle what is around it.
 */
/** C0/C1 controls, DEL, and the bidirectional overrides/isolates that reorder what a reader sees. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/**
 * One line of printable text: line breaks and tabs become spaces; NUL, ESC and the other C0 controls
 * become their visible Unicode pictures (␀, ␛, …), DEL ␡, C1 and bidi controls U+FFFD.
 */
function printable(text) {
    return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, (ch) => {
        const c = ch.charCodeAt(0);
        if (c < 0x20)
            return String.fromCharCode(0x2400 + c);
        return c === 0x7f ? '\u2421' : '\ufffd';
    });
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
