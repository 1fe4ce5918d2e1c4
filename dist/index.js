import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 2098:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ ACTION_NAMES)
/* harmony export */ });
/** The actions, by the name used in actions/<name>/action.yml and `mlops <name>` (no code: cheap to import). */
const ACTION_NAMES = [
    'data-hash',
    'track-experiment',
    'drift-report',
    'build-model-image',
    'gated-deploy',
    'open-retrain-pr',
];


/***/ }),

/***/ 4591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ outputText)
/* harmony export */ });
/** Serialise an output value the way every action does: strings as-is, everything else as JSON. */
function outputText(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}


/***/ }),

/***/ 7977:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ writeStderr),
/* harmony export */   b: () => (/* binding */ createCliHost)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var _adapter_host_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4591);
/* harmony import */ var _core_log_text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1255);



function where(props) {
    if (!props?.file)
        return '';
    return props.line === undefined ? `${props.file}: ` : `${props.file}:${props.line}: `;
}
/** stderr, with no line a workflow command: `mlops` often runs in a `run:` step, whose output the runner reads. */
function writeStderr(text) {
    process.stderr.write((0,_core_log_text_js__WEBPACK_IMPORTED_MODULE_1__/* .commandSafe */ .JV)(text));
}
/**
 * The host behind `mlops <action>`: logs and annotations go to stderr, outputs are collected and printed
 * as one JSON object on stdout by the caller, the summary goes to stderr or to `--summary FILE`.
 */
function createCliHost(options) {
    const outputs = {};
    let failed = false;
    const log = (line) => {
        if (!options.quiet)
            writeStderr(`${line}\n`);
    };
    return {
        info: (message) => log(message),
        warning: (message) => writeStderr(`warning: ${message}\n`),
        debug: (message) => {
            if (options.verbose)
                writeStderr(`debug: ${message}\n`);
        },
        setOutput: (name, value) => {
            outputs[name] = (0,_adapter_host_js__WEBPACK_IMPORTED_MODULE_2__/* .outputText */ .j)(value);
        },
        setSecret: () => undefined,
        annotate: (level, message, props) => writeStderr(`${level}: ${where(props)}${message}\n`),
        appendSummary: (markdown) => {
            if (options.summaryFile)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(options.summaryFile, `${markdown}\n`);
            else
                log(`\n${markdown}\n`);
            return Promise.resolve();
        },
        fail: (message, props) => {
            failed = true;
            writeStderr(`error: ${where(props)}${message}\n`);
        },
        group: async (name, fn) => {
            log(`▸ ${name}`);
            return fn();
        },
        outputs: () => ({ ...outputs }),
        failed: () => failed,
    };
}


/***/ }),

/***/ 1949:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ actionHelp),
/* harmony export */   h: () => (/* binding */ topHelp)
/* harmony export */ });
function wrap(text, indent, width = 100) {
    const words = text.split(/\s+/);
    const lines = [];
    let line = '';
    for (const word of words) {
        if (line && line.length + word.length + 1 > width - indent) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines.join(`\n${' '.repeat(indent)}`);
}
function topHelp(actions, subcommands) {
    const width = Math.max(...Object.keys(actions).map((n) => n.length), ...subcommands.map((s) => s.name.length)) + 2;
    const rows = Object.entries(actions).map(([name, meta]) => `  ${name.padEnd(width)}${wrap(meta.description, width + 2)}`);
    const extra = subcommands.map((s) => `  ${s.name.padEnd(width)}${wrap(s.summary, width + 2)}`);
    return [
        'Usage: mlops <action> [--<input> <value> …]   (the same inputs as the GitHub Action)',
        '       mlops <action> --help',
        '',
        'Actions:',
        ...rows,
        '',
        'Other commands:',
        ...extra,
        '',
        'Outputs are printed as one JSON object on stdout; logs and the job summary go to stderr.',
        'Common options: --summary FILE (write the job summary there), --verbose (debug log).',
    ].join('\n');
}
function actionHelp(name, meta) {
    const inputs = Object.entries(meta.inputs).map(([input, m]) => {
        const flags = [
            m.required ? 'required' : '',
            m.default !== undefined && m.default !== '' ? `default: ${m.default}` : '',
        ]
            .filter(Boolean)
            .join(', ');
        return `  --${input}${flags ? ` (${flags})` : ''}\n      ${wrap(m.description, 6)}`;
    });
    const outputs = Object.entries(meta.outputs).map(([output, m]) => `  ${output}: ${wrap(m.description, 4)}`);
    return [
        `Usage: mlops ${name} [--<input> <value> …]`,
        '',
        wrap(meta.description, 0),
        '',
        'Inputs (repeat a flag to give a list):',
        ...inputs,
        '',
        'Outputs (printed as JSON on stdout):',
        ...outputs,
    ].join('\n');
}


/***/ }),

/***/ 6800:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ subcommands),
/* harmony export */   w: () => (/* binding */ runSubcommandGroup)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6974);
/* harmony import */ var _cli_host_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7977);


/**
 * The shape every subcommand group shares: no command or `help` prints the usage (exit 2 / 0); `handle`
 * returns what to print on stdout; any error is one `error: …` line on stderr and exit 1.
 */
async function runSubcommandGroup(usage, argv, handle) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        process.stdout.write(`${usage}\n`);
        return command === undefined ? 2 : 0;
    }
    try {
        process.stdout.write(await handle(command, rest));
        return 0;
    }
    catch (error) {
        (0,_cli_host_js__WEBPACK_IMPORTED_MODULE_1__/* .writeStderr */ ._)(`error: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}\n`);
        return 1;
    }
}
const subcommands = [
    {
        name: 'experiments',
        summary: 'List, show, compare and rank recorded runs from the registry branch (list | show | compare | best).',
        run: async (argv) => (await Promise.all(/* import() */[__nccwpck_require__.e(664), __nccwpck_require__.e(389), __nccwpck_require__.e(135), __nccwpck_require__.e(819), __nccwpck_require__.e(558)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7867))).runExperiments(argv),
    },
    {
        name: 'models',
        summary: 'The model registry in GTO-format git tags: list | show | history, and register | assign | unassign | deprecate.',
        run: async (argv) => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(483), __nccwpck_require__.e(464)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3464))).runModels(argv),
    },
    {
        name: 'gitops',
        summary: 'Pin an image digest into Kubernetes manifests, kustomizations, KServe, Helm values and Argo CD files, changing only the pinned bytes (pin).',
        run: async (argv) => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(27), __nccwpck_require__.e(407)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8366))).runGitops(argv),
    },
    {
        name: 'lineage',
        summary: 'Trace a model version from data to drift, from git alone: lineage <digest | name@vX.Y.Z | name#stage | run-id>.',
        run: async (argv) => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(664), __nccwpck_require__.e(582), __nccwpck_require__.e(483), __nccwpck_require__.e(173), __nccwpck_require__.e(389), __nccwpck_require__.e(599), __nccwpck_require__.e(131), __nccwpck_require__.e(305)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4305))).runLineage(argv),
    },
];


/***/ }),

/***/ 6974:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/**
 * A mistake the user can fix (bad input, bad file, missing permission). The error path prints only the
 * message; any other error is treated as a bug and its stack goes to the debug log.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    /** Optional file/line so the runner can attach an annotation to the right place. */
    file;
    line;
    constructor(message, where) {
        super(message, where?.cause === undefined ? undefined : { cause: where.cause });
        this.file = where?.file;
        this.line = where?.line;
    }
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
/** Message of any thrown value, for places that must not lose it. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 1255:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JV: () => (/* binding */ commandSafe),
/* harmony export */   Od: () => (/* binding */ logValue),
/* harmony export */   R6: () => (/* binding */ commandSafeJson)
/* harmony export */ });
/**
 * Text for the runner's log. The runner reads every line an action prints (stdout and stderr) for
 * workflow commands: a line that starts, after whitespace, with `::` (`::error::`, `::add-mask::`,
 * `::set-output …`, `::stop-commands::`) or that holds `##[` anywhere (the legacy form) is executed, not
 * shown. User text holding a line break could start such a line. The runner matches with culture-aware
 * string comparison, which skips zero-width characters, so those are made visible too.
 *
 * - `logValue` escapes one piece of user text so that it stays on its line (use it where a file name,
 *   column or key is put into a message);
 * - `commandSafe` is applied by the hosts (src/adapter/runner-host.ts, src/cli/cli-host.ts) to every
 *   message they print, so no action can forget: our own multi-line messages keep their lines, and no line
 *   can be read as a command.
 */
// eslint-disable-next-line no-control-regex
const C0 = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** Invisible in a piece of user text: C1 controls, format characters (zero-width, bidi overrides). */
const INVISIBLE = /[\u0080-\u009f\p{Cf}]/gu;
/** What the runner's culture-aware matching may skip: the above and every default-ignorable code point. */
const IGNORABLE = /[\u0080-\u009f\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const percent = (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
const codePoint = (ch) => `<U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}>`;
/**
 * One piece of user text for a log line: `%`, CR, LF and the other control characters as `%XX` (the
 * runner's own escapes: a newline reads `%0A`), invisible characters as `<U+200B>`.
 */
function logValue(text) {
    return text
        .replace(/[%\r\n]/g, percent)
        .replace(C0, percent)
        .replace(INVISIBLE, codePoint);
}
/** One line, changed only if the runner would read it as a command. */
function safeLine(line) {
    const seen = line.replace(IGNORABLE, '');
    let safe = line;
    // `::` at the start, maybe after whitespace and ignorables: escape the first colon.
    if (/^\s*::/u.test(seen))
        safe = safe.replace(':', '%3A');
    // `##[` anywhere (the legacy form): escape the brackets.
    if (seen.includes('##['))
        safe = safe.replace(/\[/g, '%5B');
    return safe;
}
/**
 * A whole message as a host prints it. Lines (LF or CRLF) stay; a lone CR (a line break to the runner),
 * ESC (terminal colour codes that could disguise a line) and the other controls become `%XX`; a line the
 * runner would take for a command gets its first `:` (or its `[`s) escaped, so it shows as text.
 */
function commandSafe(message) {
    return message.replace(/\r\n/g, '\n').replace(C0, percent).split('\n').map(safeLine).join('\n');
}
/**
 * JSON text (from JSON.stringify) for stdout, with the same value but nothing the runner would execute:
 * ignorable characters and the `[` of `##[` (which can only sit inside strings) as `\uXXXX` escapes.
 */
function commandSafeJson(json) {
    const escape = (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return json.replace(IGNORABLE, (ch) => [...ch].map(escape).join('')).replace(/##\[/g, '##\\u005b');
}


/***/ }),

/***/ 8383:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ actionMetadata)
/* harmony export */ });
const actionMetadata = {
    "build-model-image": {
        "description": "Package a model into a reproducible OCI image without a Docker daemon, with provenance labels, and push it to any registry.",
        "inputs": {
            "model": {
                "description": "Model files or directories (newline-separated), relative to the workspace or absolute (e.g. a mounted volume).",
                "required": true
            },
            "name": {
                "description": "Model name (used for the default model-dir and labels).",
                "required": true
            },
            "model-dir": {
                "description": "Directory in the image holding the model. Default: /models/<name>.",
                "required": false
            },
            "base-image": {
                "description": "Base image reference (any registry, e.g. docker.io/library/busybox:1.37), or scratch for a data-only image. Default: image.base-image in .mlops.yml, else scratch.",
                "required": false
            },
            "image": {
                "description": "Target repository to push to, e.g. ghcr.io/owner/model (lowercase). Default: image.image in .mlops.yml, else none (only oci-layout is written).",
                "required": false
            },
            "tags": {
                "description": "Tags (newline- or comma-separated). Added automatically: sha-<7 hex of the commit> and the version when known; latest only when there is no other tag.",
                "required": false
            },
            "platform": {
                "description": "Target platform(s), e.g. linux/amd64 (comma-separated for several).",
                "required": false,
                "default": "linux/amd64"
            },
            "entrypoint": {
                "description": "Entrypoint as a JSON array, or words separated by spaces (no shell).",
                "required": false
            },
            "cmd": {
                "description": "Cmd as a JSON array, or words separated by spaces (no shell).",
                "required": false
            },
            "env": {
                "description": "Environment variables as KEY=VALUE lines.",
                "required": false
            },
            "workdir": {
                "description": "Working directory in the image.",
                "required": false
            },
            "user": {
                "description": "User the image runs as.",
                "required": false
            },
            "labels": {
                "description": "Extra labels as KEY=VALUE lines.",
                "required": false
            },
            "oci-layout": {
                "description": "Write the image to this OCI image layout directory (instead of, or as well as, pushing); may be outside the workspace, e.g. under runner.temp.",
                "required": false
            },
            "compression": {
                "description": "Layer compression: auto (measure a sample of each file; incompressible weights go to uncompressed layers) | gzip | none.",
                "required": false,
                "default": "auto"
            },
            "engine": {
                "description": "native (default: daemonless, reproducible) | docker (generate a Dockerfile and run docker buildx build --push; needs Docker and a prior docker login; no oci-layout).",
                "required": false,
                "default": "native"
            },
            "max-layer-size": {
                "description": "Largest model layer in MiB; bigger models are split across layers (a single larger file gets its own layer).",
                "required": false,
                "default": "512"
            },
            "version": {
                "description": "Model version for the version tag and labels. Default: from a pushed tag v1.2.3 or <name>@v1.2.3.",
                "required": false
            },
            "description": {
                "description": "org.opencontainers.image.description (at most 512 characters).",
                "required": false
            },
            "run-id": {
                "description": "Experiment run id recorded as a label (e.g. the run-id output of track-experiment).",
                "required": false
            },
            "metrics": {
                "description": "JSON metrics file whose numbers become labels. Default: metrics.json when present.",
                "required": false
            },
            "registry-username": {
                "description": "Registry user. Default for ghcr.io: the workflow actor (GITHUB_ACTOR).",
                "required": false
            },
            "registry-password": {
                "description": "Registry password or token. Default for ghcr.io: github-token (the job needs permissions: packages: write).",
                "required": false
            },
            "github-token": {
                "description": "Used as the ghcr.io password when registry-password is not given; never sent to any other registry.",
                "required": false,
                "default": "${{ github.token }}"
            }
        },
        "outputs": {
            "digest": {
                "description": "Image manifest digest (sha256:…)."
            },
            "image-ref": {
                "description": "repository@digest."
            },
            "tags": {
                "description": "JSON list of the tags pushed."
            },
            "size": {
                "description": "Total size in bytes of the image (config + layers)."
            }
        }
    },
    "data-hash": {
        "description": "Hash data files and directories exactly as DVC 3 does: .dvc pointers, cache, status, verify, push/pull to a directory or S3.",
        "inputs": {
            "command": {
                "description": "What to do: add | status | verify | push | pull.",
                "required": false,
                "default": "status"
            },
            "paths": {
                "description": "Files or directories (newline- or space-separated). For add: data to track. Otherwise: the data paths or .dvc pointers to act on. Default: data.paths in .mlops.yml, else every *.dvc pointer in the repository.",
                "required": false
            },
            "cache-dir": {
                "description": "Cache directory. Default: data.cache-dir in .mlops.yml, else the cache configured in .dvc/config, else .dvc/cache.",
                "required": false
            },
            "remote": {
                "description": "Remote for push/pull: a local directory or s3://bucket/prefix. Default: data.remote in .mlops.yml, else the default remote in .dvc/config.",
                "required": false
            },
            "endpoint-url": {
                "description": "Endpoint of an S3-compatible store (MinIO, Ceph, …). Default: the remote's endpointurl in .dvc/config, else AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL.",
                "required": false
            },
            "jobs": {
                "description": "Parallel hashing and transfer jobs. Default: data.jobs in .mlops.yml, else 4.",
                "required": false
            },
            "working-directory": {
                "description": "Repository root the paths are relative to. Default: the workspace.",
                "required": false
            }
        },
        "outputs": {
            "hashes": {
                "description": "JSON object: path → {md5, size, nfiles}."
            },
            "changed": {
                "description": "true when any tracked data differs from its pointer (status/verify), add wrote a pointer, push uploaded or pull restored something."
            },
            "report": {
                "description": "Path of the JSON report written by this step (RUNNER_TEMP/mlops-data-hash/<command>-report-<pid>.json; from the CLI, in a private temporary directory): every output with its status, hashes, changed files and transfer counts."
            }
        }
    },
    "drift-report": {
        "description": "Compare reference and current data per column with Evidently's default drift tests; markdown, JSON and Prometheus output.",
        "inputs": {
            "reference": {
                "description": "Reference data: CSV, JSON Lines or Parquet file, or a .dvc pointer to one (at most 100,000 columns).",
                "required": true
            },
            "current": {
                "description": "Current data: CSV, JSON Lines or Parquet file, or a .dvc pointer to one (at most 100,000 columns).",
                "required": true
            },
            "columns": {
                "description": "Columns to test (newline-, comma- or space-separated). Default: every column of the reference.",
                "required": false
            },
            "column-types": {
                "description": "Type overrides as COLUMN=numerical|categorical lines (default: inferred as Evidently does).",
                "required": false
            },
            "tests": {
                "description": "Test overrides as COLUMN=test lines (ks, chisquare, z, wasserstein, jensenshannon, psi, kl); * applies to every column.",
                "required": false
            },
            "thresholds": {
                "description": "Threshold overrides as COLUMN=number lines; * applies to every column. Defaults: 0.05 for p-values (ks, chisquare, z), 0.1 for the others.",
                "required": false
            },
            "drift-share": {
                "description": "Share of drifted columns at which the dataset counts as drifted. Default: drift.drift-share in .mlops.yml, else 0.5.",
                "required": false
            },
            "correction": {
                "description": "Multiple-testing correction for p-value tests: none | bonferroni | benjamini-hochberg. Default: drift.correction in .mlops.yml, else none.",
                "required": false
            },
            "report-dir": {
                "description": "Directory for report.json, report.md and metrics.prom; may be outside the workspace, e.g. under runner.temp.",
                "required": false,
                "default": "drift-report"
            },
            "fail-on-drift": {
                "description": "Fail the step (after writing the report and outputs) when dataset drift is detected.",
                "required": false,
                "default": "false"
            },
            "pushgateway-url": {
                "description": "Prometheus Pushgateway to push the metrics to (optional; user:password@ in the URL becomes Basic auth and is masked).",
                "required": false
            },
            "pushgateway-job": {
                "description": "Job name of the pushed metric group (the repository and dataset-name are added as the grouping labels repository and dataset_name).",
                "required": false,
                "default": "mlops_drift_report"
            },
            "record": {
                "description": "Append a compact drift record (summary and per-column scores) to the registry branch (as drift/DATASET/TIMESTAMP-RUN.json, format in schema/drift-record.schema.json), so drift can be charted over time. Needs contents: write.",
                "required": false,
                "default": "false"
            },
            "registry-branch": {
                "description": "Registry branch for the drift record. Default: registry.branch in .mlops.yml, else mlops/registry.",
                "required": false
            },
            "dataset-name": {
                "description": "Dataset name: the drift record is filed under it (letters, digits, ., _ and -), and the Pushgateway group carries it as the label dataset_name.",
                "required": false,
                "default": "default"
            },
            "token": {
                "description": "GitHub token used to push the drift record (record: true) when the checkout kept no credentials.",
                "required": false,
                "default": "${{ github.token }}"
            }
        },
        "outputs": {
            "drift-detected": {
                "description": "true when the share of drifted columns reaches drift-share."
            },
            "drift-share": {
                "description": "Share of tested columns that drifted."
            },
            "drifted-columns": {
                "description": "JSON list of drifted column names."
            },
            "report-json": {
                "description": "Path of the JSON report."
            },
            "report-markdown": {
                "description": "Path of the markdown report."
            },
            "metrics-file": {
                "description": "Path of the Prometheus text exposition file."
            },
            "record-path": {
                "description": "Path of the drift record on the registry branch (empty unless record is true)."
            }
        }
    },
    "gated-deploy": {
        "description": "Promote a model version to an environment when policy gates pass: GTO tags, pinned manifests, deployments, releases.",
        "inputs": {
            "name": {
                "description": "The model: a GTO artifact name (e.g. churn, or models:churn).",
                "required": true
            },
            "environment": {
                "description": "The environment: a GTO stage name (e.g. staging, production).",
                "required": true
            },
            "command": {
                "description": "promote (decide, then register, assign and pin) | rollback (to the previous version of the environment, or version) | decide (the gates only; nothing is written).",
                "required": false,
                "default": "promote"
            },
            "version": {
                "description": "vX.Y.Z, or auto: the version registered at the commit, else that of a pushed name@vX.Y.Z tag, else the next one by the policy's bump (patch; the first is v0.0.1). For rollback: the version to go back to (auto: the previous one).",
                "required": false,
                "default": "auto"
            },
            "image": {
                "description": "The image to pin, with its digest (repo@sha256:… as build-model-image outputs it in image-ref). For rollback: default the image recorded for that version.",
                "required": false
            },
            "run-id": {
                "description": "The track-experiment run (id, or experiment/id). Default: the newest run recorded for the commit, else for the pull request the commit merges.",
                "required": false
            },
            "manifests": {
                "description": "Files or globs (newline-separated, in the repository) to pin the image in. Default: deploy.models.<name>.environments.<environment>.manifests in .mlops.yml, else none.",
                "required": false
            },
            "pin": {
                "description": "push (commit the pinned manifests to the current branch, in one atomic push with the tags and the record) | pull-request (to mlops/deploy/<name>/<environment>, with one pull request; the run on its merge records the assignment) | none. Default: deploy.models.<name>.environments.<environment>.pin in .mlops.yml, else push.",
                "required": false
            },
            "github-deployment": {
                "description": "Record a GitHub deployment (with statuses) for the environment; set false in a job that names `environment:`, which gets one from GitHub. Default: deploy.models.<name>.environments.<environment>.github-deployment in .mlops.yml, else true.",
                "required": false
            },
            "environment-url": {
                "description": "URL of the deployed service, shown on the GitHub deployment. Default: deploy.models.<name>.environments.<environment>.environment-url in .mlops.yml, else none.",
                "required": false
            },
            "release": {
                "description": "auto (a GitHub release for production environments) | always | never; the release tag is the GTO version tag. Default: deploy.models.<name>.environments.<environment>.release in .mlops.yml, else auto.",
                "required": false
            },
            "fail-on-blocked": {
                "description": "Fail the step when a gate blocks the promotion (false: report it in the outputs and the summary, and succeed).",
                "required": false,
                "default": "true"
            },
            "registry-branch": {
                "description": "Branch holding run, drift and deployment records (deployments/<name>/<environment>/…), pushed to origin. Default: registry.branch in .mlops.yml, else mlops/registry.",
                "required": false
            },
            "token": {
                "description": "GitHub token: check runs and statuses (checks gate), deployments (deployments: write), releases and pushes (contents: write), the deploy pull request (pull-requests: write); the ghcr.io password for the image gate.",
                "required": false,
                "default": "${{ github.token }}"
            },
            "registry-username": {
                "description": "Registry user for the image gate. Default for ghcr.io: the workflow actor.",
                "required": false
            },
            "registry-password": {
                "description": "Registry password or token for the image gate. Default for ghcr.io: token.",
                "required": false
            }
        },
        "outputs": {
            "decision": {
                "description": "allowed or blocked."
            },
            "deployed": {
                "description": "true when the environment shows the version after this step (also when it already did)."
            },
            "version": {
                "description": "The version promoted or rolled back to (or that was decided on)."
            },
            "tags": {
                "description": "JSON list of the GTO tags this step pushed."
            },
            "image": {
                "description": "The image pinned (repo@sha256:…), empty when none."
            },
            "pinned-files": {
                "description": "JSON list of the manifests that carry the image (changed or already pinned)."
            },
            "pull-request-url": {
                "description": "The deploy pull request (pin: pull-request), empty otherwise."
            },
            "deployment-id": {
                "description": "The GitHub deployment id, empty when none was made."
            },
            "release-url": {
                "description": "The GitHub release, empty when none."
            },
            "decision-file": {
                "description": "Path of the decision JSON (schema/deploy-decision.schema.json): every gate with its result, observed value and limit."
            },
            "record-path": {
                "description": "Path of the deployment record on the registry branch (deployments/<name>/<environment>/<N>-<version>.json)."
            }
        }
    },
    "open-retrain-pr": {
        "description": "Open or update one retraining pull request, with the evidence and the new data snapshot, when drift or decay is found.",
        "inputs": {
            "name": {
                "description": "The model (a GTO artifact name, e.g. churn); the pull request branch is mlops/retrain/<name>.",
                "required": true
            },
            "drift-report": {
                "description": "Path of a drift-report report.json (drift-report's report-json output). Give this or dataset.",
                "required": false
            },
            "dataset": {
                "description": "Dataset whose newest drift record on the registry branch is the evidence (drift-report record: true, dataset-name). Give this or drift-report.",
                "required": false
            },
            "registry-branch": {
                "description": "Registry branch holding the drift records (with dataset). Default: registry.branch in .mlops.yml, else mlops/registry.",
                "required": false
            },
            "when": {
                "description": "drift: open or update the pull request when a trigger fires | always: even without one | never: a dry run that only says what it would do (no token, no network). Default: retrain.when in .mlops.yml, else drift.",
                "required": false
            },
            "watch-columns": {
                "description": "Only drift in these columns counts (one per line); without min-drift-share, any of them drifting triggers. Default: retrain.watch-columns in .mlops.yml, else every column.",
                "required": false
            },
            "min-drift-share": {
                "description": "Trigger when at least this share (0 to 1) of the tested columns (the watched ones, when given) drifted. Default: retrain.min-drift-share in .mlops.yml, else the report's own dataset-drift verdict.",
                "required": false
            },
            "metric": {
                "description": "Name of a live metric whose decay triggers retraining (a dotted key of metrics-file), e.g. accuracy; goes with below. Default: retrain.metric in .mlops.yml, else no decay check.",
                "required": false
            },
            "below": {
                "description": "Trigger when the live metric is below this value. Default: retrain.below in .mlops.yml, else no decay check.",
                "required": false
            },
            "metric-value": {
                "description": "The live metric's value measured by this run, e.g. a step output (or give metrics-file).",
                "required": false
            },
            "metrics-file": {
                "description": "JSON or YAML metrics file holding the live metric under its name (the format track-experiment reads).",
                "required": false
            },
            "data": {
                "description": "Paths of the new data snapshot (newline-, comma- or space-separated), inside the repository: added with data-hash (cache, .dvc pointer, .gitignore) and pushed to the data remote before the pull request is touched; the branch carries the pointers. Default: retrain.data in .mlops.yml, else no new data.",
                "required": false
            },
            "remote": {
                "description": "Data remote the new data is pushed to: a directory or s3://bucket/prefix. Default: data.remote in .mlops.yml, else the default remote in .dvc/config.",
                "required": false
            },
            "base": {
                "description": "Branch the pull request targets. Default: retrain.base in .mlops.yml, else the repository's default branch.",
                "required": false
            },
            "labels": {
                "description": "Labels for the pull request (newline- or comma-separated); missing ones are created. Default: retrain.labels in .mlops.yml, else none.",
                "required": false
            },
            "reviewers": {
                "description": "Users asked to review the pull request (newline- or comma-separated). Default: retrain.reviewers in .mlops.yml, else none.",
                "required": false
            },
            "assignees": {
                "description": "Users assigned to the pull request (newline- or comma-separated). Default: retrain.assignees in .mlops.yml, else none.",
                "required": false
            },
            "draft": {
                "description": "Open the pull request as a draft. Default: retrain.draft in .mlops.yml, else false.",
                "required": false
            },
            "cool-down": {
                "description": "A retrain pull request for this model closed without merging within this time (30m, 12h, 7d, 2w, or 0) is not reopened: the operation is none, with the reason. Default: retrain.cool-down in .mlops.yml, else 7d.",
                "required": false
            },
            "issue": {
                "description": "Also keep one alert issue per model, updated with the pull request. Default: retrain.issue in .mlops.yml, else false.",
                "required": false
            },
            "close-when-clear": {
                "description": "Close the open pull request (and the alert issue) when the trigger has cleared, instead of only saying so. Default: retrain.close-when-clear in .mlops.yml, else false.",
                "required": false
            },
            "stage": {
                "description": "GTO stage whose version the request names as the one in production. Default: retrain.stage in .mlops.yml, else prod.",
                "required": false
            },
            "token": {
                "description": "GitHub token for the pull request (contents: write, pull-requests: write; issues: write for issue). Pull requests made with GITHUB_TOKEN start no workflows: pass a GitHub App token so that your train-on-PR workflow runs.",
                "required": false,
                "default": "${{ github.token }}"
            }
        },
        "outputs": {
            "pull-request-url": {
                "description": "URL of the retraining pull request (empty when there is none)."
            },
            "pull-request-number": {
                "description": "Number of the retraining pull request (empty when there is none)."
            },
            "pull-request-operation": {
                "description": "created, updated, unchanged (a rerun: nothing written), none (no trigger, a dry run, or a cool-down) or closed (close-when-clear)."
            },
            "pull-request-branch": {
                "description": "The branch of the pull request, mlops/retrain/<name>."
            },
            "pull-request-head-sha": {
                "description": "Commit at the tip of the pull request branch (empty when the branch was not touched)."
            },
            "reason": {
                "description": "Why, in one line: the triggers that fired, or why nothing was done."
            },
            "issue-url": {
                "description": "URL of the alert issue (issue: true), else empty."
            }
        }
    },
    "track-experiment": {
        "description": "Record an experiment run (params, metrics, step curves, data hashes, commit) in git and comment metric diffs on the PR.",
        "inputs": {
            "name": {
                "description": "Experiment name.",
                "required": true
            },
            "metrics": {
                "description": "Metric files (newline-separated): JSON/YAML with numbers (nested keys become dotted keys), or CSV/TSV/JSON Lines step series with a step column (as dvclive writes them).",
                "required": false
            },
            "params": {
                "description": "Parameter files (newline-separated), e.g. params.yaml; nested keys become dotted keys.",
                "required": false
            },
            "tags": {
                "description": "Run tags as KEY=VALUE lines.",
                "required": false
            },
            "artifacts": {
                "description": "Files or directories (newline-separated) recorded with path, size and md5 (directories file by file, up to 1,000 files).",
                "required": false
            },
            "run-id": {
                "description": "Run id. Default: derived from the workflow run, the job and the params, so rerunning a job replaces its record instead of adding one; outside a workflow, time + commit + random.",
                "required": false
            },
            "parent-run-id": {
                "description": "Parent run id, e.g. the sweep a matrix job belongs to.",
                "required": false
            },
            "baseline": {
                "description": "Compare with the run of a model version instead of the base branch's (or the previous) run: <model>#<stage> (the version the stage shows in the GTO tags, e.g. churn#production) or <model>@vX.Y.Z; its run is the one recorded at the version's commit, else the one its deployment record names. When there is none, a warning and the default baseline.",
                "required": false
            },
            "registry-branch": {
                "description": "Branch (an orphan branch, created on first use) that holds run records at runs/<name>/<run-id>.json, pushed to origin. Default: registry.branch in .mlops.yml, else mlops/registry.",
                "required": false
            },
            "comment": {
                "description": "Pull-request comment: auto (on pull_request events) | always | never.",
                "required": false,
                "default": "auto"
            },
            "token": {
                "description": "GitHub token for the pull-request comment (needs pull-requests: write) and, when actions/checkout left no credentials (persist-credentials: false), for pushing the record (needs contents: write).",
                "required": false,
                "default": "${{ github.token }}"
            }
        },
        "outputs": {
            "run-id": {
                "description": "Id of the recorded run."
            },
            "record-path": {
                "description": "Path of the run record on the registry branch."
            },
            "baseline-run-id": {
                "description": "Id of the run this one was compared with (empty when none)."
            },
            "metrics": {
                "description": "JSON object of the run's final metric values."
            },
            "improved": {
                "description": "JSON list of metric names that improved against the baseline."
            },
            "regressed": {
                "description": "JSON list of metric names that regressed against the baseline."
            },
            "comment-url": {
                "description": "URL of the pull-request comment (empty when none was written)."
            }
        }
    }
};


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xw: () => (/* reexport */ cli),
  Cs: () => (/* binding */ runAction),
  cS: () => (/* binding */ runRoot),
  Yp: () => (/* binding */ stubDir)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/action-names.js
var action_names = __nccwpck_require__(2098);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/generated/action-metadata.js
var action_metadata = __nccwpck_require__(8383);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/cli/cli-host.js
var cli_host = __nccwpck_require__(7977);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/cli/help.js
var help = __nccwpck_require__(1949);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/cli/subcommands.js
var subcommands = __nccwpck_require__(6800);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/cli/main.js





function isActionName(name) {
    return action_names/* ACTION_NAMES */.G.includes(name);
}
/**
 * `mlops …`: runs an action with inputs from flags, or a non-action subcommand. Returns the exit code.
 * This module stays small (help, metadata, dispatch): the chosen action's or subcommand's code is loaded
 * only once it is known, so a start costs what that command needs and no more.
 */
async function cli(argv) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        process.stdout.write(`${(0,help/* topHelp */.h)(action_metadata/* actionMetadata */.S, subcommands/* subcommands */.h)}\n`);
        return command === undefined ? 2 : 0;
    }
    if (command === '--version') {
        process.stdout.write('mlops-actions 0.1.0\n');
        return 0;
    }
    const sub = subcommands/* subcommands */.h.find((s) => s.name === command);
    if (sub)
        return sub.run(rest);
    if (!isActionName(command)) {
        (0,cli_host/* writeStderr */._)(`error: unknown command '${command}'. Run 'mlops --help' for the list.\n`);
        return 2;
    }
    const { runActionCli } = await Promise.all(/* import() */[__nccwpck_require__.e(389), __nccwpck_require__.e(659), __nccwpck_require__.e(516)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1516));
    return runActionCli(command, rest);
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/main.js
/**
 * The bundle's entry points. dist/<action>.js stubs call runAction(name); dist/mlops.js calls cli();
 * dist/root.js calls runRoot(). Importing this module has no side effects and loads almost nothing: each
 * entry loads the code it needs with import(), which the bundler turns into chunks of dist/.
 */



/** Run one action as a GitHub runner does (INPUT_* env, GITHUB_OUTPUT, …). */
async function runAction(name) {
    await (await Promise.all(/* import() */[__nccwpck_require__.e(389), __nccwpck_require__.e(802), __nccwpck_require__.e(659), __nccwpck_require__.e(84)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9084))).runWithEnv(name);
}
/** The root action: put the CLI on PATH, then run `command` if given. */
async function runRoot(bundleDir) {
    await (await Promise.all(/* import() */[__nccwpck_require__.e(389), __nccwpck_require__.e(802), __nccwpck_require__.e(659), __nccwpck_require__.e(84)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9084))).runRoot(bundleDir);
}

/** Directory of a stub given its import.meta.url. */
function stubDir(metaUrl) {
    return (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(metaUrl));
}

var __webpack_exports__cli = __webpack_exports__.xw;
var __webpack_exports__runAction = __webpack_exports__.Cs;
var __webpack_exports__runRoot = __webpack_exports__.cS;
var __webpack_exports__stubDir = __webpack_exports__.Yp;
export { __webpack_exports__cli as cli, __webpack_exports__runAction as runAction, __webpack_exports__runRoot as runRoot, __webpack_exports__stubDir as stubDir };
