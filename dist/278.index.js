export const id = 278;
export const ids = [278];
export const modules = {

/***/ 8278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gatedDeploy: () => (/* binding */ gated_deploy_gatedDeploy),
  gatedDeploySchema: () => (/* binding */ gatedDeploySchema)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/action.js
var action = __webpack_require__(4555);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/config-inputs.js
var config_inputs = __webpack_require__(9485);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/deploy-github.js
/**
 * gated-deploy's GitHub calls (core/deploy/github-port.ts) through the one Octokit factory: check runs and
 * the combined status, pull requests of a commit, deployments and their statuses, releases, and the deploy
 * pull request. GitHub's refusals that a user can fix become ConfigurationErrors naming the permission.
 */

const deploy_github_status = (error) => {
    const value = error?.status;
    return typeof value === 'number' ? value : undefined;
};
/** 404 → undefined; anything else is thrown. */
async function orMissing(call) {
    try {
        return await call();
    }
    catch (error) {
        if (deploy_github_status(error) === 404)
            return undefined;
        throw error;
    }
}
/** A refusal of a write the job's `permissions:` can fix. */
function permission(error, what, needed) {
    const code = deploy_github_status(error);
    if (code === 403 || code === 401) {
        const detail = error.message;
        throw new errors/* ConfigurationError */.j1(`GitHub refused ${what} (HTTP ${code}: ${detail}). Give the job \`permissions: ${needed}\`` +
            (/not permitted to create or approve pull requests/i.test(detail)
                ? ', and allow GitHub Actions to create pull requests in the repository settings (Actions → General).'
                : '.'), { cause: error });
    }
    throw error;
}
const release = (r) => ({
    id: r.id,
    url: r.html_url,
    body: r.body ?? '',
    name: r.name ?? '',
});
function deployGitHub(octokit, repository) {
    const [owner = '', repo = ''] = repository.split('/');
    const where = { owner, repo };
    return {
        async checksFor(ref) {
            const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
                ...where,
                ref,
                filter: 'latest',
                per_page: 100,
            });
            const combined = await octokit.rest.repos.getCombinedStatusForRef({ ...where, ref, per_page: 100 });
            return [
                ...runs.map((r) => ({
                    name: r.name,
                    kind: 'check run',
                    status: r.status,
                    conclusion: r.conclusion,
                })),
                ...combined.data.statuses.map((s) => ({
                    name: s.context,
                    kind: 'status',
                    status: s.state,
                    conclusion: null,
                })),
            ];
        },
        async pullsForCommit(sha) {
            const found = await orMissing(() => octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...where, commit_sha: sha, per_page: 20 }));
            return (found?.data ?? []).map((p) => ({
                number: p.number,
                headSha: p.head.sha,
                merged: p.merged_at !== null,
            }));
        },
        async deployments(environment, options) {
            const { data } = await octokit.rest.repos.listDeployments({
                ...where,
                environment,
                ...(options.sha ? { sha: options.sha } : {}),
                per_page: Math.min(100, options.limit),
            });
            const out = [];
            for (const d of data.slice(0, options.limit)) {
                const statuses = await octokit.rest.repos.listDeploymentStatuses({
                    ...where,
                    deployment_id: d.id,
                    per_page: 1,
                });
                out.push({
                    id: d.id,
                    sha: d.sha,
                    environment: d.environment,
                    payload: d.payload,
                    state: statuses.data[0]?.state,
                });
            }
            return out;
        },
        async createDeployment(request) {
            try {
                const response = await octokit.rest.repos.createDeployment({
                    ...where,
                    ref: request.sha,
                    task: 'deploy',
                    environment: request.environment,
                    auto_merge: false,
                    required_contexts: [],
                    production_environment: request.production,
                    transient_environment: false,
                    description: request.description,
                    payload: request.payload,
                });
                if (response.status !== 201 || !('id' in response.data)) {
                    throw new Error(`GitHub answered ${response.status} without a deployment: ${JSON.stringify(response.data)}`);
                }
                return response.data.id;
            }
            catch (error) {
                return permission(error, 'creating a deployment', 'deployments: write');
            }
        },
        async setDeploymentStatus(id, s) {
            try {
                await octokit.rest.repos.createDeploymentStatus({
                    ...where,
                    deployment_id: id,
                    state: s.state,
                    description: s.description,
                    ...(s.logUrl ? { log_url: s.logUrl } : {}),
                    ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
                });
            }
            catch (error) {
                permission(error, 'setting a deployment status', 'deployments: write');
            }
        },
        async releaseByTag(tag) {
            const found = await orMissing(() => octokit.rest.repos.getReleaseByTag({ ...where, tag }));
            return found ? release(found.data) : undefined;
        },
        async latestReleaseId() {
            return (await orMissing(() => octokit.rest.repos.getLatestRelease(where)))?.data.id;
        },
        async createRelease(r) {
            try {
                const { data } = await octokit.rest.repos.createRelease({
                    ...where,
                    tag_name: r.tag,
                    target_commitish: r.target,
                    name: r.name,
                    body: r.body,
                    make_latest: 'true',
                });
                return release(data);
            }
            catch (error) {
                return permission(error, 'creating a release', 'contents: write');
            }
        },
        async updateRelease(id, r) {
            try {
                const { data } = await octokit.rest.repos.updateRelease({
                    ...where,
                    release_id: id,
                    name: r.name,
                    body: r.body,
                    make_latest: 'true',
                });
                return release(data);
            }
            catch (error) {
                return permission(error, 'updating a release', 'contents: write');
            }
        },
        async openPull(head) {
            const { data } = await octokit.rest.pulls.list({
                ...where,
                head: `${owner}:${head}`,
                state: 'open',
                per_page: 10,
            });
            const pull = data[0];
            return pull
                ? { number: pull.number, url: pull.html_url, title: pull.title, body: pull.body ?? '' }
                : undefined;
        },
        async createPull(r) {
            try {
                const { data } = await octokit.rest.pulls.create({
                    ...where,
                    head: r.head,
                    base: r.base,
                    title: r.title,
                    body: r.body,
                });
                return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '' };
            }
            catch (error) {
                return permission(error, `opening the deploy pull request from ${r.head}`, 'pull-requests: write');
            }
        },
        async updatePull(number, r) {
            try {
                await octokit.rest.pulls.update({ ...where, pull_number: number, title: r.title, body: r.body });
            }
            catch (error) {
                permission(error, `updating pull request #${number}`, 'pull-requests: write');
            }
        },
    };
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/inputs.js
var inputs = __webpack_require__(6696);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/push-token-git.js
var push_token_git = __webpack_require__(7628);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/adapter/registry-credentials.js
var registry_credentials = __webpack_require__(9593);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/deploy-records.js
var deploy_records = __webpack_require__(3633);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/decision.js
/**
 * The decision: every gate's result and the verdict, as gated-deploy writes it to `decision-file` (and the
 * job summary, PR body and release notes show it). `npm run build` exports the schema as
 * schema/deploy-decision.schema.json.
 */


const DECISION_VERSION = 1;
const COMMANDS = ['promote', 'rollback', 'decide'];
const decisionSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(DECISION_VERSION),
    model: schemas/* string */.YjP(),
    environment: schemas/* string */.YjP(),
    command: schemas/* enum */.k5n(COMMANDS),
    decision: schemas/* enum */.k5n(['allowed', 'blocked']),
    version: schemas/* string */.YjP().nullable().describe('The version promoted (or that would be)'),
    commit: schemas/* string */.YjP().nullable(),
    run: deploy_records/* runRefSchema */.Ev.nullable(),
    image: schemas/* string */.YjP().nullable(),
    current: schemas/* object */.Ikc({ version: schemas/* string */.YjP(), commit: schemas/* string */.YjP() })
        .strict()
        .nullable()
        .describe('What the environment shows now'),
    gates: schemas/* array */.YOg(deploy_records/* gateResultSchema */.mK),
    decidedAt: schemas/* string */.YjP().describe('ISO 8601'),
    repository: schemas/* string */.YjP().optional(),
    runUrl: schemas/* string */.YjP().optional().describe('The workflow run that decided'),
})
    .strict()
    .describe('mlops-actions gated-deploy decision');
/** Allowed unless a gate failed (skipped gates do not block). */
function verdict(gates) {
    return gates.some((g) => g.status === 'fail') ? 'blocked' : 'allowed';
}
function serializeDecision(decision) {
    return `${JSON.stringify(decision, null, 2)}\n`;
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/oci/image-ref.js
var image_ref = __webpack_require__(2766);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/grammar.js
var grammar = __webpack_require__(8527);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/directions.js
var directions = __webpack_require__(6378);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/github-records.js
/**
 * GitHub's view of a deployment, made after the push landed: a deployment (auto_merge false, required_contexts
 * [], the record in its payload) with statuses in_progress → success/failure, and, for production, a release
 * whose tag is the GTO version tag. Both are found again on a rerun (the deployment through its payload's
 * record path, the release by its tag), so no second one is made.
 */
const describe = (r) => `${r.model} ${r.version}${r.image ? ` (${r.image.slice(r.image.indexOf('@') + 1, r.image.indexOf('@') + 20)}…)` : ''}`.slice(0, 140);
/** Find this record's deployment, or create it; mark it in_progress unless it already succeeded. */
async function startDeployment(github, r) {
    const existing = (await github.deployments(r.environment, { sha: r.sha, limit: 100 })).find((d) => {
        const mlops = d.payload?.mlops;
        return mlops?.model === r.model && mlops.record === r.recordPath;
    });
    if (existing?.state === 'success')
        return { id: existing.id, found: true, done: true };
    const id = existing?.id ??
        (await github.createDeployment({
            sha: r.sha,
            environment: r.environment,
            production: r.production,
            description: describe(r),
            payload: {
                mlops: {
                    model: r.model,
                    version: r.version,
                    image: r.image ?? null,
                    record: r.recordPath,
                    workflowRunId: r.workflowRunId ?? null,
                },
            },
        }));
    await github.setDeploymentStatus(id, {
        state: 'in_progress',
        description: `Deploying ${describe(r)}`.slice(0, 140),
        logUrl: r.logUrl,
        environmentUrl: r.environmentUrl,
    });
    return { id, found: existing !== undefined, done: false };
}
async function finishDeployment(github, r, id, outcome) {
    await github.setDeploymentStatus(id, {
        state: outcome.ok ? 'success' : 'failure',
        description: (outcome.ok ? `Deployed ${describe(r)}` : outcome.why).slice(0, 140),
        logUrl: r.logUrl,
        environmentUrl: r.environmentUrl,
    });
    if (outcome.ok && r.production)
        await inactivateOlder(github, r, id);
}
/**
 * GitHub's auto_inactive covers only non-production environments: older successful deployments of a
 * production environment stay "active" unless marked inactive, so this does it for the newest few.
 */
async function inactivateOlder(github, r, keep) {
    for (const d of await github.deployments(r.environment, { limit: 30 })) {
        if (d.id === keep || d.state !== 'success')
            continue;
        await github.setDeploymentStatus(d.id, {
            state: 'inactive',
            description: `Superseded by ${r.model} ${r.version}`.slice(0, 140),
            logUrl: r.logUrl,
            environmentUrl: undefined,
        });
    }
}
/**
 * The release of a version tag, made latest: created when missing, its notes updated when they differ, and
 * left alone when it is already the latest with these notes (a rerun). A rollback passes the notes the
 * release already has, so it only becomes latest again.
 */
async function upsertRelease(github, request, keepExistingNotes = false) {
    const existing = await github.releaseByTag(request.tag);
    if (!existing)
        return { release: await github.createRelease(request), action: 'created' };
    const body = keepExistingNotes ? existing.body : request.body;
    const latest = await github.latestReleaseId();
    if (latest === existing.id && existing.body === body)
        return { release: existing, action: 'unchanged' };
    return {
        release: await github.updateRelease(existing.id, { name: existing.name, body }),
        action: 'updated',
    };
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/markdown.js
var markdown = __webpack_require__(1659);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/limits.js
var limits = __webpack_require__(9657);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/lineage-flowchart.js
var lineage_flowchart = __webpack_require__(12);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/lineage.js
/**
 * The provenance chain of a deployment as gated-deploy knows it when it deploys — data md5s → run → image
 * digest → version in its stage → this deployment → the drift gate's verdict — drawn as the same Mermaid
 * flowchart `mlops lineage` draws (core/report/lineage-flowchart.ts) for the job summary and the release
 * notes. Later drift records are not known yet: `mlops lineage` shows them.
 */


function deploymentFlowchart(c) {
    const digest = c.image?.includes('@') ? c.image.slice(c.image.indexOf('@') + 1) : undefined;
    const input = {
        data: c.data.map((d) => ({ path: d.path, md5: d.md5 })),
        run: c.run ?? undefined,
        images: digest ? [digest] : [],
        version: c.version ? { model: c.model, version: c.version, stages: [c.environment] } : undefined,
        deployments: [
            { environment: c.environment, sequence: c.sequence, action: c.action, status: c.status, at: c.at },
        ],
        drift: (0,deploy_records/* driftGateDatasets */.OZ)(c.gates).map((dataset) => {
            const g = c.gates.find((x) => x.gate === 'drift' && x.subject === dataset);
            return {
                dataset,
                at: '',
                text: `gate ${g.status}${g.observed ? `: ${g.observed}` : ''}`,
                drifted: g.status === 'fail',
            };
        }),
    };
    return (0,lineage_flowchart/* lineageFlowchart */.Ym)(input);
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/render.js
/**
 * What a person reads: the job summary and the deploy pull request's body. The verdict comes first in one
 * line, then the facts in one line, then one compact table with a row per gate check. Every piece of user
 * text (model and metric names, check names, paths, reasons) is escaped: no links, mentions, HTML or markers.
 */


/** Icon and word, joined by a no-break space so the narrow column never splits them. */
const ICON = {
    pass: '✅\u00a0pass',
    fail: '❌\u00a0fail',
    skip: '⏭️\u00a0skip',
};
/** One row per gate check: result, gate (and what it checked), observed, limit, reason. */
function gateTable(gates) {
    if (gates.length === 0)
        return '_No gates are configured for this environment._';
    return (0,markdown/* table */.tp)(['Result', 'Gate', 'Observed', 'Limit', 'Reason'], gates.map((g) => [
        ICON[g.status],
        g.subject ? `${(0,markdown/* escapeMarkdown */.FV)(g.gate)} ${(0,markdown/* code */.aY)(g.subject)}` : (0,markdown/* escapeMarkdown */.FV)(g.gate),
        (0,markdown/* escapeMarkdown */.FV)(g.observed || '—'),
        (0,markdown/* escapeMarkdown */.FV)(g.limit || '—'),
        (0,markdown/* escapeMarkdown */.FV)(g.reason),
    ]));
}
/** `3 pass, 1 fail, 1 skip`. */
function gateCounts(gates) {
    const count = (s) => gates.filter((g) => g.status === s).length;
    return ['pass', 'fail', 'skip']
        .map((s) => (count(s) > 0 ? `${count(s)} ${s}` : ''))
        .filter(Boolean)
        .join(', ');
}
const shortDigest = (image) => {
    const at = image.indexOf('@');
    return at < 0 ? image : `${image.slice(0, at)}@${image.slice(at + 1, at + 20)}…`;
};
/** The facts line: commit, run, image, what the environment showed. */
function factsLine(d) {
    const facts = [
        d.commit ? `commit ${(0,markdown/* code */.aY)(d.commit.slice(0, 7))}` : '',
        d.run ? `run ${(0,markdown/* code */.aY)(`${d.run.experiment}/${d.run.id}`)}` : '',
        d.image ? `image ${(0,markdown/* code */.aY)(shortDigest(d.image))}` : '',
        d.current
            ? `${(0,markdown/* escapeMarkdown */.FV)(d.environment)} shows ${(0,markdown/* code */.aY)(d.current.version)}`
            : `nothing in ${(0,markdown/* escapeMarkdown */.FV)(d.environment)} yet`,
    ];
    return facts.filter(Boolean).join(' · ');
}
/** The failed checks, named: `no-regression `latency_ms``, at most three and a count. */
function failedChecks(gates) {
    const failed = gates
        .filter((g) => g.status === 'fail')
        .map((g) => (g.subject ? `${(0,markdown/* escapeMarkdown */.FV)(g.gate)} ${(0,markdown/* code */.aY)(g.subject)}` : (0,markdown/* escapeMarkdown */.FV)(g.gate)));
    return failed.length > 3
        ? `${failed.slice(0, 3).join(', ')} and ${failed.length - 3} more`
        : failed.join(', ');
}
/** An outcome with nothing written yet. */
function outcomeOf(decision, state, notes = []) {
    return {
        decision,
        state,
        tags: [],
        pinned: [],
        branch: undefined,
        manifestCommit: undefined,
        recordPath: undefined,
        pullRequestUrl: undefined,
        deploymentId: undefined,
        releaseUrl: undefined,
        notes,
        data: [],
    };
}
function headline(o) {
    const d = o.decision;
    const what = `${(0,markdown/* code */.aY)(d.model)} ${(0,markdown/* code */.aY)(d.version ?? '?')} → ${(0,markdown/* code */.aY)(d.environment)}`;
    const rollback = d.command === 'rollback';
    switch (o.state) {
        case 'blocked':
            return `### ⛔ ${what}: blocked by ${failedChecks(d.gates)} (${gateCounts(d.gates)})`;
        case 'decided':
            return `### ${d.decision === 'allowed' ? '✅' : '⛔'} ${what}: ${d.decision} (decide only: nothing was written)`;
        case 'deployed':
            return `### ${rollback ? '↩️' : '✅'} ${what}: ${rollback ? 'rolled back' : 'deployed'}`;
        case 'unchanged':
            return `### ✅ ${what}: already deployed (nothing changed)`;
        case 'proposed':
            return `### 🔀 ${what}: pull request with the pinned manifests`;
        case 'proposal-unchanged':
            return `### 🔀 ${what}: pull request already up to date`;
        case 'deployment-failed':
            return `### ⚠️ ${what}: pushed, but the GitHub deployment failed`;
    }
}
function written(o) {
    const lines = [];
    if (o.tags.length > 0)
        lines.push(`- GTO tags: ${o.tags.map(markdown/* code */.aY).join(' ')}`);
    const changed = o.pinned.filter((p) => p.changed).map((p) => p.file);
    if (o.pinned.length > 0) {
        const where = o.branch ? ` on ${(0,markdown/* code */.aY)(o.branch)}` : '';
        const commit = o.manifestCommit ? ` (${(0,markdown/* code */.aY)(o.manifestCommit.slice(0, 7))})` : '';
        lines.push(changed.length > 0
            ? `- Pinned${where}${commit}: ${changed.map(markdown/* code */.aY).join(' ')}`
            : `- Manifests already pinned${where}: ${o.pinned.map((p) => (0,markdown/* code */.aY)(p.file)).join(' ')}`);
    }
    if (o.recordPath)
        lines.push(`- Record: ${(0,markdown/* code */.aY)(o.recordPath)}`);
    if (o.pullRequestUrl)
        lines.push(`- Pull request: ${o.pullRequestUrl}`);
    if (o.deploymentId !== undefined)
        lines.push(`- GitHub deployment: ${o.deploymentId}`);
    if (o.releaseUrl)
        lines.push(`- Release: ${o.releaseUrl}`);
    return lines;
}
/** States in which something was deployed (or proposed): the summary then draws the lineage. */
const LANDED = new Set([
    'deployed',
    'unchanged',
    'proposed',
    'proposal-unchanged',
    'deployment-failed',
]);
/** The lineage chart of what the outcome deployed (or proposes). */
function lineage(o) {
    const d = o.decision;
    return deploymentFlowchart({
        model: d.model,
        version: d.version,
        environment: d.environment,
        action: d.command === 'rollback' ? 'rollback' : 'promote',
        status: o.state === 'proposed' || o.state === 'proposal-unchanged' ? 'proposed' : 'deployed',
        sequence: undefined,
        at: d.decidedAt,
        image: d.image,
        run: d.run,
        data: o.data,
        gates: d.gates,
    });
}
/** The job summary: verdict, facts, gate table, what was written, the lineage, notes. */
function renderSummary(o) {
    const parts = [headline(o), '', factsLine(o.decision), '', gateTable(o.decision.gates), ''];
    const done = written(o);
    if (done.length > 0)
        parts.push(...done, '');
    if (LANDED.has(o.state)) {
        const later = (0,markdown/* code */.aY)(`mlops lineage ${o.decision.model}@${o.decision.version ?? ''}`);
        parts.push(`**Lineage** (drift records after the deployment: ${later})`, '', lineage(o), '');
    }
    for (const note of o.notes)
        parts.push(`> ${(0,markdown/* escapeMarkdown */.FV)(note)}`, '');
    return parts.join('\n');
}
/** GitHub refuses pull request bodies over 65,536 characters; a policy with hundreds of checks is cut here. */
const PULL_BODY_LIMIT = 60_000;
/** The deploy pull request: what merging it does, then the decision. */
function renderPullBody(o, recordNote) {
    const body = pullBody(o, recordNote);
    if (body.length <= PULL_BODY_LIMIT)
        return body;
    const cut = body.lastIndexOf('\n', PULL_BODY_LIMIT);
    return `${body.slice(0, cut)}\n\n_The table is cut here; the job summary and the decision file have every row._`;
}
function pullBody(o, recordNote) {
    const d = o.decision;
    return [
        `### 🔀 Deploy ${(0,markdown/* code */.aY)(d.model)} ${(0,markdown/* code */.aY)(d.version ?? '?')} to ${(0,markdown/* code */.aY)(d.environment)}`,
        '',
        factsLine(d),
        '',
        `Merging pins ${(0,markdown/* code */.aY)(d.image ?? '')} in ${o.pinned
            .filter((p) => p.changed)
            .map((p) => (0,markdown/* code */.aY)(p.file))
            .join(', ')}. ${(0,markdown/* escapeMarkdown */.FV)(recordNote)}`,
        '',
        `**Gates: ${d.decision}** (${gateCounts(d.gates) || 'none configured'})`,
        '',
        gateTable(d.gates),
        '',
        d.runUrl ? `Decided by workflow run ${d.runUrl}` : '',
    ]
        .join('\n')
        .trimEnd();
}
function pullTitle(d) {
    return `Deploy ${d.model} ${d.version ?? ''} to ${d.environment}`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/release-notes.js
/**
 * Release notes of a production deployment: the metrics against the previous production version, the params
 * that changed, the data hashes, the image digest, the run, the gate table, and how to roll back. Built only
 * from the deployment record and run records, so a rerun writes the same notes.
 */




const MAX_ROWS = 50;
const paramText = (v) => (v === undefined ? '—' : (0,markdown/* code */.aY)(JSON.stringify(v)));
function metricsTable(run, previous, prevVersion) {
    const keys = [...new Set([...Object.keys(run.metrics), ...Object.keys(previous?.metrics ?? {})])].sort();
    const rows = keys.slice(0, MAX_ROWS).map((key) => {
        const now = run.metrics[key];
        const before = previous?.metrics[key];
        const delta = now !== undefined && before !== undefined ? now - before : undefined;
        return [
            (0,markdown/* code */.aY)(key),
            now === undefined ? '—' : (0,limits/* formatNumber */.ZV)(now),
            before === undefined ? '—' : (0,limits/* formatNumber */.ZV)(before),
            delta === undefined ? '' : `${delta > 0 ? '+' : ''}${(0,limits/* formatNumber */.ZV)(delta)}`,
        ];
    });
    const header = previous
        ? ['Metric', 'This version', `${prevVersion ?? 'previous'}`, 'Change']
        : ['Metric', 'This version', 'Previous', ''];
    return (0,markdown/* table */.tp)(header.map((h) => (0,markdown/* escapeMarkdown */.FV)(h)), rows, ['left', 'right', 'right', 'right']);
}
function paramsTable(run, previous) {
    const keys = [...new Set([...Object.keys(run.params), ...Object.keys(previous.params)])].sort();
    const changed = keys.filter((k) => JSON.stringify(run.params[k]) !== JSON.stringify(previous.params[k]));
    if (changed.length === 0)
        return undefined;
    return (0,markdown/* table */.tp)(['Param', 'Before', 'Now'], changed.slice(0, MAX_ROWS).map((k) => [(0,markdown/* code */.aY)(k), paramText(previous.params[k]), paramText(run.params[k])]));
}
function releaseName(record) {
    return `${record.model} ${record.version}`;
}
function renderReleaseNotes(input) {
    const { record, run, previousRun } = input;
    const prev = record.previous;
    const lines = [
        `## ${(0,markdown/* code */.aY)(record.model)} ${(0,markdown/* code */.aY)(record.version)} in ${(0,markdown/* code */.aY)(record.environment)}`,
        '',
        prev
            ? `Replaces ${(0,markdown/* code */.aY)(prev.version)} (${(0,markdown/* code */.aY)(prev.commit.slice(0, 7))}). Gates: ${gateCounts(record.gates) || 'none configured'}.`
            : `The first version in ${(0,markdown/* escapeMarkdown */.FV)(record.environment)}. Gates: ${gateCounts(record.gates) || 'none configured'}.`,
        '',
    ];
    if (run) {
        lines.push('### Metrics', '', metricsTable(run, previousRun, prev?.version), '');
        const params = previousRun ? paramsTable(run, previousRun) : undefined;
        if (params)
            lines.push('### Changed params', '', params, '');
        if (run.data.length > 0) {
            lines.push('### Data', '', (0,markdown/* table */.tp)(['Path', 'md5'], run.data.slice(0, MAX_ROWS).map((d) => [(0,markdown/* code */.aY)(d.path), (0,markdown/* code */.aY)(d.md5)])), '');
        }
    }
    lines.push('### Lineage', '', deploymentFlowchart({
        ...record,
        status: 'deployed',
        at: record.recordedAt,
        data: run?.data ?? [],
    }), '', `Drift records after the deployment: ${(0,markdown/* code */.aY)(`mlops lineage ${record.model}@${record.version}`)}.`, '');
    lines.push('### Image and run', '');
    lines.push(`- Image: ${record.image ? (0,markdown/* code */.aY)(record.image) : '—'}`);
    lines.push(`- Commit: ${(0,markdown/* code */.aY)(record.commit)}`);
    if (record.run) {
        const link = record.run.url ? ` (${record.run.url})` : '';
        lines.push(`- Run: ${(0,markdown/* code */.aY)(`${record.run.experiment}/${record.run.id}`)}${link}`);
    }
    if (record.runUrl)
        lines.push(`- Deployed by workflow run ${record.runUrl}`);
    lines.push('', '### Gates', '', gateTable(record.gates), '', '### Roll back', '');
    const target = prev ? (0,markdown/* code */.aY)(prev.version) : 'the previous version';
    lines.push(`Run gated-deploy with \`command: rollback\` for ${(0,markdown/* code */.aY)(record.environment)} (or from a terminal: ` +
        `${(0,markdown/* code */.aY)(`mlops gated-deploy rollback --name ${record.model} --environment ${record.environment}`)}). ` +
        `It assigns ${target} to ${(0,markdown/* code */.aY)(record.environment)} again and unassigns ${(0,markdown/* code */.aY)(record.version)} ` +
        '(so `gto show` agrees), and pins the image recorded for it.');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/finish.js
/**
 * After the push: GitHub's records of the deployment (a deployment with its statuses, a release for
 * production). The push already landed, so a failure here names what was pushed and that a rerun of the job
 * completes it (the rerun finds the push there and only makes what is missing).
 */




/** A failure after the push landed: the message says what was done, `partial` what GitHub has so far. */
class AfterPushError extends Error {
    partial;
    name = 'AfterPushError';
    constructor(message, partial, options) {
        super(message, options);
        this.partial = partial;
    }
}
async function finishOnGitHub(github, r) {
    const done = { deploymentId: undefined, releaseUrl: undefined, notes: [] };
    const request = {
        model: r.record.model,
        environment: r.record.environment,
        version: r.record.version,
        sha: r.sha,
        production: r.production,
        image: r.record.image ?? undefined,
        recordPath: r.recordPath,
        workflowRunId: r.workflowRunId,
        logUrl: r.logUrl,
        environmentUrl: r.environmentUrl,
    };
    let step = 'creating the GitHub deployment';
    try {
        let started;
        if (r.deployment) {
            started = await startDeployment(github, request);
            done.deploymentId = started.id;
            if (started.found)
                done.notes.push(`GitHub deployment ${started.id} of this record was already there.`);
        }
        if (r.release) {
            step = 'creating the release';
            const tag = `${(0,grammar/* artifactToTag */.Mo)(r.record.model)}@${r.record.version}`;
            const body = renderReleaseNotes({ record: r.record, run: r.run, previousRun: r.previousRun });
            const made = await upsertRelease(github, { tag, target: r.record.commit, name: releaseName(r.record), body }, r.record.action === 'rollback');
            done.releaseUrl = made.release.url;
            if (made.action !== 'created')
                done.notes.push(`Release ${tag} ${made.action === 'unchanged' ? 'was already up to date' : 'updated'}.`);
        }
        if (started && !started.done) {
            step = 'marking the GitHub deployment successful';
            await finishDeployment(github, request, started.id, { ok: true });
        }
        return done;
    }
    catch (error) {
        const why = `${step} failed: ${(0,errors/* errorMessage */.gJ)(error)}`;
        if (done.deploymentId !== undefined && step !== 'marking the GitHub deployment successful') {
            await finishDeployment(github, request, done.deploymentId, { ok: false, why }).catch(() => undefined);
        }
        throw new AfterPushError(`${r.pushed}, but ${why}. Rerun the job to finish: the push is already there, so the rerun only creates what is missing on GitHub.`, done, { cause: error });
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/gates/after.js
/** Gate `after`: the candidate must be active in another stage first (production after staging). */
function afterGate(stage, ctx) {
    const row = { gate: 'after', subject: stage, limit: `${ctx.version} active in ${stage}` };
    const artifact = ctx.registry.artifact(ctx.model);
    const active = artifact?.activeInStage(stage) ?? [];
    const observed = active.length > 0 ? active.map((v) => v.version).join(', ') : 'nothing';
    const candidate = active.find((v) => v.version === ctx.version && v.commit === ctx.commit);
    if (candidate)
        return [{ ...row, status: 'pass', observed, reason: `${ctx.version} is active in ${stage}` }];
    const registered = artifact?.find(ctx.version);
    return [
        {
            ...row,
            status: 'fail',
            observed,
            reason: registered
                ? `${ctx.version} is not active in ${stage}; promote it there first`
                : `${ctx.version} is not registered yet, so it cannot be active in ${stage}; promote it there first`,
        },
    ];
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/gates/checks.js
/**
 * Gate `checks`: each named check run (GitHub Checks) or commit status context on the commit is green.
 * A check run passes when completed with success, neutral or skipped (what branch protection accepts); a
 * status when its latest state is success. Several check runs of one name: the latest of each counts, and
 * all must pass.
 */
const GREEN = new Set(['success', 'neutral', 'skipped']);
function judge(found) {
    const states = found.map((c) => c.kind === 'status' ? c.status : c.status === 'completed' ? (c.conclusion ?? 'completed') : c.status);
    const ok = found.every((c) => c.kind === 'status' ? c.status === 'success' : c.status === 'completed' && GREEN.has(c.conclusion ?? ''));
    return { ok, observed: [...new Set(states)].join(', ') };
}
async function checksGate(names, ctx) {
    if (!ctx.checks)
        throw new Error('checks gate without a checks source');
    const all = await ctx.checks.checksFor(ctx.commit);
    return names.map((name) => {
        const row = { gate: 'checks', subject: name, limit: 'success' };
        const found = all.filter((c) => c.name === name);
        if (found.length === 0) {
            return {
                ...row,
                status: 'fail',
                observed: 'not found',
                reason: `no check run or status named '${name}' on ${ctx.commit.slice(0, 7)}`,
            };
        }
        const { ok, observed } = judge(found);
        return { ...row, status: ok ? 'pass' : 'fail', observed, reason: ok ? 'green' : 'not green' };
    });
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/experiments/data-versions.js
var data_versions = __webpack_require__(6592);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/gates/data.js
/**
 * Gate `data`: the data hashes the run recorded equal the `.dvc` pointers (and `dvc.lock` entries) at the
 * commit being deployed, read from git (the pointer blobs at that commit), never downloading data. So a
 * model trained on one snapshot is not deployed from a commit that points at another.
 */

const data_short = (md5) => md5.slice(0, 8);
async function dataGate(ctx) {
    const row = {
        gate: 'data',
        subject: '',
        limit: `run hashes = pointers at ${ctx.commit.slice(0, 7)}`,
    };
    const run = ctx.run;
    if (!run)
        return [{ ...row, status: 'fail', observed: '', reason: 'no run record to read data hashes from' }];
    if (run.data.length === 0) {
        return [
            {
                ...row,
                status: 'fail',
                observed: 'no data hashes',
                reason: `run ${run.id} recorded no data versions`,
            },
        ];
    }
    const files = (0,data_versions/* pointerFiles */.NG)(run.data);
    const atCommit = await (0,data_versions/* dataVersionsAtCommit */.Ud)(ctx.git, ctx.commit, files);
    const problems = [];
    for (const d of run.data) {
        const there = atCommit.get(d.path)?.md5;
        if (there === undefined)
            problems.push(`${d.path}: no pointer at the commit`);
        else if (there !== d.md5)
            problems.push(`${d.path}: run ${data_short(d.md5)}, commit ${data_short(there)}`);
    }
    const matched = run.data.length - problems.length;
    const observed = `${matched} of ${run.data.length} match`;
    if (problems.length === 0) {
        return [
            { ...row, status: 'pass', observed, reason: `every recorded hash matches (${files.join(', ')})` },
        ];
    }
    const shown = problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : '');
    return [{ ...row, status: 'fail', observed, reason: shown }];
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/drift-records.js
var drift_records = __webpack_require__(8294);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/gates/drift.js
/**
 * Gate `drift`: the newest drift record of a dataset on the registry branch (drift-report `record: true`)
 * shows no dataset drift, or a drifted share at most `max-share`; with `max-age`, it is recent enough.
 */


async function driftGate(policy, ctx) {
    const dataset = policy.dataset;
    const maxShare = policy['max-share'];
    const shareLimit = maxShare === undefined ? 'no dataset drift' : `share ≤ ${(0,limits/* formatNumber */.ZV)(maxShare)}`;
    const records = ctx.registryRef
        ? await (0,drift_records/* readDriftRecords */.aZ)(ctx.git, ctx.registryRef, dataset, ctx.logger)
        : [];
    const newest = records.at(-1);
    if (!newest) {
        return [
            {
                gate: 'drift',
                subject: dataset,
                status: 'fail',
                observed: '',
                limit: shareLimit,
                reason: `no drift record of '${dataset}' on the registry branch (run drift-report with record: true)`,
            },
        ];
    }
    const { summary } = newest.record;
    const observed = `share ${(0,limits/* formatNumber */.ZV)(summary.share)} (${summary.drifted} of ${summary.tested} columns)${summary.datasetDrift ? ', dataset drift' : ''}`;
    const shareOk = maxShare === undefined ? !summary.datasetDrift : summary.share <= maxShare;
    const rows = [
        {
            gate: 'drift',
            subject: dataset,
            status: shareOk ? 'pass' : 'fail',
            observed,
            limit: shareLimit,
            reason: `${shareOk ? 'within the limit' : 'drifted beyond the limit'} (record ${newest.path.split('/').at(-1)})`,
        },
    ];
    const maxAge = policy['max-age'];
    if (maxAge !== undefined) {
        const age = (ctx.now.getTime() - Date.parse(newest.record.recordedAt)) / 1000;
        const limitSeconds = (0,limits/* parseDuration */.E9)(maxAge);
        const fresh = Number.isFinite(age) && age <= limitSeconds;
        rows.push({
            gate: 'drift',
            subject: `${dataset} age`,
            status: fresh ? 'pass' : 'fail',
            observed: Number.isFinite(age) ? (0,limits/* ageText */.XG)(age) : `unreadable time '${newest.record.recordedAt}'`,
            limit: `≤ ${maxAge.trim()}`,
            reason: fresh ? 'recent enough' : `the newest drift record is older than ${maxAge.trim()}`,
        });
    }
    return rows;
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/provenance.js + 1 modules
var provenance = __webpack_require__(5881);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/gates/image.js
/**
 * Gate `image`: the digest exists in its registry (a HEAD on the manifest, with the same Basic/Bearer
 * authentication build-model-image uses) and the image's provenance labels name the same run.
 */

const RUN_LABEL = `${provenance/* LABEL_PREFIX */.Ag}.run-id`;
const EXPERIMENT_LABEL = `${provenance/* LABEL_PREFIX */.Ag}.experiment`;
async function imageGate(ctx) {
    const image = ctx.image;
    const exists = { gate: 'image', subject: 'digest', limit: 'in the registry' };
    if (!image)
        return [{ ...exists, status: 'fail', observed: '', reason: "no image given (input 'image')" }];
    if (!ctx.images)
        throw new Error('image gate without an image inspector');
    const facts = await ctx.images.inspect(image);
    const where = `${image.name}@${image.digest.slice(0, 19)}…`;
    if (!facts.exists) {
        return [{ ...exists, status: 'fail', observed: 'not found', reason: `${where} is not in the registry` }];
    }
    const rows = [{ ...exists, status: 'pass', observed: 'found', reason: `${where} exists` }];
    const provenance = {
        gate: 'image',
        subject: 'provenance',
        limit: ctx.run ? `run ${ctx.run.id}` : 'the run',
    };
    const labelled = facts.labels?.[RUN_LABEL];
    if (!ctx.run) {
        rows.push({
            ...provenance,
            status: 'fail',
            observed: labelled ?? '',
            reason: 'no run record to compare with',
        });
    }
    else if (labelled === undefined) {
        rows.push({
            ...provenance,
            status: 'fail',
            observed: 'no run label',
            reason: `the image has no ${RUN_LABEL} label (build it with build-model-image after track-experiment)`,
        });
    }
    else {
        const experiment = facts.labels?.[EXPERIMENT_LABEL];
        const same = labelled === ctx.run.id && (experiment === undefined || experiment === ctx.run.experiment);
        rows.push({
            ...provenance,
            status: same ? 'pass' : 'fail',
            observed: experiment ? `${experiment}/${labelled}` : labelled,
            reason: same ? 'the image was built from this run' : 'the image names another run',
        });
    }
    return rows;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/gates/metrics.js
/** Gate `metrics`: absolute thresholds on the candidate run's metrics (`auc: ">= 0.80"`). */

function metricsGate(thresholds, ctx) {
    return Object.entries(thresholds).map(([key, text]) => {
        const threshold = (0,limits/* parseComparison */.fl)(text);
        const limit = (0,limits/* comparisonText */.VF)(threshold);
        const row = { gate: 'metrics', subject: key, limit };
        if (!ctx.run)
            return { ...row, status: 'fail', observed: '', reason: 'no run record to read metrics from' };
        const observed = ctx.run.metrics[key];
        if (observed === undefined) {
            return {
                ...row,
                status: 'fail',
                observed: '',
                reason: `run ${ctx.run.id} recorded no metric '${key}'`,
            };
        }
        const ok = (0,limits/* compare */.UD)(observed, threshold);
        return {
            ...row,
            status: ok ? 'pass' : 'fail',
            observed: (0,limits/* formatNumber */.ZV)(observed),
            reason: ok ? 'meets the threshold' : 'misses the threshold',
        };
    });
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/gates/no-regression.js
/**
 * Gate `no-regression`: each named metric of the candidate run may be worse than the run of the version now
 * in the environment by at most its tolerance (absolute, or a percentage of the baseline), in the metric's
 * direction (`.mlops.yml` metrics.directions, else the name's words: loss → lower, auc → higher).
 */

/** The run behind the version now in the environment: its deployment record's run, else a run of its commit. */
function baselineRun(ctx) {
    const current = ctx.current;
    if (!current)
        return undefined;
    const recorded = [...ctx.deployRecords]
        .reverse()
        .find((r) => r.record.version === current.version && r.record.commit === current.commit && r.record.run);
    const ref = recorded?.record.run;
    if (ref) {
        const found = ctx.runs.find((r) => r.experiment === ref.experiment && r.id === ref.id);
        if (found)
            return found;
    }
    return [...ctx.runs]
        .filter((r) => r.git.commit === current.commit)
        .sort((a, b) => (a.endedAt < b.endedAt ? 1 : a.endedAt > b.endedAt ? -1 : 0))[0];
}
function noRegressionGate(tolerances, ctx) {
    const current = ctx.current;
    const keys = Object.keys(tolerances);
    const skipAll = (reason) => [
        { gate: 'no-regression', subject: keys.join(', '), status: 'skip', observed: '', limit: '', reason },
    ];
    if (!current)
        return skipAll(`nothing is in ${ctx.environment} yet`);
    if (current.version === ctx.version && current.commit === ctx.commit) {
        return skipAll(`${ctx.version} is already the version in ${ctx.environment}`);
    }
    const baseline = baselineRun(ctx);
    return keys.map((key) => {
        const tolerance = (0,limits/* parseTolerance */.BL)(tolerances[key]);
        const row = { gate: 'no-regression', subject: key };
        const fail = (reason, observed = '', limit = '') => ({
            ...row,
            status: 'fail',
            observed,
            limit,
            reason,
        });
        if (!baseline) {
            return fail(`no run record for ${current.version} (now in ${ctx.environment}) to compare with`);
        }
        const before = baseline.metrics[key];
        const now = ctx.run?.metrics[key];
        if (before === undefined)
            return fail(`run ${baseline.id} of ${current.version} recorded no '${key}'`);
        if (now === undefined)
            return fail(ctx.run ? `run ${ctx.run.id} recorded no '${key}'` : 'no run record');
        const direction = ctx.directions(key);
        const observed = `${(0,limits/* formatNumber */.ZV)(now)} (${current.version}: ${(0,limits/* formatNumber */.ZV)(before)})`;
        if (!direction) {
            return fail(`which way is better for '${key}' is unknown; set metrics.directions in .mlops.yml`, observed);
        }
        const allowed = (0,limits/* toleranceAmount */.Ev)(tolerance, before);
        const bound = direction === 'higher' ? before - allowed : before + allowed;
        // Decimal tolerances are not exact in binary (0.815 - 0.005 = 0.80999…): allow float noise at the bound.
        const noise = 1e-12 * Math.max(1, Math.abs(bound));
        const ok = direction === 'higher' ? now >= bound - noise : now <= bound + noise;
        const limit = `${direction === 'higher' ? '≥' : '≤'} ${(0,limits/* formatNumber */.ZV)(bound)} (${(0,limits/* toleranceText */.ve)(tolerance)} ${direction === 'higher' ? 'below' : 'above'} ${current.version})`;
        return {
            ...row,
            status: ok ? 'pass' : 'fail',
            observed,
            limit,
            reason: ok
                ? 'no regression beyond the tolerance'
                : `regressed beyond the tolerance (${direction} is better)`,
        };
    });
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/gates/index.js
/**
 * Every gate of a policy, evaluated in one fixed order (metrics, no-regression, after, drift, data, image,
 * checks), each reported as rows of pass / fail / skip with the observed value, the limit and the reason.
 */








/** The gates a policy configures, by name (`after` lives beside `gates:`, the others inside it). */
function configuredGates(policy) {
    const g = policy.gates ?? {};
    const on = {
        metrics: g.metrics !== undefined && Object.keys(g.metrics).length > 0,
        'no-regression': g['no-regression'] !== undefined && Object.keys(g['no-regression']).length > 0,
        after: policy.after !== undefined,
        drift: g.drift !== undefined,
        data: g.data === true,
        image: g.image === true,
        checks: g.checks !== undefined && g.checks.length > 0,
    };
    return deploy_records/* GATE_NAMES */.rn.filter((name) => on[name]);
}
/** Evaluate the named gates of `policy` (in the fixed order). */
async function evaluateGates(policy, names, ctx) {
    const g = policy.gates ?? {};
    const rows = [];
    for (const name of deploy_records/* GATE_NAMES */.rn.filter((n) => names.includes(n))) {
        switch (name) {
            case 'metrics':
                rows.push(...metricsGate(g.metrics ?? {}, ctx));
                break;
            case 'no-regression':
                rows.push(...noRegressionGate(g['no-regression'] ?? {}, ctx));
                break;
            case 'after':
                rows.push(...afterGate(policy.after, ctx));
                break;
            case 'drift':
                rows.push(...(await driftGate(g.drift, ctx)));
                break;
            case 'data':
                rows.push(...(await dataGate(ctx)));
                break;
            case 'image':
                rows.push(...(await imageGate(ctx)));
                break;
            case 'checks':
                rows.push(...(await checksGate(g.checks ?? [], ctx)));
                break;
        }
    }
    return rows;
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/branches.js
var branches = __webpack_require__(2012);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/log-text.js
var log_text = __webpack_require__(1255);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/gitops/pin.js + 9 modules
var pin = __webpack_require__(3027);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/manifests.js
/**
 * The manifests a deployment pins. Which files: the `manifests` input (paths or globs the workflow author
 * wrote; they must lie in the repository, since they are committed there) or else the policy's globs
 * (repository content: expanded inside the workspace, symlinks and all, never into .git). What they hold:
 * read from the branch the pins are committed to, at its fetched tip, so a commit built on that tip pins the
 * manifests as they are there (the workspace may be an older checkout). Only changed files are written.
 */





const MAGIC = /[*?[{]/;
/** Repository-relative, `/`-separated paths of the files to pin (sorted, each once). */
function manifestFiles(paths, sources) {
    const fromInput = sources.input.length > 0;
    const patterns = fromInput ? sources.input : sources.policy;
    const found = new Set();
    for (const pattern of patterns) {
        const where = fromInput ? `Input 'manifests'` : `.mlops.yml: ${sources.policyKey}.manifests entry`;
        let matches;
        if (fromInput && !MAGIC.test(pattern)) {
            matches = [
                paths.resolveInput(pattern, 'manifests', 'write', {
                    insideOnly: 'manifests are committed to this repository, so they must be in its checkout',
                }),
            ];
        }
        else {
            matches = paths.expandContentGlob(pattern, fromInput
                ? { file: `Input 'manifests'`, what: 'glob' }
                : { file: '.mlops.yml', what: `${sources.policyKey}.manifests entry` });
        }
        const files = matches.filter((abs) => {
            let info;
            try {
                info = (0,external_node_fs_.statSync)(abs);
            }
            catch {
                throw new errors/* ConfigurationError */.j1(`${where} '${(0,log_text/* logValue */.Od)(pattern)}': ${(0,log_text/* logValue */.Od)(abs)} does not exist.`, fromInput ? undefined : { file: '.mlops.yml' });
            }
            if (info.isFile())
                return true;
            if (MAGIC.test(pattern))
                return false; // a glob may match directories too: only files are manifests
            throw new errors/* ConfigurationError */.j1(`${where} '${(0,log_text/* logValue */.Od)(pattern)}' is not a file.`, fromInput ? undefined : { file: '.mlops.yml' });
        });
        if (files.length === 0) {
            throw new errors/* ConfigurationError */.j1(`${where} '${(0,log_text/* logValue */.Od)(pattern)}' matches no file.`, fromInput ? undefined : { file: '.mlops.yml' });
        }
        // A link inside the repository names the file it points to (checked to stay inside by the path policy).
        for (const abs of files)
            found.add((0,external_node_path_.relative)(paths.root, (0,external_node_fs_.realpathSync)(abs)).split(external_node_path_.sep).join('/'));
    }
    return [...found].sort();
}
/** Pin `files` as they are in the tree of `commit` (on `branch`, for messages). Nothing is written. */
async function pinAtCommit(git, commit, branch, files, options) {
    if (files.length === 0)
        return { writes: [], files: [] };
    const entries = new Map((await git.lsTree(commit, files)).map((e) => [e.path, e]));
    const texts = await git.readBlobTexts([...entries.values()].map((e) => e.object));
    const out = { writes: [], files: [] };
    for (const file of files) {
        const entry = entries.get(file);
        if (!entry) {
            throw new errors/* ConfigurationError */.j1(`Manifest ${(0,log_text/* logValue */.Od)(file)} is not on branch '${branch}' (commit ${commit.slice(0, 7)}); commit it there first.`, { file });
        }
        if (entry.type !== 'blob' || entry.mode === '120000') {
            throw new errors/* ConfigurationError */.j1(`Manifest ${(0,log_text/* logValue */.Od)(file)} is a symbolic link on branch '${branch}'; name the file it points to.`, { file });
        }
        const text = texts.get(entry.object) ?? '';
        if (text.includes('\uFFFD'))
            throw new errors/* ConfigurationError */.j1(`${(0,log_text/* logValue */.Od)(file)}: not UTF-8 text.`, { file });
        const result = (0,pin/* pinManifest */.T)(text, {
            file,
            image: options.image,
            container: options.container,
            keys: options.keys,
        });
        out.files.push({ file, changed: result.changed });
        if (result.changed)
            out.writes.push({ path: file, content: result.text, mode: entry.mode });
    }
    return out;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/rollback.js
/**
 * `command: rollback`: which version to go back to, and its image. The target is the `version` given, else
 * the version the environment showed before the current one (from GTO's assignment history: the newest
 * assignment of another version that is still registered). Its image digest comes from its deployment
 * records (any environment: the image of a version is one), unless the `image` input names one.
 */



/** The version the environment showed before the current one. */
function previousVersion(registry, model, environment) {
    const artifact = registry.artifact(model);
    const current = registry.inStage(model, environment);
    const assignments = (artifact?.versions ?? [])
        .flatMap((v) => (v.stages.get(environment)?.assignments ?? []).map((e) => ({ v, time: e.time })))
        .sort((a, b) => b.time - a.time);
    const found = assignments.find((a) => a.v.isRegistered &&
        a.v.isActive &&
        !(a.v.version === current?.version && a.v.commit === current.commit));
    if (!found) {
        throw new errors/* ConfigurationError */.j1(`There is nothing to roll ${model} back to in ${environment}: no other version was ever assigned there` +
            `${current ? ` (it shows ${current.version})` : ''}. Give input 'version'.`);
    }
    return found.v;
}
function rollbackTarget(registry, request, records) {
    const { model, environment } = request;
    let version;
    if (request.version.trim() === 'auto')
        version = previousVersion(registry, model, environment);
    else {
        const given = (0,grammar/* checkVersion */.ps)(request.version.trim(), "input 'version'");
        const found = registry.artifact(model)?.find(given);
        if (!found)
            throw new errors/* ConfigurationError */.j1(`Input 'version': ${model} ${given} is not registered, so there is nothing to roll back to.`);
        if (!found.isActive)
            throw new errors/* ConfigurationError */.j1(`Input 'version': ${model} ${given} is deregistered; it cannot be deployed again.`);
        version = found;
    }
    const withImage = [...records]
        .filter((r) => r.record.status === 'deployed' &&
        r.record.version === version.version &&
        r.record.commit === version.commit)
        .sort((a, b) => (a.record.recordedAt < b.record.recordedAt ? 1 : -1));
    const record = withImage.find((r) => r.record.environment === environment && r.record.image) ??
        withImage.find((r) => r.record.image) ??
        withImage[0];
    const image = request.image
        ? (0,image_ref/* parsePinImage */.o7)(request.image, 'image')
        : record?.record.image
            ? (0,image_ref/* parsePinImage */.o7)(record.record.image, 'image')
            : undefined;
    return { version, record, image };
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/run-lookup.js
var run_lookup = __webpack_require__(9755);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/run-lookup.js
/**
 * Which track-experiment run a deployment is about: the `run-id` given, else the newest run record made from
 * the commit being deployed (as build-model-image's provenance finds it). A push to main after a merge has a
 * commit no pull-request run was made from, so two more places are looked at, in order:
 *   - a merge commit: runs of the pull request whose head is one of its other parents (pullRequest.headSha);
 *     these two are core/registry/run-lookup.ts, which `mlops lineage` shares;
 *   - with GitHub at hand: the pull requests GitHub associates with the commit (squash and rebase merges),
 *     newest run of that pull request, its last head first.
 */


function byId(lookup, given) {
    const [experiment, id] = given.includes('/') ? given.split('/', 2) : [lookup.experiment, given];
    const matches = lookup.runs.filter((r) => r.id === id && (experiment === undefined || r.experiment === experiment));
    if (matches.length === 1)
        return { run: matches[0], how: `run-id ${given}` };
    if (matches.length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input 'run-id': there is no run record '${given}' on ${lookup.where} (runs/<experiment>/${id}.json); check the id, or that track-experiment stored it.`);
    }
    throw new errors/* ConfigurationError */.j1(`Input 'run-id': '${given}' names runs of several experiments (${matches.map((r) => r.experiment).join(', ')}); give it as <experiment>/${id}.`);
}
async function findRun(lookup) {
    if (lookup.runId)
        return byId(lookup, lookup.runId);
    const usable = lookup.runs.filter((r) => (lookup.experiment === undefined || r.experiment === lookup.experiment) &&
        r.status !== 'FAILED' &&
        r.status !== 'KILLED');
    const { commit } = lookup;
    const found = await (0,run_lookup/* runOfCommit */.qb)(lookup.git, usable, commit);
    if (found)
        return found;
    for (const pull of (await lookup.pullsForCommit?.(commit)) ?? []) {
        const ofPull = (0,run_lookup/* newestRunFirst */.sg)(usable.filter((r) => r.git.pullRequest?.number === pull.number));
        const run = ofPull.find((r) => r.git.pullRequest.headSha === pull.headSha) ?? ofPull[0];
        if (run)
            return {
                run,
                how: `the newest run of pull request #${pull.number}, which GitHub associates with ${commit.slice(0, 7)}`,
            };
    }
    const scope = lookup.experiment ? ` of experiment '${lookup.experiment}'` : '';
    throw new errors/* ConfigurationError */.j1(`There is no track-experiment run record${scope} for commit ${commit.slice(0, 7)} on ${lookup.where} ` +
        '(looked for runs of the commit, and of a pull request it merges). Record the run with track-experiment ' +
        "first (on push to the branch too, or wait for the pull request's run), or give input 'run-id'.");
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/model-registry.js
var model_registry = __webpack_require__(483);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/version.js
/**
 * The version a promotion registers or finds (`version: auto`, GTO's rules): the version already registered
 * at the commit; else the version of a pushed `name@vX.Y.Z` tag that triggered the run; else the next one by
 * the policy's `bump` (patch by default; the first is v0.0.1, as GTO does). A given version must be SemVer
 * with a leading `v`.
 */



/** `refs/tags/churn@v1.2.0` → v1.2.0 for model `churn`. */
function versionFromTagRef(model, ref) {
    const prefix = `refs/tags/${(0,grammar/* artifactToTag */.Mo)(model)}@`;
    if (!ref?.startsWith(prefix))
        return undefined;
    const version = ref.slice(prefix.length);
    return (0,grammar/* isSemVer */.R6)(version) ? version : undefined;
}
/** The version for the request on this registry snapshot (nothing is written). */
function resolveVersion(registry, request) {
    const { model, commit } = request;
    const given = request.given.trim();
    if (given !== 'auto')
        (0,grammar/* checkVersion */.ps)(given, "input 'version'");
    const registered = registry.versionAt(model, commit);
    if (registered) {
        if (given !== 'auto' && given !== registered.version) {
            throw new errors/* ConfigurationError */.j1(`Input 'version': commit ${commit.slice(0, 7)} already carries ${model} ${registered.version}; a commit carries one version of a model, so it cannot also be ${given}.`);
        }
        return { version: registered.version, source: 'registered', requested: registered.version };
    }
    const fromTag = given === 'auto' ? versionFromTagRef(model, request.ref) : undefined;
    if (fromTag &&
        registry.hasTag(`${(0,grammar/* artifactToTag */.Mo)(model)}@${fromTag}`) &&
        !registry.artifact(model)?.find(fromTag)) {
        throw new errors/* ConfigurationError */.j1(`The pushed tag ${(0,grammar/* artifactToTag */.Mo)(model)}@${fromTag} is a lightweight tag, which GTO does not read as a registration; ` +
            `push an annotated tag instead (git tag -a ${(0,grammar/* artifactToTag */.Mo)(model)}@${fromTag} -m "…"), or give input 'version'.`);
    }
    const requested = given !== 'auto' ? given : fromTag;
    const plan = (0,model_registry/* planRegister */.Zf)(registry, { artifact: model, commit, version: requested, bump: request.bump });
    return {
        version: plan.version,
        source: given !== 'auto' ? 'input' : fromTag ? 'tag' : 'bump',
        requested,
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/candidate.js
/**
 * What a run deploys — the candidate: version, commit, run and image.
 *   - promote: the run of the commit (run-lookup.ts) and the version by GTO's rules (version.ts);
 *   - rollback: the previous version of the environment, or the one given, with its recorded image;
 *   - the run on the merge of a deploy pull request (`pin: pull-request`): the environment's proposal, once
 *     the branch's manifests are pinned to its image; and its rerun (the proposal is recorded by then): the
 *     newest deployment record whose image the manifests carry, when the commit has no run of its own.
 */








/** The run behind a version: its newest deployment record's run, else the newest run of its commit. */
function runOfVersion(snapshot, version, commit) {
    const ref = [...snapshot.deployRecords]
        .reverse()
        .find((r) => r.record.version === version && r.record.commit === commit && r.record.run)?.record.run;
    const byRef = ref && snapshot.runs.find((r) => r.experiment === ref.experiment && r.id === ref.id);
    return (byRef ||
        [...snapshot.runs]
            .filter((r) => r.git.commit === commit)
            .sort((a, b) => (a.endedAt < b.endedAt ? 1 : -1))[0]);
}
/** Is the branch's tip pinned to `record`'s image in every manifest (so the pull request was merged)? */
async function pinnedOnBranch(req, svc, files, record) {
    if (!record?.record.image || !svc.branch)
        return false;
    const tip = await (0,branches/* fetchBranchTip */.k)(svc.git, { remote: svc.remote, branch: svc.branch });
    if ('error' in tip || !tip.tip)
        return false;
    const pins = await pinAtCommit(svc.git, tip.tip, svc.branch, files, {
        image: (0,image_ref/* parsePinImage */.o7)(record.record.image, 'image'),
        container: req.policy.environment.container,
        keys: req.policy.environment.keys,
    });
    return pins.writes.length === 0;
}
/** The merged proposal of a deploy pull request (`pin: pull-request`), if the branch carries its pins. */
async function mergedProposal(req, svc, snapshot, files) {
    if (req.pin !== 'pull-request' || files.length === 0 || !snapshot.registryRef)
        return undefined;
    const proposal = await (0,deploy_records/* readProposal */.Vv)(svc.git, snapshot.registryRef, req.model, req.environment, svc.logger);
    if (!(await pinnedOnBranch(req, svc, files, proposal)))
        return undefined;
    svc.logger.info(`The manifests on '${svc.branch}' carry the proposal of ${req.model} ${proposal.record.version}: recording that deployment (its pull request was merged).`);
    return proposal;
}
function fromRecord(snapshot, stored) {
    const r = stored.record;
    const run = r.run
        ? snapshot.runs.find((x) => x.experiment === r.run.experiment && x.id === r.run.id)
        : undefined;
    const registered = snapshot.registry.artifact(r.model)?.find(r.version);
    return {
        action: r.action,
        commit: r.commit,
        version: r.version,
        requested: r.version,
        existing: registered !== undefined && registered.commit === r.commit,
        run,
        image: (0,image_ref/* parsePinImage */.o7)(r.image, 'image'),
        recorded: stored,
    };
}
async function promoteCandidate(req, svc, snapshot, given, files, proposal) {
    if (proposal)
        return fromRecord(snapshot, proposal);
    let found;
    try {
        found = await findRun({
            git: svc.git,
            runs: snapshot.runs,
            commit: svc.commit,
            runId: req.runId,
            experiment: req.policy.model.experiment,
            where: `branch '${svc.registryBranch}'`,
            pullsForCommit: svc.github ? (sha) => svc.github.pullsForCommit(sha) : undefined,
        });
    }
    catch (error) {
        // A commit with no run of its own (a rerun of the run on a deploy pull request's merge, the staging job
        // on that merge, a push that trained nothing) while the manifests still carry the environment's newest
        // deployment: there is nothing new to deploy, so that deployment is what this run stands for.
        const newest = snapshot.deployRecords.filter((r) => r.record.environment === req.environment).at(-1);
        const canStand = error instanceof errors/* ConfigurationError */.j1 && files.length > 0 && !req.runId;
        if (canStand && newest && (await pinnedOnBranch(req, svc, files, newest))) {
            svc.logger.warning(`No run record for commit ${svc.commit.slice(0, 7)}: ${req.environment} keeps ${newest.record.version} (its image is what the manifests carry).`);
            return {
                ...fromRecord(snapshot, newest),
                note: `No run record for commit ${svc.commit.slice(0, 7)}; ${req.environment} already shows ${newest.record.version}, whose image the manifests carry: nothing new to deploy.`,
            };
        }
        throw error;
    }
    svc.logger.info(`Run: ${found.run.experiment}/${found.run.id} (${found.how}).`);
    const version = resolveVersion(snapshot.registry, {
        model: req.model,
        commit: svc.commit,
        given: req.version,
        ref: svc.ref,
        bump: req.policy.model.bump,
    });
    return {
        action: 'promote',
        commit: svc.commit,
        version: version.version,
        requested: version.requested,
        existing: version.source === 'registered',
        run: found.run,
        image: given,
        recorded: undefined,
    };
}
function rollbackCandidate(req, snapshot) {
    const target = rollbackTarget(snapshot.registry, { model: req.model, environment: req.environment, version: req.version, image: req.image }, snapshot.deployRecords);
    const ref = target.record?.record.run;
    const run = (ref && snapshot.runs.find((r) => r.experiment === ref.experiment && r.id === ref.id)) ||
        runOfVersion(snapshot, target.version.version, target.version.commit);
    return {
        action: 'rollback',
        commit: target.version.commit,
        version: target.version.version,
        requested: target.version.version,
        existing: true,
        run,
        image: target.image,
        recorded: undefined,
    };
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/policy.js
var deploy_policy = __webpack_require__(9915);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/change-set.js
var change_set = __webpack_require__(221);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/push.js
var git_push = __webpack_require__(9232);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/read-tags.js
var read_tags = __webpack_require__(8776);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/write.js + 1 modules
var write = __webpack_require__(5464);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/store.js
var store = __webpack_require__(2664);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/publish.js
/**
 * Publishing a deployment: the GTO tags (register if needed, exclusive assign), the deployment record on the
 * registry branch and, with `pin: push`, the manifest commit on the branch — all in ONE `git push --atomic`
 * (core/git publish), so everything lands or nothing does. Each attempt fetches the tips and rebuilds every
 * piece on them; a lost race (another promotion, a run record pushed meanwhile) rebuilds with the next
 * counter, the next record number and the branch's new tip. A rerun that finds all of it already there
 * pushes nothing.
 */










/** What the gates depend on in the registry: the environment's version and the `after` stage's. */
function gateState(registry, target, after) {
    const artifact = registry.artifact(target.model);
    const current = registry.inStage(target.model, target.environment);
    const behind = after ? (artifact?.activeInStage(after) ?? []).map((v) => `${v.version}@${v.commit}`) : [];
    return JSON.stringify([current ? `${current.version}@${current.commit}` : null, behind]);
}
function manifestMessage(target, version, files) {
    const what = target.action === 'rollback' ? 'Roll back' : 'Deploy';
    return [
        `${what} ${target.model} ${version} to ${target.environment}`,
        '',
        `Pin ${target.image?.reference ?? ''} in:`,
        ...files.map((f) => `- ${f}`),
        ...(target.run ? ['', `Run: ${target.run.experiment}/${target.run.id}`] : []),
        '',
        'mlops-actions gated-deploy',
    ].join('\n');
}
/** The fetched tip of a branch the pins go on; a missing branch is a user error naming `purpose`. */
async function pinBranchTip(git, location, shallow, purpose) {
    const fetched = await (0,branches/* fetchBranchTip */.k)(git, location, shallow);
    if ('error' in fetched || !fetched.tip) {
        throw new errors/* ConfigurationError */.j1(`Cannot fetch branch '${location.branch}' from '${location.remote}' ${purpose}: ${'error' in fetched ? fetched.error : 'it does not exist'}.`);
    }
    return fetched.tip;
}
/**
 * A push the remote refused (not a lost race, or races until the attempts ran out): a user-facing error that
 * says nothing landed, since the push was atomic, and what usually causes it.
 */
async function atomically(what, push) {
    try {
        return await push();
    }
    catch (error) {
        if (!(error instanceof git_push/* PushRejectedError */.$m))
            throw error;
        throw new errors/* ConfigurationError */.j1(`${error.message.trim()}. Nothing was written: the push of ${what} is atomic, so no tag, record or commit landed. ` +
            "Check that the token may push there (contents: write; a protected branch refuses the workflow's token: use pin: pull-request).", { cause: error });
    }
}
async function publishDeployment(ctx, target, after) {
    const { git, remote, logger } = ctx;
    const location = { remote, branch: ctx.registryBranch };
    const shallow = await git.isShallow();
    let decidedState;
    let gates = target.gates;
    // push: commit the pins; pull-request: the merge of the deploy pull request committed them (checked here).
    const pinning = target.pinMode !== 'none' && target.manifests.length > 0;
    if (pinning && (!target.branch || !target.image))
        throw new Error('pinning without a branch or an image');
    const what = `the deployment of ${target.model} to ${target.environment}`;
    const published = await atomically(what, () => (0,git_push/* publish */.mk)(git, {
        remote,
        what,
        retry: ctx.retry,
        logger,
        prepare: async (attempt) => {
            await (0,read_tags/* fetchRegistryTags */.dg)(git, remote, target.model);
            const tip = await (0,store/* fetchRegistryTip */.j$)(git, location, shallow);
            const registry = await model_registry/* ModelRegistry */.zN.read(git, target.model);
            const current = registry.inStage(target.model, target.environment);
            const state = gateState(registry, target, after);
            decidedState ??= state;
            if (attempt > 1 && state !== decidedState && target.regate) {
                gates = await target.regate(registry, current);
                decidedState = state;
                const failed = gates.filter((g) => g.status === 'fail');
                if (failed.length > 0) {
                    throw new errors/* ConfigurationError */.j1(`Another deployment of ${target.model} landed first; with it, the gates now block this one ` +
                        `(${failed.map((g) => `${g.gate}${g.subject ? ` ${g.subject}` : ''}: ${g.reason}`).join('; ')}). Nothing was pushed.`);
                }
            }
            const plan = (0,model_registry/* planAssign */.r)(registry, 'existing' in target.version
                ? {
                    artifact: target.model,
                    stage: target.environment,
                    version: target.version.existing,
                    exclusive: true,
                }
                : {
                    artifact: target.model,
                    stage: target.environment,
                    commit: target.commit,
                    newVersion: target.version.requested,
                    bump: target.version.bump,
                    exclusive: true,
                }, ctx.why);
            const version = plan.version;
            const updates = [];
            let manifestCommit;
            let pinned = [];
            if (pinning) {
                const branch = { remote, branch: target.branch };
                const tipOfBranch = await pinBranchTip(git, branch, shallow, 'to pin the manifests on');
                const pins = await pinAtCommit(git, tipOfBranch, target.branch, target.manifests, {
                    image: target.image,
                    container: target.container,
                    keys: target.keys,
                });
                pinned = pins.files;
                manifestCommit = tipOfBranch;
                if (pins.writes.length > 0 && target.pinMode === 'pull-request') {
                    throw new errors/* ConfigurationError */.j1(`The manifests on '${target.branch}' are no longer pinned to ${target.image.reference} (${pins.writes.map((w) => w.path).join(', ')}); run again to propose a new pull request.`);
                }
                if (pins.writes.length > 0) {
                    const built = await (0,change_set/* buildChangeSet */.Z)(git, {
                        base: tipOfBranch,
                        writes: pins.writes,
                        message: manifestMessage(target, version, pins.writes.map((w) => w.path)),
                        tempDir: ctx.tempDir,
                    });
                    manifestCommit = built.commit;
                    updates.push({
                        ref: `refs/heads/${target.branch}`,
                        object: built.commit,
                        expect: tipOfBranch,
                        localRef: (0,branches/* remoteTrackingRef */.d)(branch),
                    });
                }
            }
            const records = tip
                ? await (0,deploy_records/* readDeployRecords */.SQ)(git, tip, target.model, target.environment, logger)
                : [];
            const newest = records.at(-1);
            const previous = current && !(current.version === version && current.commit === target.commit) ? current : undefined;
            const record = {
                schema: 1,
                status: 'deployed',
                model: target.model,
                environment: target.environment,
                sequence: (newest?.record.sequence ?? 0) + 1,
                action: target.action,
                version,
                commit: target.commit,
                image: target.image?.reference ?? null,
                digest: target.image?.digest ?? null,
                run: target.run,
                previous: previous ? { version: previous.version, commit: previous.commit } : null,
                tags: plan.tags.map((t) => t.name),
                pin: {
                    mode: target.pinMode,
                    ...(target.branch && target.pinMode !== 'none' ? { branch: target.branch } : {}),
                    ...(manifestCommit ? { commit: manifestCommit } : {}),
                    files: pinned.map((p) => p.file),
                    ...(target.pullRequest ? { pullRequest: target.pullRequest } : {}),
                },
                gates,
                recordedAt: ctx.now().toISOString(),
                ...ctx.meta,
            };
            const proposal = target.clearProposal && tip
                ? await (0,deploy_records/* readProposal */.Vv)(git, tip, target.model, target.environment, logger)
                : undefined;
            const alreadyThere = plan.unchanged &&
                updates.length === 0 &&
                !proposal &&
                newest !== undefined &&
                (0,deploy_records/* sameDeployment */.qs)(newest.record, record);
            let recordPath = alreadyThere ? newest.path : (0,deploy_records/* deployRecordPath */.Kq)(record);
            if (!alreadyThere) {
                const prepared = await (0,store/* prepareRegistryCommit */.mp)(git, location, tip, {
                    files: [{ path: recordPath, text: (0,deploy_records/* serializeDeployRecord */.BZ)(record) }],
                    deletes: proposal ? [(0,deploy_records/* proposalPath */.qm)(target.model, target.environment)] : [],
                    message: `Record ${target.action} of ${target.model} ${version} to ${target.environment} (#${record.sequence})\n\nmlops-actions gated-deploy`,
                }, { tempDir: ctx.tempDir });
                if (prepared.ref)
                    updates.push(prepared.ref);
                else
                    recordPath = newest?.path ?? recordPath;
            }
            updates.push(...(await (0,write/* tagUpdates */.rS)(git, plan.tags, ctx.tagger, (0,write/* tagDate */.xn)(registry, target.model, ctx.now()))));
            const value = {
                version,
                tags: plan.tags.map((t) => t.name),
                record: alreadyThere ? newest.record : record,
                recordPath,
                manifestCommit,
                pinned,
                gates,
                previous: alreadyThere ? newest.record.previous : record.previous,
            };
            return { updates, value };
        },
    }));
    return { ...published.value, unchanged: !published.pushed, attempts: published.attempts };
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/pull-request.js
/**
 * `pin: pull-request`: the pinned manifests go to the branch `mlops/deploy/<model>/<environment>` (one commit
 * on the base branch's tip, replaced when the proposal changes), with a proposal record on the registry
 * branch, in one atomic push; then one pull request from that branch is opened or updated, its body carrying
 * the decision. No tag is written: the run on the merge finds the manifests pinned, takes the proposal and
 * only records the assignment (publish.ts). A rerun with the same proposal pushes nothing and leaves the pull
 * request as it is.
 */








function deployBranch(model, environment) {
    return `mlops/deploy/${(0,grammar/* artifactToTag */.Mo)(model)}/${environment}`;
}
/** Tree and parents of a commit, from its object. */
async function commitHeader(git, commit) {
    const text = (await git.exec(['cat-file', 'commit', commit])).stdout.split('\n\n', 1)[0] ?? '';
    return {
        tree: /^tree ([0-9a-f]+)$/m.exec(text)?.[1] ?? '',
        parents: [...text.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]),
    };
}
/** Push the deploy branch and the proposal (one atomic push); nothing is pushed when both are there already. */
async function proposeDeployment(ctx, target) {
    const { git, remote, logger } = ctx;
    const shallow = await git.isShallow();
    const branch = deployBranch(target.model, target.environment);
    const what = `the deploy pull request branch ${branch}`;
    const published = await atomically(what, () => (0,git_push/* publish */.mk)(git, {
        remote,
        what,
        retry: ctx.retry,
        logger,
        prepare: async () => {
            const baseTip = await pinBranchTip(git, { remote, branch: target.base }, shallow, 'to propose the pins on');
            const pins = await pinAtCommit(git, baseTip, target.base, target.manifests, {
                image: target.image,
                container: target.container,
                keys: target.keys,
            });
            const none = {
                alreadyPinned: true,
                branch,
                commit: undefined,
                pinned: pins.files,
                record: undefined,
                unchanged: true,
            };
            if (pins.writes.length === 0)
                return { updates: [], value: none };
            const existing = await (0,branches/* fetchBranchTip */.k)(git, { remote, branch }, shallow);
            const current = 'error' in existing ? undefined : existing.tip;
            const built = await (0,change_set/* buildChangeSet */.Z)(git, {
                base: baseTip,
                writes: pins.writes,
                message: [
                    `Deploy ${target.model} ${target.version} to ${target.environment}`,
                    '',
                    `Pin ${target.image.reference} in:`,
                    ...pins.writes.map((w) => `- ${w.path}`),
                    '',
                    'mlops-actions gated-deploy (pin: pull-request)',
                ].join('\n'),
                tempDir: ctx.tempDir,
            });
            let commit = built.commit;
            if (current) {
                const header = await commitHeader(git, current);
                if (header.tree === built.tree && header.parents.length === 1 && header.parents[0] === baseTip)
                    commit = current;
            }
            const updates = [];
            if (commit !== current) {
                updates.push({
                    ref: `refs/heads/${branch}`,
                    object: commit,
                    expect: current ?? '',
                    localRef: (0,branches/* remoteTrackingRef */.d)({ remote, branch }),
                });
            }
            const location = { remote, branch: ctx.registryBranch };
            const tip = await (0,store/* fetchRegistryTip */.j$)(git, location, shallow);
            const record = {
                schema: 1,
                status: 'proposed',
                model: target.model,
                environment: target.environment,
                sequence: 0,
                action: target.action,
                version: target.version,
                commit: target.commit,
                image: target.image.reference,
                digest: target.image.digest,
                run: target.run,
                previous: null,
                tags: [],
                pin: { mode: 'pull-request', branch, commit, files: pins.files.map((p) => p.file) },
                gates: target.gates,
                recordedAt: ctx.now().toISOString(),
                ...ctx.meta,
            };
            const old = tip ? await (0,deploy_records/* readProposal */.Vv)(git, tip, target.model, target.environment, logger) : undefined;
            if (!(old && (0,deploy_records/* sameDeployment */.qs)(old.record, record) && old.record.pin.commit === commit)) {
                const prepared = await (0,store/* prepareRegistryCommit */.mp)(git, location, tip, {
                    files: [
                        { path: (0,deploy_records/* proposalPath */.qm)(target.model, target.environment), text: (0,deploy_records/* serializeDeployRecord */.BZ)(record) },
                    ],
                    message: `Propose ${target.model} ${target.version} for ${target.environment} (pull request from ${branch})\n\nmlops-actions gated-deploy`,
                }, { tempDir: ctx.tempDir });
                if (prepared.ref)
                    updates.push(prepared.ref);
            }
            return {
                updates,
                value: {
                    alreadyPinned: false,
                    branch,
                    commit,
                    pinned: pins.files,
                    record,
                    unchanged: updates.length === 0,
                },
            };
        },
    }));
    return published.value;
}
/** Open the deploy pull request, or update the open one when its title or body changed. */
async function upsertDeployPull(github, request) {
    const open = await github.openPull(request.branch);
    if (!open) {
        const pull = await github.createPull({
            head: request.branch,
            base: request.base,
            title: request.title,
            body: request.body,
        });
        return { pull, action: 'created' };
    }
    if (open.title === request.title && open.body === request.body)
        return { pull: open, action: 'unchanged' };
    await github.updatePull(open.number, { title: request.title, body: request.body });
    return { pull: { ...open, title: request.title, body: request.body }, action: 'updated' };
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/run-records.js
var run_records = __webpack_require__(8067);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/snapshot.js
/**
 * The registry as a deployment sees it before deciding: the model's GTO tags (fetched from the remote), the
 * registry branch's run and deployment records (its tip fetched once), and what the environment shows now.
 * Read with one `for-each-ref`, one `ls-tree` and one `cat-file --batch` per kind of record.
 */






async function loadSnapshot(request) {
    const { git, remote, registryBranch, model, environment, logger } = request;
    const shallow = await git.isShallow();
    // One fetch for the model's tags and the registry branch when both are there (one round trip to the
    // remote); otherwise each on its own, which handles a missing branch or a model with no tags yet.
    const both = await git.fetch({
        remote,
        refspecs: [
            ...(0,read_tags/* tagPatterns */.MB)(model).map((p) => `+${p}:${p}`),
            `+refs/heads/${registryBranch}:${(0,branches/* remoteTrackingRef */.d)({ remote, branch: registryBranch })}`,
        ],
        depth: shallow ? 1 : undefined,
    });
    if (both.exitCode !== 0) {
        await (0,read_tags/* fetchRegistryTags */.dg)(git, remote, model);
        await (0,store/* fetchRegistryTip */.j$)(git, { remote, branch: registryBranch }, shallow);
    }
    const registryRef = await (0,store/* resolveRegistryRef */.jt)(git, remote, registryBranch);
    const registry = await model_registry/* ModelRegistry */.zN.read(git, model);
    const [runs, deployRecords] = registryRef
        ? await Promise.all([
            (0,run_records/* readRunRecords */.Y$)(git, registryRef, logger, request.experiment),
            (0,deploy_records/* readDeployRecords */.SQ)(git, registryRef, model, undefined, logger),
        ])
        : [[], []];
    return { registry, registryRef, runs, deployRecords, current: registry.inStage(model, environment) };
}
/** Make sure a commit's objects are here (a depth-1 checkout of another commit lacks them): fetch it at depth 1. */
async function ensureCommit(git, remote, commit) {
    if ((await git.objectType(commit)) === 'commit')
        return true;
    await git.fetch({ remote, refspecs: [commit], depth: 1 });
    return (await git.objectType(commit)) === 'commit';
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/deploy/deploy.js
/**
 * gated-deploy from request to outcome: decide (gates only), promote or roll back. The order is what makes
 * it safe: every input and file is checked, the registry read and the gates decided before anything is
 * written; then one atomic push (publish.ts / pull-request.ts); then GitHub's records (finish.ts).
 */














function checkRequest(req, svc, files, gates) {
    if (files.length > 0 && !svc.branch) {
        throw new errors/* ConfigurationError */.j1(`There is no branch to pin the manifests on: the run is not on a branch (GITHUB_REF ${svc.ref ?? 'unset'}) and the repository's default branch is unknown. Run on a branch, or set pin: none.`);
    }
    if (gates.includes('checks') && !svc.github) {
        throw new errors/* ConfigurationError */.j1("The checks gate reads GitHub's check runs and statuses: it needs GITHUB_REPOSITORY and input 'token'.");
    }
    if (req.pin === 'pull-request' && files.length > 0 && !svc.github) {
        throw new errors/* ConfigurationError */.j1("pin: pull-request opens a pull request: it needs GITHUB_REPOSITORY and input 'token'.");
    }
}
async function gatedDeploy(req, svc) {
    const { model, environment } = req;
    (0,grammar/* checkArtifactName */.CN)(model, "input 'name'");
    (0,grammar/* checkStageName */.Af)(environment, "input 'environment'");
    if (req.version.trim() !== 'auto')
        (0,grammar/* checkVersion */.ps)(req.version.trim(), "input 'version'");
    const given = req.image ? (0,image_ref/* parsePinImage */.o7)(req.image, 'image') : undefined;
    const envPolicy = req.policy.environment;
    const configured = configuredGates(envPolicy);
    const wanted = req.command === 'rollback' ? (envPolicy['rollback-gates'] ?? []) : configured;
    const gateNames = configured.filter((g) => wanted.includes(g));
    const files = req.command !== 'decide' && req.pin !== 'none' ? manifestFiles(svc.paths, req.manifests) : [];
    checkRequest(req, svc, files, gateNames);
    const snapshot = await loadSnapshot({
        git: svc.git,
        remote: svc.remote,
        registryBranch: svc.registryBranch,
        model,
        environment,
        experiment: req.policy.model.experiment,
        logger: svc.logger,
    });
    const proposal = req.command === 'decide' ? undefined : await mergedProposal(req, svc, snapshot, files);
    const candidate = req.command === 'rollback' && !proposal
        ? rollbackCandidate(req, snapshot)
        : await promoteCandidate(req, svc, snapshot, given, files, proposal);
    if (files.length > 0 && !candidate.image) {
        throw new errors/* ConfigurationError */.j1(candidate.action === 'rollback'
            ? `No deployment record names the image of ${model} ${candidate.version}; give input 'image' to pin.`
            : `Input 'image' is required to pin ${files.join(', ')} (an image with its digest, as build-model-image outputs it).`);
    }
    if (!(await ensureCommit(svc.git, svc.remote, candidate.commit))) {
        throw new errors/* ConfigurationError */.j1(`Commit ${candidate.commit} is neither in this checkout nor fetchable from '${svc.remote}'.`);
    }
    const judge = (registry, current) => evaluateGates(envPolicy, gateNames, {
        model,
        environment,
        version: candidate.version,
        commit: candidate.commit,
        run: candidate.run,
        runs: snapshot.runs,
        registry,
        current,
        deployRecords: snapshot.deployRecords,
        registryRef: snapshot.registryRef,
        git: svc.git,
        image: candidate.image,
        directions: (0,directions/* directionResolver */.I)(req.directions),
        now: svc.now(),
        logger: svc.logger,
        checks: svc.github,
        images: svc.images,
    });
    const gates = candidate.recorded
        ? candidate.recorded.record.gates
        : await judge(snapshot.registry, snapshot.current);
    const decision = {
        schema: 1,
        model,
        environment,
        command: req.command,
        decision: verdict(gates),
        version: candidate.version,
        commit: candidate.commit,
        run: candidate.run ? runRef(candidate.run) : (candidate.recorded?.record.run ?? null),
        image: candidate.image?.reference ?? null,
        current: snapshot.current ? { version: snapshot.current.version, commit: snapshot.current.commit } : null,
        gates,
        decidedAt: svc.now().toISOString(),
        ...(svc.meta.repository ? { repository: svc.meta.repository } : {}),
        ...(svc.meta.runUrl ? { runUrl: svc.meta.runUrl } : {}),
    };
    const base = {
        ...outcomeOf(decision, 'decided', [
            ...(req.policy.found ? [] : [`.mlops.yml has no deploy policy for ${model}: no gates apply.`]),
            ...(candidate.note ? [candidate.note] : []),
        ]),
        data: candidate.run?.data ?? [],
    };
    if (req.command === 'decide')
        return base;
    if (decision.decision === 'blocked')
        return { ...base, state: 'blocked' };
    const publishContext = {
        git: svc.git,
        remote: svc.remote,
        registryBranch: svc.registryBranch,
        tempDir: svc.tempDir,
        logger: svc.logger,
        tagger: svc.tagger,
        why: {
            actor: svc.meta.actor,
            runUrl: svc.meta.runUrl,
            reason: `gated-deploy ${candidate.action} to ${environment}${candidate.run ? ` (run ${candidate.run.experiment}/${candidate.run.id})` : ''}`,
        },
        meta: svc.meta,
        now: svc.now,
        retry: svc.retry,
    };
    if (req.pin === 'pull-request' && files.length > 0 && !candidate.recorded) {
        const proposed = await proposeDeployment(publishContext, {
            model,
            environment,
            action: candidate.action,
            commit: candidate.commit,
            version: candidate.version,
            image: candidate.image,
            run: decision.run,
            gates,
            manifests: files,
            base: svc.branch,
            container: envPolicy.container,
            keys: envPolicy.keys,
        });
        if (!proposed.alreadyPinned) {
            const outcome = {
                ...base,
                state: proposed.unchanged ? 'proposal-unchanged' : 'proposed',
                pinned: proposed.pinned,
                branch: proposed.branch,
                manifestCommit: proposed.commit,
            };
            const body = renderPullBody(outcome, 'The run on the merge finds the manifests pinned and records the assignment (GTO tags, deployment record, GitHub deployment and release).');
            const upserted = await upsertDeployPull(svc.github, {
                branch: proposed.branch,
                base: svc.branch,
                title: pullTitle(decision),
                body,
            });
            if (upserted.action !== 'unchanged')
                outcome.state = 'proposed';
            return { ...outcome, pullRequestUrl: upserted.pull.url };
        }
        svc.logger.info(`The manifests on '${svc.branch}' are already pinned to this image: recording the assignment.`);
    }
    const published = await publishDeployment(publishContext, {
        model,
        environment,
        action: candidate.action,
        commit: candidate.commit,
        version: candidate.existing
            ? { existing: candidate.version }
            : { requested: candidate.requested, bump: req.policy.model.bump },
        image: candidate.image,
        run: decision.run,
        gates,
        manifests: files,
        pinMode: files.length > 0 ? req.pin : 'none',
        branch: svc.branch,
        container: envPolicy.container,
        keys: envPolicy.keys,
        pullRequest: candidate.recorded?.record.pin.pullRequest,
        clearProposal: candidate.recorded?.record.status === 'proposed',
        regate: candidate.recorded ? undefined : judge,
    }, envPolicy.after);
    decision.version = published.version;
    decision.gates = published.gates;
    decision.current = published.previous ?? decision.current;
    const outcome = {
        ...base,
        state: published.unchanged ? 'unchanged' : 'deployed',
        tags: published.tags,
        pinned: published.pinned,
        branch: files.length > 0 ? svc.branch : undefined,
        manifestCommit: published.manifestCommit,
        recordPath: published.recordPath,
    };
    return finish(req, svc, snapshot, candidate, published.record, outcome);
}
async function finish(req, svc, snapshot, candidate, record, outcome) {
    const production = (0,deploy_policy/* isProduction */.KV)(req.policy.environment, req.environment);
    const release = req.release === 'always' || (req.release === 'auto' && production);
    if (!svc.github) {
        if (req.githubDeployment || release) {
            outcome.notes = [
                ...outcome.notes,
                'No GitHub repository or token: no GitHub deployment or release was made.',
            ];
        }
        return outcome;
    }
    const previousRun = record.previous
        ? runOfVersion(snapshot, record.previous.version, record.previous.commit)
        : undefined;
    const pushed = outcome.state === 'unchanged'
        ? `The registry already showed ${req.model} ${record.version} in ${req.environment} (nothing was pushed)`
        : `Pushed ${req.model} ${record.version} to ${req.environment} (${[
            outcome.tags.length > 0 ? `tags ${outcome.tags.join(', ')}` : '',
            `record ${outcome.recordPath ?? ''}`,
            outcome.pinned.some((p) => p.changed)
                ? `manifests commit ${outcome.manifestCommit?.slice(0, 7)} on ${outcome.branch}`
                : '',
        ]
            .filter(Boolean)
            .join('; ')})`;
    try {
        const done = await finishOnGitHub(svc.github, {
            record,
            recordPath: outcome.recordPath,
            // Where the record's pins landed (a rerun finds its deployment there, whatever the branch's tip is now).
            sha: record.pin.commit ?? record.commit,
            production,
            deployment: req.githubDeployment,
            release,
            run: candidate.run,
            previousRun,
            logUrl: svc.meta.runUrl,
            environmentUrl: req.environmentUrl,
            workflowRunId: svc.meta.workflowRunId,
            pushed,
        });
        return {
            ...outcome,
            deploymentId: done.deploymentId,
            releaseUrl: done.releaseUrl,
            notes: [...outcome.notes, ...done.notes],
        };
    }
    catch (error) {
        if (error instanceof AfterPushError) {
            Object.assign(outcome, {
                state: 'deployment-failed',
                deploymentId: error.partial.deploymentId,
                releaseUrl: error.partial.releaseUrl,
                notes: [...outcome.notes, error.message],
            });
            throw Object.assign(error, { outcome });
        }
        throw error;
    }
}
const runRef = (run) => ({
    experiment: run.experiment,
    id: run.id,
    ...(run.runUrl ? { url: run.runUrl } : {}),
});

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/fs/atomic-write.js
var atomic_write = __webpack_require__(146);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/fs/path-policy.js + 1 modules
var path_policy = __webpack_require__(7599);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/commands.js
var commands = __webpack_require__(94);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/runner.js
var runner = __webpack_require__(4062);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/inspect.js
var inspect = __webpack_require__(2203);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/oci/reference.js
var reference = __webpack_require__(7246);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/branch.js
var branch = __webpack_require__(9813);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/actions/gated-deploy.js
























const REMOTE = 'origin';
const RELEASES = ['auto', 'always', 'never'];
const gatedDeploySchema = schemas/* object */.Ikc({
    name: inputs/* inputs */.QL.string(),
    environment: inputs/* inputs */.QL.string(),
    command: inputs/* inputs */.QL.choice(COMMANDS, 'promote'),
    version: inputs/* inputs */.QL.text('auto'),
    image: inputs/* inputs */.QL.optionalString(),
    'run-id': inputs/* inputs */.QL.optionalString(),
    manifests: inputs/* inputs */.QL.list(),
    pin: inputs/* inputs */.QL.choice(deploy_records/* PIN_MODES */.TS, 'push'),
    'github-deployment': inputs/* inputs */.QL.boolean(true),
    'environment-url': inputs/* inputs */.QL.optionalString(),
    release: inputs/* inputs */.QL.choice(RELEASES, 'auto'),
    'fail-on-blocked': inputs/* inputs */.QL.boolean(true),
    'registry-branch': (0,config_inputs/* fromConfig */.bw)('registry.branch', inputs/* inputs */.QL.text(branch/* DEFAULT_REGISTRY_BRANCH */.jJ)),
    token: inputs/* inputs */.QL.optionalString(),
    'registry-username': inputs/* inputs */.QL.optionalString(),
    'registry-password': inputs/* inputs */.QL.optionalString(),
});
/** The branch pins are committed to: the pushed branch, else (a tag, a dispatch on a tag) the default one. */
async function pinBranch(ctx, git) {
    const ref = ctx.env.ref ?? (await git.headRef());
    if (ref?.startsWith('refs/heads/'))
        return (0,branch/* checkBranchName */.I$)(ref, 'GITHUB_REF');
    if (ref?.startsWith('refs/pull/'))
        return undefined;
    const repository = ctx.env.payload.repository;
    return typeof repository?.default_branch === 'string' ? repository.default_branch : undefined;
}
/** In Actions the bot tags; from a terminal, the user's own identity (as `mlops models` does). */
async function tagger(ctx, git) {
    if (ctx.env.inActions)
        return runner/* BOT_IDENTITY */.br;
    const [name, email] = await Promise.all([git.config('user.name'), git.config('user.email')]);
    return name && email ? { name, email } : runner/* BOT_IDENTITY */.br;
}
/** Input, else the environment's policy, else the built-in default (the project's one precedence rule). */
function request(input, ctx) {
    const policy = (0,deploy_policy/* resolvePolicy */.nZ)(ctx.config.deploy, input.name, input.environment);
    const env = policy.environment;
    const given = (name) => ctx.inputSource(name) === 'input';
    return {
        command: input.command,
        model: input.name,
        environment: input.environment,
        version: input.version,
        image: input.image,
        runId: input['run-id'],
        manifests: {
            input: given('manifests') ? input.manifests : [],
            policy: (0,deploy_policy/* policyManifests */.hp)(env),
            policyKey: policy.key,
        },
        pin: given('pin') ? input.pin : (env.pin ?? input.pin),
        githubDeployment: given('github-deployment')
            ? input['github-deployment']
            : (env['github-deployment'] ?? true),
        environmentUrl: input['environment-url'] ?? env['environment-url'],
        release: given('release') ? input.release : (env.release ?? input.release),
        policy,
        directions: ctx.config.metrics?.directions,
    };
}
function setOutputs(ctx, outcome, decisionFile) {
    const { decision } = outcome;
    const deployed = ['deployed', 'unchanged', 'deployment-failed'].includes(outcome.state);
    ctx.host.setOutput('decision', decision.decision);
    ctx.host.setOutput('deployed', deployed);
    ctx.host.setOutput('version', decision.version ?? '');
    ctx.host.setOutput('tags', outcome.tags);
    ctx.host.setOutput('image', decision.image ?? '');
    ctx.host.setOutput('pinned-files', outcome.pinned.map((p) => p.file));
    ctx.host.setOutput('pull-request-url', outcome.pullRequestUrl ?? '');
    ctx.host.setOutput('deployment-id', outcome.deploymentId === undefined ? '' : String(outcome.deploymentId));
    ctx.host.setOutput('release-url', outcome.releaseUrl ?? '');
    ctx.host.setOutput('decision-file', decisionFile);
    ctx.host.setOutput('record-path', outcome.recordPath ?? '');
}
async function report(ctx, outcome) {
    const { decision } = outcome;
    const file = (0,external_node_path_.join)(ctx.env.temp, 'mlops-gated-deploy', `decision-${(0,deploy_records/* pathSegment */.pn)(decision.model)}-${(0,deploy_records/* pathSegment */.pn)(decision.environment)}.json`);
    await (0,atomic_write/* writeFileAtomic */.Zf)(file, serializeDecision(decision));
    setOutputs(ctx, outcome, file);
    await ctx.host.appendSummary(renderSummary(outcome), `the decision file ${file}`);
}
const gated_deploy_gatedDeploy = (0,action/* defineAction */.QP)({
    name: 'gated-deploy',
    schema: gatedDeploySchema,
    run: async (input, ctx) => {
        (0,grammar/* checkArtifactName */.CN)(input.name, "input 'name'");
        (0,grammar/* checkStageName */.Af)(input.environment, "input 'environment'");
        const req = request(input, ctx);
        const registryBranch = (0,branch/* checkBranchName */.I$)(input['registry-branch'], ctx.inputSource('registry-branch') === 'config' ? '.mlops.yml registry.branch' : 'registry-branch');
        const git = new commands/* GitCommands */.rR(await (0,push_token_git/* gitWithPushToken */.u)(ctx, input.token));
        const commit = ctx.env.sha ?? (await git.revParse('HEAD'));
        if (!commit)
            throw new errors/* ConfigurationError */.j1('There is no commit to deploy: GITHUB_SHA is unset and HEAD names no commit.');
        const token = ctx.token(input.token);
        const repository = ctx.env.repository;
        const credentials = (registry) => (0,registry_credentials/* registryCredentials */.Q)(ctx, registry, {
            username: input['registry-username'],
            password: input['registry-password'],
            githubToken: input.token,
        });
        let outcome;
        try {
            outcome = await gatedDeploy(req, {
                git,
                paths: path_policy/* PathPolicy */.Up.forWorkspace(ctx.env.workspace),
                remote: REMOTE,
                registryBranch,
                tempDir: ctx.env.temp,
                logger: ctx.host,
                tagger: await tagger(ctx, git),
                commit,
                ref: ctx.env.ref,
                branch: await pinBranch(ctx, git),
                meta: {
                    ...(ctx.env.actor ? { actor: ctx.env.actor } : {}),
                    ...(repository ? { repository } : {}),
                    ...(ctx.env.runUrl ? { runUrl: ctx.env.runUrl } : {}),
                    ...(ctx.env.runId ? { workflowRunId: ctx.env.runId } : {}),
                },
                github: repository && token ? deployGitHub(ctx.github(token), repository) : undefined,
                images: {
                    inspect: (image) => (0,inspect/* registryImageInspector */.uy)({
                        credentials: credentials((0,reference/* parseImageReference */.o_)(image.reference, 'image').registry),
                        logger: ctx.host,
                        retryBaseMs: ctx.env.tuning.httpRetryBaseMs,
                    }).inspect(image),
                },
                now: () => new Date(),
                retry: {
                    attempts: ctx.env.tuning.registryPushAttempts,
                    baseDelayMs: ctx.env.tuning.registryRetryBaseMs,
                },
            });
        }
        catch (error) {
            const partial = error.outcome;
            if (error instanceof AfterPushError && partial) {
                await report(ctx, partial);
                throw new errors/* ConfigurationError */.j1(error.message, { cause: error });
            }
            throw error;
        }
        await report(ctx, outcome);
        const { decision } = outcome;
        if (outcome.state === 'blocked') {
            const failed = decision.gates
                .filter((g) => g.status === 'fail')
                .map((g) => `${g.gate}${g.subject ? ` ${(0,log_text/* logValue */.Od)(g.subject)}` : ''} (${(0,log_text/* logValue */.Od)(g.reason)})`);
            const message = `${decision.model} ${decision.version ?? ''} → ${decision.environment} is blocked by ${failed.length} gate check(s): ${failed.join('; ')}. Nothing was written.`;
            if (input['fail-on-blocked'])
                throw new errors/* ConfigurationError */.j1(message);
            ctx.host.warning(message);
        }
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

/***/ 5881:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ag: () => (/* binding */ LABEL_PREFIX),
  Xd: () => (/* binding */ provenanceLabels)
});

// UNUSED EXPORTS: dataHashes, flattenMetrics

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/structured/flatten.js
var flatten = __webpack_require__(2543);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/dvc/pointer.js + 1 modules
var dvc_pointer = __webpack_require__(1259);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/report/printable.js
var printable = __webpack_require__(1671);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/structured/json.js
var json = __webpack_require__(5463);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/commands.js
var commands = __webpack_require__(94);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/run-records.js
var run_records = __webpack_require__(8067);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/store.js
var store = __webpack_require__(2664);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/run-record-provenance.js
/**
 * The track-experiment run record behind an image: the newest record on the registry branch made from
 * the commit being packaged. Its run id, experiment, metrics and data versions become provenance labels
 * when the user did not name a run.
 */



const REMOTE = 'origin';
/**
 * The newest run record for the commit, read from `origin/<branch>` or the local branch; when neither is
 * there (a packaging job separate from the training job), the branch tip is fetched once. Undefined when
 * there is no repository, no registry branch or no record for the commit: labels then come from inputs.
 */
async function runRecordForCommit(lookup) {
    const { branch } = lookup;
    const git = new commands/* GitCommands */.rR(lookup.git);
    const head = await git.revParse('HEAD');
    const commit = lookup.commit ?? head;
    if (commit === undefined)
        return undefined;
    let ref = await (0,store/* resolveRegistryRef */.jt)(git, REMOTE, branch);
    if (ref === undefined && head !== undefined) {
        try {
            if (await (0,store/* fetchRegistryTip */.j$)(git, { remote: REMOTE, branch }))
                ref = `refs/remotes/${REMOTE}/${branch}`;
        }
        catch (error) {
            lookup.logger.debug(`No registry branch for provenance: ${error.message}`);
        }
    }
    if (ref === undefined)
        return undefined;
    const records = (await (0,run_records/* readRunRecords */.Y$)(git, ref, lookup.logger)).filter((r) => r.git.commit === commit);
    records.sort((a, b) => (a.endedAt < b.endedAt ? 1 : a.endedAt > b.endedAt ? -1 : 0));
    const newest = records[0];
    if (newest) {
        lookup.logger.info(`Provenance from run record ${newest.experiment}/${newest.id} on '${branch}' (commit ${commit.slice(0, 7)}).`);
    }
    return newest;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/provenance.js







const LABEL_PREFIX = 'org.mlops-actions';
const SKIP_DIRS = new Set(['.git', 'node_modules', '.dvc', 'dist', '.venv', 'venv', '__pycache__']);
const MAX_DEPTH = 3;
const MAX_METRICS = 20;
/** `.dvc` pointers near the top of the workspace: path → md5 of each tracked output. */
async function dataHashes(workspace, logger) {
    const found = {};
    const walk = async (dir, depth) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory() && depth < MAX_DEPTH && !SKIP_DIRS.has(entry.name))
                await walk(path, depth + 1);
            else if (entry.isFile() && entry.name.endsWith('.dvc')) {
                const base = (0,external_node_path_.relative)(workspace, dir).split('\\').join('/');
                try {
                    const pointer = (0,dvc_pointer/* parsePointer */.vp)(await (0,promises_.readFile)(path, 'utf8'), (0,external_node_path_.relative)(workspace, path));
                    for (const out of pointer.outs) {
                        if (out.md5)
                            found[base ? `${base}/${out.path}` : out.path] = out.md5;
                    }
                }
                catch (error) {
                    logger.warning(`Skipping ${(0,external_node_path_.relative)(workspace, path)} for provenance labels: ${error.message}`);
                }
            }
        }
    };
    await walk(workspace, 0);
    return found;
}
/** Numbers of a metrics JSON flattened to dotted keys (`{"eval": {"acc": 0.9}}` → `eval.acc`), as DVC shows them. */
function flattenMetrics(value) {
    const out = {};
    if (!(0,flatten/* isMapping */.p)(value))
        return out;
    for (const [key, inner] of (0,flatten/* flatten */.B)(value)) {
        if (typeof inner === 'number' && Number.isFinite(inner))
            out[key] = inner;
    }
    return out;
}
/**
 * Labels that say what is in the image and where it came from: the org.opencontainers.image set plus
 * model name, experiment run id, data hashes (from `.dvc` pointers) and key metrics.
 */
async function provenanceLabels(input) {
    const labels = {};
    if (input.sourceUrl)
        labels['org.opencontainers.image.source'] = input.sourceUrl;
    if (input.revision)
        labels['org.opencontainers.image.revision'] = input.revision;
    labels['org.opencontainers.image.created'] = input.created;
    if (input.version)
        labels['org.opencontainers.image.version'] = input.version;
    labels['org.opencontainers.image.title'] = input.name;
    if (input.description)
        labels['org.opencontainers.image.description'] = input.description.slice(0, 512);
    labels[`${LABEL_PREFIX}.model.name`] = input.name;
    if (input.version)
        labels[`${LABEL_PREFIX}.model.version`] = input.version;
    // No run named: the run track-experiment recorded for this commit, when there is one.
    const record = input.runId || !input.registry
        ? undefined
        : await runRecordForCommit({
            workspace: input.workspace,
            commit: input.revision,
            logger: input.logger,
            ...input.registry,
        });
    const runId = input.runId ?? record?.id;
    if (runId)
        labels[`${LABEL_PREFIX}.run-id`] = runId;
    if (record)
        labels[`${LABEL_PREFIX}.experiment`] = record.experiment;
    // Pointers in this checkout first (in walk order, as before), then data versions only the record knows.
    const data = await dataHashes(input.workspace, input.logger);
    for (const entry of record?.data ?? [])
        data[entry.path] ??= entry.md5;
    for (const [path, md5] of Object.entries(data))
        labels[`${LABEL_PREFIX}.data.${path}`] = `md5:${md5}`;
    // The record's metrics, with the metrics file (this checkout's newest numbers) winning per key.
    const metrics = { ...record?.metrics };
    if (input.metricsFile) {
        try {
            Object.assign(metrics, flattenMetrics((0,json/* parseJson */.q)(await (0,promises_.readFile)(input.metricsFile, 'utf8'), input.metricsFile)));
        }
        catch (error) {
            if (error.code !== 'ENOENT') {
                input.logger.warning(`Metrics file ${input.metricsFile} was not used for labels: ${error.message}`);
            }
        }
    }
    for (const key of Object.keys(metrics).sort().slice(0, MAX_METRICS)) {
        labels[`${LABEL_PREFIX}.metric.${key}`] = String(metrics[key]);
    }
    // Data paths, metric keys and the experiment name come from repository content: no NUL, ESC or line
    // break may reach a label (they would show in `docker inspect` and in the job summary).
    return Object.fromEntries(Object.entries(labels).map(([key, value]) => [(0,printable/* printable */.g)(key), (0,printable/* printable */.g)(value)]));
}


/***/ }),

/***/ 5464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xn: () => (/* binding */ tagDate),
  rS: () => (/* binding */ tagUpdates),
  iD: () => (/* binding */ updateModelRegistry)
});

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/push.js
var push = __webpack_require__(9232);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/commands.js
var commands = __webpack_require__(94);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/git/tags.js
/**
 * Annotated tags made with plumbing (`mktag`): the tag object exists locally, but no ref points at it until
 * the push that publishes it succeeds, so a failed push leaves no tag behind.
 */


/** A tag name git accepts as `refs/tags/<name>` (git check-ref-format's rules). */
function checkTagName(name) {
    const bad = name === '' ||
        name.startsWith('/') ||
        name.endsWith('/') ||
        name.endsWith('.') ||
        name.includes('..') ||
        name.includes('//') ||
        name.includes('@{') ||
        name === '@' ||
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u0020\u007f~^:?*[\\]/.test(name) ||
        name.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock'));
    if (bad)
        throw new errors/* ConfigurationError */.j1(`'${name}' is not a valid git tag name.`);
    return name;
}
/** The text `git mktag` takes: headers, a blank line, the message (ending in a newline). */
function tagObjectText(tag, targetType) {
    const tagger = `${(0,commands/* cleanIdentityPart */.Pd)(tag.tagger.name)} <${(0,commands/* cleanIdentityPart */.Pd)(tag.tagger.email)}> ${(0,commands/* rawDate */.lk)(tag.tagger.date ?? new Date())}`;
    const message = tag.message.endsWith('\n') ? tag.message : `${tag.message}\n`;
    return `object ${tag.target}\ntype ${targetType}\ntag ${tag.name}\ntagger ${tagger}\n\n${message}`;
}
/** Write the tag object (no ref); returns its id. */
async function createTagObject(git, tag) {
    checkTagName(tag.name);
    const type = await git.objectType(tag.target);
    if (!type)
        throw new errors/* ConfigurationError */.j1(`Cannot tag ${tag.target}: no such object in this repository.`);
    return git.mktag(tagObjectText(tag, type));
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/model-registry.js
var model_registry = __webpack_require__(483);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/read-tags.js
var read_tags = __webpack_require__(8776);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/gto/write.js
/**
 * Publishing GTO tags: annotated tag objects made with `mktag`, pushed in one atomic push, the whole
 * read → plan → push cycle retried when another writer got there first (a tag of the same name now
 * exists, so the counter is taken): refetch, re-plan with the next counter, push again. Concurrent
 * assigners therefore end with distinct counters and no lost tag.
 */




/** Make the tag objects of a plan and the ref updates that publish them (no local ref moves yet). */
async function tagUpdates(git, tags, tagger, date) {
    const updates = [];
    for (const tag of tags) {
        const object = await createTagObject(git, {
            name: tag.name,
            target: tag.target,
            message: tag.message,
            tagger: { ...tagger, date },
        });
        updates.push({ ref: `refs/tags/${tag.name}`, object, localRef: `refs/tags/${tag.name}` });
    }
    return updates;
}
/**
 * The tagger date for new tags of `artifact`: `now`, unless that falls within (or before) the second of the
 * artifact's newest event. GTO orders events by tagger time in whole seconds and lets a removal win a tie, so
 * a rollback tagged in the same second as the promotion it undoes would read as still unassigned; one second
 * after the newest event, the new tags are read as the newest.
 */
function tagDate(registry, artifact, now) {
    const newest = registry.artifact(artifact)?.events()[0]?.time;
    return newest !== undefined && Math.floor(now.getTime() / 1000) <= newest
        ? new Date((newest + 1) * 1000)
        : now;
}
/**
 * Fetch `artifact`'s tags from the remote, plan with `plan` on that snapshot, publish the tags in one
 * atomic push; on a lost race do it all again. Returns the plan that landed (no tags when `unchanged`).
 */
async function updateModelRegistry(git, artifact, options, plan) {
    const now = options.now ?? (() => new Date());
    const published = await (0,push/* publish */.mk)(git, {
        remote: options.remote,
        what: `model registry tags of '${artifact}'`,
        retry: options.retry,
        logger: options.logger,
        prepare: async () => {
            await (0,read_tags/* fetchRegistryTags */.dg)(git, options.remote, artifact);
            const registry = await model_registry/* ModelRegistry */.zN.read(git, artifact);
            const planned = plan(registry);
            const date = tagDate(registry, artifact, now());
            return { updates: await tagUpdates(git, planned.tags, options.tagger, date), value: planned };
        },
    });
    return { ...published.value, attempts: published.attempts };
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
