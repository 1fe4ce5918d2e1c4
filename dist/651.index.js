export const id = 651;
export const ids = [651];
export const modules = {

/***/ 2651:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  trackExperiment: () => (/* binding */ trackExperiment),
  trackExperimentSchema: () => (/* binding */ trackExperimentSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/action.js
var action = __webpack_require__(4555);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/config-inputs.js
var config_inputs = __webpack_require__(9485);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/inputs.js
var inputs = __webpack_require__(6696);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/push-token-git.js
var push_token_git = __webpack_require__(7628);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/sticky-comment.js
var sticky_comment = __webpack_require__(3022);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/fs/path-policy.js + 1 modules
var path_policy = __webpack_require__(7599);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/log-text.js
var log_text = __webpack_require__(1255);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/markdown.js
var markdown = __webpack_require__(1659);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/xychart.js
var xychart = __webpack_require__(2105);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/mermaid-chart.js

/** Charts stay readable and small in a comment: at most this many x positions. */
const MAX_CHART_POINTS = 60;
/**
 * Text inside a quoted Mermaid string: no quotes, backticks (they could close the fence), line breaks,
 * or angle brackets (HTML in labels, and `<!--` that could pass for a hidden comment marker).
 */
function mermaidText(text) {
    return text
        .replace(/["`\\]/g, "'")
        .replace(/[<>]/g, '?')
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[^\x20-\x7e]/g, '?')
        .slice(0, 80);
}
function finitePoints(points) {
    return points.filter(([s, v]) => Number.isFinite(s) && Number.isFinite(v)).sort((a, b) => a[0] - b[0]);
}
/** Linear interpolation at `step` between the points around it (the points span it). */
function interpolate(points, step) {
    let after = points.findIndex(([s]) => s >= step);
    if (after < 0)
        after = points.length - 1;
    const [s1, v1] = points[after];
    if (s1 === step || after === 0)
        return v1;
    const [s0, v0] = points[after - 1];
    return v0 + ((v1 - v0) * (step - s0)) / (s1 - s0);
}
/**
 * The line's values at `count` evenly spaced steps from `lo` to `hi` (the positions Mermaid gives a line
 * on a numeric axis): the mean of the points nearest each position (a noisy curve is averaged, not
 * aliased by picking points), interpolated where no point falls.
 */
function bucketMeans(points, lo, hi, count) {
    const width = count > 1 ? (hi - lo) / (count - 1) : 0;
    const sums = new Float64Array(count);
    const counts = new Uint32Array(count);
    for (const [step, value] of points) {
        if (step < lo || step > hi)
            continue;
        const i = width === 0 ? 0 : Math.min(count - 1, Math.round((step - lo) / width));
        sums[i] += value;
        counts[i] += 1;
    }
    return Array.from(sums, (sum, i) => (counts[i] ? sum / counts[i] : interpolate(points, lo + i * width)));
}
/**
 * A Mermaid `xychart-beta` of step curves on a numeric step axis (GitHub renders Mermaid itself, so no
 * image hosting). Every line spans the steps all lines have: a run that stopped early is not carried flat
 * to the longer run's end — the axis title says where each run stopped instead. The legend is in the
 * title (xychart-beta has none in the versions GitHub uses).
 */
function stepChart(title, lines) {
    const present = lines
        .map((line) => ({ ...line, points: finitePoints(line.points) }))
        .filter((l) => l.points.length > 0);
    if (present.length === 0)
        return '';
    const lo = Math.max(...present.map((l) => l.points[0][0]));
    const hi = Math.min(...present.map((l) => l.points[l.points.length - 1][0]));
    // Runs with no steps in common: chart the last line (this run) alone.
    const drawn = hi > lo ? present : present.slice(-1);
    const from = hi > lo ? lo : drawn[0].points[0][0];
    const to = hi > lo ? hi : drawn[0].points[drawn[0].points.length - 1][0];
    if (!(to > from))
        return '';
    const inRange = Math.max(...drawn.map((l) => l.points.filter(([s]) => s >= from && s <= to).length));
    const count = Math.max(2, Math.min(MAX_CHART_POINTS, inRange));
    const first = (l) => l.points[0][0];
    const last = (l) => l.points[l.points.length - 1][0];
    const notes = present.flatMap((l) => {
        if (!drawn.includes(l))
            return [`${l.name}: no steps in common`];
        if (first(l) < from || last(l) > to)
            return [`${l.name}: steps ${(0,xychart/* plainNumber */.ku)(first(l))}–${(0,xychart/* plainNumber */.ku)(last(l))}`];
        return [];
    });
    const axis = notes.length > 0 ? `step (shown: ${(0,xychart/* plainNumber */.ku)(from)}–${(0,xychart/* plainNumber */.ku)(to)}; ${notes.join('; ')})` : 'step';
    const legend = drawn.length > 1 ? ` · ${drawn.map((l) => `${l.colour}: ${l.name}`).join(' · ')}` : '';
    const palette = drawn.length > 1 ? [xychart/* REFERENCE_COLOR */.Us, xychart/* CURRENT_COLOR */.Ol] : [xychart/* CURRENT_COLOR */.Ol];
    const body = [
        ...(0,xychart/* xychartHeader */.L8)(palette),
        `  title "${mermaidText(title)}${legend}"`,
        `  x-axis "${axis}" ${(0,xychart/* plainNumber */.ku)(from)} --> ${(0,xychart/* plainNumber */.ku)(to)}`,
        ...drawn.map((l) => `  line [${bucketMeans(l.points, from, to, count)
            .map((v) => (0,xychart/* plainNumber */.ku)(v))
            .join(', ')}]`),
    ];
    return ['```mermaid', ...body, '```'].join('\n');
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/report.js


/** GitHub rejects comment bodies over 65,536 characters (422). Keep a margin for the note. */
const COMMENT_LIMIT = 65_536;
/** Job summaries may hold 1 MiB per step, in bytes (renderReport with unit 'bytes'). */
const SUMMARY_LIMIT = 1024 * 1024;
const MAX_CHARTS = 8;
/** Charts after these are folded into a <details> block. */
const OPEN_CHARTS = 3;
/** Beyond this many metric rows, unchanged metrics are folded into a <details> block. */
const TABLE_ROWS = 15;
const MAX_FILES_LISTED = 50;
/** The hidden marker that identifies this experiment's sticky comment. */
function commentMarker(experiment) {
    return `<!-- mlops-actions:track-experiment:${experiment} -->`;
}
function fmt(value) {
    if (value === undefined)
        return '-';
    if (Number.isInteger(value))
        return String(value);
    // DVC rounds to 5 significant digits in its tables.
    return String(Number(value.toPrecision(5)));
}
function signed(value, suffix = '') {
    if (value === undefined)
        return '-';
    const text = `${fmt(value)}${suffix}`;
    return value > 0 ? `+${text}` : text;
}
/** Percentages to 3 significant digits: enough to tell changes apart, short enough to scan. */
function percentText(value) {
    const text = `${String(Number(value.toPrecision(3)))}%`;
    return value > 0 ? `+${text}` : text;
}
const MARK = {
    improved: '✅',
    regressed: '❌',
    unchanged: '',
    changed: '',
    new: '🆕',
    removed: '➖',
};
/** Regressions first, then improvements, other changes, new and removed metrics, unchanged last. */
const VERDICT_ORDER = [
    'regressed',
    'improved',
    'changed',
    'new',
    'removed',
    'unchanged',
];
function byVerdict(rows) {
    return [...rows].sort((a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict));
}
function metricsTable(rows, currentLabel, withBaseline) {
    if (!withBaseline) {
        return (0,markdown/* table */.tp)(['Metric', 'Value'], rows.map((r) => [(0,markdown/* code */.aY)(r.key), fmt(r.current)]), ['left', 'right']);
    }
    // The verdict comes first, so a long metric name cannot push it out of view.
    return (0,markdown/* table */.tp)(['', 'Metric', 'Baseline', currentLabel, 'Change', '%'], rows.map((r) => [
        MARK[r.verdict],
        (0,markdown/* code */.aY)(r.key),
        fmt(r.baseline),
        fmt(r.current),
        signed(r.change),
        r.percent === undefined ? '-' : percentText(r.percent),
    ]), ['center', 'left', 'right', 'right', 'right', 'right']);
}
function metricsSection(rows, currentLabel, withBaseline) {
    if (rows.length === 0)
        return '#### Metrics\n\nNo metrics were recorded.';
    const sorted = byVerdict(rows);
    // Long lists: what changed stays in view, the rest is folded.
    const foldable = (r) => (withBaseline ? r.verdict === 'unchanged' : true);
    let shown = sorted;
    let folded = [];
    if (sorted.length > TABLE_ROWS) {
        const keep = sorted.filter((r) => !foldable(r));
        const quiet = sorted.filter(foldable);
        const room = Math.max(0, TABLE_ROWS - keep.length);
        shown = [...keep, ...quiet.slice(0, withBaseline ? 0 : room)];
        folded = quiet.slice(withBaseline ? 0 : room);
    }
    const parts = ['#### Metrics', '', metricsTable(shown, currentLabel, withBaseline)];
    if (folded.length > 0) {
        const what = withBaseline ? 'unchanged metrics' : 'more metrics';
        parts.push('', (0,markdown/* details */.zH)(`${folded.length} ${what}`, metricsTable(folded, currentLabel, withBaseline)));
    }
    if (withBaseline) {
        parts.push('', "<sub>✅ improvement · ❌ regression, by each metric's direction (`.mlops.yml` `metrics.directions`, or the name: loss/error → lower, accuracy/f1/auc → higher); unmarked changes have no known direction.</sub>");
    }
    return parts.join('\n');
}
function paramText(value) {
    if (value === undefined)
        return '-';
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return (0,markdown/* code */.aY)(text.length > 200 ? `${text.slice(0, 200)}…` : text);
}
function paramsSection(input, currentLabel) {
    const rows = input.comparison.params;
    if (rows.length === 0)
        return '';
    const all = (0,markdown/* table */.tp)(['Param', 'Value'], rows.filter((r) => r.current !== undefined).map((r) => [(0,markdown/* code */.aY)(r.key), paramText(r.current)]));
    const changed = rows.filter((r) => r.changed);
    const head = input.baseline === undefined
        ? '#### Params'
        : changed.length === 0
            ? '#### Params\n\nNo params changed.'
            : [
                `#### Params (${changed.length} changed)`,
                '',
                (0,markdown/* table */.tp)(['Param', 'Baseline', currentLabel], changed.map((r) => [(0,markdown/* code */.aY)(r.key), paramText(r.baseline), paramText(r.current)])),
            ].join('\n');
    return `${head}\n\n${(0,markdown/* details */.zH)(`All params: ${rows.filter((r) => r.current !== undefined).length}`, all)}`;
}
function report_short(md5) {
    return md5 === undefined ? '-' : (0,markdown/* code */.aY)(md5.replace(/^([0-9a-f]{10})[0-9a-f]*/, '$1'));
}
function dirDetails(path, changes) {
    const list = (title, files) => files.length === 0
        ? ''
        : `**${title}** (${files.length})\n\n${files
            .slice(0, MAX_FILES_LISTED)
            .map((f) => `- ${(0,markdown/* code */.aY)(f)}`)
            .join('\n')}${files.length > MAX_FILES_LISTED ? `\n- … ${files.length - MAX_FILES_LISTED} more` : ''}`;
    const body = [
        list('Added', changes.added),
        list('Removed', changes.removed),
        list('Modified', changes.modified),
    ]
        .filter(Boolean)
        .join('\n\n');
    return (0,markdown/* details */.zH)(`${path}: ${changes.added.length} added, ${changes.removed.length} removed, ${changes.modified.length} modified`, body || 'No file-level differences.');
}
function dataSection(input, currentLabel) {
    const rows = input.comparison.data;
    if (rows.length === 0)
        return '';
    if (input.baseline === undefined) {
        return [
            '#### Data',
            '',
            (0,markdown/* table */.tp)(['Path', 'Hash', 'Files', 'Source'], rows.map((r) => [
                (0,markdown/* code */.aY)(r.path),
                report_short(r.current?.md5),
                r.current?.nfiles === undefined ? '-' : String(r.current.nfiles),
                (0,markdown/* code */.aY)(r.current?.source ?? ''),
            ])),
        ].join('\n');
    }
    const changed = rows.filter((r) => r.status !== 'unchanged');
    if (changed.length === 0)
        return `#### Data\n\nNo data changes (${rows.length} tracked path${rows.length === 1 ? '' : 's'}).`;
    const cell = (r) => r.status;
    const dirs = changed
        .map((r) => {
        const c = input.dirChanges.get(r.path);
        return c ? dirDetails(r.path, c) : '';
    })
        .filter(Boolean);
    return [
        `#### Data (${changed.length} changed)`,
        '',
        (0,markdown/* table */.tp)(['Path', 'Baseline', currentLabel, 'Change'], changed.map((r) => [(0,markdown/* code */.aY)(r.path), report_short(r.baseline?.md5), report_short(r.current?.md5), cell(r)])),
        ...(dirs.length > 0 ? ['', ...dirs] : []),
    ].join('\n');
}
/** Series of regressed metrics first, then improved ones, then the rest (each alphabetically). */
function chartOrder(input) {
    const verdicts = new Map(input.comparison.metrics.map((m) => [m.key, m.verdict]));
    const rank = (key) => {
        const v = verdicts.get(key);
        return v === 'regressed' ? 0 : v === 'improved' ? 1 : 2;
    };
    return input.comparison.series
        .filter((s) => (s.current?.length ?? 0) > 0 || (s.baseline?.length ?? 0) > 0)
        .sort((a, b) => rank(a.key) - rank(b.key));
}
function curvesSection(input, currentLabel) {
    const pairs = chartOrder(input);
    if (pairs.length === 0)
        return '';
    const current = currentLabel.replace(/^This/, 'this');
    const charts = pairs
        .slice(0, MAX_CHARTS)
        .map((p) => stepChart(p.key, [
        ...(input.baseline === undefined
            ? []
            : [{ name: 'baseline', colour: 'grey', points: p.baseline ?? [] }]),
        { name: current, colour: 'blue', points: p.current ?? [] },
    ]))
        .filter(Boolean);
    const baseline = input.baseline === undefined ? '' : `<sub>Baseline: run ${(0,markdown/* code */.aY)(input.baseline.record.id)}.</sub>\n\n`;
    const open = charts.slice(0, OPEN_CHARTS).join('\n\n');
    const rest = charts.slice(OPEN_CHARTS);
    const folded = rest.length > 0 ? `\n\n${(0,markdown/* details */.zH)(`${rest.length} more step curves`, rest.join('\n\n'))}` : '';
    const more = pairs.length > MAX_CHARTS ? `\n\n${pairs.length - MAX_CHARTS} more series are in the run record.` : '';
    return `#### Step curves\n\n${baseline}${open}${folded}${more}`;
}
function footer(input) {
    const parts = [];
    if (input.record.runUrl)
        parts.push(`[Workflow run](${input.record.runUrl})`);
    if ('branch' in input.storage) {
        parts.push(`record ${(0,markdown/* code */.aY)(input.storage.path)} on ${(0,markdown/* code */.aY)(input.storage.branch)}`);
    }
    else {
        parts.push(`record not stored (${(0,markdown/* escapeMarkdown */.FV)(input.storage.reason)}); kept at ${(0,markdown/* code */.aY)(input.storage.keptAt)}`);
    }
    if (input.record.git.commit)
        parts.push(`commit ${(0,markdown/* code */.aY)(input.record.git.commit.slice(0, 7))}`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
/** The report: the PR comment body and the job summary are the same markdown. Sections in order of importance. */
function renderReportSections(input) {
    const { record, baseline, comparison } = input;
    const currentLabel = input.pullRequest ? 'This PR' : 'This run';
    const title = `### 🧪 Experiment ${(0,markdown/* code */.aY)(record.experiment)}: run ${(0,markdown/* code */.aY)(record.id)}`;
    let intro;
    if (baseline) {
        const counts = `**${comparison.improved.length} improved, ${comparison.regressed.length} regressed**`;
        intro = `Compared with ${baseline.reason}.\n\n${counts} of ${comparison.metrics.length} metric${comparison.metrics.length === 1 ? '' : 's'}.`;
    }
    else {
        intro = input.pullRequest
            ? `No baseline: no run of ${(0,markdown/* code */.aY)(record.experiment)} is recorded on the base branch yet.`
            : `No earlier run of ${(0,markdown/* code */.aY)(record.experiment)} on this branch to compare with.`;
    }
    const head = [commentMarker(record.experiment), title, '', intro].join('\n');
    const sections = [
        metricsSection(comparison.metrics, currentLabel, baseline !== undefined),
        paramsSection(input, currentLabel),
        dataSection(input, currentLabel),
        curvesSection(input, currentLabel),
        footer(input),
    ].filter(Boolean);
    return { head, sections };
}
/** Where every value of the run is, for notes that say a report was shortened. */
function recordPlace(storage) {
    return 'branch' in storage
        ? `the run record ${(0,markdown/* code */.aY)(storage.path)} on ${(0,markdown/* code */.aY)(storage.branch)}`
        : `the run record kept at ${(0,markdown/* code */.aY)(storage.keptAt)}`;
}
/** A section's name for the note: its heading without the counts. */
function sectionName(section) {
    const heading = /^#### ([^(\n]+)/m.exec(section)?.[1]?.trim();
    return heading ? heading.toLowerCase() : 'part of a section';
}
/**
 * Join the sections within `limit` (characters for a comment, bytes for a job summary): whole sections are
 * dropped from the least important end (curves, data, params) before anything is cut; as a last resort the
 * text is cut at a line break. A note says what was left out and where the full report is.
 */
function renderReport(input, limit = COMMENT_LIMIT, unit = 'characters') {
    const size = unit === 'bytes' ? (text) => Buffer.byteLength(text, 'utf8') : (text) => text.length;
    const { head, sections } = renderReportSections(input);
    const last = sections[sections.length - 1]; // the footer always stays
    const middle = sections.slice(0, -1);
    const where = input.record.runUrl ? `the [job summary](${input.record.runUrl})` : 'the job summary';
    const note = (left) => {
        const what = left.length > 0 ? `left out: ${left.join(', ')}` : 'cut short';
        return unit === 'bytes'
            ? `> [!NOTE]\n> Summary shortened to fit GitHub's 1 MiB step-summary limit (${what}); every value is in ${recordPlace(input.storage)}.`
            : `> [!NOTE]\n> Report shortened to fit GitHub's ${limit.toLocaleString('en-US')}-character limit (${what}); the full report is in ${where} and ${recordPlace(input.storage)}.`;
    };
    const join = (parts) => parts.join('\n\n');
    let kept = [...middle];
    let text = join([head, ...kept, last]);
    if (size(text) <= limit)
        return text;
    while (kept.length > 1) {
        kept = kept.slice(0, -1);
        text = join([head, ...kept, note(middle.slice(kept.length).map(sectionName)), last]);
        if (size(text) <= limit)
            return text;
    }
    const cutNote = note([`the rest of ${sectionName(kept[0])}`, ...middle.slice(1).map(sectionName)]);
    const room = limit - size(cutNote) - size(last) - 16;
    const lines = [];
    let used = 0;
    for (const line of join([head, kept[0]]).split('\n')) {
        used += size(line) + 1;
        if (used > room)
            break;
        lines.push(line);
    }
    const cut = lines.join('\n');
    return join([cut, cutNote, last]);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/fs/atomic-write.js
var atomic_write = __webpack_require__(146);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/baseline.js
var experiments_baseline = __webpack_require__(7191);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/compare.js
var compare = __webpack_require__(2769);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/data-versions.js
var data_versions = __webpack_require__(6592);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/directions.js
var directions = __webpack_require__(6378);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/run-records.js
var run_records = __webpack_require__(8067);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/commands.js
var commands = __webpack_require__(94);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/branch.js
var registry_branch = __webpack_require__(9813);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/store.js
var store = __webpack_require__(2664);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/run-id.js

const clean = (text, max) => text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, max)
    .replace(/[-.]+$/, '');
/**
 * A run id. In a workflow it is derived from the workflow run id, the job and a digest of experiment,
 * params and tags: rerunning the job (a new attempt) gives the same id, so the record is replaced rather
 * than duplicated, while matrix jobs with different params get different ids. Outside a workflow it is
 * time + commit + random.
 */
function defaultRunId(options) {
    if (options.workflowRunId) {
        const digest = (0,external_node_crypto_.createHash)('sha256')
            .update(JSON.stringify([options.experiment, options.params, Object.entries(options.tags).sort()]))
            .digest('hex')
            .slice(0, 8);
        const job = clean(options.job ?? '', 40);
        return [clean(options.workflowRunId, 30), job, digest].filter(Boolean).join('-');
    }
    const stamp = options.now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    const commit = options.commit ? options.commit.slice(0, 7) : 'nogit';
    return `${stamp}-${commit}-${(0,external_node_crypto_.randomBytes)(2).toString('hex')}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/metrics-files.js
var metrics_files = __webpack_require__(7601);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/flatten.js
var flatten = __webpack_require__(2756);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/structured-file.js
var structured_file = __webpack_require__(1858);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/params-files.js



/** Parse a params file (params.yaml, JSON) into dotted keys; the top level must be a mapping. */
function parseParamsFile(text, display) {
    const value = (0,structured_file/* parseStructured */.j)(text, display);
    if (!(0,flatten/* isMapping */.p)(value)) {
        const got = value === null || value === undefined
            ? 'an empty document'
            : Array.isArray(value)
                ? 'a list'
                : `a ${typeof value}`;
        throw new errors/* ConfigurationError */.j1(`Params file ${display} must be a mapping of names to values, got ${got}.`, {
            file: display,
        });
    }
    const params = new Map();
    for (const [key, leaf] of (0,flatten/* flatten */.B)(value))
        params.set(key, toParamValue(leaf));
    return params;
}
function toParamValue(leaf) {
    if (leaf === undefined || leaf === null)
        return null;
    if (typeof leaf === 'string' || typeof leaf === 'boolean')
        return leaf;
    if (typeof leaf === 'number')
        return Number.isFinite(leaf) ? leaf : String(leaf);
    if (leaf instanceof Date)
        return leaf.toISOString();
    if (Array.isArray(leaf))
        return JSON.parse(JSON.stringify(leaf));
    return typeof leaf === 'bigint' ? leaf.toString() : (JSON.stringify(leaf) ?? '');
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/run-inputs.js










/** Artifact directories are listed file by file up to this many entries (the record stays small). */
const MAX_ARTIFACT_FILES = 1000;
const toPosix = (path) => path.split(external_node_path_.sep).join('/');
/**
 * Read the metrics, params and artifacts the user named. Summary metrics win over a series' last value
 * for the same key; a series without a summary value contributes its last point. Later params files
 * override earlier ones (with a warning when a value differs).
 */
async function readRunInputs(options) {
    const { workspace, logger } = options;
    // Inputs: the workflow author's, so they may be outside the workspace (path-policy.ts).
    const policy = path_policy/* PathPolicy */.Up.forWorkspace(workspace);
    const metrics = new Map();
    const seriesMap = new Map();
    for (const file of options.metrics) {
        const absolute = policy.resolveInput(file, 'metrics');
        const parsed = (0,metrics_files/* parseMetricsFile */.j)(await (0,structured_file/* readUserFile */.E)(absolute, file, 'metrics'), file);
        for (const [key, value] of parsed.metrics)
            metrics.set(key, value);
        for (const [key, points] of parsed.series) {
            if (seriesMap.has(key))
                logger.warning(`Step series '${(0,log_text/* logValue */.Od)(key)}' appears in more than one metrics file; ${(0,log_text/* logValue */.Od)(file)} wins.`);
            seriesMap.set(key, points);
        }
    }
    for (const [key, points] of seriesMap) {
        if (!metrics.has(key) && points.length > 0)
            metrics.set(key, points[points.length - 1][1]);
    }
    const params = new Map();
    for (const file of options.params) {
        const absolute = policy.resolveInput(file, 'params');
        for (const [key, value] of parseParamsFile(await (0,structured_file/* readUserFile */.E)(absolute, file, 'params'), file)) {
            if (params.has(key) && JSON.stringify(params.get(key)) !== JSON.stringify(value)) {
                logger.warning(`Param '${key}' is set in more than one params file; the value from ${file} is recorded.`);
            }
            params.set(key, value);
        }
    }
    const artifacts = [];
    for (const path of options.artifacts) {
        const absolute = policy.resolveInput(path, 'artifacts');
        artifacts.push(...(await describeArtifact(policy, absolute, path, artifacts.length)));
    }
    const sorted = (map) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return {
        metrics: sorted(metrics),
        series: sorted(seriesMap),
        params: sorted(params),
        artifacts,
        sources: { metrics: [...options.metrics], params: [...options.params] },
    };
}
async function md5File(path) {
    const hash = (0,external_node_crypto_.createHash)('md5');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
async function describeArtifact(policy, absolute, given, already) {
    let stat;
    try {
        stat = await (0,promises_.lstat)(absolute);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Input 'artifacts': '${given}' does not exist.`);
    }
    const describeFile = async (file, size) => ({
        // Relative to the workspace; absolute for an artifact outside it.
        path: policy.contains(file) ? toPosix((0,external_node_path_.relative)(policy.root, file)) : toPosix(file),
        size,
        md5: await md5File(file),
    });
    if (stat.isFile())
        return [await describeFile(absolute, stat.size)];
    if (!stat.isDirectory())
        throw new errors/* ConfigurationError */.j1(`Input 'artifacts': '${given}' is not a file or directory.`);
    const found = [];
    const walk = async (dir) => {
        const entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const entry of entries) {
            if (already + found.length >= MAX_ARTIFACT_FILES)
                return;
            if ((0,path_policy/* isGitName */.M$)(entry.name))
                continue; // a git checkout's internals are not artifacts
            const full = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isFile())
                found.push(await describeFile(full, (await (0,promises_.lstat)(full)).size));
            // symbolic links are not followed: they could point outside the workspace
        }
    };
    await walk(absolute);
    return found;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/track.js













function trackedPointers(git) {
    return git.lsFiles(['*.dvc', 'dvc.lock', '*/dvc.lock']);
}
/**
 * Check ancestry, fetching the base branch once when the commits are missing locally (a shallow checkout):
 * 200 commits deep in a shallow repository, in full otherwise (so a complete clone is not made shallow).
 */
function ancestryWithDeepen(git, remote, baseRef, logger) {
    let fetched = false;
    return async (commit, baseSha) => {
        const answer = await git.isAncestor(commit, baseSha);
        if (answer !== undefined || fetched)
            return answer;
        fetched = true;
        logger.debug(`fetching history of '${baseRef}' to find the baseline run`);
        await git.fetch({
            remote,
            refspecs: [`+refs/heads/${baseRef}:refs/remotes/${remote}/${baseRef}`],
            depth: (await git.isShallow()) ? 200 : undefined,
        });
        return git.isAncestor(commit, baseSha);
    };
}
async function dirChangesFor(comparison, cacheDir) {
    const changes = new Map();
    for (const row of comparison.data) {
        if (row.status !== 'modified' ||
            !row.baseline?.md5.endsWith('.dir') ||
            !row.current?.md5.endsWith('.dir'))
            continue;
        const [before, after] = await Promise.all([
            (0,data_versions/* readDirManifest */.bl)(cacheDir, row.baseline.md5),
            (0,data_versions/* readDirManifest */.bl)(cacheDir, row.current.md5),
        ]);
        if (before && after)
            changes.set(row.path, (0,compare/* diffManifests */.e)(before, after));
    }
    return changes;
}
/**
 * Record one run: read metrics/params/data/artifacts, store the record on the registry branch, pick a
 * baseline and compare. Everything the report needs comes back; posting it is the adapter's job.
 */
async function trackRun(options) {
    const now = options.now ?? (() => new Date());
    const startedAt = now();
    const { logger, context, location } = options;
    const git = new commands/* GitCommands */.rR(options.git);
    const experiment = (0,run_records/* checkName */.I3)(options.experiment, "Input 'name'");
    const inputs = await readRunInputs({ ...options, logger });
    const data = await (0,data_versions/* readDataVersions */.uq)(options.workspace, await trackedPointers(git), logger);
    const id = (0,run_records/* checkName */.I3)(options.runId ??
        defaultRunId({
            experiment,
            workflowRunId: context.workflowRunId,
            job: context.job,
            params: inputs.params,
            tags: options.tags,
            commit: context.commit,
            now: startedAt,
        }), "Input 'run-id'");
    const record = run_records/* runRecordSchema */._A.parse({
        schema: run_records/* RECORD_SCHEMA_VERSION */.pw,
        id,
        experiment,
        status: 'FINISHED',
        startedAt: startedAt.toISOString(),
        endedAt: now().toISOString(),
        params: inputs.params,
        metrics: inputs.metrics,
        series: inputs.series,
        tags: options.tags,
        git: {
            commit: context.commit,
            ref: context.ref,
            branch: context.branch,
            pullRequest: context.pullRequest,
        },
        repository: context.repository,
        runUrl: context.runUrl,
        actor: context.actor,
        event: context.event,
        data,
        artifacts: inputs.artifacts,
        parentRunId: options.parentRunId === undefined ? undefined : (0,run_records/* checkName */.I3)(options.parentRunId, "Input 'parent-run-id'"),
        sources: inputs.sources,
    });
    const path = (0,run_records/* recordPath */.lX)(experiment, id);
    let storage;
    let stored = false;
    if (context.fromFork) {
        const keptAt = (0,external_node_path_.join)(options.tempDir, 'mlops-runs', experiment, `${id}.json`);
        await (0,atomic_write/* writeFileAtomic */.Zf)(keptAt, (0,run_records/* serializeRunRecord */.J1)(record));
        logger.warning(`This pull request comes from a fork, whose token cannot push: the run record is not stored on '${location.branch}' (kept at ${keptAt}).`);
        storage = { keptAt, reason: 'pull request from a fork' };
        await (0,store/* fetchRegistryTip */.j$)(git, location).catch(() => undefined);
    }
    else {
        const written = await (0,run_records/* writeRunRecord */.MJ)(git, record, {
            location,
            tempDir: options.tempDir,
            logger,
            retry: { attempts: options.push?.maxAttempts, baseDelayMs: options.push?.backoffMs },
        });
        logger.info(written.unchanged
            ? `Run ${experiment}/${id} was already recorded.`
            : `Recorded run ${experiment}/${id} at ${path} on '${location.branch}' (${written.commit.slice(0, 7)}).`);
        storage = { branch: location.branch, path };
        stored = true;
    }
    const others = (await (0,run_records/* readRunRecords */.Y$)(git, (0,registry_branch/* trackingRef */.lu)(location), logger, experiment)).filter((r) => r.id !== id);
    let baseline;
    if (context.pullRequest) {
        const pr = context.pullRequest;
        baseline = await (0,experiments_baseline/* selectPullRequestBaseline */.mK)(others, pr.baseRef, pr.baseSha, ancestryWithDeepen(git, location.remote, pr.baseRef, logger));
    }
    else {
        baseline = (0,experiments_baseline/* selectPreviousOnBranch */.zV)(others, record);
    }
    const comparison = (0,compare/* compareRuns */.q)(record, baseline?.record, (0,directions/* directionResolver */.I)(options.directions));
    const dirChanges = baseline
        ? await dirChangesFor(comparison, options.cacheDir)
        : new Map();
    return {
        record,
        path,
        baseline,
        comparison,
        stored,
        report: {
            record,
            baseline,
            comparison,
            dirChanges,
            storage,
            pullRequest: context.pullRequest !== undefined,
        },
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/actions/track-experiment.js













const REMOTE = 'origin';
const trackExperimentSchema = schemas/* object */.Ikc({
    name: inputs/* inputs */.QL.string(),
    metrics: inputs/* inputs */.QL.list(),
    params: inputs/* inputs */.QL.list(),
    tags: inputs/* inputs */.QL.keyValues(),
    artifacts: inputs/* inputs */.QL.list(),
    'run-id': inputs/* inputs */.QL.optionalString(),
    'parent-run-id': inputs/* inputs */.QL.optionalString(),
    'registry-branch': (0,config_inputs/* fromConfig */.bw)('registry.branch', inputs/* inputs */.QL.text(registry_branch/* DEFAULT_REGISTRY_BRANCH */.jJ)),
    comment: inputs/* inputs */.QL.choice(['auto', 'always', 'never'], 'auto'),
    token: inputs/* inputs */.QL.optionalString(),
});
const track_experiment_text = (value) => typeof value === 'string' && value !== '' ? value : undefined;
function pullRequestOf(env) {
    const pr = env.payload.pull_request;
    if (!pr || typeof pr.number !== 'number')
        return undefined;
    const baseRepo = track_experiment_text(pr.base?.repo?.full_name);
    const headRepo = track_experiment_text(pr.head?.repo?.full_name);
    return {
        ref: {
            number: pr.number,
            baseRef: track_experiment_text(pr.base?.ref) ?? '',
            baseSha: track_experiment_text(pr.base?.sha) ?? '',
            headRef: track_experiment_text(pr.head?.ref) ?? '',
            headSha: track_experiment_text(pr.head?.sha) ?? '',
        },
        // A deleted fork has head.repo null: treat it as a fork too.
        fromFork: pr.head !== undefined && (pr.head.repo === null || (baseRepo !== undefined && headRepo !== baseRepo)),
    };
}
/** Commit, ref and branch from the runner, or from the local repository when run as the CLI. */
async function runContext(ctx) {
    const { env } = ctx;
    const git = new commands/* GitCommands */.rR(ctx.git());
    const pr = pullRequestOf(env);
    const commit = env.sha ?? (await git.revParse('HEAD'));
    const ref = env.ref || (await git.headRef());
    const branch = pr
        ? pr.ref.headRef
        : ref?.startsWith('refs/heads/')
            ? ref.slice('refs/heads/'.length)
            : undefined;
    return {
        event: env.eventName || undefined,
        commit,
        ref,
        branch,
        pullRequest: pr?.ref,
        fromFork: pr?.fromFork ?? false,
        repository: env.repository,
        runUrl: env.runUrl,
        actor: env.actor,
        workflowRunId: env.runId,
        job: env.job,
    };
}
/** Why a refused comment was refused, and what (if anything) the user can change. */
const FORK_COMMENT_HINT = 'This pull request comes from a fork, and GitHub gives workflows of fork pull requests a read-only token, ' +
    'so no `permissions:` setting can let this job comment; the job summary carries the report.';
const PERMISSION_COMMENT_HINT = 'Give the job `permissions: pull-requests: write` to get the comment; meanwhile the job summary carries the report.';
async function postComment(ctx, token, pr, experiment, body) {
    const repository = ctx.env.repository;
    const [owner, repo] = (repository ?? '').split('/');
    if (!owner || !repo) {
        ctx.host.warning('GITHUB_REPOSITORY is not set, so the pull-request comment was skipped (the job summary has the report).');
        return '';
    }
    try {
        const result = await (0,sticky_comment/* upsertStickyComment */.qD)({
            octokit: ctx.github(token),
            owner,
            repo,
            issueNumber: pr.number,
            marker: commentMarker(experiment),
            body,
            logger: ctx.host,
        });
        ctx.host.info(`Report comment ${result.action}: ${result.url}`);
        return result.url;
    }
    catch (error) {
        if (error instanceof sticky_comment/* CommentNotPermittedError */.D9) {
            ctx.host.warning(`${error.message} ${pr.fromFork ? FORK_COMMENT_HINT : PERMISSION_COMMENT_HINT}`);
            return '';
        }
        if ((0,errors/* isConfigurationError */.p0)(error)) {
            ctx.host.warning(`${(0,errors/* errorMessage */.gJ)(error)} The report is in the job summary.`);
            return '';
        }
        throw error;
    }
}
const trackExperiment = (0,action/* defineAction */.QP)({
    name: 'track-experiment',
    schema: trackExperimentSchema,
    run: async (input, ctx) => {
        const branch = (0,registry_branch/* checkBranchName */.I$)(input['registry-branch'], ctx.inputSource('registry-branch') === 'config' ? '.mlops.yml registry.branch' : 'registry-branch');
        const context = await runContext(ctx);
        const result = await trackRun({
            git: await (0,push_token_git/* gitWithPushToken */.u)(ctx, input.token),
            workspace: ctx.env.workspace,
            tempDir: ctx.env.temp,
            logger: ctx.host,
            experiment: input.name,
            runId: input['run-id'],
            parentRunId: input['parent-run-id'],
            metrics: input.metrics,
            params: input.params,
            artifacts: input.artifacts,
            tags: input.tags,
            location: { remote: REMOTE, branch },
            context,
            directions: ctx.config.metrics?.directions,
            cacheDir: path_policy/* PathPolicy */.Up.forWorkspace(ctx.env.workspace).resolveStorage(ctx.config.data?.['cache-dir'] ?? '.dvc/cache', { file: '.mlops.yml', what: 'data.cache-dir' }),
            push: {
                maxAttempts: ctx.env.tuning.registryPushAttempts,
                backoffMs: ctx.env.tuning.registryRetryBaseMs,
            },
        });
        const { record, comparison } = result;
        ctx.host.setOutput('run-id', record.id);
        ctx.host.setOutput('record-path', result.path);
        ctx.host.setOutput('baseline-run-id', result.baseline?.record.id ?? '');
        ctx.host.setOutput('metrics', record.metrics);
        ctx.host.setOutput('improved', comparison.improved);
        ctx.host.setOutput('regressed', comparison.regressed);
        let commentUrl = '';
        const pr = context.pullRequest;
        const wantComment = input.comment === 'always' || (input.comment === 'auto' && pr !== undefined);
        if (wantComment && !pr) {
            ctx.host.warning('comment: always was set, but this run is not for a pull request; there is nothing to comment on.');
        }
        else if (wantComment && pr) {
            // Fork pull requests usually get a read-only token, but not always (pull_request_target, or a private
            // repository that sends write tokens to forks): try, and explain a refusal.
            commentUrl = await postComment(ctx, input.token, { number: pr.number, fromFork: context.fromFork }, record.experiment, renderReport(result.report, COMMENT_LIMIT));
        }
        ctx.host.setOutput('comment-url', commentUrl);
        if (comparison.regressed.length > 0) {
            ctx.host.warning(`Regressed against the baseline: ${comparison.regressed.map(log_text/* logValue */.Od).join(', ')}`);
        }
        await ctx.host.appendSummary(renderReport(result.report, SUMMARY_LIMIT, 'bytes'), recordPlace(result.report.storage));
    },
});


/***/ }),

/***/ 7628:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ gitWithPushToken)
/* harmony export */ });
/**
 * A git runner that can push to the registry branch with `token` when actions/checkout did not leave credentials
 * (`persist-credentials: false`): an `http.<server>/.extraheader` passed through GIT_CONFIG_* variables,
 * so it never appears in a process list or in .git/config. When the checkout already configured an
 * extraheader, nothing is added (two Authorization headers would be refused): checkout v4/v5 write it to
 * .git/config, v6 to a `$RUNNER_TEMP/git-credentials-*.config` file included through `includeIf.gitdir:`,
 * which `git config --get-regexp` follows.
 */
async function gitWithPushToken(ctx, token) {
    const git = ctx.git();
    const effective = ctx.token(token);
    if (!effective)
        return git;
    const url = (await git.exec(['remote', 'get-url', 'origin'], { allowFailure: true })).stdout.trim();
    const server = ctx.env.serverUrl;
    if (!url.startsWith(`${server}/`))
        return git;
    const configured = await git.exec(['config', '--get-regexp', '^http\\..*\\.extraheader$'], {
        allowFailure: true,
    });
    if (configured.stdout.trim() !== '')
        return git;
    const basic = Buffer.from(`x-access-token:${effective}`).toString('base64');
    ctx.host.setSecret(basic);
    const index = Number(process.env.GIT_CONFIG_COUNT ?? '0') || 0;
    const auth = {
        GIT_CONFIG_COUNT: String(index + 1),
        [`GIT_CONFIG_KEY_${index}`]: `http.${server}/.extraheader`,
        [`GIT_CONFIG_VALUE_${index}`]: `AUTHORIZATION: basic ${basic}`,
    };
    return { exec: (args, options = {}) => git.exec(args, { ...options, env: { ...auth, ...options.env } }) };
}


/***/ }),

/***/ 3022:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ CommentNotPermittedError),
/* harmony export */   kp: () => (/* binding */ WORKFLOW_TOKEN_LOGIN),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/* unused harmony export COMMENT_BODY_LIMIT */
/** GitHub's limit on a comment body, in characters (code points). */
const COMMENT_BODY_LIMIT = 65_536;
/** The identity a workflow's GITHUB_TOKEN writes as; used when GraphQL cannot tell us who we are. */
const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';
/** The token may not write here (fork pull request, read-only token): report instead of failing. */
class CommentNotPermittedError extends Error {
    name = 'CommentNotPermittedError';
}
/** `github-actions[bot]` (REST) and `github-actions` (some GraphQL answers) are the same identity. */
const normalLogin = (login) => login.toLowerCase().replace(/\[bot\]$/, '');
function status(error) {
    const value = error?.status;
    return typeof value === 'number' ? value : undefined;
}
/**
 * Who the token writes as. GraphQL `viewer { login }` answers for every token type (REST `GET /user` is
 * 403 for the workflow's installation token); when GraphQL is unavailable (some GHES setups), assume the
 * workflow token's identity.
 */
async function whoAmI(octokit, logger) {
    try {
        const answer = await octokit.graphql('query { viewer { login } }');
        return answer.viewer.login;
    }
    catch (error) {
        logger.debug(`GraphQL viewer query failed (${error.message}); assuming ${WORKFLOW_TOKEN_LOGIN}.`);
        return WORKFLOW_TOKEN_LOGIN;
    }
}
/**
 * Is this body marked with `marker`? Only the first line counts, where we put it: user text further down
 * (a metric named like another experiment's marker) must not make another run take the comment for its own.
 */
function hasMarker(body, marker) {
    if (!body)
        return false;
    const end = body.indexOf('\n');
    return (end < 0 ? body : body.slice(0, end)).trim() === marker;
}
/** All of our marked comments on the issue, oldest first, reading every page (100 per page). */
async function findOurs(options, login) {
    const { octokit, owner, repo, issueNumber, marker } = options;
    const ours = [];
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
    });
    for await (const page of pages) {
        for (const comment of page.data) {
            if (hasMarker(comment.body, marker) &&
                comment.user &&
                normalLogin(comment.user.login) === normalLogin(login)) {
                ours.push(comment);
            }
        }
    }
    return ours.sort((a, b) => a.id - b.id);
}
/**
 * Delete all but the oldest and return it. Keeping the oldest (rather than the newest) makes every racer
 * agree on the survivor even when one of them looked before the other had created its copy: the comment
 * keeps its place in the conversation and every run's `comment-url` points at it.
 */
async function keepOldest(options, ours) {
    const kept = ours[0];
    let deleted = 0;
    for (const extra of ours.slice(1)) {
        try {
            await options.octokit.rest.issues.deleteComment({
                owner: options.owner,
                repo: options.repo,
                comment_id: extra.id,
            });
            deleted++;
        }
        catch (error) {
            if (status(error) !== 404)
                throw error;
        }
    }
    if (deleted > 0)
        options.logger.info(`Deleted ${deleted} duplicate report comment(s) left by concurrent runs.`);
    return { kept, deleted };
}
async function upsert(options) {
    const { octokit, owner, repo, issueNumber, body } = options;
    const login = await whoAmI(octokit, options.logger);
    const update = async (ours, created) => {
        const { kept, deleted } = await keepOldest(options, ours);
        if (kept.body === body) {
            return { id: kept.id, url: kept.html_url, action: created ? 'created' : 'unchanged', deleted };
        }
        const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: kept.id, body });
        return { id: updated.data.id, url: updated.data.html_url, action: 'updated', deleted };
    };
    const ours = await findOurs(options, login);
    if (ours.length > 0)
        return update(ours, false);
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    // Two runs of the same PR may both have found nothing and both created: look again and keep one.
    const after = await findOurs(options, login);
    if (after.length > 1)
        return update(after, after[0].id === created.data.id);
    return { id: created.data.id, url: created.data.html_url, action: 'created', deleted: 0 };
}
/**
 * Create or update the one comment that carries `marker` on an issue or pull request. Only comments by
 * the token's own identity count (updating someone else's is a 403). The common case — find on the first
 * page, update — takes three requests (viewer, list, update); an unchanged body takes two.
 */
async function upsertStickyComment(options) {
    if (!hasMarker(options.body, options.marker))
        throw new Error('sticky comment body must start with its marker line');
    if ([...options.body].length > COMMENT_BODY_LIMIT) {
        throw new Error(`comment body is over GitHub's ${COMMENT_BODY_LIMIT}-character limit`);
    }
    try {
        return await upsert(options);
    }
    catch (error) {
        const code = status(error);
        const message = error.message ?? '';
        if ((code === 403 && !/rate limit/i.test(message)) || code === 404) {
            // The caller says why (fork pull request or missing permission): only it knows the event.
            throw new CommentNotPermittedError(`The token cannot write comments on #${options.issueNumber} (${code}: ${message}).`);
        }
        throw error;
    }
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

/***/ 6592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NG: () => (/* binding */ pointerFiles),
/* harmony export */   Ud: () => (/* binding */ dataVersionsAtCommit),
/* harmony export */   bl: () => (/* binding */ readDirManifest),
/* harmony export */   uq: () => (/* binding */ readDataVersions)
/* harmony export */ });
/* unused harmony exports isDataPointer, parseDataPointer */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6974);
/* harmony import */ var _hashing_objects_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1182);
/* harmony import */ var _hashing_pointer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8890);
/* harmony import */ var _structured_yaml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8382);
/* harmony import */ var _flatten_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2756);







/** Is this tracked path one we read data hashes from? */
function isDataPointer(path) {
    return path.endsWith('.dvc') || path === 'dvc.lock' || path.endsWith('/dvc.lock');
}
function entryFrom(raw, baseDir, source) {
    if (!(0,_flatten_js__WEBPACK_IMPORTED_MODULE_6__/* .isMapping */ .p)(raw) || typeof raw.path !== 'string' || typeof raw.md5 !== 'string')
        return undefined;
    const entry = {
        path: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(baseDir === '.' || baseDir === '' ? raw.path : `${baseDir}/${raw.path}`),
        md5: raw.md5,
        source,
    };
    if (typeof raw.size === 'number' && Number.isInteger(raw.size) && raw.size >= 0)
        entry.size = raw.size;
    if (typeof raw.nfiles === 'number' && Number.isInteger(raw.nfiles) && raw.nfiles >= 0)
        entry.nfiles = raw.nfiles;
    return entry;
}
/**
 * Parse a `.dvc` pointer (`outs: [{md5, size, nfiles, hash, path}]`) or a `dvc.lock`
 * (`stages: {name: {deps: [...], outs: [...]}}`). Paths inside are relative to the file's directory;
 * the entries come back relative to the repository root, "/"-separated.
 */
function parseDataPointer(text, relPath) {
    const baseDir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(relPath.replace(/\\/g, '/'));
    if (relPath.endsWith('.dvc')) {
        // data-hash's reader; a pointer it refuses contributes no data versions (the run is still recorded).
        let outs;
        try {
            outs = (0,_hashing_pointer_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePointer */ .vp)(text, relPath).outs;
        }
        catch {
            return [];
        }
        return outs.flatMap((out) => entryFrom(out, baseDir, relPath) ?? []);
    }
    let value;
    try {
        value = (0,_structured_yaml_js__WEBPACK_IMPORTED_MODULE_5__/* .readYaml */ .gM)(text, relPath);
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isConfigurationError */ .p0)(error))
            throw error;
        return []; // like a refused pointer: no data versions from this file
    }
    if (!(0,_flatten_js__WEBPACK_IMPORTED_MODULE_6__/* .isMapping */ .p)(value))
        return [];
    const entries = [];
    const stages = (0,_flatten_js__WEBPACK_IMPORTED_MODULE_6__/* .isMapping */ .p)(value.stages) ? value.stages : {};
    for (const [stage, body] of Object.entries(stages)) {
        if (!(0,_flatten_js__WEBPACK_IMPORTED_MODULE_6__/* .isMapping */ .p)(body))
            continue;
        for (const list of [body.outs, body.deps]) {
            for (const item of Array.isArray(list) ? list : []) {
                const entry = entryFrom(item, baseDir, `${relPath}:${stage}`);
                if (entry)
                    entries.push(entry);
            }
        }
    }
    return entries;
}
/**
 * The data versions the pointer files `files` (`.dvc` pointers, `dvc.lock`) hold at `commit`, read from git
 * (the blobs at that commit: works in a depth-1 clone, downloads no data): data path → entry, the first per
 * path winning. Files not at the commit contribute nothing.
 */
async function dataVersionsAtCommit(git, commit, files) {
    const entries = (await git.lsTree(commit, files)).filter((e) => files.includes(e.path) && e.type === 'blob');
    const texts = await git.readBlobTexts(entries.map((e) => e.object));
    const atCommit = new Map();
    for (const entry of entries) {
        for (const d of parseDataPointer(texts.get(entry.object) ?? '', entry.path)) {
            if (!atCommit.has(d.path))
                atCommit.set(d.path, d);
        }
    }
    return atCommit;
}
/** The pointer files a run's data versions were read from (`source`, its `:stage` suffix dropped). */
function pointerFiles(data) {
    return [...new Set(data.map((d) => d.source.replace(/:[^:/]*$/, '')))];
}
/**
 * Read every pointer file in `relPaths` (from `git ls-files`); the first entry per data path wins, with
 * `.dvc` pointers and stage outputs preferred to stage dependencies (they are listed first).
 */
async function readDataVersions(root, relPaths, logger) {
    const byPath = new Map();
    const sorted = [...relPaths]
        .filter(isDataPointer)
        .sort((a, b) => Number(a.endsWith('dvc.lock')) - Number(b.endsWith('dvc.lock')) || (a < b ? -1 : a > b ? 1 : 0));
    for (const rel of sorted) {
        let text;
        try {
            // a tracked symbolic link could point anywhere: read regular files only
            if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel))).isFile())
                continue;
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel), 'utf8');
        }
        catch {
            logger.debug(`data pointer ${rel} is tracked but not in the working tree; skipped`);
            continue;
        }
        for (const entry of parseDataPointer(text, rel)) {
            if (!byPath.has(entry.path))
                byPath.set(entry.path, entry);
        }
    }
    return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/**
 * A `.dir` object from the DVC cache (3.x layout first, then the 2.x one), read and verified by data-hash;
 * undefined when absent, corrupt or not a manifest (the comparison then shows no file-level changes).
 */
async function readDirManifest(cacheDir, dirHash) {
    if (!/^[0-9a-f]{32}\.dir$/.test(dirHash))
        return undefined;
    for (const legacy of [false, true]) {
        try {
            const refs = await (0,_hashing_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .manifestRefs */ .u)(cacheDir, { md5: dirHash, legacy });
            if (refs)
                return refs.map((entry) => ({ md5: entry.ref.md5, relpath: entry.relpath }));
        }
        catch {
            return undefined;
        }
    }
    return undefined;
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

/***/ 2756:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ flatten),
/* harmony export */   p: () => (/* binding */ isMapping)
/* harmony export */ });
/**
 * Nested mappings → dotted keys, the way DVC shows metrics and params (`train.loss`, `model.layers`).
 * Lists are leaves (DVC does not index into them); an empty mapping contributes nothing.
 */
function flatten(value, prefix = '') {
    const out = new Map();
    const walk = (node, path) => {
        for (const [key, child] of Object.entries(node)) {
            const dotted = path === '' ? key : `${path}.${key}`;
            if (isMapping(child))
                walk(child, dotted);
            else
                out.set(dotted, child);
        }
    };
    walk(value, prefix);
    return out;
}
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}


/***/ }),

/***/ 7601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ parseMetricsFile)
/* harmony export */ });
/* unused harmony export isSeriesFile */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6974);
/* harmony import */ var _structured_nesting_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2999);
/* harmony import */ var _flatten_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2756);
/* harmony import */ var _structured_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1858);





const SERIES_EXTENSIONS = new Set(['.csv', '.tsv', '.jsonl', '.ndjson']);
/** Columns dvclive writes beside the value that are not metrics themselves. */
const IGNORED_COLUMNS = new Set(['step', 'timestamp']);
function isSeriesFile(path) {
    return SERIES_EXTENSIONS.has((0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(path).toLowerCase());
}
/** Parse one metrics file's text; `display` (the path as the user gave it) names it in every error. */
function parseMetricsFile(text, display) {
    if (isSeriesFile(display))
        return { metrics: new Map(), series: parseSeries(text, display) };
    const value = (0,_structured_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStructured */ .j)(text, display);
    if (!(0,_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display} must hold a mapping of metric names to numbers, got ${describe(value)}.`, { file: display });
    }
    const metrics = new Map();
    for (const [key, leaf] of (0,_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .flatten */ .B)(value)) {
        if (typeof leaf !== 'number' || !Number.isFinite(leaf)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display}: metric '${key}' must be a finite number, got ${describe(leaf)}.`, { file: display });
        }
        metrics.set(key, leaf);
    }
    return { metrics, series: new Map() };
}
function describe(value) {
    if (value === null || value === undefined)
        return 'nothing (null)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    if (typeof value === 'number')
        return String(value);
    return `a ${typeof value}`;
}
/**
 * dvclive writes `dvclive/plots/metrics/<dir>/<name>.tsv`; the series for `train/loss.tsv` is called
 * `train.loss`, matching the dotted key `train.loss` in dvclive's metrics.json, so summary and curve line up.
 */
function seriesPrefix(display) {
    const normal = display.replace(/\\/g, '/');
    const marker = normal.lastIndexOf('plots/metrics/');
    if (marker < 0)
        return '';
    const rest = normal.slice(marker + 'plots/metrics/'.length).split('/');
    rest.pop();
    return rest.filter(Boolean).join('.');
}
function seriesKey(prefix, column) {
    return prefix === '' ? column : `${prefix}.${column}`;
}
function parseSeries(text, display) {
    const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(display).toLowerCase();
    const rows = ext === '.jsonl' || ext === '.ndjson' ? jsonLines(text, display) : delimited(text, display, ext);
    const prefix = seriesPrefix(display);
    const series = new Map();
    for (const row of rows) {
        const stepRaw = row.values.get('step');
        const step = toNumber(stepRaw);
        if (step === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display}, line ${row.line}: 'step' must be a number, got ${describe(stepRaw)}.`, { file: display, line: row.line });
        }
        for (const [column, raw] of row.values) {
            if (IGNORED_COLUMNS.has(column) || raw === '' || raw === undefined || raw === null)
                continue;
            const value = toNumber(raw);
            if (value === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display}, line ${row.line}: metric '${column}' must be a number, got ${describe(raw)}.`, { file: display, line: row.line });
            }
            const key = seriesKey(prefix, column);
            let points = series.get(key);
            if (!points)
                series.set(key, (points = []));
            points.push([step, value]);
        }
    }
    for (const points of series.values())
        points.sort((a, b) => a[0] - b[0]);
    return series;
}
function toNumber(raw) {
    if (typeof raw === 'number')
        return Number.isFinite(raw) ? raw : undefined;
    if (typeof raw !== 'string' || raw.trim() === '')
        return undefined;
    const n = Number(raw.trim());
    return Number.isFinite(n) ? n : undefined;
}
function jsonLines(text, display) {
    const rows = [];
    text.split(/\r?\n/).forEach((source, index) => {
        if (source.trim() === '')
            return;
        let value;
        try {
            value = JSON.parse(source);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display}, line ${index + 1}: not valid JSON: ${error.message}`, { file: display, line: index + 1 });
        }
        (0,_structured_nesting_js__WEBPACK_IMPORTED_MODULE_2__/* .checkNesting */ .n6)(value, display, index + 1);
        if (!(0,_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(value) || !('step' in value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display}, line ${index + 1}: each line must be an object with a 'step' field.`, { file: display, line: index + 1 });
        }
        rows.push({ line: index + 1, values: (0,_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .flatten */ .B)(value) });
    });
    return rows;
}
function delimited(text, display, ext) {
    const separator = ext === '.tsv' ? '\t' : ',';
    const lines = text.split(/\r?\n/);
    const header = splitLine(lines[0] ?? '', separator).map((h) => h.trim());
    if (!header.includes('step')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display}: a step series needs a 'step' column (found: ${header.join(', ') || 'no header'}).`, { file: display, line: 1 });
    }
    const rows = [];
    for (let i = 1; i < lines.length; i++) {
        const source = lines[i];
        if (source.trim() === '')
            continue;
        const cells = splitLine(source, separator);
        const values = new Map();
        header.forEach((name, column) => values.set(name, cells[column]?.trim() ?? ''));
        rows.push({ line: i + 1, values });
    }
    return rows;
}
/** One CSV/TSV line; double-quoted cells may hold the separator and "" for a quote. */
function splitLine(line, separator) {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted) {
            if (ch === '"' && line[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (ch === '"')
                quoted = false;
            else
                cell += ch;
        }
        else if (ch === '"' && cell === '')
            quoted = true;
        else if (ch === separator) {
            cells.push(cell);
            cell = '';
        }
        else
            cell += ch;
    }
    cells.push(cell);
    return cells;
}


/***/ }),

/***/ 1858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readUserFile),
/* harmony export */   j: () => (/* binding */ parseStructured)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6974);
/* harmony import */ var _structured_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5463);
/* harmony import */ var _structured_yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8382);





/** Read a file given by the user, turning "not there" into a message that names the input. */
async function readUserFile(absolute, display, inputName) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}': file '${display}' does not exist.`, {
                file: display,
            });
        }
        if (code === 'EISDIR') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}': '${display}' is a directory, not a file.`, {
                file: display,
            });
        }
        throw error;
    }
}
/** Parse JSON or YAML by extension (YAML is a superset of JSON, but JSON errors read better from JSON.parse). */
function parseStructured(text, display) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(display).toLowerCase() === '.json' ? (0,_structured_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJson */ .q)(text, display) : (0,_structured_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .readYaml */ .gM)(text, display);
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

/***/ 2105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iz: () => (/* binding */ CHART_WIDTH),
/* harmony export */   L8: () => (/* binding */ xychartHeader),
/* harmony export */   Ol: () => (/* binding */ CURRENT_COLOR),
/* harmony export */   Us: () => (/* binding */ REFERENCE_COLOR),
/* harmony export */   ku: () => (/* binding */ plainNumber),
/* harmony export */   pe: () => (/* binding */ uniqueLabels)
/* harmony export */ });
/* unused harmony export CHART_HEIGHT */
/**
 * What every Mermaid `xychart-beta` in a report shares (GitHub draws Mermaid itself, in light and dark
 * themes): the size, an explicit palette so both series are visible on either background, numbers the
 * chart grammar can read, and category labels that stay distinct after shortening — Mermaid merges
 * positions with equal labels, stacking bars and making lines run backwards.
 */
/** About 300 px high: a few charts fit on a screen; 800 px wide, scaled down by GitHub when narrower. */
const CHART_HEIGHT = 300;
const CHART_WIDTH = 800;
/** Baseline/reference in grey, this run/current in blue: both readable on white and on Mermaid's dark grey. */
const REFERENCE_COLOR = '#8c8c8c';
const CURRENT_COLOR = '#2f81f7';
/** The init directive (size, title size, palette) and the chart line. */
function xychartHeader(palette, orientation = 'vertical') {
    const init = {
        xyChart: { width: CHART_WIDTH, height: CHART_HEIGHT, titleFontSize: 16 },
        themeVariables: { xyChart: { plotColorPalette: palette.join(', ') } },
    };
    return [
        `%%{init: ${JSON.stringify(init)}}%%`,
        orientation === 'horizontal' ? 'xychart-beta horizontal' : 'xychart-beta',
    ];
}
/**
 * A number as the xychart grammar reads it (`[+-]?(\d+(\.\d+)?|\.\d+)`: no exponent), to about
 * `significant` digits.
 */
function plainNumber(value, significant = 6) {
    if (!Number.isFinite(value) || value === 0)
        return '0';
    const rounded = Number(value.toPrecision(significant));
    const text = String(rounded);
    if (!/e/i.test(text))
        return text;
    if (Math.abs(rounded) >= 1e21)
        return BigInt(Math.round(rounded)).toString();
    const decimals = Math.min(100, significant - 1 - Math.floor(Math.log10(Math.abs(rounded))));
    return rounded
        .toFixed(decimals)
        .replace(/(\.\d*?)0+$/, '$1')
        .replace(/\.$/, '');
}
/** Shorten in the middle, keeping the start and the end (names often differ only in a suffix). */
function middleEllipsis(text, max) {
    const chars = [...text];
    if (chars.length <= max)
        return text;
    const tail = Math.floor((max - 1) / 2);
    const head = max - 1 - tail;
    return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}
/**
 * Category labels at most `max` characters, all distinct: shortened in the middle, and when two still
 * collide every label gets its rank (position) as a prefix, which also keeps the chart order readable.
 */
function uniqueLabels(labels, max) {
    const short = labels.map((l) => middleEllipsis(l, max));
    if (new Set(short).size === short.length)
        return short;
    return labels.map((l, i) => {
        const prefix = `${i + 1}. `;
        return `${prefix}${middleEllipsis(l, Math.max(4, max - prefix.length))}`;
    });
}


/***/ }),

/***/ 5463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _nesting_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2999);


/**
 * A user's JSON file: a syntax error, or a value nested deeper than MAX_NESTING, is a ConfigurationError
 * naming the file. (JSON.parse itself copes with any depth; the code that reads the value would not.)
 */
function parseJson(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file} is not valid JSON: ${error.message}`, { file });
    }
    (0,_nesting_js__WEBPACK_IMPORTED_MODULE_1__/* .checkNesting */ .n6)(value, file);
    return value;
}


/***/ })

};
