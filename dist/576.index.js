export const id = 576;
export const ids = [576];
export const modules = {

/***/ 1576:
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
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/grammar.js
var grammar = __webpack_require__(8527);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/reference.js
/**
 * A model version named the way GTO's shortcuts name one: `name#stage` (the version the stage shows, by GTO's
 * CLI rule) or `name@vX.Y.Z`. Parsed strictly (one clear error naming where the text came from) and resolved
 * against the registry read from the GTO tags.
 */


/** `churn#production` / `churn@v1.2.0`, as written. */
function formatModelReference(ref) {
    return 'stage' in ref ? `${ref.name}#${ref.stage}` : `${ref.name}@${ref.version}`;
}
function parseModelReference(value, what) {
    const m = /^(.+?)(?:#([^#@]+)|@([^#@]+))$/.exec(value.trim());
    if (!m) {
        throw new errors/* ConfigurationError */.j1(`${what}: '${value}' names no model version; write <model>#<stage> (the version the stage shows) or <model>@vX.Y.Z.`);
    }
    const name = (0,grammar/* checkArtifactName */.CN)(m[1], what);
    return m[2] !== undefined
        ? { name, stage: (0,grammar/* checkStageName */.Af)(m[2], what) }
        : { name, version: (0,grammar/* checkVersion */.ps)(m[3], what) };
}
/** The registered, active version the reference names now; undefined when there is none. */
function resolveModelReference(registry, ref) {
    if ('stage' in ref)
        return registry.inStage(ref.name, ref.stage);
    const version = registry.artifact(ref.name)?.find(ref.version);
    return version?.isActive ? version : undefined;
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/deploy-records.js
var deploy_records = __webpack_require__(3633);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/model-registry.js
var model_registry = __webpack_require__(483);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/read-tags.js
var read_tags = __webpack_require__(8776);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/registry-baseline.js
/**
 * A baseline named through the model registry (track-experiment's `baseline: churn#production`): the version
 * the GTO tags show for that stage (or the version named), then the run that version came from — the newest
 * run of this experiment recorded at the version's commit, else the run a deployment record of that version
 * names (gated-deploy found it, e.g. through the pull request a merge commit merged). A retraining pull request
 * is then compared with what production runs, not with whatever ran last on the base branch.
 */






async function selectRegistryBaseline(options) {
    const { git, reference } = options;
    const named = formatModelReference(reference);
    await (0,read_tags/* fetchRegistryTags */.dg)(git, options.remote, reference.name);
    const version = resolveModelReference(await model_registry/* ModelRegistry */.zN.read(git, reference.name), reference);
    if (!version) {
        return {
            baseline: undefined,
            why: 'stage' in reference
                ? `stage ${reference.stage} of ${reference.name} shows no version in the GTO tags`
                : `${named} is not an active registered version in the GTO tags`,
        };
    }
    const label = `${reference.name} ${version.version}${'stage' in reference ? ` (in ${reference.stage})` : ''}`;
    const atCommit = (0,experiments_baseline/* newestFirst */.ll)(options.records.filter((r) => r.git.commit === version.commit))[0];
    if (atCommit) {
        return {
            baseline: {
                record: atCommit,
                kind: 'model-version',
                reason: `run ${(0,markdown/* code */.aY)(atCommit.id)} of ${(0,markdown/* code */.aY)(label)}, recorded at its commit ${(0,markdown/* code */.aY)(version.commit.slice(0, 7))} (${(0,markdown/* code */.aY)(named)} in the GTO tags)`,
            },
        };
    }
    const deployed = (await (0,deploy_records/* readDeployRecords */.SQ)(git, options.registryRef, reference.name, undefined, options.logger))
        .map((d) => d.record)
        .filter((d) => d.version === version.version && d.run)
        .reverse();
    for (const deployment of deployed) {
        const run = options.records.find((r) => r.id === deployment.run.id && r.experiment === deployment.run.experiment);
        if (run) {
            return {
                baseline: {
                    record: run,
                    kind: 'model-version',
                    reason: `run ${(0,markdown/* code */.aY)(run.id)} of ${(0,markdown/* code */.aY)(label)}, as its deployment to ${(0,markdown/* code */.aY)(deployment.environment)} recorded it (${(0,markdown/* code */.aY)(named)} in the GTO tags)`,
                },
            };
        }
    }
    return {
        baseline: undefined,
        why: `no run of this experiment was recorded at ${reference.name} ${version.version}'s commit ${version.commit.slice(0, 7)}, and no deployment record of it names one`,
    };
}

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
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/structured/flatten.js
var flatten = __webpack_require__(2543);
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
/** The baseline the `baseline` input names through the model registry; a warning and undefined when none. */
async function namedBaseline(options, git, others) {
    if (!options.baseline)
        return undefined;
    const chosen = await selectRegistryBaseline({
        git,
        remote: options.location.remote,
        registryRef: (0,registry_branch/* trackingRef */.lu)(options.location),
        reference: options.baseline,
        records: others,
        logger: options.logger,
    });
    if (!chosen.baseline) {
        options.logger.warning(`baseline ${formatModelReference(options.baseline)}: ${chosen.why}; comparing with the default baseline instead.`);
    }
    return chosen.baseline;
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
    const baseline = (await namedBaseline(options, git, others)) ??
        (context.pullRequest
            ? await (0,experiments_baseline/* selectPullRequestBaseline */.mK)(others, context.pullRequest.baseRef, context.pullRequest.baseSha, ancestryWithDeepen(git, location.remote, context.pullRequest.baseRef, logger))
            : (0,experiments_baseline/* selectPreviousOnBranch */.zV)(others, record));
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
    baseline: inputs/* inputs */.QL.optionalString(),
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
        const baseline = input.baseline === undefined ? undefined : parseModelReference(input.baseline, "Input 'baseline'");
        const context = await runContext(ctx);
        const result = await trackRun({
            git: await (0,push_token_git/* gitWithPushToken */.u)(ctx, input.token),
            workspace: ctx.env.workspace,
            tempDir: ctx.env.temp,
            logger: ctx.host,
            experiment: input.name,
            runId: input['run-id'],
            parentRunId: input['parent-run-id'],
            baseline,
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
/* harmony import */ var _dvc_objects_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7173);
/* harmony import */ var _dvc_pointer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1259);
/* harmony import */ var _structured_yaml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8382);
/* harmony import */ var _structured_flatten_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2543);







/** Is this tracked path one we read data hashes from? */
function isDataPointer(path) {
    return path.endsWith('.dvc') || path === 'dvc.lock' || path.endsWith('/dvc.lock');
}
function entryFrom(raw, baseDir, source) {
    if (!(0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_6__/* .isMapping */ .p)(raw) || typeof raw.path !== 'string' || typeof raw.md5 !== 'string')
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
            outs = (0,_dvc_pointer_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePointer */ .vp)(text, relPath).outs;
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
    if (!(0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_6__/* .isMapping */ .p)(value))
        return [];
    const entries = [];
    const stages = (0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_6__/* .isMapping */ .p)(value.stages) ? value.stages : {};
    for (const [stage, body] of Object.entries(stages)) {
        if (!(0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_6__/* .isMapping */ .p)(body))
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
            const refs = await (0,_dvc_objects_js__WEBPACK_IMPORTED_MODULE_3__/* .manifestRefs */ .u)(cacheDir, { md5: dirHash, legacy });
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

/***/ 7601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ parseMetricsFile)
/* harmony export */ });
/* unused harmony export isSeriesFile */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6974);
/* harmony import */ var _structured_nesting_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2999);
/* harmony import */ var _structured_flatten_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2543);
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
    if (!(0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display} must hold a mapping of metric names to numbers, got ${describe(value)}.`, { file: display });
    }
    const metrics = new Map();
    for (const [key, leaf] of (0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .flatten */ .B)(value)) {
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
        if (!(0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .isMapping */ .p)(value) || !('step' in value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Metrics file ${display}, line ${index + 1}: each line must be an object with a 'step' field.`, { file: display, line: index + 1 });
        }
        rows.push({ line: index + 1, values: (0,_structured_flatten_js__WEBPACK_IMPORTED_MODULE_4__/* .flatten */ .B)(value) });
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

/***/ 3633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ serializeDeployRecord),
/* harmony export */   Ev: () => (/* binding */ runRefSchema),
/* harmony export */   Kq: () => (/* binding */ deployRecordPath),
/* harmony export */   OZ: () => (/* binding */ driftGateDatasets),
/* harmony export */   SQ: () => (/* binding */ readDeployRecords),
/* harmony export */   TS: () => (/* binding */ PIN_MODES),
/* harmony export */   Vv: () => (/* binding */ readProposal),
/* harmony export */   YS: () => (/* binding */ readEveryDeployRecord),
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
    return (await parseEntries(git, own, logger)).sort((a, b) => a.record.sequence - b.record.sequence || (a.path < b.path ? -1 : 1));
}
/** Every deployment record of every model at `ref` (one `ls-tree`, one `cat-file --batch`), in path order. */
async function readEveryDeployRecord(git, ref, logger) {
    const entries = (await (0,_store_js__WEBPACK_IMPORTED_MODULE_0__/* .listJsonFiles */ .cW)(git, ref, 'deployments/')).filter((e) => RECORD_FILE.test(e.path) && e.path.split('/').length === 4);
    return parseEntries(git, entries, logger);
}
async function parseEntries(git, entries, logger) {
    const texts = await git.readBlobTexts(entries.map((e) => e.object));
    const records = [];
    for (const entry of entries) {
        try {
            records.push({ path: entry.path, record: parse(texts.get(entry.object)) });
        }
        catch (error) {
            logger.warning(`Skipping ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_2__/* .logValue */ .Od)(entry.path)}: not a deployment record (${error.message.split('\n')[0]})`);
        }
    }
    return records;
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
/** A dataset name as drift records use it (a path segment); a drift gate's `<dataset> age` row is not one. */
const DATASET = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** The datasets a deployment's drift gate checked, in gate order. */
function driftGateDatasets(gates) {
    return [
        ...new Set(gates.filter((g) => g.gate === 'drift' && DATASET.test(g.subject)).map((g) => g.subject)),
    ];
}
/** Two records of the same deployment: equal apart from when, by whom and in which run it was recorded. */
function sameDeployment(a, b) {
    const key = (r) => JSON.stringify([r.status, r.action, r.version, r.commit, r.digest, r.pin.mode, r.pin.files]);
    return key(a) === key(b);
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

/***/ 2543:
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
