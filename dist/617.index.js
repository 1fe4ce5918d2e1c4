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
