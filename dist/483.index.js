export const id = 483;
export const ids = [483];
export const modules = {

/***/ 8527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ checkStageName),
/* harmony export */   Bx: () => (/* binding */ bumpVersion),
/* harmony export */   CN: () => (/* binding */ checkArtifactName),
/* harmony export */   Cg: () => (/* binding */ compareSemVer),
/* harmony export */   IX: () => (/* binding */ parseSemVer),
/* harmony export */   Mo: () => (/* binding */ artifactToTag),
/* harmony export */   R6: () => (/* binding */ isSemVer),
/* harmony export */   fe: () => (/* binding */ parseTagName),
/* harmony export */   pg: () => (/* binding */ formatTagName),
/* harmony export */   ps: () => (/* binding */ checkVersion)
/* harmony export */ });
/* unused harmony exports tagToArtifact, isArtifactName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/**
 * GTO's tag grammar (iterative/gto, gto/constants.py and gto/tag.py), so GTO and its UIs read the model
 * registry we write and we read theirs:
 *
 *   <artifact>@v<semver>      register        <artifact>@v<semver>!     deregister
 *   <artifact>#<stage>#<N>    assign          <artifact>#<stage>!#<N>   unassign
 *   <artifact>@deprecated     deprecate       (any of them may end in #<N>, the artifact's counter)
 *
 * An artifact is `name` or `dirname:name`, written `dirname=name` in tags. SemVer is full SemVer 2.0
 * (prerelease and build metadata) with a leading `v`.
 */

const NAME = '[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?';
const DIRNAME = '[a-zA-Z0-9\\-_./]+';
const NUMERIC = '0|[1-9][0-9]*';
const PRE_ID = `(?:${NUMERIC}|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)`;
const SEMVER = `(${NUMERIC})\\.(${NUMERIC})\\.(${NUMERIC})` +
    `(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?`;
const NAME_RE = new RegExp(`^${NAME}$`);
const FULLNAME_RE = new RegExp(`^(?:${DIRNAME}:)?${NAME}$`);
const SEMVER_RE = new RegExp(`^v${SEMVER}$`);
const TAG_RE = new RegExp(`^(?<artifact>(?:${DIRNAME}=)?${NAME})` +
    `(?:(?:#(?<stage>${NAME})|@(?<version>v${SEMVER.replace(/\((?!\?)/g, '(?:')}))(?<cancel>!?)` +
    `|@(?:(?<deprecated>deprecated)|(?<created>created)))` +
    `(?:#(?<counter>[0-9]+))?$`);
/** `models:churn` ↔ `models=churn`. */
const artifactToTag = (artifact) => artifact.replaceAll(':', '=');
const tagToArtifact = (inTag) => inTag.replaceAll('=', ':');
/** Parse a tag name with GTO's grammar; undefined when it is not a GTO tag. */
function parseTagName(tag) {
    const m = TAG_RE.exec(tag);
    if (!m?.groups)
        return undefined;
    const g = m.groups;
    const parsed = { artifact: tagToArtifact(g.artifact), action: 'create' };
    if (g.deprecated)
        parsed.action = 'deprecate';
    if (g.version) {
        parsed.version = g.version;
        parsed.action = g.cancel === '!' ? 'deregister' : 'register';
    }
    if (g.stage) {
        parsed.stage = g.stage;
        parsed.action = g.cancel === '!' ? 'unassign' : 'assign';
    }
    if (g.counter !== undefined)
        parsed.counter = Number(g.counter);
    return parsed;
}
/** The tag name for an action, as GTO writes it. */
function formatTagName(parts) {
    const artifact = artifactToTag(parts.artifact);
    const base = parts.action === 'register'
        ? `${artifact}@${parts.version}`
        : parts.action === 'deregister'
            ? `${artifact}@${parts.version}!`
            : parts.action === 'assign'
                ? `${artifact}#${parts.stage}`
                : parts.action === 'unassign'
                    ? `${artifact}#${parts.stage}!`
                    : `${artifact}@deprecated`;
    return parts.counter === undefined ? base : `${base}#${parts.counter}`;
}
const NAME_RULE = "letters, digits, '-', '_' and '/', starting and ending with a letter or digit";
function isArtifactName(value) {
    return FULLNAME_RE.test(value);
}
function checkArtifactName(value, what = 'name') {
    if (!FULLNAME_RE.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`'${value}' is not a GTO artifact name (${what}): use ${NAME_RULE}, optionally after 'dirname:'.`);
    }
    // A tag is `refs/tags/<name>…`: a component starting with '.' would make an invalid ref.
    if (value.split(/[/:]/).some((c) => c.startsWith('.'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`'${value}' is not usable as a GTO artifact name (${what}): a part starts with '.'.`);
    }
    return value;
}
function checkStageName(value, what = 'stage') {
    if (!NAME_RE.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`'${value}' is not a GTO stage name (${what}): use ${NAME_RULE}.`);
    return value;
}
/** `v1.2.3-rc.1+b5` → parts; undefined when it is not `v` + SemVer 2.0. */
function parseSemVer(version) {
    const m = SEMVER_RE.exec(version);
    if (!m)
        return undefined;
    return {
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3]),
        prerelease: m[4] === undefined ? [] : m[4].split('.'),
        build: m[5],
    };
}
const isSemVer = (version) => SEMVER_RE.test(version);
function checkVersion(value, what = 'version') {
    if (!isSemVer(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`'${value}' is not a version (${what}): use 'v' and SemVer, e.g. v1.2.0 or v1.3.0-rc.1.`);
    }
    return value;
}
/** SemVer 2.0 precedence (build metadata ignored): negative when a < b. */
function compareSemVer(a, b) {
    for (const key of ['major', 'minor', 'patch'])
        if (a[key] !== b[key])
            return a[key] < b[key] ? -1 : 1;
    if (a.prerelease.length === 0 || b.prerelease.length === 0) {
        return a.prerelease.length === b.prerelease.length ? 0 : a.prerelease.length === 0 ? 1 : -1;
    }
    for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
        const x = a.prerelease[i];
        const y = b.prerelease[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        const xn = /^[0-9]+$/.test(x);
        const yn = /^[0-9]+$/.test(y);
        if (xn && yn)
            return Number(x) < Number(y) ? -1 : 1;
        if (xn !== yn)
            return xn ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
/** The next version as GTO bumps it (prerelease and build dropped); the first version is v0.0.1. */
function bumpVersion(latest, bump = 'patch') {
    const v = latest === undefined ? undefined : parseSemVer(latest);
    if (!v)
        return 'v0.0.1';
    if (bump === 'major')
        return `v${v.major + 1}.0.0`;
    if (bump === 'minor')
        return `v${v.major}.${v.minor + 1}.0`;
    return `v${v.major}.${v.minor}.${v.patch + 1}`;
}


/***/ }),

/***/ 483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LB: () => (/* binding */ planDeprecate),
/* harmony export */   SQ: () => (/* binding */ planUnassign),
/* harmony export */   Zf: () => (/* binding */ planRegister),
/* harmony export */   k5: () => (/* binding */ planDeregister),
/* harmony export */   r: () => (/* binding */ planAssign),
/* harmony export */   zN: () => (/* binding */ ModelRegistry)
/* harmony export */ });
/* unused harmony export tagMessage */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8527);
/* harmony import */ var _read_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8776);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7263);
/**
 * The model registry as one read snapshot (state + every tag name), and the planners that turn an
 * operation into the GTO tags it needs. Planning is pure: it reads the snapshot and returns tag names,
 * targets and messages; nothing is written until the tags are published (write.ts).
 */




const GTO_MESSAGE = {
    register: (p) => `Registering artifact ${p.artifact} version ${p.version}`,
    deregister: (p) => `Deregistering artifact ${p.artifact} version ${p.version}`,
    assign: (p) => `Assigning stage ${p.stage} to artifact ${p.artifact} version ${p.version}`,
    unassign: (p) => `Unassigning stage '${p.stage}' to artifact '${p.artifact}' version '${p.version}'`,
    deprecate: (p) => `Deprecating artifact '${p.artifact}'`,
};
/** GTO's own first line, then who and why. */
function tagMessage(parts, why = {}) {
    const lines = [
        why.actor ? `Actor: ${why.actor}` : '',
        why.runUrl ? `Workflow run: ${why.runUrl}` : '',
        why.reason ? `Reason: ${why.reason}` : '',
    ].filter(Boolean);
    return [GTO_MESSAGE[parts.action](parts), ...(lines.length ? ['', ...lines] : [])].join('\n');
}
class ModelRegistry {
    state;
    names;
    tagNames;
    constructor(state, 
    /** Every tag name that parses as a GTO tag, lightweight ones included. */
    names, tagNames) {
        this.state = state;
        this.names = names;
        this.tagNames = tagNames;
    }
    /** Read the registry (one artifact's tags, or all) from local tags with one `for-each-ref`. */
    static async read(git, artifact) {
        const { tags, names } = await (0,_read_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegistryTags */ .vq)(git, artifact);
        return new ModelRegistry((0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .buildState */ .qk)(tags), names.map((n) => n.parsed), new Set(names.map((n) => n.name)));
    }
    artifact(name) {
        return this.state.artifacts.get(name);
    }
    hasTag(name) {
        return this.tagNames.has(name);
    }
    /** 1 + the highest counter among every tag name that parses as this artifact's (GTO's name_tag). */
    nextCounter(artifact) {
        let highest = 0;
        for (const n of this.names)
            if (n.artifact === artifact && (n.counter ?? 0) > highest)
                highest = n.counter;
        return highest + 1;
    }
    /** The version `stage` shows now (GTO's CLI rule unless `sort` says otherwise). */
    inStage(artifact, stage, sort = 'timestamp') {
        return this.artifact(artifact)?.inStage(stage, sort);
    }
    /** The active registered version at `commit`, if any (one commit carries at most one per artifact). */
    versionAt(artifact, commit) {
        return this.artifact(artifact)
            ?.versionsAt(commit)
            .find((v) => v.isRegistered && v.isActive);
    }
}
/** Builds one plan's tags, numbering counters from the registry's next one. */
class Planner {
    registry;
    artifact;
    why;
    tags = [];
    counter;
    constructor(registry, artifact, why) {
        this.registry = registry;
        this.artifact = artifact;
        this.why = why;
        this.counter = registry.nextCounter(artifact);
    }
    add(parts, target, counted) {
        const full = {
            ...parts,
            artifact: this.artifact,
            ...(counted ? { counter: this.counter++ } : {}),
        };
        const tag = { ...full, name: (0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTagName */ .pg)(full), target, message: tagMessage(full, this.why) };
        this.tags.push(tag);
        return tag;
    }
    plan(version) {
        return { tags: this.tags, version, unchanged: this.tags.length === 0 };
    }
}
function registerInto(planner, registry, request) {
    const { artifact, commit } = request;
    const existing = registry.versionAt(artifact, commit);
    if (existing) {
        if (request.version && request.version !== existing.version) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Commit ${commit.slice(0, 7)} already carries ${artifact} ${existing.version}; one commit carries at most one version of an artifact, so it cannot also be ${request.version}.`);
        }
        return existing.version;
    }
    let version = request.version;
    if (version) {
        (0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .checkVersion */ .ps)(version);
        const other = registry.artifact(artifact)?.find(version);
        if (other || registry.hasTag((0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTagName */ .pg)({ action: 'register', artifact, version }))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${artifact} ${version} is already registered${other ? ` at ${other.commit.slice(0, 7)}` : ''} (or was, and is deregistered); choose another version.`);
        }
    }
    else {
        version = (0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .bumpVersion */ .Bx)(registry.artifact(artifact)?.latest()?.version, request.bump);
        // A version used before (deregistered, or tagged at another commit) is never reused.
        while (registry.artifact(artifact)?.versions.some((v) => v.version === version) ||
            registry.hasTag((0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTagName */ .pg)({ action: 'register', artifact, version }))) {
            version = (0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .bumpVersion */ .Bx)(version, 'patch');
        }
    }
    planner.add({ action: 'register', version }, commit, false);
    return version;
}
function planRegister(registry, request, why = {}) {
    (0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .checkArtifactName */ .CN)(request.artifact);
    const planner = new Planner(registry, request.artifact, why);
    return planner.plan(registerInto(planner, registry, request));
}
function registeredVersion(registry, artifact, version) {
    (0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .checkVersion */ .ps)(version);
    const found = registry.artifact(artifact)?.find(version);
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${artifact} ${version} is not registered.`);
    return found;
}
function planDeregister(registry, request, why = {}) {
    (0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .checkArtifactName */ .CN)(request.artifact);
    const v = registeredVersion(registry, request.artifact, request.version);
    const planner = new Planner(registry, request.artifact, why);
    if (v.isActive)
        planner.add({ action: 'deregister', version: v.version }, v.commit, false);
    return planner.plan(v.version);
}
/** Assign a stage (GTO `assign`), registering the commit first if needed; a version already in the stage needs nothing. */
function planAssign(registry, request, why = {}) {
    const { artifact, stage } = request;
    (0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .checkArtifactName */ .CN)(artifact);
    (0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .checkStageName */ .Af)(stage);
    if ((request.version === undefined) === (request.commit === undefined)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('Give either a version or a commit to assign, not both or neither.');
    }
    const planner = new Planner(registry, artifact, why);
    let target;
    if (request.version !== undefined) {
        const v = registeredVersion(registry, artifact, request.version);
        if (!v.isActive)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${artifact} ${v.version} is deregistered; it cannot be assigned.`);
        target = v;
    }
    else {
        const commit = request.commit;
        const version = registerInto(planner, registry, {
            artifact,
            commit,
            version: request.newVersion,
            bump: request.bump,
        });
        target = { version, commit };
    }
    const current = registry.artifact(artifact);
    const active = current?.activeInStage(stage) ?? [];
    if (!active.some((v) => v.version === target.version && v.commit === target.commit)) {
        planner.add({ action: 'assign', stage, version: target.version }, target.commit, true);
    }
    if (request.exclusive) {
        for (const other of active) {
            if (other.version === target.version && other.commit === target.commit)
                continue;
            planner.add({ action: 'unassign', stage, version: other.version }, other.commit, true);
        }
    }
    return planner.plan(target.version);
}
/** Unassign a stage from a version (default: the version the stage shows); nothing when it is not there. */
function planUnassign(registry, request, why = {}) {
    const { artifact, stage } = request;
    (0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .checkArtifactName */ .CN)(artifact);
    (0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .checkStageName */ .Af)(stage);
    const planner = new Planner(registry, artifact, why);
    const a = registry.artifact(artifact);
    const v = request.version ? registeredVersion(registry, artifact, request.version) : a?.inStage(stage);
    if (!v) {
        if (!a)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`There is no artifact '${artifact}' in the registry.`);
        return planner.plan(undefined);
    }
    if (v.stages.get(stage)?.isActive)
        planner.add({ action: 'unassign', stage, version: v.version }, v.commit, true);
    return planner.plan(v.version);
}
/** Deprecate an artifact (GTO `deprecate`): `name@deprecated`, with a counter when that name is taken. */
function planDeprecate(registry, request, why = {}) {
    const { artifact } = request;
    (0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .checkArtifactName */ .CN)(artifact);
    const a = registry.artifact(artifact);
    if (!a)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`There is no artifact '${artifact}' in the registry.`);
    const planner = new Planner(registry, artifact, why);
    if (a.isActive) {
        const taken = registry.hasTag((0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTagName */ .pg)({ action: 'deprecate', artifact }));
        planner.add({ action: 'deprecate' }, a.events()[0].commit, taken);
    }
    return planner.plan(undefined);
}


/***/ }),

/***/ 8776:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MB: () => (/* binding */ tagPatterns),
/* harmony export */   dg: () => (/* binding */ fetchRegistryTags),
/* harmony export */   vq: () => (/* binding */ readRegistryTags)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8527);
/**
 * Read the model registry from git: every tag in one `git for-each-ref` (GTO itself opens tags one by one
 * and slows down past ~1,500), and fetch an artifact's tags from the remote before writing.
 */


const FIELDS = [
    '%(refname)',
    '%(objecttype)',
    '%(objectname)',
    '%(object)',
    '%(taggername)',
    '%(taggeremail)',
    '%(taggerdate:raw)',
    '%(contents)',
];
const FORMAT = `${FIELDS.join('%00')}%00`;
/** `+0530` → 330. */
function offsetOf(zone) {
    const m = /^([+-])(\d\d)(\d\d)$/.exec(zone ?? '');
    if (!m)
        return 0;
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
/** for-each-ref patterns for one artifact's tags (`churn@…`, `churn#…`), or all tags. */
function tagPatterns(artifact) {
    if (artifact === undefined)
        return ['refs/tags'];
    const inTag = (0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .artifactToTag */ .Mo)(artifact);
    return [`refs/tags/${inTag}@*`, `refs/tags/${inTag}#*`];
}
/** Every tag (or one artifact's), parsed with GTO's grammar, from one `git for-each-ref`. */
async function readRegistryTags(git, artifact) {
    const result = await git.exec(['for-each-ref', `--format=${FORMAT}`, ...tagPatterns(artifact)]);
    const fields = result.stdout.split('\0');
    const tags = [];
    const names = [];
    for (let i = 0; i + FIELDS.length <= fields.length; i += FIELDS.length) {
        const [ref, type, objectName, object, taggerName, taggerEmail, date, contents] = fields.slice(i, i + FIELDS.length);
        // Records end with NUL and a newline: the newline starts the next record's first field.
        const name = ref.replace(/^\n/, '').slice('refs/tags/'.length);
        const parsed = (0,_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTagName */ .fe)(name);
        if (!parsed)
            continue;
        if (artifact !== undefined && parsed.artifact !== artifact)
            continue;
        names.push({ name, parsed });
        if (type !== 'tag')
            continue;
        const [seconds, zone] = (date ?? '').split(' ');
        tags.push({
            name,
            annotated: true,
            target: object || objectName,
            taggerName: taggerName ?? '',
            taggerEmail: (taggerEmail ?? '').replace(/^<|>$/g, ''),
            time: Number(seconds) || 0,
            offsetMinutes: offsetOf(zone),
            message: contents ?? '',
            parsed,
        });
    }
    return { tags, names };
}
/**
 * Fetch one artifact's tags (or all tags) from `remote` into `refs/tags/`, remote values winning. A shallow
 * checkout fetches the tagged commits at depth 1, so reading the registry never deepens its history.
 */
async function fetchRegistryTags(git, remote, artifact) {
    const refspecs = artifact === undefined ? ['+refs/tags/*:refs/tags/*'] : tagPatterns(artifact).map((p) => `+${p}:${p}`);
    const depth = (await git.isShallow()) ? 1 : undefined;
    const result = await git.fetch({ remote, refspecs, depth });
    if (result.exitCode !== 0 && depth !== undefined && result.stderr.trim() === '') {
        // A shallow fetch whose patterns match no ref exits 1 without a word (git 2.39): no tags yet is fine.
        const listed = await git.exec(['ls-remote', '--tags', remote, ...refspecs.map((r) => r.slice(1).split(':')[0])], {
            allowFailure: true,
        });
        if (listed.exitCode === 0 && listed.stdout.trim() === '')
            return;
    }
    if (result.exitCode !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Cannot fetch the model registry's tags from '${remote}': ${result.stderr.trim()}`);
    }
}


/***/ }),

/***/ 7263:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lp: () => (/* binding */ usedStages),
/* harmony export */   qk: () => (/* binding */ buildState)
/* harmony export */ });
/* unused harmony exports StageAssignment, ModelVersion, ModelArtifact, sortVersions */
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8527);
/**
 * The registry state computed from GTO tags the way GTO computes it (gto/base.py, gto/tag.py,
 * gto/registry.py), including its ordering rules, so what we report is what `gto show` reports:
 *
 * - tags are taken in name order, then stably sorted by tagger time; deprecations are indexed first,
 *   then registrations/deregistrations, then stage assignments/unassignments (which find their version
 *   by commit);
 * - "newest" is the last by tagger time; on a tie, a removal (deregistration, unassignment) wins over an
 *   addition, and among equals the later tag name wins;
 * - a version is active when its newest registration event is a registration; a stage assignment is
 *   active when its newest event is an assignment; an artifact is active unless its newest event is a
 *   deprecation;
 * - `latest` is the highest active registered SemVer; what a stage shows depends on the sort (GTO's CLI
 *   default, `timestamp`: the most recently assigned active version; `semver`: the highest).
 *
 * One deliberate difference: assignments of a commit with no registered version are grouped into one
 * version named by the commit (GTO makes a separate one per tag), and a commit with several registered
 * versions (GTO raises "ManyVersions") takes the most recently registered.
 */

const PRIORITY = {
    deprecation: 2,
    registration: 3,
    deregistration: 4,
    assignment: 5,
    unassignment: 6,
};
const ADDITION = {
    deprecation: false,
    registration: true,
    deregistration: false,
    assignment: true,
    unassignment: false,
};
/** Sort ascending by time, keeping the given order among equals (Python's sorted is stable, as is JS's). */
const byTime = (items) => [...items].sort((a, b) => a.time - b.time);
/** GTO's "sorted(...)[::-1]": newest first, equals in reverse of the given order. */
const newestFirst = (items) => byTime(items).reverse();
/**
 * Results are computed from events that never change once the state is built, and the registry table
 * asks for them many times (5,000 tags: tens of thousands of sorts); `buildState` seals the objects it
 * made, after which each result is computed once.
 */
class Memo {
    sealedCache;
    seal() {
        this.sealedCache = new Map();
    }
    memo(key, compute) {
        const cache = this.sealedCache;
        if (!cache)
            return compute();
        if (!cache.has(key))
            cache.set(key, compute());
        return cache.get(key);
    }
}
class StageAssignment extends Memo {
    artifact;
    version;
    stage;
    commit;
    assignments = [];
    unassignments = [];
    constructor(artifact, version, stage, commit) {
        super();
        this.artifact = artifact;
        this.version = version;
        this.stage = stage;
        this.commit = commit;
    }
    events() {
        return this.memo('events', () => newestFirst([...this.assignments, ...this.unassignments]));
    }
    get isActive() {
        return this.events()[0]?.event === 'assignment';
    }
    /** When the active assignment was made (undefined when not active). */
    get activatedAt() {
        return this.isActive ? this.events()[0].time : undefined;
    }
    /** The newest assignment: what GTO calls the stage's authoring event (its created_at, ref, …). */
    get authoringEvent() {
        return this.events().find((e) => e.addition) ?? this.events()[0];
    }
}
class ModelVersion extends Memo {
    artifact;
    version;
    commit;
    registrations = [];
    deregistrations = [];
    stages = new Map();
    constructor(artifact, 
    /** `vX.Y.Z`, or the commit for a commit that was assigned without being registered. */
    version, commit) {
        super();
        this.artifact = artifact;
        this.version = version;
        this.commit = commit;
    }
    directEvents() {
        return this.memo('direct', () => newestFirst([...this.registrations, ...this.deregistrations]));
    }
    events() {
        return this.memo('events', () => newestFirst([
            ...this.registrations,
            ...this.deregistrations,
            ...[...this.stages.values()].flatMap((s) => s.events()),
        ]));
    }
    get isRegistered() {
        return this.registrations.length > 0;
    }
    /** Known only from stage tags (GTO: "discovered"). */
    get discovered() {
        return this.registrations.length + this.deregistrations.length === 0;
    }
    get isActive() {
        const direct = this.directEvents();
        if (direct.length > 0)
            return direct[0].event === 'registration';
        return this.stages.size > 0;
    }
    get activatedAt() {
        return this.registrations.length > 0
            ? byTime(this.registrations)[0].time
            : byTime(this.events())[0].time;
    }
    get authoringEvent() {
        return this.directEvents().find((e) => e.addition) ?? this.events()[0];
    }
    stage(name) {
        let s = this.stages.get(name);
        if (!s) {
            s = new StageAssignment(this.artifact, this.version, name, this.commit);
            this.stages.set(name, s);
        }
        return s;
    }
    /** Active stage assignments, oldest activation first (or newest first). */
    activeStages(ascending) {
        return this.memo(`stages:${ascending}`, () => {
            const active = [...this.stages.values()]
                .filter((s) => s.isActive)
                .map((s) => ({ s, time: s.activatedAt }));
            return (ascending ? byTime(active) : newestFirst(active)).map((x) => x.s);
        });
    }
}
class ModelArtifact extends Memo {
    name;
    versions = [];
    deprecations = [];
    constructor(name) {
        super();
        this.name = name;
    }
    events() {
        return this.memo('events', () => newestFirst([...this.deprecations, ...this.versions.flatMap((v) => v.events())]));
    }
    get isActive() {
        const events = this.events();
        return events.length > 0 && events[0].event !== 'deprecation';
    }
    get isRegistered() {
        return this.events().length > 0;
    }
    versionsMatching(query = {}) {
        return this.memo(`versions:${JSON.stringify(query)}`, () => this.computeVersions(query));
    }
    computeVersions(query) {
        const { activeOnly = true, includeNonExplicit = false, includeDiscovered = false } = query;
        const kept = this.versions.filter((v) => !activeOnly ||
            (v.isActive &&
                ((v.isRegistered && !v.discovered) ||
                    (includeDiscovered && v.discovered) ||
                    (includeNonExplicit && !v.isRegistered))));
        return sortVersions(kept, query.sort ?? 'semver', query.ascending ?? false);
    }
    /** `latest`: the highest active registered SemVer (GTO's get_latest_version(registered_only=True)). */
    latest(registeredOnly = true) {
        return this.versionsMatching({ includeNonExplicit: !registeredOnly })[0];
    }
    /** Stage → the versions it shows, as GTO's get_vstages computes it. */
    stageVersions(query = {}) {
        return this.memo(`stageVersions:${JSON.stringify(query)}`, () => this.computeStages(query));
    }
    computeStages(query) {
        const { registeredOnly = false, assignmentsPerVersion = -1, versionsPerStage = 1, sort = 'semver', } = query;
        let assignments = this.versionsMatching({ includeNonExplicit: !registeredOnly, sort }).flatMap((v) => {
            const stages = v.activeStages(true);
            return assignmentsPerVersion > -1 ? stages.slice(0, assignmentsPerVersion) : stages;
        });
        if (sort === 'timestamp') {
            assignments = newestFirst(assignments.map((s) => ({ s, time: s.authoringEvent.time }))).map((x) => x.s);
        }
        const stages = new Map();
        for (const a of assignments) {
            const list = stages.get(a.stage) ?? [];
            stages.set(a.stage, list);
            if (versionsPerStage > -1 && list.length >= versionsPerStage)
                continue;
            if (!list.some((x) => x.version === a.version))
                list.push(a);
        }
        return stages;
    }
    /** The version a stage shows (GTO's `which`), with GTO's CLI default sort unless told otherwise. */
    inStage(stage, sort = 'timestamp') {
        const shown = this.stageVersions({ sort }).get(stage)?.[0];
        return shown && this.versions.find((v) => v.version === shown.version && v.commit === shown.commit);
    }
    /** Every version active in `stage` (however the stage is sorted). */
    activeInStage(stage) {
        return this.versions.filter((v) => v.isActive && v.stages.get(stage)?.isActive);
    }
    /** Registered versions at a commit that are not deregistered, newest registration first. */
    versionsAt(commit) {
        return this.versions.filter((v) => v.commit === commit && !v.discovered);
    }
    find(version) {
        return this.versions.find((v) => v.version === version && !v.discovered);
    }
}
/** GTO's sort_versions: SemVer versions by precedence, then the others (commits) by name. */
function sortVersions(versions, sort, ascending) {
    const order = (items) => (ascending ? items : items.reverse());
    if (sort === 'timestamp') {
        return order(byTime(versions.map((v) => ({ v, time: v.authoringEvent.time })))).map((x) => x.v);
    }
    const parsed = new Map(versions.map((v) => [v.version, (0,_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSemVer */ .IX)(v.version)]));
    const sem = versions.filter((v) => parsed.get(v.version));
    const other = versions.filter((v) => !parsed.get(v.version));
    sem.sort((a, b) => (0,_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .compareSemVer */ .Cg)(parsed.get(a.version), parsed.get(b.version)));
    other.sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
    return [...order(sem), ...order(other)];
}
function eventOf(tag, event, version) {
    return {
        event,
        priority: PRIORITY[event],
        addition: ADDITION[event],
        artifact: tag.parsed.artifact,
        time: tag.time,
        offsetMinutes: tag.offsetMinutes,
        author: tag.taggerName,
        authorEmail: tag.taggerEmail,
        message: tag.message.trim(),
        commit: tag.target,
        tag: tag.name,
        version: version ?? tag.parsed.version,
        stage: tag.parsed.stage,
    };
}
/** Compute the registry state from annotated GTO tags (as readRegistryTags returns them, in name order). */
function buildState(tags) {
    const artifacts = new Map();
    const artifactOf = (name) => {
        let a = artifacts.get(name);
        if (!a) {
            a = new ModelArtifact(name);
            artifacts.set(name, a);
        }
        return a;
    };
    const inOrder = byTime([...tags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
    const pass = (actions) => inOrder.filter((t) => actions.includes(t.parsed.action));
    for (const tag of pass(['deprecate']))
        artifactOf(tag.parsed.artifact).deprecations.push(eventOf(tag, 'deprecation'));
    // Indexes instead of scans (thousands of tags × hundreds of versions): a version by artifact, version
    // and commit; the registered versions at a commit; a discovered version (assigned, never registered).
    const key = (...parts) => parts.join('\0');
    const byVersion = new Map();
    const atCommit = new Map();
    const discovered = new Map();
    for (const tag of pass(['register', 'deregister'])) {
        const artifact = artifactOf(tag.parsed.artifact);
        const version = tag.parsed.version;
        let v = byVersion.get(key(artifact.name, version, tag.target));
        if (!v) {
            v = new ModelVersion(artifact.name, version, tag.target);
            artifact.versions.push(v);
            byVersion.set(key(artifact.name, version, tag.target), v);
            const list = atCommit.get(key(artifact.name, tag.target)) ?? [];
            atCommit.set(key(artifact.name, tag.target), [...list, v]);
        }
        if (tag.parsed.action === 'register')
            v.registrations.push(eventOf(tag, 'registration'));
        else
            v.deregistrations.push(eventOf(tag, 'deregistration'));
    }
    for (const tag of pass(['assign', 'unassign'])) {
        const artifact = artifactOf(tag.parsed.artifact);
        const registered = (atCommit.get(key(artifact.name, tag.target)) ?? []).map((v) => ({
            v,
            time: v.authoringEvent.time,
        }));
        let v = newestFirst(registered)[0]?.v;
        if (!v) {
            v = discovered.get(key(artifact.name, tag.target));
            if (!v) {
                v = new ModelVersion(artifact.name, tag.target, tag.target);
                artifact.versions.push(v);
                discovered.set(key(artifact.name, tag.target), v);
            }
        }
        const kind = tag.parsed.action === 'assign' ? 'assignment' : 'unassignment';
        const s = v.stage(tag.parsed.stage);
        (kind === 'assignment' ? s.assignments : s.unassignments).push(eventOf(tag, kind, v.version));
    }
    for (const artifact of artifacts.values()) {
        artifact.seal();
        for (const v of artifact.versions) {
            v.seal();
            for (const s of v.stages.values())
                s.seal();
        }
    }
    return { artifacts };
}
/**
 * Stages in use (with an active assignment on an active version), sorted: GTO's `gto stages --used`.
 * Which stages appear does not depend on the sort, so the table's own (memoised) computation is reused.
 */
function usedStages(state, sort = 'timestamp') {
    const names = new Set();
    for (const artifact of state.artifacts.values())
        for (const stage of artifact.stageVersions({ sort }).keys())
            names.add(stage);
    return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}


/***/ })

};
