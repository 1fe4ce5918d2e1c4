export const id = 558;
export const ids = [558];
export const modules = {

/***/ 7867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runExperiments: () => (/* binding */ runExperiments)
});

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/config.js
var adapter_config = __webpack_require__(799);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/git.js
var adapter_git = __webpack_require__(5409);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/baseline.js
var baseline = __webpack_require__(7191);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/compare.js
var compare = __webpack_require__(2769);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/directions.js
var experiments_directions = __webpack_require__(6378);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/commands.js
var commands = __webpack_require__(94);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/log-text.js
var log_text = __webpack_require__(1255);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/text-table.js
var text_table = __webpack_require__(9616);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/branch.js
var registry_branch = __webpack_require__(9813);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/run-records.js
var run_records = __webpack_require__(8067);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/store.js
var store = __webpack_require__(2664);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/cli/cli-host.js
var cli_host = __webpack_require__(7977);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/octokit.js + 26 modules
var adapter_octokit = __webpack_require__(7135);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/sticky-comment.js
var sticky_comment = __webpack_require__(3022);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/cli-comment.js
/**
 * A sticky pull-request comment written from a CLI command (`mlops experiments best --comment <pr>`): the
 * repository, API URL and server URL from the runner's variables, the token from GITHUB_TOKEN (a workflow
 * passes `${{ github.token }}`, which the runner masks), and the same upsert the actions use (one comment
 * per marker and token identity; a rerun edits it).
 */



const serverUrlOf = (procEnv) => (procEnv.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
const apiUrlOf = (procEnv) => (procEnv.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
/** The repository the runner says this is (for links), or undefined outside a workflow. */
function runnerRepository(procEnv = process.env) {
    const repository = procEnv.GITHUB_REPOSITORY;
    return repository ? { repository, serverUrl: serverUrlOf(procEnv) } : undefined;
}
/** Where a comment would go, or why it cannot: read before anything is computed. */
function commentTarget(procEnv = process.env) {
    const token = procEnv.GITHUB_TOKEN;
    const repository = procEnv.GITHUB_REPOSITORY;
    if (!token || !repository) {
        throw new errors/* ConfigurationError */.j1('--comment needs GITHUB_TOKEN and GITHUB_REPOSITORY in the environment: in a workflow step, set `env: GITHUB_TOKEN: ${{ github.token }}` (the job needs `pull-requests: write`).');
    }
    return { token, repository, serverUrl: serverUrlOf(procEnv) };
}
async function upsertCliComment(target, issueNumber, marker, body, logger, procEnv = process.env) {
    const [owner, repo] = target.repository.split('/');
    if (!owner || !repo)
        throw new errors/* ConfigurationError */.j1(`GITHUB_REPOSITORY '${target.repository}' is not owner/name.`);
    const octokit = (0,adapter_octokit.createOctokit)({
        token: target.token,
        baseUrl: apiUrlOf(procEnv),
        logger,
        retryBaseMs: Number(procEnv.MLOPS_HTTP_RETRY_BASE_MS) > 0 ? Number(procEnv.MLOPS_HTTP_RETRY_BASE_MS) : undefined,
    });
    const result = await (0,sticky_comment/* upsertStickyComment */.qD)({ octokit, owner, repo, issueNumber, marker, body, logger });
    return result.url;
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/markdown.js
var markdown = __webpack_require__(1659);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/leaderboard.js
/**
 * Runs ranked by one metric (`mlops experiments best`), and the same ranking as a markdown leaderboard for a
 * matrix sweep's one pull-request comment: every run linked to its record on the registry branch (and to its
 * workflow run), the params that differ between the runs beside it. Record text is user-editable, so every
 * value goes through the markdown escapes, and only links the repository itself serves are made.
 */


function rankRuns(records, metric, direction, limit) {
    return records
        .filter((r) => r.metrics[metric] !== undefined)
        .sort((x, y) => direction === 'higher'
        ? y.metrics[metric] - x.metrics[metric]
        : x.metrics[metric] - y.metrics[metric])
        .slice(0, limit);
}
function leaderboardMarker(experiment) {
    return `<!-- mlops-actions:leaderboard:${experiment ?? '*'} -->`;
}
const value = (v) => v === undefined ? '-' : typeof v === 'string' ? v : JSON.stringify(v);
const num = (v) => (v === undefined ? '-' : String(Number(v.toPrecision(6))));
/** The params whose values are not the same in every ranked run: what the sweep varied. */
function variedParams(runs) {
    const keys = [...new Set(runs.flatMap((r) => Object.keys(r.params)))].sort();
    return keys.filter((k) => new Set(runs.map((r) => value(r.params[k]))).size > 1);
}
function runCell(r, links) {
    if (!links)
        return (0,markdown/* code */.aY)(r.id);
    const record = `${links.serverUrl}/${links.repository}/blob/${links.branch}/${(0,run_records/* recordPath */.lX)(r.experiment, r.id)}`;
    return `[${(0,markdown/* code */.aY)(r.id)}](${encodeURI(record)})`;
}
/** Only a workflow run of this repository is linked: a record's runUrl is text anyone could have edited. */
function workflowCell(r, links) {
    const prefix = links ? `${links.serverUrl}/${links.repository}/actions/runs/` : undefined;
    const match = prefix && r.runUrl?.startsWith(prefix) ? /^(\d+)(?:\/|$)/.exec(r.runUrl.slice(prefix.length)) : null;
    return match ? `[run ${match[1]}](${prefix}${match[1]})` : '-';
}
function renderLeaderboard(input) {
    const { ranked, metric, links } = input;
    const scope = [
        input.experiment ? `experiment ${(0,markdown/* code */.aY)(input.experiment)}` : 'every experiment',
        input.parent ? `runs of ${(0,markdown/* code */.aY)(input.parent)}` : '',
    ]
        .filter(Boolean)
        .join(', ');
    const head = [
        leaderboardMarker(input.experiment),
        `### Leaderboard: ${(0,markdown/* code */.aY)(metric)} (${input.direction} is better)`,
        '',
        `${ranked.length} run${ranked.length === 1 ? '' : 's'} of ${scope}, ranked by ${(0,markdown/* code */.aY)(metric)}.`,
    ];
    if (ranked.length === 0)
        return [...head, '', `No run has metric ${(0,markdown/* code */.aY)(metric)}.`, ''].join('\n');
    const varied = variedParams(ranked);
    const rows = ranked.map((r, i) => [
        String(i + 1),
        runCell(r, links),
        num(r.metrics[metric]),
        varied.length === 0 ? '-' : varied.map((k) => (0,markdown/* code */.aY)(`${k}=${value(r.params[k])}`)).join(' '),
        r.git.pullRequest ? `PR \\#${r.git.pullRequest.number}` : (0,markdown/* escapeMarkdown */.FV)(r.git.branch ?? '-'),
        (0,markdown/* code */.aY)((r.git.commit ?? '-').slice(0, 7)),
        workflowCell(r, links),
    ]);
    const best = ranked[0];
    return [
        ...head,
        '',
        (0,markdown/* table */.tp)(['#', 'run', (0,markdown/* escapeMarkdown */.FV)(metric), 'params', 'where', 'commit', 'workflow'], rows, [
            'right',
            'left',
            'right',
            'left',
            'left',
            'left',
            'left',
        ]),
        '',
        `Best: ${(0,markdown/* code */.aY)(best.id)} with ${(0,markdown/* code */.aY)(metric)} = ${num(best.metrics[metric])}.` +
            (links ? ` Records are on the ${(0,markdown/* code */.aY)(links.branch)} branch.` : ''),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/cli/subcommands.js
var subcommands = __webpack_require__(6800);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/cli/experiments.js
















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
  --parent <run-id>         only runs with this parent run id (a matrix sweep's, track-experiment parent-run-id)
  --limit <n>               at most n rows (list, best; default 20)
  --json                    print JSON instead of a table
  --markdown                best: print the leaderboard as markdown (each run linked to its record)
  --comment <pr-number>     best: also post the markdown leaderboard as one pull-request comment, updated in
                            place on reruns (needs GITHUB_TOKEN and GITHUB_REPOSITORY, as in a workflow step)`;
const VALUE_FLAGS = new Set([
    'experiment',
    'branch',
    'remote',
    'metric',
    'direction',
    'limit',
    'parent',
    'comment',
]);
const BOOLEAN_FLAGS = new Set(['fetch', 'json', 'markdown']);
function parseOptions(argv) {
    const options = {
        remote: 'origin',
        fetch: false,
        json: false,
        markdown: false,
        limit: 20,
        positional: [],
    };
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
            throw new errors/* ConfigurationError */.j1(`Unknown option --${name}.\n\n${USAGE}`);
        const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined)
            throw new errors/* ConfigurationError */.j1(`Option --${name} needs a value.`);
        if (name === 'limit') {
            const n = Number(value);
            if (!Number.isInteger(n) || n < 1)
                throw new errors/* ConfigurationError */.j1(`Option --limit must be a positive whole number, got '${value}'.`);
            options.limit = n;
        }
        else if (name === 'direction') {
            if (value !== 'higher' && value !== 'lower')
                throw new errors/* ConfigurationError */.j1(`Option --direction must be higher or lower, got '${value}'.`);
            options.direction = value;
        }
        else if (name === 'comment') {
            const n = Number(value);
            if (!Number.isInteger(n) || n < 1)
                throw new errors/* ConfigurationError */.j1(`Option --comment must be a pull request number, got '${value}'.`);
            options.comment = n;
        }
        else if (name === 'parent')
            options.parent = value;
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
    warning: (m) => (0,cli_host/* writeStderr */._)(`warning: ${m}\n`),
};
const experiments_num = (v) => (v === undefined ? '-' : String(Number(v.toPrecision(6))));
const where = (r) => r.git.pullRequest ? `PR #${r.git.pullRequest.number}` : (r.git.branch ?? '-');
function findRun(records, id) {
    const [exp, run] = id.includes('/') ? id.split('/', 2) : [undefined, id];
    const matches = records.filter((r) => r.id === run && (exp === undefined || r.experiment === exp));
    if (matches.length === 0)
        throw new errors/* ConfigurationError */.j1(`No run '${id}' on the registry branch.`);
    if (matches.length > 1) {
        throw new errors/* ConfigurationError */.j1(`Run id '${id}' exists in several experiments (${matches.map((m) => m.experiment).join(', ')}); write <experiment>/<run-id>.`);
    }
    return matches[0];
}
function list(records, options) {
    const rows = (0,baseline/* newestFirst */.ll)(records).slice(0, options.limit);
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
    return (0,text_table/* textTable */.e)(['EXPERIMENT', 'RUN', 'ENDED', 'WHERE', 'COMMIT', ...keys], rows.map((r) => [
        r.experiment,
        r.id,
        r.endedAt.slice(0, 19).replace('T', ' '),
        where(r),
        (r.git.commit ?? '-').slice(0, 7),
        ...keys.map((k) => experiments_num(r.metrics[k])),
    ]));
}
function show(record, options) {
    if (options.json)
        return JSON.stringify(record, null, 2);
    const kv = (title, entries) => entries.length === 0 ? '' : `\n${title}\n${(0,text_table/* textTable */.e)(['KEY', 'VALUE'], entries)}`;
    return [
        `run ${record.experiment}/${record.id}  ${record.status}  ${record.endedAt}`,
        `where: ${where(record)}  commit: ${record.git.commit ?? '-'}${record.runUrl ? `  ${record.runUrl}` : ''}`,
        kv('metrics', Object.entries(record.metrics).map(([k, v]) => [k, experiments_num(v)])),
        kv('params', Object.entries(record.params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
        kv('tags', Object.entries(record.tags)),
        kv('data', record.data.map((d) => [d.path, d.md5])),
    ]
        .filter(Boolean)
        .join('\n');
}
function experiments_compare(a, b, options, directions) {
    const comparison = (0,compare/* compareRuns */.q)(b, a, directions);
    if (options.json)
        return JSON.stringify({ a: `${a.experiment}/${a.id}`, b: `${b.experiment}/${b.id}`, ...comparison }, null, 2);
    const metrics = (0,text_table/* textTable */.e)(['METRIC', a.id, b.id, 'CHANGE', '%', ''], comparison.metrics.map((m) => [
        m.key,
        experiments_num(m.baseline),
        experiments_num(m.current),
        experiments_num(m.change),
        m.percent === undefined ? '-' : `${m.percent.toFixed(2)}%`,
        m.verdict === 'improved' || m.verdict === 'regressed' ? m.verdict : '',
    ]));
    const changed = comparison.params.filter((p) => p.changed);
    const params = changed.length === 0
        ? 'params: no differences'
        : `params\n${(0,text_table/* textTable */.e)(['PARAM', a.id, b.id], changed.map((p) => [p.key, JSON.stringify(p.baseline) ?? '-', JSON.stringify(p.current) ?? '-']))}`;
    return `${metrics}\n\n${params}`;
}
function best(records, options, directions, links) {
    const metric = options.metric;
    if (!metric)
        throw new errors/* ConfigurationError */.j1('best needs --metric <key>.');
    const direction = options.direction ?? directions(metric);
    if (!direction) {
        throw new errors/* ConfigurationError */.j1(`The direction of '${metric}' is not known: pass --direction higher|lower or set metrics.directions in .mlops.yml.`);
    }
    const ranked = rankRuns(records, metric, direction, options.limit);
    const markdown = renderLeaderboard({
        ranked,
        metric,
        direction,
        experiment: options.experiment,
        parent: options.parent,
        links,
    });
    if (options.json)
        return {
            markdown,
            text: JSON.stringify({
                metric,
                direction,
                runs: ranked.map((r) => ({
                    experiment: r.experiment,
                    id: r.id,
                    value: r.metrics[metric],
                    where: where(r),
                    commit: r.git.commit,
                })),
            }, null, 2),
        };
    if (options.markdown)
        return { markdown, text: markdown.trimEnd() };
    if (ranked.length === 0)
        return { markdown, text: `No run has metric '${metric}'.` };
    return {
        markdown,
        text: (0,text_table/* textTable */.e)(['RANK', 'EXPERIMENT', 'RUN', metric, 'WHERE', 'COMMIT'], ranked.map((r, i) => [
            String(i + 1),
            r.experiment,
            r.id,
            experiments_num(r.metrics[metric]),
            where(r),
            (r.git.commit ?? '-').slice(0, 7),
        ])) + `\n(${direction} is better)`,
    };
}
async function experiments(command, rest) {
    const options = parseOptions(rest);
    const cwd = process.cwd();
    const config = await (0,adapter_config/* loadMlopsConfig */.W)(cwd);
    const branch = (0,registry_branch/* resolveRegistryBranch */.wT)(options.branch, config.registry, '--branch');
    const git = new commands/* GitCommands */.rR(new adapter_git/* Git */.T(cwd));
    if (options.fetch)
        await (0,store/* fetchRegistryTip */.j$)(git, { remote: options.remote, branch });
    const ref = await (0,store/* resolveRegistryRef */.jt)(git, options.remote, branch);
    if (!ref) {
        throw new errors/* ConfigurationError */.j1(`No registry branch '${branch}' here (looked for ${options.remote}/${branch} and ${branch}); try --fetch.`);
    }
    // Checked before any work, so a missing token fails at once rather than after reading the records.
    const target = options.comment === undefined ? undefined : commentTarget();
    if (options.comment !== undefined && command !== 'best')
        throw new errors/* ConfigurationError */.j1('--comment goes with best only.');
    const records = (await (0,run_records/* readRunRecords */.Y$)(git, ref, stderrLogger, options.experiment)).filter((r) => options.parent === undefined || r.parentRunId === options.parent);
    const directions = (0,experiments_directions/* directionResolver */.I)(config.metrics?.directions);
    let out;
    if (command === 'list')
        out = list(records, options);
    else if (command === 'show') {
        if (options.positional.length !== 1)
            throw new errors/* ConfigurationError */.j1('show needs one run id.');
        out = show(findRun(records, options.positional[0]), options);
    }
    else if (command === 'compare') {
        if (options.positional.length !== 2)
            throw new errors/* ConfigurationError */.j1('compare needs two run ids.');
        out = experiments_compare(findRun(records, options.positional[0]), findRun(records, options.positional[1]), options, directions);
    }
    else if (command === 'best') {
        const here = runnerRepository();
        const links = here ? { ...here, branch } : undefined;
        const ranked = best(records, options, directions, links);
        out = ranked.text;
        if (target) {
            const url = await upsertCliComment(target, options.comment, leaderboardMarker(options.experiment), ranked.markdown, stderrLogger);
            (0,cli_host/* writeStderr */._)(`leaderboard comment: ${url}\n`);
        }
    }
    else
        throw new errors/* ConfigurationError */.j1(`Unknown experiments command '${command}'.\n\n${USAGE}`);
    return `${options.json ? (0,log_text/* commandSafeJson */.R6)(out) : (0,log_text/* commandSafe */.JV)(out)}\n`;
}
/** `mlops experiments …` (listed in subcommands.ts). */
function runExperiments(argv) {
    return (0,subcommands/* runSubcommandGroup */.w)(USAGE, argv, experiments);
}


/***/ }),

/***/ 5262:
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
