import { loadMlopsConfig } from '../adapter/config.js';
import { Git } from '../adapter/git.js';
import { cliRegistryCredentials } from '../adapter/registry-credentials.js';
import { readRunnerEnv } from '../adapter/runner-env.js';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import { PathPolicy } from '../core/fs/path-policy.js';
import { GitCommands } from '../core/git/commands.js';
import { registryImageInspector } from '../core/image/inspect.js';
import { parseImageReference } from '../core/oci/reference.js';
import { traceLineage } from '../core/lineage/chain.js';
import { labelReader } from '../core/lineage/images.js';
import { lineageFlowchartInput, renderLineageText } from '../core/lineage/render.js';
import { parseStart } from '../core/lineage/start.js';
import { commandSafe, commandSafeJson } from '../core/log-text.js';
import type { Logger } from '../core/logger.js';
import { resolveRegistryBranch } from '../core/registry/branch.js';
import { fetchRegistryTags } from '../core/registry/gto/read-tags.js';
import { fetchRegistryTip, resolveRegistryRef } from '../core/registry/store.js';
import { lineageFlowchart } from '../core/report/lineage-flowchart.js';
import { parseArgs } from './args.js';
import { writeStderr } from './cli-host.js';

const USAGE = `Usage: mlops lineage <image digest | name@vX.Y.Z | name#stage | run-id> [options]

Traces one model version from its data to its drift records, from git alone: the run's data md5s against
the .dvc pointers at the version's commit, the run (metrics, params, PR, commit), the image digest and its
labels, the GTO events of the version, its deployment records and release tag, and the drift records
since it was first deployed. Works in a depth-1 checkout (actions/checkout) with --fetch.

  sha256:<64 hex> or repo@sha256:…   the version whose deployments pinned this image
  name@vX.Y.Z                        that version (its registration tag)
  name#stage                         the version GTO shows in the stage now
  run-id or experiment/run-id        that run, and the version made from it

Options:
  --json                  the chain as JSON (its JSON Schema: schema/lineage.schema.json)
  --mermaid               the chain as a Mermaid flowchart (a markdown block)
  --fetch                 fetch the registry branch and the GTO tags first (depth 1 in a shallow clone)
  --remote <name>         default origin
  --branch <branch>       registry branch (default: registry.branch in .mlops.yml, else mlops/registry)
  --oci-layout <dir>      read image labels from this OCI image layout (default: from the registry)
  --registry-username <u> registry credentials for the labels; or MLOPS_REGISTRY_USERNAME /
  --registry-password <p> MLOPS_REGISTRY_PASSWORD (for ghcr.io, GITHUB_ACTOR / GITHUB_TOKEN)`;

const VALUES = ['remote', 'branch', 'oci-layout', 'registry-username', 'registry-password'];
const FLAGS = ['json', 'mermaid', 'fetch'];

/** A look-up that can do without the labels: two tries, not five. */
const LABEL_ATTEMPTS = 2;

const stderrLogger: Logger = {
  info: () => undefined,
  debug: () => undefined,
  warning: (m) => writeStderr(`warning: ${m}\n`),
};

async function lineage(argv: readonly string[]): Promise<string> {
  const args = parseArgs(argv, [...VALUES, ...FLAGS], new Set(FLAGS), { flagsOnly: true });
  const v = args.values;
  if (args.positional.length !== 1) {
    throw new ConfigurationError(
      `lineage needs one starting point (got ${args.positional.length}).\n\n${USAGE}`,
    );
  }
  if (v.json && v.mermaid) throw new ConfigurationError('Give --json or --mermaid, not both.');
  const start = parseStart(args.positional[0]!);
  const cwd = process.cwd();
  const config = await loadMlopsConfig(cwd);
  const branch = resolveRegistryBranch(v.branch, config.registry, '--branch');
  const remote = v.remote ?? 'origin';
  const ociLayout =
    v['oci-layout'] === undefined
      ? undefined
      : PathPolicy.forWorkspace(cwd).resolveInput(v['oci-layout'], '--oci-layout', 'read');
  const git = new GitCommands(new Git(cwd));
  if (v.fetch) {
    const shallow = await git.isShallow();
    await fetchRegistryTip(git, { remote, branch }, shallow);
    await fetchRegistryTags(
      git,
      remote,
      start.kind === 'version' || start.kind === 'stage' ? start.model : undefined,
    );
  }
  const ref = await resolveRegistryRef(git, remote, branch);
  const commit = ref && (await git.revParse(ref));
  if (!ref || !commit) {
    throw new ConfigurationError(
      `No registry branch '${branch}' here (looked for ${remote}/${branch} and ${branch}); fetch it with --fetch.`,
    );
  }
  const env = readRunnerEnv();
  const labels = labelReader({
    ociLayout,
    registry: {
      inspect: (image) =>
        registryImageInspector({
          credentials: cliRegistryCredentials(parseImageReference(image.reference, 'image').registry, {
            username: v['registry-username'],
            password: v['registry-password'],
          }),
          logger: stderrLogger,
          retryBaseMs: env.tuning.httpRetryBaseMs,
          attempts: LABEL_ATTEMPTS,
        }).inspect(image),
    },
  });
  const chain = await traceLineage({ git, ref, branch, commit, logger: stderrLogger }, start, labels);
  if (v.json) return `${commandSafeJson(JSON.stringify(chain, null, 2))}\n`;
  if (v.mermaid) return `${commandSafe(lineageFlowchart(lineageFlowchartInput(chain)))}\n`;
  return commandSafe(renderLineageText(chain));
}

/** `mlops lineage …` (listed in subcommands.ts). */
export async function runLineage(argv: readonly string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  try {
    process.stdout.write(await lineage(argv));
    return 0;
  } catch (error) {
    writeStderr(`error: ${errorMessage(error)}\n`);
    return 1;
  }
}
