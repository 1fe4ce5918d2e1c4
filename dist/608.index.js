export const id = 608;
export const ids = [608];
export const modules = {

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

/***/ 9007:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RU: () => (/* binding */ chartDistribution),
/* harmony export */   SY: () => (/* binding */ edgeTexts)
/* harmony export */ });
/* unused harmony export MAX_CHART_CATEGORIES */
/** The reference-vs-current distribution kept in the report for charts: bins, or the top categories. */
const MAX_CHART_CATEGORIES = 12;
function formatNumber(x, precision) {
    if (x === 0)
        return '0';
    const abs = Math.abs(x);
    return abs >= 1e5 || abs < 1e-3
        ? x.toExponential(precision - 1).replace(/\.?0+e/, 'e')
        : String(Number(x.toPrecision(precision)));
}
/**
 * Bin edges as text with enough digits that neighbours differ: a narrow range such as 10000.0–10002.5 needs
 * six significant digits, where three would label every bin "10000…10000" and charts would merge them.
 */
function edgeTexts(edges) {
    const values = Array.from(edges);
    for (let precision = 3; precision < 17; precision++) {
        const texts = values.map((e) => formatNumber(e, precision));
        if (texts.every((t, i) => i === 0 || t !== texts[i - 1]))
            return texts;
    }
    return values.map((e) => String(e));
}
function valueLabel(l) {
    return typeof l === 'number' ? formatNumber(l, 3) : l;
}
function chartDistribution(b) {
    const ref = Array.from(b.refCounts, (c) => c / b.nRef);
    const cur = Array.from(b.curCounts, (c) => c / b.nCur);
    if (b.sturges) {
        const bins = b.labels;
        const edges = [...bins.map(([lo]) => lo), bins[bins.length - 1][1]];
        const texts = edgeTexts(edges);
        return {
            kind: 'bins',
            labels: bins.map((_, i) => `${texts[i]}…${texts[i + 1]}`),
            reference: ref,
            current: cur,
            edges,
        };
    }
    const labels = b.labels;
    if (labels.length <= MAX_CHART_CATEGORIES) {
        return { kind: 'categories', labels: labels.map(valueLabel), reference: ref, current: cur };
    }
    // The most frequent categories (by either dataset); the rest are counted in `others`, not charted.
    const order = labels
        .map((_, i) => i)
        .sort((x, y) => Math.max(ref[y], cur[y]) - Math.max(ref[x], cur[x]));
    const keep = order.slice(0, MAX_CHART_CATEGORIES);
    const rest = order.slice(MAX_CHART_CATEGORIES);
    const sum = (values) => rest.reduce((s, i) => s + values[i], 0);
    return {
        kind: 'categories',
        labels: keep.map((i) => valueLabel(labels[i])),
        reference: keep.map((i) => ref[i]),
        current: keep.map((i) => cur[i]),
        others: { count: rest.length, reference: sum(ref), current: sum(cur) },
    };
}


/***/ }),

/***/ 9151:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* unused harmony exports MAX_CHARTS, OPEN_CHARTS, TABLE_ROWS, severity, bySeverity, formatScore, mermaidText */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1659);
/* harmony import */ var _report_xychart_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2105);
/* harmony import */ var _distribution_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9007);
/* harmony import */ var _stat_tests_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9605);
/**
 * The markdown report (job summary, PR or issue body): verdict first, one row per column most severe
 * first, Mermaid `xychart-beta` charts of the most drifted columns, then data-quality findings.
 * Every user-controlled string (column names, categories, paths) is escaped.
 */




/** Distribution charts of the most drifted columns: the first few shown, the rest folded. */
const MAX_CHARTS = 8;
const OPEN_CHARTS = 3;
/** Beyond this many rows, columns without drift are folded into a <details> block. */
const TABLE_ROWS = 15;
/** Test names short enough for a table cell (no-break spaces: each stays on one line). */
const SHORT_TEST = {
    ks: 'K-S\u00a0p-value',
    chisquare: 'chi-square\u00a0p-value',
    z: 'Z-test\u00a0p-value',
    wasserstein: 'Wasserstein\u00a0(normed)',
    jensenshannon: 'Jensen-Shannon',
    psi: 'PSI',
    kl: 'K-L\u00a0divergence',
};
/** How far past its threshold a column is: > 1 means drift (ties count as drift for ks/≥ tests). */
function severity(c) {
    if (c.test === null || c.score === null || c.threshold === null)
        return -1;
    const score = c.adjustedPValue ?? c.score;
    if (_stat_tests_js__WEBPACK_IMPORTED_MODULE_0__/* .TESTS */ .mp[c.test].kind === 'p-value')
        return c.threshold / Math.max(score, Number.MIN_VALUE);
    return c.threshold === 0 ? (score > 0 ? Infinity : 0) : score / c.threshold;
}
function bySeverity(columns) {
    return [...columns].sort((a, b) => Number(b.drifted) - Number(a.drifted) || severity(b) - severity(a) || a.name.localeCompare(b.name));
}
function formatScore(x) {
    if (x === null || x === undefined)
        return '—';
    if (x === 0)
        return '0';
    if (!Number.isFinite(x))
        return String(x);
    const abs = Math.abs(x);
    return abs < 1e-4 || abs >= 1e6 ? x.toExponential(2) : String(Number(x.toPrecision(4)));
}
const percent = (x) => `${(x * 100).toFixed(x > 0 && x < 0.001 ? 2 : 1)}%`;
function verdict(c) {
    // No-break spaces keep the verdict on one line in a narrow column.
    if (c.notTestedReason !== undefined)
        return '⚪\u00a0not\u00a0tested';
    return c.drifted ? '🔴\u00a0drift' : '🟢\u00a0no\u00a0drift';
}
function testCell(c) {
    if (c.notTestedReason !== undefined)
        return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.notTestedReason);
    return c.test ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(SHORT_TEST[c.test]) : '—';
}
function scoreCell(c) {
    if (c.score === null)
        return '—';
    if (c.adjustedPValue === undefined)
        return formatScore(c.score);
    return `${formatScore(c.score)} (adj. ${formatScore(c.adjustedPValue)})`;
}
/** Text safe inside a quoted Mermaid string: no quotes, brackets, HTML or line breaks. */
function mermaidText(text, max = 40) {
    const clean = text.replace(/[^\p{L}\p{N} _.,:;+\-…()/%=]/gu, '_');
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
const share = (x) => `${Number((x * 100).toFixed(1))}%`;
/**
 * Reference as grey bars, current as a blue line. Numerical bins are labelled by their lower edge, with
 * as many digits as it takes to tell neighbours apart; categories, and bins whose labels would overlap
 * side by side, are horizontal bars, so labels have room. Categories beyond the charted ones are left
 * out, their share named in the title.
 */
function chart(c) {
    const d = c.distribution;
    if (!d || d.labels.length === 0)
        return undefined;
    const top = Math.max(...d.reference, ...d.current);
    const ceiling = Math.min(1, Math.ceil(top * 11) / 10) || 1;
    const series = (values) => `[${values.map((v) => Number(v.toFixed(4))).join(', ')}]`;
    const others = d.others
        ? ` · ${d.others.count} others not shown: ${share(d.others.reference)} → ${share(d.others.current)}`
        : '';
    const title = `${mermaidText(c.name)} · bars: reference, line: current${others}`;
    const edges = d.kind === 'bins' && d.edges && d.edges.length === d.labels.length + 1 ? d.edges : undefined;
    const labels = edges ? (0,_distribution_js__WEBPACK_IMPORTED_MODULE_2__/* .edgeTexts */ .SY)(edges).slice(0, -1) : d.labels.map((l) => mermaidText(l, Infinity));
    const orientation = c.type === 'categorical' || !fitsBelow(labels) ? 'horizontal' : 'vertical';
    // Short enough for the rotated axis title of a horizontal chart; the column is named in the title.
    const axisTitle = edges ? ` "bin start (width ${(0,_distribution_js__WEBPACK_IMPORTED_MODULE_2__/* .edgeTexts */ .SY)([edges[1] - edges[0]])[0]})"` : '';
    const shown = (0,_report_xychart_js__WEBPACK_IMPORTED_MODULE_3__/* .uniqueLabels */ .pe)(labels, orientation === 'horizontal' ? 28 : 16);
    const xAxis = `x-axis${axisTitle} [${shown.map((l) => `"${l}"`).join(', ')}]`;
    return [
        '```mermaid',
        ...(0,_report_xychart_js__WEBPACK_IMPORTED_MODULE_3__/* .xychartHeader */ .L8)([_report_xychart_js__WEBPACK_IMPORTED_MODULE_3__/* .REFERENCE_COLOR */ .Us, _report_xychart_js__WEBPACK_IMPORTED_MODULE_3__/* .CURRENT_COLOR */ .Ol], orientation),
        `    title "${title}"`,
        `    ${xAxis}`,
        `    y-axis "share of rows" 0 --> ${ceiling}`,
        `    bar ${series(d.reference)}`,
        `    line ${series(d.current)}`,
        '```',
    ].join('\n');
}
/** Whether labels fit side by side under a vertical chart (about 8.5 px a character at Mermaid's 14 px). */
function fitsBelow(labels) {
    const room = (_report_xychart_js__WEBPACK_IMPORTED_MODULE_3__/* .CHART_WIDTH */ .Iz - 100) / labels.length - 6;
    return Math.max(...labels.map((l) => [...l].length)) * 8.5 <= room;
}
function columnTable(columns) {
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Verdict', 'Column', 'Type', 'Test', 'Threshold', 'Score', 'Missing ref → cur'], columns.map((c) => [
        verdict(c),
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(c.name),
        c.type,
        testCell(c),
        c.threshold === null
            ? '—'
            : `${c.operator === '>=' ? '≥' : c.operator === '<' ? '<' : '≤'} ${formatScore(c.threshold)}`,
        scoreCell(c),
        `${percent(c.missingShare.reference)} → ${percent(c.missingShare.current)}`,
    ]), ['left', 'left', 'left', 'left', 'right', 'right', 'right']);
}
/** Drifted and untested columns always show; columns without drift fill up to TABLE_ROWS, the rest fold. */
function columnsSection(sorted) {
    if (sorted.length <= TABLE_ROWS)
        return columnTable(sorted);
    const notable = sorted.filter((c) => c.drifted || c.notTestedReason !== undefined);
    const quiet = sorted.filter((c) => !(c.drifted || c.notTestedReason !== undefined));
    const room = Math.max(0, TABLE_ROWS - notable.length);
    const shown = [...notable, ...quiet.slice(0, room)];
    const folded = quiet.slice(room);
    if (folded.length === 0)
        return columnTable(shown);
    return [
        columnTable(shown),
        '',
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`${folded.length} more columns without drift`, columnTable(folded)),
    ].join('\n');
}
function findingLine(f) {
    const icon = f.severity === 'warning' ? '⚠️' : 'ℹ️';
    return `- ${icon} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(f.column)} — ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(f.message)}`;
}
function renderMarkdown(report, options = {}) {
    const s = report.summary;
    const out = [];
    const headline = s.tested === 0
        ? '⚪ No column could be tested'
        : s.datasetDrift
            ? `🔴 Dataset drift: ${s.drifted} of ${s.tested} columns drifted`
            : `🟢 No dataset drift: ${s.drifted} of ${s.tested} columns drifted`;
    out.push(`## ${options.title ? `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(options.title)}: ` : ''}${headline}`);
    out.push('');
    const correction = report.settings.correction === 'none' ? '' : `, p-values corrected (${report.settings.correction})`;
    out.push(`Drift share ${percent(s.share)} (dataset drift at ≥ ${percent(report.settings.driftShare)}${correction}). ` +
        `Reference ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(report.reference.source)} (${report.reference.rows.toLocaleString('en-US')} rows) vs current ` +
        `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(report.current.source)} (${report.current.rows.toLocaleString('en-US')} rows).` +
        (s.notTested > 0 ? ` ${s.notTested} column${s.notTested === 1 ? '' : 's'} not tested.` : ''));
    out.push('');
    const sorted = bySeverity(report.columns);
    out.push(columnsSection(sorted));
    // The drifted columns (most severe first); without drift, the few closest to their threshold.
    const chartable = sorted.filter((c) => c.distribution && c.test !== null);
    const drifted = chartable.filter((c) => c.drifted);
    const charted = drifted.length > 0 ? drifted.slice(0, MAX_CHARTS) : chartable.slice(0, OPEN_CHARTS);
    if (charted.length > 0) {
        out.push('');
        out.push(`### Distributions${s.drifted > 0 ? ' of the most drifted columns' : ''}`);
        const charts = charted.map(chart).filter((body) => body !== undefined);
        for (const body of charts.slice(0, OPEN_CHARTS))
            out.push('', body);
        const more = charts.slice(OPEN_CHARTS);
        if (more.length > 0) {
            out.push('', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`${more.length} more distributions`, more.join('\n\n')));
        }
    }
    if (report.findings.length > 0) {
        out.push('', '### Data quality', '');
        const ordered = [...report.findings].sort((a, b) => a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1);
        const lines = ordered.map(findingLine);
        out.push(lines.length > 15
            ? `${lines.slice(0, 15).join('\n')}\n\n${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`${lines.length - 15} more findings`, lines.slice(15).join('\n'))}`
            : lines.join('\n'));
    }
    out.push('', '<sub>Tests and thresholds follow Evidently’s defaults (reference ≤ 1000 values: p-value tests; more: distances). ' +
        'Generated by mlops drift-report.</sub>', '');
    return out.join('\n');
}


/***/ }),

/***/ 7695:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ columnReportSchema),
/* harmony export */   dW: () => (/* binding */ driftReportSchema),
/* harmony export */   ob: () => (/* binding */ DRIFT_REPORT_VERSION)
/* harmony export */ });
/* unused harmony exports distributionSchema, findingSchema, datasetInfoSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _stat_tests_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9605);


/**
 * The drift report JSON (report.json), version 1. Consumers (open-retrain-pr, gated-deploy, dashboards)
 * read `summary` and `columns`; new optional fields may be added within a version, anything else bumps
 * `schemaVersion`. `npm run build` exports this as schema/drift-report.schema.json.
 */
const perDataset = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ reference: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), current: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() });
const distributionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['bins', 'categories']).describe('Sturges bins of a numerical column, or categories'),
    labels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Bin ranges or category values, in chart order'),
    reference: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()).describe('Share of reference values per label'),
    current: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()).describe('Share of current values per label'),
    edges: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig())
        .optional()
        .describe('Bins only: the bin edges, labels[i] covering [edges[i], edges[i+1]) (the last bin closed)'),
    others: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), reference: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), current: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() })
        .optional()
        .describe('Categories beyond the charted ones: how many, and their total share in each dataset'),
})
    .describe('Reference vs current distribution, as charted in the markdown report');
const columnReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['numerical', 'categorical']),
    test: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_stat_tests_js__WEBPACK_IMPORTED_MODULE_0__/* .TEST_NAMES */ .mR).nullable().describe('Test used; null when the column was not tested'),
    testLabel: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
    operator: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['<=', '<', '>=']).nullable().describe('score <operator> threshold means drift'),
    score: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().describe('p-value for ks/chisquare/z, distance or index otherwise'),
    adjustedPValue: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .optional()
        .describe('p-value after the multiple-testing correction, when one applies'),
    drifted: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    missingShare: perDataset.describe('Share of rows missing (empty, NA tokens, ±inf)'),
    values: perDataset.describe('Values used by the test after dropping missing ones'),
    nonNumeric: perDataset
        .optional()
        .describe('Text values found in a numerical column (excluded from the test)'),
    distinct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe('Distinct values in reference ∪ current'),
    details: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()])).optional(),
    notTestedReason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    distribution: distributionSchema.optional(),
});
const findingSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n([
        'missing-column',
        'new-column',
        'type-change',
        'missing-share',
        'unseen-categories',
        'non-numeric',
    ]),
    severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['warning', 'info']),
    column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
});
const datasetInfoSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['csv', 'jsonl', 'parquet']),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
});
const DRIFT_REPORT_VERSION = 1;
const driftReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(DRIFT_REPORT_VERSION),
    generatedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('ISO 8601 time of the analysis'),
    reference: datasetInfoSchema,
    current: datasetInfoSchema,
    settings: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        driftShare: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        correction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['none', 'bonferroni', 'benjamini-hochberg']),
    }),
    summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        tested: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe('Columns a test ran on'),
        drifted: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        share: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe('drifted / tested (0 when nothing was tested)'),
        datasetDrift: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe('share ≥ settings.driftShare (and at least one column tested)'),
        notTested: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    }),
    columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(columnReportSchema).describe('One entry per selected column, in reference column order'),
    findings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(findingSchema).describe('Data-quality findings beside drift'),
})
    .describe('mlops-actions drift-report result');


/***/ }),

/***/ 8294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YU: () => (/* binding */ driftRecordSchema),
/* harmony export */   aZ: () => (/* binding */ readDriftRecords),
/* harmony export */   cr: () => (/* binding */ checkSegment),
/* harmony export */   hH: () => (/* binding */ DRIFT_RECORD_VERSION),
/* harmony export */   m0: () => (/* binding */ storeDriftRecord)
/* harmony export */ });
/* unused harmony exports compactTimestamp, driftRecordPath, serializeDriftRecord, sameObservation */
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1255);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _drift_test_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6390);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2664);
/**
 * The drift record: a compact summary of one drift report, appended to the registry branch at
 * `drift/<dataset>/<timestamp>-<run>.json` (drift-report `record: true`) so drift can be charted over
 * time, gated on (gated-deploy) and acted on (open-retrain-pr). The format, its path, and storing and
 * reading it; building it from a report is core/drift/build-drift-record.ts. `npm run build` exports the
 * schema as schema/drift-record.schema.json.
 */






const DRIFT_RECORD_VERSION = 1;
/** Dataset names and run keys become path segments: the same safe alphabet as experiment names. */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const identitySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .describe('The input as given (relative to the workspace, or absolute); may be a .dvc pointer'),
    md5: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('DVC md5 of the data, when the input is a .dvc pointer'),
    size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional().describe('Size in bytes'),
    rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
})
    .strict();
const driftRecordSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(DRIFT_RECORD_VERSION).describe('Record format version'),
    dataset: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(SEGMENT).describe("Dataset name ('default' unless given)"),
    run: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(SEGMENT)
        .describe('Run key: <workflow run id>-<job> in Actions (reruns replace), local-<random> otherwise'),
    recordedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('ISO 8601 time of the analysis'),
    commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Commit the report was made at (GITHUB_SHA / HEAD)'),
    ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    runUrl: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Link to the workflow run'),
    reference: identitySchema,
    current: identitySchema,
    settings: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        driftShare: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        correction: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['none', 'bonferroni', 'benjamini-hochberg']),
    })
        .strict(),
    summary: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        tested: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        drifted: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        share: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        datasetDrift: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    })
        .strict(),
    columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        test: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_drift_test_names_js__WEBPACK_IMPORTED_MODULE_3__/* .DRIFT_TEST_NAMES */ .s).nullable().describe('null when the column was not tested'),
        score: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        drifted: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    })
        .strict())
        .describe('Per column, in report order'),
})
    .strict()
    .describe('mlops-actions drift record');
function checkSegment(value, inputName) {
    if (!SEGMENT.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}': '${value}' is not allowed: use letters, digits, '.', '_' and '-' (start with a letter or digit, at most 100 characters).`);
    }
    return value;
}
/** `2026-11-26T13:32:05.123Z` → `20261126T133205Z`: sortable and safe in a path. */
function compactTimestamp(iso) {
    return iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}
function driftRecordPath(record) {
    return `drift/${record.dataset}/${compactTimestamp(record.recordedAt)}-${record.run}.json`;
}
function serializeDriftRecord(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
/** Two records of the same observation: equal apart from when they were made (a rerun on the same data). */
function sameObservation(a, b) {
    return JSON.stringify({ ...a, recordedAt: '' }) === JSON.stringify({ ...b, recordedAt: '' });
}
/** Every drift record of `dataset` at `ref`, oldest first (paths sort by time); unreadable ones are skipped. */
async function readDriftRecords(git, ref, dataset, logger) {
    const entries = (await (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listJsonFiles */ .cW)(git, ref, `drift/${dataset}/`)).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    const texts = await git.readBlobTexts(entries.map((e) => e.object));
    const records = [];
    for (const entry of entries) {
        try {
            records.push({
                path: entry.path,
                record: driftRecordSchema.parse(JSON.parse(texts.get(entry.object) ?? '')),
            });
        }
        catch (error) {
            logger?.warning(`Skipping ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_4__/* .logValue */ .Od)(entry.path)}: not a drift record (${error.message.split('\n')[0]})`);
        }
    }
    return records;
}
/** The record this run already stored for the dataset (a rerun of the job), if any. */
async function findRunRecord(git, tip, record) {
    const entries = await (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listJsonFiles */ .cW)(git, tip, `drift/${record.dataset}/`);
    const mine = entries
        .filter((e) => e.path.endsWith(`-${record.run}.json`))
        .sort((a, b) => (a.path < b.path ? -1 : 1));
    const last = mine.at(-1);
    if (!last)
        return undefined;
    const text = (await git.readBlobTexts([last.object])).get(last.object);
    let existing;
    try {
        existing = driftRecordSchema.parse(JSON.parse(text ?? ''));
    }
    catch {
        existing = undefined; // unreadable: replaced below
    }
    return { path: last.path, existing };
}
/**
 * Store `record` at `drift/<dataset>/<timestamp>-<run>.json`. A rerun of the same workflow job finds
 * the record its earlier attempt stored: identical data leaves the branch as it is, changed data replaces
 * that file in place, so one job never leaves two records.
 */
async function storeDriftRecord(git, record, options) {
    const text = serializeDriftRecord(record);
    const fresh = driftRecordPath(record);
    const written = await (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .writeRegistry */ .$c)(git, options, {
        what: `drift record ${fresh}`,
        build: async (tip) => {
            const previous = tip ? await findRunRecord(git, tip, record) : undefined;
            if (previous?.existing && sameObservation(previous.existing, record)) {
                return { update: undefined, value: previous.path };
            }
            const path = previous?.path ?? fresh;
            return {
                update: {
                    files: [{ path, text }],
                    message: `Record drift of ${record.dataset} (${record.run})\n\nmlops-actions drift-report`,
                },
                value: path,
            };
        },
        keep: { dir: 'mlops-drift', files: [{ path: fresh.slice('drift/'.length), text }] },
    });
    return { path: written.value, commit: written.commit, unchanged: written.unchanged };
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


/***/ })

};
