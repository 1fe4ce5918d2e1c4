export const id = 516;
export const ids = [516];
export const modules = {

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

/***/ 1516:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runActionCli: () => (/* binding */ runActionCli)
/* harmony export */ });
/* harmony import */ var _adapter_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4555);
/* harmony import */ var _adapter_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6696);
/* harmony import */ var _adapter_runner_env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3565);
/* harmony import */ var _actions_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5157);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6974);
/* harmony import */ var _core_log_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1255);
/* harmony import */ var _generated_action_metadata_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8383);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(267);
/* harmony import */ var _cli_host_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7977);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1949);










const CLI_OPTIONS = ['summary', 'verbose', 'quiet'];
/** `mlops <action> …`: inputs from flags (then `.mlops.yml`, then defaults), outputs as JSON on stdout. */
async function runActionCli(command, rest) {
    const meta = _generated_action_metadata_js__WEBPACK_IMPORTED_MODULE_5__/* .actionMetadata */ .S[command];
    const inputNames = Object.keys(meta.inputs);
    const definition = await (0,_actions_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadAction */ .d)(command);
    const shape = definition.schema.shape;
    const booleans = new Set(inputNames.filter((n) => (0,_adapter_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .isBooleanInput */ .bH)(shape[n])));
    booleans.add('verbose').add('quiet');
    let parsed;
    try {
        parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseArgs */ .Z)(rest, [...inputNames, ...CLI_OPTIONS], booleans);
    }
    catch (error) {
        (0,_cli_host_js__WEBPACK_IMPORTED_MODULE_7__/* .writeStderr */ ._)(`error: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}\n`);
        return 2;
    }
    if (parsed.help) {
        process.stdout.write(`${(0,_help_js__WEBPACK_IMPORTED_MODULE_8__/* .actionHelp */ .c)(command, meta)}\n`);
        return 0;
    }
    // `mlops data-hash push` = `mlops data-hash --command push`, for actions with a `command` input.
    const takesCommand = inputNames.includes('command');
    if (takesCommand && parsed.positional.length > 0 && parsed.values.command === undefined) {
        parsed.values.command = parsed.positional.shift();
    }
    if (parsed.positional.length > 0) {
        (0,_cli_host_js__WEBPACK_IMPORTED_MODULE_7__/* .writeStderr */ ._)(`error: unexpected argument '${parsed.positional[0]}'; inputs are given as --name value.\n`);
        return 2;
    }
    const host = (0,_cli_host_js__WEBPACK_IMPORTED_MODULE_7__/* .createCliHost */ .b)({
        summaryFile: parsed.values.summary,
        verbose: parsed.values.verbose === 'true',
        quiet: parsed.values.quiet === 'true',
    });
    // Flags not given get their defaults where every action's do: parseInputs (flag, else .mlops.yml, else built-in).
    const raw = {};
    for (const name of inputNames)
        raw[name] = parsed.values[name];
    let env;
    try {
        env = (0,_adapter_runner_env_js__WEBPACK_IMPORTED_MODULE_2__/* .readRunnerEnv */ .O)();
    }
    catch (error) {
        host.fail(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1 ? error.message : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error));
        return 1;
    }
    const code = await (0,_adapter_action_js__WEBPACK_IMPORTED_MODULE_0__/* .executeAction */ .yn)(definition, host, raw, env);
    process.stdout.write(`${(0,_core_log_text_js__WEBPACK_IMPORTED_MODULE_9__/* .commandSafeJson */ .R6)(JSON.stringify(host.outputs(), null, 2))}\n`);
    return code;
}


/***/ })

};
