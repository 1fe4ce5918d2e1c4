export const id = 121;
export const ids = [121];
export const modules = {

/***/ 5409:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Git)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _core_git_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4062);


/**
 * The one way this project runs git: an argument array (never a shell string), output captured, the
 * committer identity passed with `-c` so the user's config is never changed.
 */
class Git {
    cwd;
    identity;
    gitPath;
    constructor(cwd, 
    /** `null`: the user's own configured identity (the CLI's manual operations). */
    identity = _core_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .BOT_IDENTITY */ .br, gitPath = 'git') {
        this.cwd = cwd;
        this.identity = identity;
        this.gitPath = gitPath;
    }
    withCwd(cwd) {
        return new Git(cwd, this.identity, this.gitPath);
    }
    async exec(args, options = {}) {
        const identity = this.identity;
        const fullArgs = identity
            ? ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`, ...args]
            : [...args];
        // Loaded on first use: an action that never runs git does not pay for child_process and net.
        const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 19));
        const result = await new Promise((resolve, reject) => {
            const child = spawn(this.gitPath, fullArgs, {
                cwd: options.cwd ?? this.cwd,
                env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
                stdio: ['pipe', 'pipe', 'pipe'],
            });
            const out = [];
            const err = [];
            child.stdout.on('data', (chunk) => out.push(chunk));
            child.stderr.on('data', (chunk) => err.push(chunk));
            child.on('error', (error) => {
                reject(error.code === 'ENOENT'
                    ? new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('git was not found on PATH; install git or use actions/checkout first.')
                    : error);
            });
            child.on('close', (code) => resolve({
                exitCode: code ?? 1,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
            }));
            child.stdin.on('error', () => undefined); // git may exit before reading stdin
            child.stdin.end(options.input ?? '');
        });
        if (result.exitCode !== 0 && !options.allowFailure) {
            throw new _core_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .GitError */ .XS(args, result);
        }
        return result;
    }
    /** stdout without the trailing newline. */
    async text(args, options = {}) {
        return (await this.exec(args, options)).stdout.replace(/\n$/, '');
    }
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
 * reported together, naming what is accepted.
 */
function parseArgs(argv, known, booleans) {
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
        else if (booleans.has(name) && (i + 1 >= argv.length || argv[i + 1].startsWith('--')))
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

/***/ 9121:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runModels: () => (/* binding */ runModels)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/git.js
var adapter_git = __webpack_require__(5409);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/commands.js
var commands = __webpack_require__(94);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/runner.js
var runner = __webpack_require__(4062);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/grammar.js
var grammar = __webpack_require__(8527);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/model-registry.js
var model_registry = __webpack_require__(483);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/read-tags.js
var read_tags = __webpack_require__(8776);
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

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/write.js + 1 modules
var write = __webpack_require__(5464);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/cli/args.js
var args = __webpack_require__(267);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/cli/subcommands.js
var subcommands = __webpack_require__(6800);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/cli/models.js














const USAGE = `Usage: mlops models <command> [options]

The model registry in git tags, in GTO's format (GTO and its UIs read what this writes):
name@vX.Y.Z registers a version, name#stage#N assigns a stage, name#stage!#N unassigns it.

Reading (prints what \`gto show\` / \`gto history\` print):
  list                        every model: latest version and the version each stage shows
  show <name>                 the versions of a model and their stages; also name@latest, name@v1.2.0, name#prod
  history [<name>]            registrations, assignments, … newest first

Writing (tags are pushed to the remote at once; each prints the tags it pushed):
  register <name> [<vX.Y.Z>]  register the commit at --ref (default HEAD); no version: the next (--bump)
  deregister <name> <vX.Y.Z>
  assign <name> <stage>       assign --version, or the commit at --ref (registered first if it has no version)
  unassign <name> <stage>     unassign --version (default: the version the stage shows)
  deprecate <name>

Options:
  --json                      JSON, as gto --json prints it (reading); the tags pushed (writing)
  --plain                     a plain table (gto --plain)
  --sort timestamp|semver     which version a stage shows: the newest assignment (gto's default) or the highest
  --fetch                     fetch the remote's tags before reading
  --remote <name>             default origin
  --ref <rev>                 commit to register or assign (default HEAD)
  --version <vX.Y.Z>          version to assign or unassign
  --bump major|minor|patch    how to pick the next version (default patch; the first is v0.0.1)
  --exclusive                 assign: also unassign every other version in the stage (a promotion or rollback)
  --message <text>            why: written into the tag messages`;
const VALUE_FLAGS = ['sort', 'remote', 'ref', 'version', 'bump', 'message'];
const BOOLEAN_FLAGS = ['json', 'plain', 'fetch', 'exclusive'];
function parseOptions(argv) {
    const parsed = (0,args/* parseArgs */.Z)(argv, [...VALUE_FLAGS, ...BOOLEAN_FLAGS], new Set(BOOLEAN_FLAGS));
    const v = parsed.values;
    const sort = v.sort ?? 'timestamp';
    if (sort !== 'timestamp' && sort !== 'semver')
        throw new errors/* ConfigurationError */.j1(`Option --sort must be timestamp or semver, got '${sort}'.`);
    const bump = v.bump;
    if (bump !== undefined && bump !== 'major' && bump !== 'minor' && bump !== 'patch')
        throw new errors/* ConfigurationError */.j1(`Option --bump must be major, minor or patch, got '${bump}'.`);
    return {
        json: v.json === 'true',
        plain: v.plain === 'true',
        fetch: v.fetch === 'true',
        exclusive: v.exclusive === 'true',
        sort,
        remote: v.remote ?? 'origin',
        ref: v.ref,
        version: v.version === undefined ? undefined : (0,grammar/* checkVersion */.ps)(v.version, '--version'),
        bump,
        message: v.message,
        positional: parsed.help ? ['--help'] : parsed.positional,
    };
}
/** GTO's `.gto` config: when it lists `stages`, those are the registry table's columns, in that order. */
async function configuredStages(dir) {
    try {
        const config = (0,dist/* parse */.qg)(await (0,promises_.readFile)((0,external_node_path_.join)(dir, '.gto'), 'utf8'));
        return Array.isArray(config?.stages) ? config.stages.map(String) : undefined;
    }
    catch {
        return undefined;
    }
}
/** `name`, or GTO's shortcuts `name@latest`, `name@greatest`, `name@vX.Y.Z`, `name#stage`. */
function shortcut(value) {
    const m = /^(.+?)(?:@(latest|greatest|v\S+)|#([^#@]+))$/.exec(value);
    if (!m)
        return { name: value };
    if (m[2] === 'latest' || m[2] === 'greatest')
        return { name: m[1], latest: true };
    return m[2] ? { name: m[1], version: m[2] } : { name: m[1], stage: m[3] };
}
function showArtifact(artifact, target, options, show) {
    const cut = shortcut(target);
    if (!artifact)
        return options.json ? pythonJson([]) : `${NOTHING_FOUND}\n`;
    let versions = versionsJson(artifact, show);
    let table = versionsTable(artifact, show);
    const keep = versions.map((v) => {
        if (cut.version)
            return v.version === cut.version;
        if (cut.stage)
            return v.stages.some((s) => s.stage === cut.stage);
        return true;
    });
    if (cut.latest)
        keep.forEach((_, i) => (keep[i] = i === 0));
    versions = versions.filter((_, i) => keep[i]);
    table = { headers: table.headers, rows: table.rows.filter((_, i) => keep[i]) };
    return options.json ? pythonJson(versions) : printTable(table, options.plain ? 'plain' : 'fancy_outline');
}
async function read(command, git, options) {
    const target = options.positional[0];
    const name = target === undefined ? undefined : shortcut(target).name;
    if (command === 'show' && name === undefined)
        throw new errors/* ConfigurationError */.j1('show needs a model name.');
    if (options.fetch)
        await (0,read_tags/* fetchRegistryTags */.dg)(git, options.remote, name);
    const registry = await model_registry/* ModelRegistry */.zN.read(git, name);
    const show = { sort: options.sort, stages: await configuredStages(process.cwd()) };
    const format = options.plain ? 'plain' : 'fancy_outline';
    if (command === 'list') {
        return options.json
            ? pythonJson(registryJson(registry.state, show))
            : printTable(registryTable(registry.state, show), format);
    }
    if (command === 'show')
        return showArtifact(registry.artifact(name), target, options, show);
    const events = historyEvents(registry.state, name);
    return options.json ? pythonJson(historyJson(events)) : printTable(historyTable(events), format);
}
/** The user's own git identity (manual operations are theirs), else the bot's. */
async function tagger() {
    const own = new commands/* GitCommands */.rR(new adapter_git/* Git */.T(process.cwd(), null));
    const [name, email] = await Promise.all([own.config('user.name'), own.config('user.email')]);
    return name && email ? { name, email } : runner/* BOT_IDENTITY */.br;
}
async function models_write(command, git, options) {
    const [name, second] = options.positional;
    if (name === undefined)
        throw new errors/* ConfigurationError */.j1(`${command} needs a model name.`);
    (0,grammar/* checkArtifactName */.CN)(name);
    const who = await tagger();
    const why = { actor: who.name, reason: options.message };
    const commit = async () => {
        const rev = options.ref ?? 'HEAD';
        const sha = await git.revParse(rev);
        if (!sha)
            throw new errors/* ConfigurationError */.j1(`--ref '${rev}' does not name a commit here.`);
        return sha;
    };
    const stage = () => {
        if (second === undefined)
            throw new errors/* ConfigurationError */.j1(`${command} needs a stage: mlops models ${command} <name> <stage>.`);
        return second;
    };
    let planner;
    if (command === 'register') {
        const sha = await commit();
        planner = (r) => (0,model_registry/* planRegister */.Zf)(r, { artifact: name, commit: sha, version: second, bump: options.bump }, why);
    }
    else if (command === 'deregister') {
        const version = second ?? options.version;
        if (!version)
            throw new errors/* ConfigurationError */.j1('deregister needs a version: mlops models deregister <name> <vX.Y.Z>.');
        planner = (r) => (0,model_registry/* planDeregister */.k5)(r, { artifact: name, version }, why);
    }
    else if (command === 'assign') {
        const s = stage();
        const sha = options.version ? undefined : await commit();
        planner = (r) => (0,model_registry/* planAssign */.r)(r, {
            artifact: name,
            stage: s,
            version: options.version,
            commit: sha,
            bump: options.bump,
            exclusive: options.exclusive,
        }, why);
    }
    else if (command === 'unassign') {
        const s = stage();
        planner = (r) => (0,model_registry/* planUnassign */.SQ)(r, { artifact: name, stage: s, version: options.version }, why);
    }
    else {
        planner = (r) => (0,model_registry/* planDeprecate */.LB)(r, { artifact: name }, why);
    }
    const result = await (0,write/* updateModelRegistry */.iD)(git, name, { remote: options.remote, tagger: who }, planner);
    if (result.unchanged)
        process.stderr.write(`Nothing to push: the registry already shows this (${command} ${options.positional.join(' ')}).\n`);
    if (options.json) {
        return `${JSON.stringify({ version: result.version ?? null, unchanged: result.unchanged, tags: result.tags.map((t) => t.name) }, null, 2)}\n`;
    }
    return result.tags.map((t) => `${t.name}\n`).join('');
}
const READ = new Set(['list', 'show', 'history']);
const WRITE = new Set(['register', 'deregister', 'assign', 'unassign', 'deprecate']);
async function models(command, rest) {
    const options = parseOptions(rest);
    if (options.positional[0] === '--help')
        return `${USAGE}\n`;
    if (!READ.has(command) && !WRITE.has(command))
        throw new errors/* ConfigurationError */.j1(`Unknown models command '${command}'.\n\n${USAGE}`);
    const git = new commands/* GitCommands */.rR(new adapter_git/* Git */.T(process.cwd()));
    return READ.has(command) ? read(command, git, options) : models_write(command, git, options);
}
/** `mlops models …` (listed in subcommands.ts). */
function runModels(argv) {
    return (0,subcommands/* runSubcommandGroup */.w)(USAGE, argv, models);
}


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

/***/ 4062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   br: () => (/* binding */ BOT_IDENTITY),
/* harmony export */   rc: () => (/* binding */ isLockContention)
/* harmony export */ });
/**
 * What core code needs from the process that runs git. The adapter's `Git` (src/adapter/git.ts) is the
 * one implementation: it spawns git with an argument array, captures output and passes the identity with
 * `-c`. Core code never spawns git itself; it takes a runner, so tests and adapters choose how git runs.
 */
/** The identity commits and tags are made with when the caller gives none (what actions/checkout users expect). */
const BOT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** A git command that exited non-zero (thrown by runners unless `allowFailure`). */
class GitError extends Error {
    args;
    result;
    name = 'GitError';
    constructor(args, result) {
        super(`git ${args.join(' ')} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
        this.args = args;
        this.result = result;
    }
}
/** Another git process in the same repository holds a lock (index.lock, shallow.lock, a ref lock): transient. */
function isLockContention(message) {
    return /Unable to create '[^']*\.lock'|cannot lock ref|could not lock/i.test(message);
}


/***/ }),

/***/ 5464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xn: () => (/* binding */ tagDate),
  rS: () => (/* binding */ tagUpdates),
  iD: () => (/* binding */ updateModelRegistry)
});

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/push.js
var push = __webpack_require__(9232);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/commands.js
var commands = __webpack_require__(94);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/tags.js
/**
 * Annotated tags made with plumbing (`mktag`): the tag object exists locally, but no ref points at it until
 * the push that publishes it succeeds, so a failed push leaves no tag behind.
 */


/** A tag name git accepts as `refs/tags/<name>` (git check-ref-format's rules). */
function checkTagName(name) {
    const bad = name === '' ||
        name.startsWith('/') ||
        name.endsWith('/') ||
        name.endsWith('.') ||
        name.includes('..') ||
        name.includes('//') ||
        name.includes('@{') ||
        name === '@' ||
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u0020\u007f~^:?*[\\]/.test(name) ||
        name.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock'));
    if (bad)
        throw new errors/* ConfigurationError */.j1(`'${name}' is not a valid git tag name.`);
    return name;
}
/** The text `git mktag` takes: headers, a blank line, the message (ending in a newline). */
function tagObjectText(tag, targetType) {
    const tagger = `${(0,commands/* cleanIdentityPart */.Pd)(tag.tagger.name)} <${(0,commands/* cleanIdentityPart */.Pd)(tag.tagger.email)}> ${(0,commands/* rawDate */.lk)(tag.tagger.date ?? new Date())}`;
    const message = tag.message.endsWith('\n') ? tag.message : `${tag.message}\n`;
    return `object ${tag.target}\ntype ${targetType}\ntag ${tag.name}\ntagger ${tagger}\n\n${message}`;
}
/** Write the tag object (no ref); returns its id. */
async function createTagObject(git, tag) {
    checkTagName(tag.name);
    const type = await git.objectType(tag.target);
    if (!type)
        throw new errors/* ConfigurationError */.j1(`Cannot tag ${tag.target}: no such object in this repository.`);
    return git.mktag(tagObjectText(tag, type));
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/model-registry.js
var model_registry = __webpack_require__(483);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/read-tags.js
var read_tags = __webpack_require__(8776);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/write.js
/**
 * Publishing GTO tags: annotated tag objects made with `mktag`, pushed in one atomic push, the whole
 * read → plan → push cycle retried when another writer got there first (a tag of the same name now
 * exists, so the counter is taken): refetch, re-plan with the next counter, push again. Concurrent
 * assigners therefore end with distinct counters and no lost tag.
 */




/** Make the tag objects of a plan and the ref updates that publish them (no local ref moves yet). */
async function tagUpdates(git, tags, tagger, date) {
    const updates = [];
    for (const tag of tags) {
        const object = await createTagObject(git, {
            name: tag.name,
            target: tag.target,
            message: tag.message,
            tagger: { ...tagger, date },
        });
        updates.push({ ref: `refs/tags/${tag.name}`, object, localRef: `refs/tags/${tag.name}` });
    }
    return updates;
}
/**
 * The tagger date for new tags of `artifact`: `now`, unless that falls within (or before) the second of the
 * artifact's newest event. GTO orders events by tagger time in whole seconds and lets a removal win a tie, so
 * a rollback tagged in the same second as the promotion it undoes would read as still unassigned; one second
 * after the newest event, the new tags are read as the newest.
 */
function tagDate(registry, artifact, now) {
    const newest = registry.artifact(artifact)?.events()[0]?.time;
    return newest !== undefined && Math.floor(now.getTime() / 1000) <= newest
        ? new Date((newest + 1) * 1000)
        : now;
}
/**
 * Fetch `artifact`'s tags from the remote, plan with `plan` on that snapshot, publish the tags in one
 * atomic push; on a lost race do it all again. Returns the plan that landed (no tags when `unchanged`).
 */
async function updateModelRegistry(git, artifact, options, plan) {
    const now = options.now ?? (() => new Date());
    const published = await (0,push/* publish */.mk)(git, {
        remote: options.remote,
        what: `model registry tags of '${artifact}'`,
        retry: options.retry,
        logger: options.logger,
        prepare: async () => {
            await (0,read_tags/* fetchRegistryTags */.dg)(git, options.remote, artifact);
            const registry = await model_registry/* ModelRegistry */.zN.read(git, artifact);
            const planned = plan(registry);
            const date = tagDate(registry, artifact, now());
            return { updates: await tagUpdates(git, planned.tags, options.tagger, date), value: planned };
        },
    });
    return { ...published.value, attempts: published.attempts };
}


/***/ })

};
