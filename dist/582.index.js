export const id = 582;
export const ids = [582];
export const modules = {

/***/ 1259:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vp: () => (/* binding */ parsePointer),
  qT: () => (/* binding */ readPointer),
  Wr: () => (/* binding */ renderPointer)
});

// UNUSED EXPORTS: parsePointerYaml

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/structured/yaml.js
var yaml = __webpack_require__(8382);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/dvc/pointer-canonical.js
/**
 * The outs of a `.dvc` pointer in the exact shape DVC (and `add`) writes, read without the YAML library:
 *
 *     outs:
 *     - md5: 1e0215f326fd842fcdaf47016329bd2e.dir
 *       size: 679000
 *       nfiles: 100000
 *       hash: md5
 *       path: data
 *
 * A YAML parse costs ~10 ms of a cold start (most of a `status` of a small directory); this costs
 * microseconds. It answers only when every line is one of those keys with a value whose YAML reading is
 * certain (hex hashes, plain decimal counts, `md5`, `true`/`false`, paths of safe characters that no YAML
 * type claims); anything else — comments, quotes, other keys, blank lines, CRLF — returns undefined and
 * the pointer goes through the YAML parser, which stays the reference (test/core/hashing/pointer-canonical
 * compares both on every shape).
 */
const KEY_LINE = /^(- | {2})(md5|size|nfiles|isexec|hash|path): (.+)$/;
const MD5 = /^[0-9a-f]{32}(\.dir)?$/;
const COUNT = /^(0|[1-9][0-9]{0,14})$/;
/** A plain scalar YAML's core schema reads as this very string: no number, bool or null looks like it. */
const SAFE_PATH = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
const YAML_WORDS = /^(true|false|null)$/i;
function entries(text) {
    if (!text.startsWith('outs:\n') || text.includes('\r'))
        return undefined;
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    const found = [];
    for (let i = 1; i < lines.length; i++) {
        const m = KEY_LINE.exec(lines[i]);
        if (!m)
            return undefined;
        const [, lead, key, value] = m;
        if (lead === '- ')
            found.push({ line: i + 1, values: new Map() });
        const entry = found.at(-1);
        if (!entry || entry.values.has(key))
            return undefined; // a continuation first, or a duplicate key
        entry.values.set(key, value);
    }
    return found.length > 0 ? found : undefined;
}
function out(entry) {
    const { values } = entry;
    const path = values.get('path');
    if (path === undefined || !SAFE_PATH.test(path) || YAML_WORDS.test(path))
        return undefined;
    const md5 = values.get('md5');
    // Hex made only of digits and 'e' would be a YAML number (…e12…): leave those to the parser.
    if (md5 !== undefined && !(MD5.test(md5) && (md5.endsWith('.dir') || /[a-df]/.test(md5))))
        return undefined;
    const counts = [];
    for (const key of ['size', 'nfiles']) {
        const value = values.get(key);
        if (value !== undefined && !COUNT.test(value))
            return undefined;
        counts.push(value === undefined ? undefined : Number(value));
    }
    const isexec = values.get('isexec');
    if (isexec !== undefined && isexec !== 'true' && isexec !== 'false')
        return undefined;
    const hash = values.get('hash');
    if (hash !== undefined && hash !== 'md5')
        return undefined;
    return {
        path,
        md5,
        size: counts[0],
        nfiles: counts[1],
        isexec: isexec === 'true',
        algorithm: hash === 'md5' ? 'md5' : 'md5-dos2unix',
        cache: true,
        line: entry.line,
    };
}
/** The outs, when `text` has exactly the canonical shape; undefined means "ask the YAML parser". */
function canonicalPointerOuts(text) {
    const found = entries(text);
    if (!found)
        return undefined;
    const outs = [];
    for (const entry of found) {
        const parsed = out(entry);
        if (!parsed)
            return undefined;
        outs.push(parsed);
    }
    return outs;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/dvc/pointer.js





const OWN_KEYS = ['md5', 'size', 'nfiles', 'isexec', 'hash', 'path'];
const STRINGIFY = { indentSeq: false, singleQuote: true, lineWidth: 0 };
function fail(file, line, what) {
    throw new errors/* ConfigurationError */.j1(`${file}:${line}: ${what}`, { file, line });
}
/** Parse pointer text; a YAML or shape error names the file and line. */
function parsePointer(text, file) {
    const outs = canonicalPointerOuts(text);
    return outs ? { file, text, outs } : parsePointerYaml(text, file);
}
/** parsePointer through the YAML parser, whatever the shape (the reference for the canonical reader). */
function parsePointerYaml(text, file) {
    const { doc, lineOf } = (0,yaml/* parseYaml */.hN)(text, file, { invalid: 'malformed YAML' });
    const outsNode = (0,dist/* isMap */.jh)(doc.contents) ? doc.contents.get('outs', true) : undefined;
    if (!(0,dist/* isSeq */.oP)(outsNode) || outsNode.items.length === 0) {
        fail(file, lineOf(doc.contents?.range?.[0]), "not a DVC pointer: expected a non-empty 'outs:' list");
    }
    const outs = outsNode.items.map((item) => {
        const line = lineOf((0,dist/* isMap */.jh)(item) || (0,dist/* isScalar */.jn)(item) ? item.range?.[0] : undefined);
        if (!(0,dist/* isMap */.jh)(item))
            fail(file, line, "each entry under 'outs:' must be a mapping with a 'path'");
        const value = (key) => item.get(key);
        const path = value('path');
        if (typeof path !== 'string' || path === '')
            fail(file, line, "entry has no 'path'");
        const md5 = value('md5');
        const size = value('size');
        const nfiles = value('nfiles');
        const hash = value('hash');
        if (md5 !== undefined &&
            md5 !== null &&
            (typeof md5 !== 'string' || !/^[0-9a-f]{32}(\.dir)?$/.test(md5))) {
            fail(file, line, `'md5' of '${path}' is not an md5 hash: ${JSON.stringify(md5)}`);
        }
        if (hash !== undefined && hash !== 'md5')
            fail(file, line, `unsupported 'hash: ${JSON.stringify(hash)}' (only md5)`);
        if (size !== undefined && (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)) {
            fail(file, line, `'size' of '${path}' is not a byte count`);
        }
        return {
            path,
            md5: typeof md5 === 'string' ? md5 : undefined,
            size: typeof size === 'number' ? size : undefined,
            nfiles: typeof nfiles === 'number' ? nfiles : undefined,
            isexec: value('isexec') === true,
            algorithm: hash === 'md5' ? 'md5' : 'md5-dos2unix',
            cache: value('cache') !== false,
            line,
        };
    });
    return { file, text, outs };
}
async function readPointer(absPath, file) {
    let text;
    try {
        text = await (0,promises_.readFile)(absPath, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Cannot read pointer '${file}': ${error.message}`, { file });
    }
    return parsePointer(text, file);
}
function fillEntry(target, values, previous) {
    target.set('md5', values.md5);
    target.set('size', values.size);
    if (values.nfiles !== undefined)
        target.set('nfiles', values.nfiles);
    if (values.isexec)
        target.set('isexec', true);
    target.set('hash', 'md5');
    target.set('path', values.path);
    for (const pair of previous?.items ?? []) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
        if (typeof key === 'string' && OWN_KEYS.includes(key))
            continue;
        target.items.push(pair);
    }
}
/**
 * The pointer text after `add`: a new pointer as `dvc add` writes it, or the existing one with this
 * output's hash keys rewritten in DVC's order and every other key (and comment) kept.
 */
function renderPointer(existing, values) {
    if (existing === undefined) {
        const doc = new dist/* Document */.yo({ outs: [{}] });
        const entry = doc.get('outs').items[0];
        fillEntry(entry, values, undefined);
        return doc.toString(STRINGIFY);
    }
    // Text parsePointer has already checked; parsed the same (linear) way.
    const { doc } = (0,yaml/* parseYaml */.hN)(existing, 'the existing pointer');
    const outs = doc.get('outs', true);
    if (!(0,dist/* isSeq */.oP)(outs))
        throw new Error('renderPointer: existing pointer has no outs list (parsePointer checks this)');
    const index = outs.items.findIndex((item) => (0,dist/* isMap */.jh)(item) && item.get('path') === values.path);
    const previous = outs.items[index >= 0 ? index : 0];
    const entry = doc.createNode({});
    fillEntry(entry, values, (0,dist/* isMap */.jh)(previous) ? previous : undefined);
    if ((0,dist/* isMap */.jh)(previous)) {
        entry.commentBefore = previous.commentBefore;
        entry.comment = previous.comment;
    }
    outs.items[index >= 0 ? index : 0] = entry;
    return doc.toString(STRINGIFY);
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
