export const id = 659;
export const ids = [659];
export const modules = {

/***/ 5157:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ loadAction)
/* harmony export */ });
/* unused harmony export loadActions */
/* harmony import */ var _core_workers_eval_worker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2470);

/**
 * Every action, by the name used in actions/<name>/action.yml and `mlops <name>`, as a loader: a run loads
 * only its own action's code. ncc turns each `import()` below into a chunk of dist/ (scripts/build/bundle.ts),
 * so `mlops data-hash status` never parses the image builder or the drift tests. Adding an action is one line
 * here (its name is in ACTION_NAMES); keep the import specifier a literal, or the bundler cannot split it.
 */
const loaders = {
    'data-hash': async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(582), __webpack_require__.e(173), __webpack_require__.e(11), __webpack_require__.e(392)]).then(__webpack_require__.bind(__webpack_require__, 2448))).dataHash,
    'track-experiment': async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(664), __webpack_require__.e(582), __webpack_require__.e(483), __webpack_require__.e(173), __webpack_require__.e(819), __webpack_require__.e(576)]).then(__webpack_require__.bind(__webpack_require__, 1576))).trackExperiment,
    'drift-report': async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(664), __webpack_require__.e(582), __webpack_require__.e(605), __webpack_require__.e(608), __webpack_require__.e(803)]).then(__webpack_require__.bind(__webpack_require__, 7803))).driftReport,
    'build-model-image': async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(664), __webpack_require__.e(582), __webpack_require__.e(599), __webpack_require__.e(802), __webpack_require__.e(294)]).then(__webpack_require__.bind(__webpack_require__, 6294))).buildModelImage,
    'gated-deploy': async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(664), __webpack_require__.e(582), __webpack_require__.e(483), __webpack_require__.e(173), __webpack_require__.e(599), __webpack_require__.e(27), __webpack_require__.e(131), __webpack_require__.e(278)]).then(__webpack_require__.bind(__webpack_require__, 8278))).gatedDeploy,
    'open-retrain-pr': async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(664), __webpack_require__.e(582), __webpack_require__.e(483), __webpack_require__.e(173), __webpack_require__.e(605), __webpack_require__.e(11), __webpack_require__.e(608), __webpack_require__.e(850)]).then(__webpack_require__.bind(__webpack_require__, 6850))).openRetrainPr,
};
/**
 * Actions that spread their work over worker threads: one thread starts while their code loads, so it
 * is ready when the work is (core/workers/eval-worker.ts).
 */
const USE_WORKERS = new Set(['data-hash', 'drift-report']);
/** One action's definition (schema and run), loading its code on first use. */
function loadAction(name) {
    if (USE_WORKERS.has(name))
        (0,_core_workers_eval_worker_js__WEBPACK_IMPORTED_MODULE_0__/* .warmEvalWorker */ .G)();
    return loaders[name]();
}
/** Every action's definition: for the build and contract tests, which look at all schemas at once. */
async function loadActions() {
    const names = Object.keys(loaders);
    const definitions = await Promise.all(names.map((name) => loaders[name]()));
    return Object.fromEntries(names.map((name, i) => [name, definitions[i]]));
}


/***/ }),

/***/ 4555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* reexport safe */ _action_names_js__WEBPACK_IMPORTED_MODULE_5__.G),
/* harmony export */   QP: () => (/* binding */ defineAction),
/* harmony export */   yn: () => (/* binding */ executeAction)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(799);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5409);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6696);
/* harmony import */ var _generated_action_metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8383);
/* harmony import */ var _action_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2098);







/** Identity helper that keeps the schema's inferred type flowing into run(). */
function defineAction(definition) {
    return definition;
}
function makeContext(name, host, env, config, sources, procEnv, octokit) {
    const token = (given) => {
        const effective = given || procEnv.GITHUB_TOKEN || undefined;
        if (effective)
            host.setSecret(effective);
        return effective;
    };
    return {
        host,
        env,
        config,
        inputSource: (name) => sources[name] ?? 'default',
        git: (cwd) => new _git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .T(cwd ?? env.workspace),
        token,
        github: (given) => {
            const effective = token(given);
            if (!effective) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'token' is required for GitHub API calls (pass `token: ${{ github.token }}` or set GITHUB_TOKEN).");
            }
            if (!octokit)
                throw new Error(`${name} calls ctx.github() but its definition says github: false`);
            return octokit.createOctokit({
                token: effective,
                baseUrl: env.apiUrl,
                logger: host,
                retryBaseMs: env.tuning.httpRetryBaseMs,
            });
        },
    };
}
/** A host whose setOutput refuses names action.yml does not declare (a bug, caught in tests). */
function checkedOutputs(name, host) {
    const declared = Object.keys(_generated_action_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .actionMetadata */ .S[name]?.outputs ?? {});
    return {
        ...host,
        setOutput: (output, value) => {
            if (!declared.includes(output))
                throw new Error(`${name} set output '${output}', which its action.yml does not declare`);
            host.setOutput(output, value);
        },
    };
}
/**
 * The single error path: load `.mlops.yml`, resolve inputs (input, else file, else built-in default), run;
 * a user mistake is reported as its message,
 * anything else as a bug with its stack in the debug log. Returns the exit code.
 */
async function executeAction(definition, host, raw, env, procEnv = process.env) {
    try {
        const config = await (0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadMlopsConfig */ .W)(env.workspace);
        const { values, sources } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInputs */ .eL)(definition.schema, raw, config);
        const octokit = definition.github === false ? undefined : await __webpack_require__.e(/* import() */ 135).then(__webpack_require__.bind(__webpack_require__, 7135));
        const context = makeContext(definition.name, checkedOutputs(definition.name, host), env, config, sources, procEnv, octokit);
        await definition.run(values, context);
        return 0;
    }
    catch (error) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isConfigurationError */ .p0)(error)) {
            host.fail(error.message, error.file === undefined ? undefined : { file: error.file, line: error.line });
        }
        else {
            host.debug(error instanceof Error && error.stack ? error.stack : String(error));
            host.fail(`${definition.name} failed unexpectedly: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)} (run with ACTIONS_STEP_DEBUG=true for the stack trace)`);
        }
        return 1;
    }
}


/***/ }),

/***/ 9485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mn: () => (/* binding */ configValue),
/* harmony export */   bw: () => (/* binding */ fromConfig),
/* harmony export */   kn: () => (/* binding */ configBinding)
/* harmony export */ });
/* unused harmony export configInputs */
const bindings = new WeakMap();
/**
 * Declare, in an action's schema, that `.mlops.yml` `key` can also set this input:
 * `'drift-share': fromConfig('drift.drift-share', inputs.number(0, 1, DEFAULT_DRIFT_SHARE))`.
 * The key must exist in the config schema with a value type the input accepts (checked by tsc).
 */
function fromConfig(key, schema, options = {}) {
    bindings.set(schema, { key, ...options });
    return schema;
}
/** The binding of one field of an action's schema, when `.mlops.yml` can set it. */
function configBinding(field) {
    return typeof field === 'object' && field !== null ? bindings.get(field) : undefined;
}
/** The value at `section.key` of a parsed config (undefined when the file does not set it). */
function configValue(config, key) {
    const [section, name] = key.split('.', 2);
    const part = config[section];
    return part !== null && typeof part === 'object' ? part[name] : undefined;
}
/** The table of an action's inputs that `.mlops.yml` can set, in schema order. */
function configInputs(schema) {
    const table = [];
    for (const [input, field] of Object.entries(schema.shape)) {
        const binding = configBinding(field);
        if (!binding)
            continue;
        const parsed = field.safeParse(undefined);
        table.push({ input, ...binding, builtIn: parsed.success ? parsed.data : undefined });
    }
    return table;
}


/***/ }),

/***/ 6696:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QL: () => (/* binding */ inputs),
/* harmony export */   bH: () => (/* binding */ isBooleanInput),
/* harmony export */   dj: () => (/* binding */ rawInputsFromEnv),
/* harmony export */   eL: () => (/* binding */ resolveInputs),
/* harmony export */   yj: () => (/* binding */ inputFromEnv)
/* harmony export */ });
/* unused harmony exports parseInputs, inputEnvName */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8532);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _core_log_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1255);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9485);




/**
 * Input builders shared by every action. Inputs arrive as strings (INPUT_* or CLI flags); an empty
 * string means "not given", exactly as on a runner where an unset `with:` key arrives as ''.
 * Each builder's messages are phrased to follow "Input 'name' …".
 */
const blank = (value) => typeof value === 'string' && value.trim() === '' ? undefined : value;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const requiredText = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be text'),
});
/** Boolean inputs, so the CLI can take `--flag` alone for them. */
const booleanInputs = new WeakSet();
function isBooleanInput(field) {
    return typeof field === 'object' && field !== null && booleanInputs.has(field);
}
const inputs = {
    /** Required text. */
    string: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .preprocess */ .vkY(blank, requiredText.transform((s) => s.trim())),
    /** Optional text. */
    optionalString: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .preprocess */ .vkY(blank, requiredText.transform((s) => s.trim()).optional()),
    /** Text with a built-in default. */
    text: (fallback) => zod__WEBPACK_IMPORTED_MODULE_2__/* .preprocess */ .vkY(blank, requiredText
        .transform((s) => s.trim())
        .optional()
        .transform((v) => v ?? fallback)),
    /** Text kept exactly (multi-line values, JSON); optional. */
    raw: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .preprocess */ .vkY(blank, requiredText.optional()),
    /** Boolean parsed like @actions/core getBooleanInput (YAML 1.2 core schema). */
    boolean: (fallback) => {
        const field = zod__WEBPACK_IMPORTED_MODULE_2__/* .preprocess */ .vkY(blank, requiredText
            .transform((s, ctx) => {
            const t = s.trim();
            if (TRUE.includes(t))
                return true;
            if (FALSE.includes(t))
                return false;
            ctx.addIssue({ code: 'custom', message: `must be true or false, got '${t}'` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        })
            .optional()
            .transform((v) => v ?? fallback));
        booleanInputs.add(field);
        return field;
    },
    /** Whole number within bounds. */
    integer: (fallback, min, max) => zod__WEBPACK_IMPORTED_MODULE_2__/* .preprocess */ .vkY(blank, requiredText
        .transform((s, ctx) => {
        const t = s.trim();
        const n = /^[+-]?\d+$/.test(t) ? Number(t) : Number.NaN;
        if (!Number.isSafeInteger(n) || n < min || n > max) {
            ctx.addIssue({
                code: 'custom',
                message: `must be a whole number from ${min} to ${max}, got '${t}'`,
            });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return n;
    })
        .optional()
        .transform((v) => v ?? fallback)),
    /** Number (decimal) within bounds; `fallback` applies when not given. */
    number: (min, max, fallback) => zod__WEBPACK_IMPORTED_MODULE_2__/* .preprocess */ .vkY(blank, requiredText
        .transform((s, ctx) => {
        const t = s.trim();
        const n = t === '' ? Number.NaN : Number(t);
        if (!Number.isFinite(n) || n < min || n > max) {
            ctx.addIssue({ code: 'custom', message: `must be a number from ${min} to ${max}, got '${t}'` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return n;
    })
        .optional()
        .transform((v) => (v ?? fallback))),
    /** One of a fixed set of words. */
    choice: (choices, fallback) => {
        const isChoice = (t) => choices.includes(t);
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .preprocess */ .vkY(blank, requiredText
            .transform((s, ctx) => {
            const t = s.trim();
            if (isChoice(t))
                return t;
            ctx.addIssue({ code: 'custom', message: `must be one of ${choices.join(', ')}, got '${t}'` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        })
            .optional()
            .transform((v) => v ?? fallback));
    },
    /**
     * A list: one item per line (like getMultilineInput); with `splitSpaces`, items may also be separated
     * by commas or spaces on one line; with `splitCommas`, by commas only (names that hold spaces, such as
     * labels). Empty items are dropped; not given → `fallback` (default: empty).
     */
    list: (options = {}) => zod__WEBPACK_IMPORTED_MODULE_2__/* .preprocess */ .vkY(blank, requiredText
        .transform((s) => s
        .split(options.splitSpaces ? /[\r\n,\s]+/ : options.splitCommas ? /[\r\n,]+/ : /\r?\n/)
        .map((item) => item.trim())
        .filter((item) => item !== ''))
        .optional()
        .transform((v) => v ?? [...(options.fallback ?? [])])),
    /**
     * `key=value` lines (env, labels); also accepts a JSON object. Keys must be non-empty and free of
     * control characters (a line break in a label key or env name is never meant); with `singleLineValues`,
     * values too may hold no control characters (image labels: NUL or ESC there is a mistake).
     */
    keyValues: (options = {}) => zod__WEBPACK_IMPORTED_MODULE_2__/* .preprocess */ .vkY(blank, requiredText
        .transform((s, ctx) => {
        const text = s.trim();
        let out = {};
        if (text.startsWith('{')) {
            let parsed;
            try {
                parsed = JSON.parse(text);
            }
            catch {
                /* reported below */
            }
            if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
                ctx.addIssue({ code: 'custom', message: 'must be KEY=VALUE lines or a JSON object' });
                return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
            }
            out = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k.trim(), String(v)]));
        }
        else {
            for (const line of text.split(/\r?\n/)) {
                if (line.trim() === '')
                    continue;
                const eq = line.indexOf('=');
                if (eq <= 0) {
                    ctx.addIssue({ code: 'custom', message: `line '${line.trim()}' is not KEY=VALUE` });
                    return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
                }
                out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
            }
        }
        for (const [key, value] of Object.entries(out)) {
            const problem = key === ''
                ? `has an empty key (value '${(0,_core_log_text_js__WEBPACK_IMPORTED_MODULE_4__/* .logValue */ .Od)(value)}')`
                : CONTROL.test(key)
                    ? `key '${(0,_core_log_text_js__WEBPACK_IMPORTED_MODULE_4__/* .logValue */ .Od)(key)}' holds a line break or other control character`
                    : options.singleLineValues && CONTROL.test(value)
                        ? `value of '${key}' holds a line break or other control character`
                        : undefined;
            if (problem) {
                ctx.addIssue({ code: 'custom', message: problem });
                return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
            }
        }
        return out;
    })
        .optional()
        .transform((v) => v ?? {})),
};
const given = (value) => value !== undefined && value.trim() !== '';
function parseInputs(schema, raw, config = {}) {
    return resolveInputs(schema, raw, config).values;
}
/**
 * The one place that applies the precedence rule: an input given wins, else its `.mlops.yml` key (see
 * fromConfig), else the zod default. Also says where each value came from, so a message about a path can
 * name the input or the file that gave it.
 */
function resolveInputs(schema, raw, config = {}) {
    const known = Object.keys(schema.shape);
    const values = {};
    for (const name of known)
        values[name] = raw[name];
    const result = schema.safeParse(values);
    if (!result.success) {
        const problems = result.error.issues.map((issue) => {
            const name = issue.path[0];
            return name === undefined ? `- ${issue.message}` : `- Input '${String(name)}' ${issue.message}`;
        });
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(problems.length === 1 ? problems[0].slice(2) : `Invalid inputs:\n${problems.join('\n')}`);
    }
    const parsed = result.data;
    const sources = {};
    for (const [name, field] of Object.entries(schema.shape)) {
        if (given(values[name])) {
            sources[name] = 'input';
            continue;
        }
        sources[name] = 'default';
        const binding = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .configBinding */ .kn)(field);
        if (!binding)
            continue;
        const fromFile = (0,_config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .configValue */ .Mn)(config, binding.key);
        if (fromFile !== undefined) {
            parsed[name] = fromFile;
            sources[name] = 'config';
        }
    }
    return { values: parsed, sources };
}
/** Read an input the way the runner passes it: INPUT_<NAME>, upper-cased, spaces → '_', hyphens kept. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** One input as the runner passes it (undefined when not set). */
function inputFromEnv(name, env = process.env) {
    return env[inputEnvName(name)];
}
function rawInputsFromEnv(schema, env = process.env) {
    const raw = {};
    for (const name of Object.keys(schema.shape))
        raw[name] = env[inputEnvName(name)];
    return raw;
}


/***/ }),

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

/***/ 2470:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ warmEvalWorker),
/* harmony export */   l: () => (/* binding */ startEvalWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/**
 * Worker threads run from source text (the walk, the hash pool, the CSV reader and the drift kernels are
 * each a small self-contained script): a worker evaluated from a string loads a few kilobytes instead of
 * the action's bundle, and runs the same from the TypeScript sources and from dist/.
 *
 * A thread takes ~25–30 ms to start, as long as a whole `status` walk's share of work. warmEvalWorker()
 * starts one before anyone needs it (while the action's code is still loading); the next
 * startEvalWorker() then hands it its script instead of starting a thread. A warm worker nobody takes is
 * unreferenced: it never keeps the process alive.
 */

/** Waits for one task: the script to run, with `require('node:worker_threads').workerData` set for it. */
const WAITING_SOURCE = `'use strict';
const threads = require('node:worker_threads');
threads.parentPort.once('message', (task) => {
  const own = Object.assign(Object.create(null), threads, { workerData: task.workerData });
  const load = (id) => (id === 'node:worker_threads' || id === 'worker_threads' ? own : require(id));
  new Function('require', task.source)(load);
});
`;
let warm;
/** Start a worker now for a startEvalWorker() that will come soon (no-op when one is waiting). */
function warmEvalWorker() {
    if (warm)
        return;
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(WAITING_SOURCE, { eval: true, execArgv: [] });
    worker.unref();
    worker.once('exit', () => {
        if (warm === worker)
            warm = undefined;
    });
    warm = worker;
}
/**
 * A worker running `source` (CommonJS, `require` only) with `workerData`: the warm one when there is one,
 * else a new thread. The caller owns it (listeners, terminate); it is referenced like any new worker.
 */
function startEvalWorker(source, workerData) {
    const worker = warm;
    warm = undefined;
    if (!worker)
        return new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(source, { eval: true, execArgv: [], workerData });
    worker.ref();
    worker.postMessage({ source, workerData });
    return worker;
}


/***/ })

};
