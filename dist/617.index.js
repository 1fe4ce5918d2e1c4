export const id = 617;
export const ids = [617];
export const modules = {

/***/ 3617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseMlopsConfig: () => (/* binding */ parseMlopsConfig)
});

// UNUSED EXPORTS: MAX_CONFIG_BYTES

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/structured/yaml.js
var yaml = __webpack_require__(8382);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/hashing/config.js

/** `.mlops.yml` → `data:` section (data-hash defaults). */
const dataConfigSchema = schemas/* object */.Ikc({
    paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Data paths tracked by default'),
    'cache-dir': schemas/* string */.YjP().min(1).optional().describe('Cache directory (default .dvc/cache)'),
    remote: schemas/* string */.YjP().min(1).optional().describe('Default remote: a directory or s3://bucket/prefix'),
    jobs: schemas/* number */.aig().int().min(1).max(64).optional().describe('Parallel transfers and hashing jobs'),
})
    .strict();

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/config.js

/** `.mlops.yml` → `metrics:` section. */
const metricsConfigSchema = schemas/* object */.Ikc({
    directions: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* enum */.k5n(['higher', 'lower']))
        .optional()
        .describe('Metric name (dotted key or glob) → which direction is better'),
})
    .strict();

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/branch.js
var branch = __webpack_require__(9813);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/drift-test-names.js
var drift_test_names = __webpack_require__(6390);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/drift/settings.js
var settings = __webpack_require__(4932);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/drift/config.js



/**
 * `.mlops.yml` → `drift:` section. Inputs of the drift-report action win over these values; a `columns`
 * key '*' applies to every column without its own entry.
 */
const driftConfigSchema = schemas/* object */.Ikc({
    'drift-share': schemas/* number */.aig().min(0).max(1).optional(),
    correction: schemas/* enum */.k5n(settings/* CORRECTIONS */.ql).optional(),
    columns: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({
        type: schemas/* enum */.k5n(['numerical', 'categorical']).optional(),
        test: schemas/* enum */.k5n(drift_test_names/* DRIFT_TEST_NAMES */.s).optional(),
        threshold: schemas/* number */.aig().optional(),
        ignore: schemas/* boolean */.zMY().optional(),
    })
        .strict())
        .optional(),
})
    .strict();

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/config.js

/** `.mlops.yml` → `image:` section (build-model-image defaults). */
const imageConfigSchema = schemas/* object */.Ikc({
    'base-image': schemas/* string */.YjP().min(1).optional(),
    image: schemas/* string */.YjP().min(1).optional(),
})
    .strict();

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/policy.js
var policy = __webpack_require__(9915);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/retrain/config.js
var config = __webpack_require__(5129);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/config/schema.js








/**
 * `.mlops.yml` at the repository root. Every section is optional; each domain owns its section's schema.
 * `npm run build` exports this as schema/mlops.schema.json for editors.
 */
const mlopsConfigSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1).optional().describe('Config format version'),
    registry: branch/* registryConfigSchema */.VV.optional(),
    metrics: metricsConfigSchema.optional(),
    data: dataConfigSchema.optional(),
    drift: driftConfigSchema.optional(),
    image: imageConfigSchema.optional(),
    deploy: policy/* deployConfigSchema */.xR.optional(),
    retrain: config/* retrainConfigSchema */.xT.optional(),
})
    .strict();

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/config/parse.js



/**
 * `.mlops.yml` is read by every action of every job, from the pull request's checkout: a size cap keeps
 * one hostile file from stalling them all (a real config is a few hundred bytes).
 */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Line (1-based) of the node at a path in a YAML document, when the document has it. */
function lineOf(parsed, path) {
    const node = parsed.doc.getIn(path.map(String), true);
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : parsed.lineOf(offset);
}
function describeIssue(issue) {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${where}: ${issue.message}`;
}
/** Parse and validate `.mlops.yml` text; every problem is reported in one error naming file and line. */
function parseMlopsConfig(text, file = '.mlops.yml') {
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_CONFIG_BYTES) {
        throw new errors/* ConfigurationError */.j1(`${file} is ${bytes.toLocaleString('en-US')} bytes; the limit is ${MAX_CONFIG_BYTES.toLocaleString('en-US')} bytes (1 MiB).`, { file });
    }
    const parsed = (0,yaml/* parseYaml */.hN)(text, file);
    const value = (0,yaml/* yamlValue */.t$)(parsed, file) ?? {};
    const result = mlopsConfigSchema.safeParse(value);
    if (result.success)
        return result.data;
    const lines = result.error.issues.map((issue) => {
        const line = lineOf(parsed, issue.path);
        return `- ${file}${line === undefined ? '' : `:${line}`}: ${describeIssue(issue)}`;
    });
    const firstLine = lineOf(parsed, result.error.issues[0]?.path ?? []);
    throw new errors/* ConfigurationError */.j1(`Invalid ${file}:\n${lines.join('\n')}`, { file, line: firstLine });
}


/***/ }),

/***/ 9657:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ parseTolerance),
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Ev: () => (/* binding */ toleranceAmount),
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   VF: () => (/* binding */ comparisonText),
/* harmony export */   XG: () => (/* binding */ ageText),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   b$: () => (/* binding */ TOLERANCE_PATTERN),
/* harmony export */   fl: () => (/* binding */ parseComparison),
/* harmony export */   rX: () => (/* binding */ COMPARISON_PATTERN),
/* harmony export */   ve: () => (/* binding */ toleranceText)
/* harmony export */ });
/**
 * The small languages of the deploy policy: a metric threshold (`">= 0.80"`), a regression tolerance
 * (`0.005`, `"1%"`) and an age (`7d`). The policy schema checks their spelling with the patterns here; the
 * gates parse them with the functions here, so one definition serves both.
 */
const NUMBER = '[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?';
const COMPARISON_PATTERN = new RegExp(`^\\s*(>=|<=|==|>|<)\\s*(${NUMBER})\\s*$`);
const TOLERANCE_PATTERN = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*(%?)\s*$/;
const DURATION_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$/;
function parseComparison(text) {
    const m = COMPARISON_PATTERN.exec(text);
    if (!m)
        throw new Error(`'${text}' is not a comparison such as ">= 0.80"`);
    return { op: m[1], value: Number(m[2]) };
}
function compare(observed, c) {
    switch (c.op) {
        case '>=':
            return observed >= c.value;
        case '>':
            return observed > c.value;
        case '<=':
            return observed <= c.value;
        case '<':
            return observed < c.value;
        case '==':
            return observed === c.value;
    }
}
/** How a comparison reads in a report: `≥ 0.8`. */
function comparisonText(c) {
    const symbol = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '==': '=' }[c.op];
    return `${symbol} ${formatNumber(c.value)}`;
}
function parseTolerance(given) {
    if (typeof given === 'number')
        return { value: given, relative: false };
    const m = TOLERANCE_PATTERN.exec(given);
    if (!m)
        throw new Error(`'${given}' is not a tolerance such as 0.005 or "1%"`);
    return { value: Number(m[1]), relative: m[2] === '%' };
}
/** The allowed worsening from `baseline`: absolute, or a percentage of |baseline|. */
function toleranceAmount(t, baseline) {
    return t.relative ? (Math.abs(baseline) * t.value) / 100 : t.value;
}
function toleranceText(t) {
    return t.relative ? `${formatNumber(t.value)}%` : formatNumber(t.value);
}
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };
/** `7d` → seconds. */
function parseDuration(text) {
    const m = DURATION_PATTERN.exec(text);
    if (!m)
        throw new Error(`'${text}' is not an age such as 12h, 7d or 2w`);
    return Number(m[1]) * UNIT_SECONDS[m[2]];
}
/** Seconds as the largest whole-ish unit a person reads: `3.2 d`, `5 h`, `40 min`, `12 s`. */
function ageText(seconds) {
    if (seconds >= 86_400)
        return `${formatNumber(round(seconds / 86_400, 1))} d`;
    if (seconds >= 3600)
        return `${formatNumber(round(seconds / 3600, 1))} h`;
    if (seconds >= 60)
        return `${Math.round(seconds / 60)} min`;
    return `${Math.max(0, Math.round(seconds))} s`;
}
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;
/** A metric value for a report: up to 4 significant decimals, no float noise (0.1 + 0.2 → 0.3). */
function formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (Number.isInteger(value))
        return String(value);
    const abs = Math.abs(value);
    const text = abs >= 1000 ? value.toFixed(1) : value.toPrecision(4);
    return String(Number(text));
}


/***/ }),

/***/ 9915:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KV: () => (/* binding */ isProduction),
/* harmony export */   hp: () => (/* binding */ policyManifests),
/* harmony export */   nZ: () => (/* binding */ resolvePolicy),
/* harmony export */   xR: () => (/* binding */ deployConfigSchema)
/* harmony export */ });
/* unused harmony exports gatesSchema, environmentPolicySchema, modelPolicySchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _registry_run_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8067);
/* harmony import */ var _registry_deploy_records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3633);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9657);
/**
 * `.mlops.yml` → `deploy:`: per model, per environment (a GTO stage), where to pin, how, and the gates a
 * promotion must pass. Strict: an unknown key is a typo and fails the step with file, line and key. Inputs
 * of gated-deploy win over these values (the project's precedence rule), then the built-in defaults.
 */





/** GTO's artifact (`dirname:name`) and stage grammars, for the policy's keys. */
const GTO_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-/_]*[a-zA-Z0-9])?$/;
const GTO_ARTIFACT = /^(?:[a-zA-Z0-9\-_./]+:)?[a-zA-Z0-9](?:[a-zA-Z0-9\-/_]*[a-zA-Z0-9])?$/;
const DATASET = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const comparison = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
    .regex(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .COMPARISON_PATTERN */ .rX, 'must be a comparison such as ">= 0.80" or "<= 50" (quoted in YAML)');
const tolerance = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nonnegative(),
    zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .regex(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .TOLERANCE_PATTERN */ .b$, 'must be an absolute tolerance such as 0.005, or a percentage such as "1%"'),
]);
const duration = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .DURATION_PATTERN */ .Cq, 'must be an age such as 12h, 7d or 2w (s, m, h, d, w)');
const gatesSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    metrics: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), comparison)
        .optional()
        .describe('Metric key → threshold on the run record, e.g. auc: ">= 0.80", latency_ms: "<= 50"'),
    'no-regression': zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), tolerance)
        .optional()
        .describe('Metric key → how much worse than the version now in the environment it may be: 0.005, or "1%" (direction from metrics.directions)'),
    drift: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        dataset: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(DATASET, 'must be a dataset name as drift-report records it'),
        'max-share': zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()
            .min(0)
            .max(1)
            .optional()
            .describe('Largest share of drifted columns (default: no dataset drift)'),
        'max-age': duration.optional().describe('Oldest acceptable drift record, e.g. 7d'),
    })
        .strict()
        .optional()
        .describe('The newest drift record of the dataset on the registry branch'),
    data: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().optional().describe("The run's data hashes equal the .dvc pointers at the commit"),
    image: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()
        .optional()
        .describe('The image digest exists in its registry and its labels name the same run'),
    checks: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1))
        .optional()
        .describe('Check runs or commit statuses that must be green on the commit'),
})
    .strict();
/** A mapping whose keys must match `pattern`; a bad key is reported at its own path, in words. */
function namedRecord(pattern, value, message) {
    return zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), value)
        .superRefine((record, ctx) => {
        for (const key of Object.keys(record)) {
            if (!pattern.test(key))
                ctx.addIssue({ code: 'custom', path: [key], message: `'${key}': ${message}` });
        }
    })
        .meta({ propertyNames: { pattern: pattern.source } });
}
const listOrOne = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1))]);
const environmentPolicySchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    production: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()
        .optional()
        .describe('A production environment (default: named production or prod)'),
    after: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .regex(GTO_NAME, 'must be a GTO stage name')
        .optional()
        .describe('The version must be active in this stage first'),
    manifests: listOrOne.optional().describe('Files or globs (relative to the repository root) to pin'),
    pin: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_registry_deploy_records_js__WEBPACK_IMPORTED_MODULE_2__/* .PIN_MODES */ .TS).optional().describe('push (default) | pull-request | none'),
    container: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('Pin the containers of this name (default: those running the image)'),
    keys: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1))
        .optional()
        .describe('Key paths for Helm values (default image.repository, image.tag)'),
    release: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['auto', 'always', 'never']).optional(),
    'environment-url': zod__WEBPACK_IMPORTED_MODULE_4__/* .url */ .OZ5().optional(),
    'github-deployment': zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().optional(),
    gates: gatesSchema.optional(),
    'rollback-gates': zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_registry_deploy_records_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_NAMES */ .rn))
        .optional()
        .describe('Which of the gates also apply to a rollback (default none)'),
})
    .strict();
const modelPolicySchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    bump: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['major', 'minor', 'patch'])
        .optional()
        .describe('Next version when none is given (default patch)'),
    experiment: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .regex(_registry_run_records_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_PATTERN */ .Vh)
        .optional()
        .describe('The track-experiment name whose runs train this model (default: any)'),
    environments: namedRecord(GTO_NAME, environmentPolicySchema, 'environment names are GTO stage names').optional(),
})
    .strict();
/** `.mlops.yml` → `deploy:` section. */
const deployConfigSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    models: namedRecord(GTO_ARTIFACT, modelPolicySchema, 'model names are GTO artifact names').optional(),
})
    .strict();
/**
 * The policy of one model and environment. A model the file does not list has no policy (no gates); a model
 * it lists must list the environment too, so a misspelt stage is caught rather than deployed ungated.
 */
function resolvePolicy(config, model, environment) {
    const key = `deploy.models.${model}.environments.${environment}`;
    const modelPolicy = config?.models?.[model];
    if (!modelPolicy)
        return { model: {}, environment: {}, key, found: false };
    const environments = modelPolicy.environments ?? {};
    const envPolicy = environments[environment];
    if (!envPolicy) {
        const listed = Object.keys(environments);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'environment': .mlops.yml has a deploy policy for '${model}' but none for environment '${environment}' ` +
            `(it lists ${listed.length > 0 ? listed.map((e) => `'${e}'`).join(', ') : 'no environments'}). ` +
            `Add deploy.models.${model}.environments.${environment}, or correct the name.`, { file: '.mlops.yml' });
    }
    return { model: modelPolicy, environment: envPolicy, key, found: true };
}
/** A production environment: as the policy says, else by name (GitHub's own default for `production`). */
function isProduction(policy, environment) {
    return policy.production ?? ['production', 'prod'].includes(environment.toLowerCase());
}
/** The manifest list of the policy, whether written as one string or a list. */
function policyManifests(policy) {
    const m = policy.manifests;
    return m === undefined ? [] : typeof m === 'string' ? [m] : m;
}


/***/ }),

/***/ 4932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ql: () => (/* binding */ CORRECTIONS),
/* harmony export */   rc: () => (/* binding */ checkColumnNames),
/* harmony export */   ss: () => (/* binding */ mergeSettings),
/* harmony export */   wq: () => (/* binding */ DEFAULT_DRIFT_SHARE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _stat_tests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9605);
/**
 * Per-column drift settings from `.mlops.yml` `drift.columns` merged with the action's per-column inputs
 * (inputs win), validated. Dataset-wide values (drift-share, correction) arrive already resolved by the
 * action's input precedence (input, else `.mlops.yml`, else default); undefined means the default.
 */


const CORRECTIONS = ['none', 'bonferroni', 'benjamini-hochberg'];
const DEFAULT_DRIFT_SHARE = 0.5;
function mergeSettings(config, inputs) {
    const types = new Map();
    const tests = new Map();
    const thresholds = new Map();
    const ignore = new Set();
    const origins = new Map();
    for (const [name, entry] of Object.entries(config?.columns ?? {})) {
        if (entry.type && name !== '*')
            types.set(name, entry.type);
        if (entry.test)
            tests.set(name, entry.test);
        if (entry.threshold !== undefined)
            thresholds.set(name, entry.threshold);
        if (entry.ignore)
            ignore.add(name);
        origins.set(name, `.mlops.yml drift.columns.${name}`);
    }
    const problems = [];
    for (const [name, value] of Object.entries(inputs.columnTypes)) {
        if (value !== 'numerical' && value !== 'categorical') {
            problems.push(`Input 'column-types': ${name}=${value} must be numerical or categorical`);
        }
        else if (name === '*')
            problems.push(`Input 'column-types': '*' is not allowed; name each column`);
        else
            types.set(name, value);
        origins.set(name, "input 'column-types'");
    }
    // An input wildcard overrides every per-column value from the config file.
    if ('*' in inputs.tests)
        tests.clear();
    if ('*' in inputs.thresholds)
        thresholds.clear();
    for (const [name, value] of Object.entries(inputs.tests)) {
        if (!_stat_tests_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_NAMES */ .mR.includes(value)) {
            problems.push(`Input 'tests': ${name}=${value} is not a test; use one of ${_stat_tests_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_NAMES */ .mR.join(', ')}`);
        }
        else
            tests.set(name, value);
        origins.set(name, "input 'tests'");
    }
    for (const [name, value] of Object.entries(inputs.thresholds)) {
        const n = value.trim() === '' ? Number.NaN : Number(value);
        if (!Number.isFinite(n) || n < 0)
            problems.push(`Input 'thresholds': ${name}=${value} must be a number ≥ 0`);
        else
            thresholds.set(name, n);
        origins.set(name, "input 'thresholds'");
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(problems.join('\n'));
    return {
        columns: inputs.columns.length > 0 ? inputs.columns : undefined,
        ignore,
        types,
        tests,
        thresholds,
        driftShare: inputs.driftShare ?? DEFAULT_DRIFT_SHARE,
        correction: inputs.correction ?? 'none',
        origins,
    };
}
/** Every column named anywhere must exist in the reference. */
function checkColumnNames(settings, referenceColumns) {
    const known = new Set(referenceColumns);
    const unknown = [];
    for (const name of settings.columns ?? []) {
        if (!known.has(name))
            unknown.push(`'${name}' (input 'columns')`);
    }
    for (const [name, origin] of settings.origins) {
        if (name !== '*' && !known.has(name))
            unknown.push(`'${name}' (${origin})`);
    }
    if (unknown.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: the reference has ${referenceColumns
            .slice(0, 20)
            .map((c) => `'${c}'`)
            .join(', ')}${referenceColumns.length > 20 ? ', …' : ''}.`);
    }
}


/***/ }),

/***/ 3633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ serializeDeployRecord),
/* harmony export */   Ev: () => (/* binding */ runRefSchema),
/* harmony export */   Kq: () => (/* binding */ deployRecordPath),
/* harmony export */   SQ: () => (/* binding */ readDeployRecords),
/* harmony export */   TS: () => (/* binding */ PIN_MODES),
/* harmony export */   Vv: () => (/* binding */ readProposal),
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
    const texts = await git.readBlobTexts(own.map((e) => e.object));
    const records = [];
    for (const entry of own) {
        try {
            records.push({ path: entry.path, record: parse(texts.get(entry.object)) });
        }
        catch (error) {
            logger.warning(`Skipping ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_2__/* .logValue */ .Od)(entry.path)}: not a deployment record (${error.message.split('\n')[0]})`);
        }
    }
    return records.sort((a, b) => a.record.sequence - b.record.sequence || (a.path < b.path ? -1 : 1));
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
/** Two records of the same deployment: equal apart from when, by whom and in which run it was recorded. */
function sameDeployment(a, b) {
    const key = (r) => JSON.stringify([r.status, r.action, r.version, r.commit, r.digest, r.pin.mode, r.pin.files]);
    return key(a) === key(b);
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

/***/ 2999:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ NESTED_TOO_DEEP),
/* harmony export */   M1: () => (/* binding */ MAX_NESTING),
/* harmony export */   n6: () => (/* binding */ checkNesting),
/* harmony export */   qF: () => (/* binding */ nestedTooDeep),
/* harmony export */   xE: () => (/* binding */ nestingError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);

/**
 * How deep mappings and lists in a user's file may nest. Real params, metrics and configs stay within a
 * handful of levels; a file nested thousands deep would overflow the stack of the recursive code that
 * reads values (flattening keys, JSON.stringify), which must be reported as the user's mistake instead.
 */
const MAX_NESTING = 100;
const NESTED_TOO_DEEP = `values are nested more than ${MAX_NESTING} levels deep`;
/** `file:line: values are nested more than 100 levels deep.`, the one wording every reader uses. */
function nestingError(file, line) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file}${line === undefined ? '' : `:${line}`}: ${NESTED_TOO_DEEP}.`, {
        file,
        line,
    });
}
/**
 * Does `value` nest objects/arrays deeper than MAX_NESTING? Iterative (an explicit stack), so it is safe
 * on any depth, and it stops at the first level too deep.
 */
function nestedTooDeep(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const stack = [[value, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (depth > MAX_NESTING)
            return true;
        for (const child of Object.values(node)) {
            if (child !== null && typeof child === 'object')
                stack.push([child, depth + 1]);
        }
    }
    return false;
}
/** Throw nestingError(file, line) when `value` nests deeper than MAX_NESTING. */
function checkNesting(value, file, line) {
    if (nestedTooDeep(value))
        throw nestingError(file, line);
}


/***/ }),

/***/ 8382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gM: () => (/* binding */ readYaml),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   t$: () => (/* binding */ yamlValue)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6974);
/* harmony import */ var _nesting_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2999);



const start = (node) => node?.range?.[0];
/** Duplicate keys and nesting depth, walked with an explicit stack (no recursion on hostile depth). */
function checkNodes(doc, file, parsed, invalid) {
    const stack = [[doc.contents, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            if (depth > _nesting_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING */ .M1)
                throw (0,_nesting_js__WEBPACK_IMPORTED_MODULE_2__/* .nestingError */ .xE)(file, parsed.lineOf(start(node)));
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const seen = new Map();
            for (const pair of node.items) {
                const key = pair.key;
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key)) {
                    const name = String(key.value);
                    if (seen.has(name)) {
                        const line = parsed.lineOf(start(key));
                        const first = seen.get(name);
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}:${line}: ${invalid}: the key ${JSON.stringify(name)} appears twice in one mapping${first === undefined ? '' : ` (first on line ${parsed.lineOf(first)})`}.`, { file, line });
                    }
                    seen.set(name, start(key));
                }
                else if (key !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(key))
                    stack.push([key, depth + 1]);
                stack.push([pair.value, depth + 1]);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            for (const item of node.items)
                stack.push([item, depth + 1]);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node)) {
            stack.push([node.key, depth], [node.value, depth]);
        }
    }
}
/** Parse YAML text; syntax errors, duplicate keys and too-deep nesting throw, naming `file` and the line. */
function parseYaml(text, file, options = {}) {
    const invalid = options.invalid ?? 'invalid YAML';
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const parsed = {
        doc,
        lineOf: (offset) => (offset === undefined ? 1 : lineCounter.linePos(offset).line),
    };
    const error = doc.errors[0];
    if (error) {
        const line = parsed.lineOf(error.pos[0]);
        // The library reports its own stack overflow on deeply nested collections this way.
        if (error.code === 'RESOURCE_EXHAUSTION')
            throw (0,_nesting_js__WEBPACK_IMPORTED_MODULE_2__/* .nestingError */ .xE)(file, line);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}:${line}: ${invalid}: ${error.message.split('\n')[0]}`, {
            file,
            line,
        });
    }
    checkNodes(doc, file, parsed, invalid);
    return parsed;
}
/**
 * The plain value of a parsed document. Aliases are expanded here, so this is where an alias bomb is
 * refused (the library stops after 100 alias expansions) and where aliases could rebuild a deep nesting.
 */
function yamlValue(parsed, file) {
    let value;
    try {
        value = parsed.doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        if (error instanceof ReferenceError) {
            const bomb = /resource exhaustion/i.test(error.message);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(bomb
                ? `${file}: YAML aliases (*name) expand into too many values (an alias bomb?); write the values out instead.`
                : `${file}: invalid YAML: ${error.message}`, { file });
        }
        if (error instanceof RangeError)
            throw (0,_nesting_js__WEBPACK_IMPORTED_MODULE_2__/* .nestingError */ .xE)(file);
        throw error;
    }
    (0,_nesting_js__WEBPACK_IMPORTED_MODULE_2__/* .checkNesting */ .n6)(value, file);
    return value;
}
/** parseYaml + yamlValue: a user's YAML file as a plain value. */
function readYaml(text, file, options = {}) {
    return yamlValue(parseYaml(text, file, options), file);
}


/***/ })

};
