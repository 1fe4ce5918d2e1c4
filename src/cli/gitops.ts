import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import { writeFileAtomic } from '../core/fs/atomic-write.js';
import { parsePinImage, type PinChange, type PinImage, pinManifest } from '../core/gitops/pin.js';
import { mapLimit } from '../core/async/limit.js';
import { parseArgs } from './args.js';

const USAGE = `Usage: mlops gitops pin --image <repo@sha256:…> --files F [--files F2 …] [options]

Writes the image digest into each file, changing only the targeted values' bytes (comments, quoting,
key order, documents, line endings stay). All files are checked first: on any error nothing is written.

Targets, by what a document is:
  workloads (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod, ReplicaSet, Argo Rollout):
      containers[].image / initContainers[].image running the image's repository, or named by --container
  KServe InferenceService: a modelcar storageUri oci://<repo>…, predictor/transformer/explainer containers
  kustomization.yaml (or kind Kustomization / Component, Flux Kustomization spec.images):
      the images: entry whose name or newName is the repository gets digest (and newTag when the image
      has a tag); the entry, and images:, are added when missing
  .argocd-source[-<app>].yaml: kustomize.images entries, helm.parameters named by the keys
  anything else without apiVersion/kind (Helm values): the keys; default image.repository,image.tag
      (the tag becomes <tag>@sha256:…; name a key ending in "digest" to set sha256:… there instead)

Options:
  --image REF         repo@sha256:<64 hex> or repo:tag@sha256:<64 hex> (required)
  --files F           a file to pin (repeat for more; required)
  --container NAME    pin the containers of this name instead of those running the repository
  --keys a.b,c.d      key paths for Helm values (and for documents of other kinds); roles by last
                      segment: …registry, …repository/…repo/name, …tag, …digest, else a whole reference
  --dry-run           report what would change; write nothing

Prints {"image", "changed": [files], "unchanged": [files], "files": [{file, changed, changes}]} as JSON.`;

const KNOWN = ['image', 'files', 'container', 'keys', 'dry-run'];
/** Writes in flight: overlaps the file system's latency (temp file, write, rename) across files. */
const WRITE_CONCURRENCY = 16;

interface PinnedFile {
  file: string;
  /** Where to write: the file itself, or the target of a symbolic link (renaming over a link would replace it). */
  path: string;
  /** device:inode, to refuse one file given twice under two names. */
  identity: string;
  changed: boolean;
  changes: PinChange[];
  bytes: Uint8Array;
  mode: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Read with synchronous calls: small files, read one after another, without thread-pool round trips. */
function readManifest(file: string): { path: string; identity: string; mode: number; bytes: Buffer } {
  try {
    const abs = resolve(file);
    const info = statSync(abs);
    if (!info.isFile()) throw new ConfigurationError(`--files: '${file}' is not a file.`, { file });
    const path = lstatSync(abs).isSymbolicLink() ? realpathSync.native(abs) : abs;
    return { path, identity: `${info.dev}:${info.ino}`, mode: info.mode & 0o777, bytes: readFileSync(abs) };
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : errorMessage(error);
    throw new ConfigurationError(`--files: cannot read '${file}': ${why}.`, { file });
  }
}

function pinFile(
  file: string,
  image: PinImage,
  container: string | undefined,
  keys: string[] | undefined,
): PinnedFile {
  const { path, identity, mode, bytes } = readManifest(file);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ConfigurationError(`${file}: not UTF-8 text.`, { file });
  }
  const result = pinManifest(text, { file, image, container, keys });
  const out = result.changed ? Buffer.from(result.text, 'utf8') : bytes;
  return { file, path, identity, changed: result.changed, changes: result.changes, bytes: out, mode };
}

async function pin(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv, KNOWN, new Set(['dry-run']));
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positional.length > 0) {
    throw new ConfigurationError(`Unexpected argument '${parsed.positional[0]}'; give files with --files.`);
  }
  const { values } = parsed;
  if (!values.image) throw new ConfigurationError('--image is required (repo@sha256:<64 hex>).');
  if (!values.files) throw new ConfigurationError('--files is required (repeat it for several files).');
  const image = parsePinImage(values.image, 'image');
  const files = [...new Set(values.files.split('\n').filter((f) => f !== ''))];
  const keys = values.keys
    ?.split(/[\n,]/)
    .map((k) => k.trim())
    .filter(Boolean);
  const container = values.container?.trim() || undefined;
  // Everything is read and pinned before anything is written, so one bad file leaves all untouched.
  const results: PinnedFile[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const pinned = pinFile(file, image, container, keys?.length ? keys : undefined);
    const other = seen.get(pinned.identity);
    if (other !== undefined)
      throw new ConfigurationError(`--files: '${other}' and '${file}' are the same file.`);
    seen.set(pinned.identity, file);
    results.push(pinned);
  }
  if (values['dry-run'] !== 'true') {
    const changed = results.filter((r) => r.changed);
    await mapLimit(changed, WRITE_CONCURRENCY, (r) => writeFileAtomic(r.path, r.bytes, { mode: r.mode }));
  }
  const report = {
    image: image.reference,
    changed: results.filter((r) => r.changed).map((r) => r.file),
    unchanged: results.filter((r) => !r.changed).map((r) => r.file),
    files: results.map((r) => ({ file: r.file, changed: r.changed, changes: r.changes })),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

/** `mlops gitops …` (listed in subcommands.ts). */
export async function runGitops(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  try {
    if (command === 'pin') return await pin(rest);
    throw new ConfigurationError(`Unknown gitops command '${command}'.\n\n${USAGE}`);
  } catch (error) {
    process.stderr.write(`error: ${errorMessage(error)}\n`);
    return 1;
  }
}
