import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Git } from '../adapter/git.js';
import { ConfigurationError } from '../core/errors.js';
import { GitCommands } from '../core/git/commands.js';
import { BOT_IDENTITY, type GitIdentity } from '../core/git/runner.js';
import { type Bump, checkArtifactName, checkVersion } from '../core/registry/gto/grammar.js';
import {
  ModelRegistry,
  type Plan,
  planAssign,
  planDeprecate,
  planDeregister,
  planRegister,
  planUnassign,
  type TagReason,
} from '../core/registry/gto/model-registry.js';
import { fetchRegistryTags } from '../core/registry/gto/read-tags.js';
import {
  historyEvents,
  historyJson,
  historyTable,
  NOTHING_FOUND,
  printTable,
  pythonJson,
  registryJson,
  registryTable,
  type ShowOptions,
  versionsJson,
  versionsTable,
} from '../core/registry/gto/show.js';
import type { ModelArtifact, VersionSort } from '../core/registry/gto/state.js';
import { updateModelRegistry } from '../core/registry/gto/write.js';
import { parseArgs } from './args.js';
import { runSubcommandGroup } from './subcommands.js';

const USAGE = `Usage: mlops models <command> [options]

The model registry in git tags, in GTO's format (GTO and its UIs read what this writes):
name@vX.Y.Z registers a version, name#stage#N assigns a stage, name#stage!#N unassigns it.

Reading (prints what \`gto show\` / \`gto history\` print):
  list                        every model: latest version and the version each stage shows
  show <name>                 the versions of a model and their stages; also name@latest, name@v1.2.0, name#prod
  history [<name>]            registrations, assignments, … newest first

Writing (tags are pushed to the remote at once; each prints the tags it pushed):
  register <name> [<vX.Y.Z>]  register the commit at --ref (default HEAD); no version: the next (--bump)
  deregister <name> <vX.Y.Z>
  assign <name> <stage>       assign --version, or the commit at --ref (registered first if it has no version)
  unassign <name> <stage>     unassign --version (default: the version the stage shows)
  deprecate <name>

Options:
  --json                      JSON, as gto --json prints it (reading); the tags pushed (writing)
  --plain                     a plain table (gto --plain)
  --sort timestamp|semver     which version a stage shows: the newest assignment (gto's default) or the highest
  --fetch                     fetch the remote's tags before reading
  --remote <name>             default origin
  --ref <rev>                 commit to register or assign (default HEAD)
  --version <vX.Y.Z>          version to assign or unassign
  --bump major|minor|patch    how to pick the next version (default patch; the first is v0.0.1)
  --exclusive                 assign: also unassign every other version in the stage (a promotion or rollback)
  --message <text>            why: written into the tag messages`;

const VALUE_FLAGS = ['sort', 'remote', 'ref', 'version', 'bump', 'message'];
const BOOLEAN_FLAGS = ['json', 'plain', 'fetch', 'exclusive'];

interface Options {
  json: boolean;
  plain: boolean;
  fetch: boolean;
  exclusive: boolean;
  sort: VersionSort;
  remote: string;
  ref?: string;
  version?: string;
  bump?: Bump;
  message?: string;
  positional: string[];
}

function parseOptions(argv: readonly string[]): Options {
  const parsed = parseArgs(argv, [...VALUE_FLAGS, ...BOOLEAN_FLAGS], new Set(BOOLEAN_FLAGS));
  const v = parsed.values;
  const sort = v.sort ?? 'timestamp';
  if (sort !== 'timestamp' && sort !== 'semver')
    throw new ConfigurationError(`Option --sort must be timestamp or semver, got '${sort}'.`);
  const bump = v.bump;
  if (bump !== undefined && bump !== 'major' && bump !== 'minor' && bump !== 'patch')
    throw new ConfigurationError(`Option --bump must be major, minor or patch, got '${bump}'.`);
  return {
    json: v.json === 'true',
    plain: v.plain === 'true',
    fetch: v.fetch === 'true',
    exclusive: v.exclusive === 'true',
    sort,
    remote: v.remote ?? 'origin',
    ref: v.ref,
    version: v.version === undefined ? undefined : checkVersion(v.version, '--version'),
    bump,
    message: v.message,
    positional: parsed.help ? ['--help'] : parsed.positional,
  };
}

/** GTO's `.gto` config: when it lists `stages`, those are the registry table's columns, in that order. */
async function configuredStages(dir: string): Promise<string[] | undefined> {
  try {
    const config = parseYaml(await readFile(join(dir, '.gto'), 'utf8')) as { stages?: unknown } | null;
    return Array.isArray(config?.stages) ? config.stages.map(String) : undefined;
  } catch {
    return undefined;
  }
}

/** `name`, or GTO's shortcuts `name@latest`, `name@greatest`, `name@vX.Y.Z`, `name#stage`. */
function shortcut(value: string): { name: string; latest?: boolean; version?: string; stage?: string } {
  const m = /^(.+?)(?:@(latest|greatest|v\S+)|#([^#@]+))$/.exec(value);
  if (!m) return { name: value };
  if (m[2] === 'latest' || m[2] === 'greatest') return { name: m[1]!, latest: true };
  return m[2] ? { name: m[1]!, version: m[2] } : { name: m[1]!, stage: m[3] };
}

function showArtifact(
  artifact: ModelArtifact | undefined,
  target: string,
  options: Options,
  show: ShowOptions,
): string {
  const cut = shortcut(target);
  if (!artifact) return options.json ? pythonJson([]) : `${NOTHING_FOUND}\n`;
  let versions = versionsJson(artifact, show);
  let table = versionsTable(artifact, show);
  const keep = versions.map((v) => {
    if (cut.version) return v.version === cut.version;
    if (cut.stage) return (v.stages as { stage: string }[]).some((s) => s.stage === cut.stage);
    return true;
  });
  if (cut.latest) keep.forEach((_, i) => (keep[i] = i === 0));
  versions = versions.filter((_, i) => keep[i]);
  table = { headers: table.headers, rows: table.rows.filter((_, i) => keep[i]) };
  return options.json ? pythonJson(versions) : printTable(table, options.plain ? 'plain' : 'fancy_outline');
}

async function read(command: string, git: GitCommands, options: Options): Promise<string> {
  const target = options.positional[0];
  const name = target === undefined ? undefined : shortcut(target).name;
  if (command === 'show' && name === undefined) throw new ConfigurationError('show needs a model name.');
  if (options.fetch) await fetchRegistryTags(git, options.remote, name);
  const registry = await ModelRegistry.read(git, name);
  const show: ShowOptions = { sort: options.sort, stages: await configuredStages(process.cwd()) };
  const format = options.plain ? 'plain' : 'fancy_outline';
  if (command === 'list') {
    return options.json
      ? pythonJson(registryJson(registry.state, show))
      : printTable(registryTable(registry.state, show), format);
  }
  if (command === 'show') return showArtifact(registry.artifact(name!), target!, options, show);
  const events = historyEvents(registry.state, name);
  return options.json ? pythonJson(historyJson(events)) : printTable(historyTable(events), format);
}

/** The user's own git identity (manual operations are theirs), else the bot's. */
async function tagger(): Promise<GitIdentity> {
  const own = new GitCommands(new Git(process.cwd(), null));
  const [name, email] = await Promise.all([own.config('user.name'), own.config('user.email')]);
  return name && email ? { name, email } : BOT_IDENTITY;
}

async function write(command: string, git: GitCommands, options: Options): Promise<string> {
  const [name, second] = options.positional;
  if (name === undefined) throw new ConfigurationError(`${command} needs a model name.`);
  checkArtifactName(name);
  const who = await tagger();
  const why: TagReason = { actor: who.name, reason: options.message };
  const commit = async () => {
    const rev = options.ref ?? 'HEAD';
    const sha = await git.revParse(rev);
    if (!sha) throw new ConfigurationError(`--ref '${rev}' does not name a commit here.`);
    return sha;
  };
  const stage = () => {
    if (second === undefined)
      throw new ConfigurationError(`${command} needs a stage: mlops models ${command} <name> <stage>.`);
    return second;
  };
  let planner: (registry: ModelRegistry) => Plan;
  if (command === 'register') {
    const sha = await commit();
    planner = (r) =>
      planRegister(r, { artifact: name, commit: sha, version: second, bump: options.bump }, why);
  } else if (command === 'deregister') {
    const version = second ?? options.version;
    if (!version)
      throw new ConfigurationError('deregister needs a version: mlops models deregister <name> <vX.Y.Z>.');
    planner = (r) => planDeregister(r, { artifact: name, version }, why);
  } else if (command === 'assign') {
    const s = stage();
    const sha = options.version ? undefined : await commit();
    planner = (r) =>
      planAssign(
        r,
        {
          artifact: name,
          stage: s,
          version: options.version,
          commit: sha,
          bump: options.bump,
          exclusive: options.exclusive,
        },
        why,
      );
  } else if (command === 'unassign') {
    const s = stage();
    planner = (r) => planUnassign(r, { artifact: name, stage: s, version: options.version }, why);
  } else {
    planner = (r) => planDeprecate(r, { artifact: name }, why);
  }
  const result = await updateModelRegistry(git, name, { remote: options.remote, tagger: who }, planner);
  if (result.unchanged)
    process.stderr.write(
      `Nothing to push: the registry already shows this (${command} ${options.positional.join(' ')}).\n`,
    );
  if (options.json) {
    return `${JSON.stringify({ version: result.version ?? null, unchanged: result.unchanged, tags: result.tags.map((t) => t.name) }, null, 2)}\n`;
  }
  return result.tags.map((t) => `${t.name}\n`).join('');
}

const READ = new Set(['list', 'show', 'history']);
const WRITE = new Set(['register', 'deregister', 'assign', 'unassign', 'deprecate']);

async function models(command: string, rest: readonly string[]): Promise<string> {
  const options = parseOptions(rest);
  if (options.positional[0] === '--help') return `${USAGE}\n`;
  if (!READ.has(command) && !WRITE.has(command))
    throw new ConfigurationError(`Unknown models command '${command}'.\n\n${USAGE}`);
  const git = new GitCommands(new Git(process.cwd()));
  return READ.has(command) ? read(command, git, options) : write(command, git, options);
}

/** `mlops models …` (listed in subcommands.ts). */
export function runModels(argv: readonly string[]): Promise<number> {
  return runSubcommandGroup(USAGE, argv, models);
}
