import { join } from 'node:path';
import type { RuntimeSettings } from './image-config.js';
import type { ModelFile } from './model-files.js';

/**
 * The optional `engine: docker` path, for runners with a Docker daemon: a generated Dockerfile over a
 * staged build context and the `docker buildx build` arguments. Pure (no process is run here); the action
 * runs the command. The native builder stays the default: this path is neither daemonless nor
 * reproducible across Docker versions.
 */
export interface DockerPlanInput {
  files: readonly ModelFile[];
  /** Model dir in the image without the leading '/'. */
  imageDir: string;
  /** 'scratch' or a reference. */
  baseImage: string;
  settings: RuntimeSettings;
  platforms: readonly string[];
  /** Full references to tag (`registry/repo:tag`). */
  refs: readonly string[];
  push: boolean;
  /** Directory the context is staged in (the action creates it). */
  contextDir: string;
  metadataFile: string;
}

export interface DockerPlan {
  dockerfile: string;
  /** Files to place in the context: source on disk → path inside the context. */
  stage: { source: string; contextPath: string }[];
  /** Arguments to `docker`. */
  args: string[];
}

/** Dockerfile string literal: JSON's escaping is what the Dockerfile parser reads in double quotes. */
const quote = (text: string) => JSON.stringify(text);

export function dockerBuildPlan(input: DockerPlanInput): DockerPlan {
  const { settings } = input;
  const stage = input.files.map((file) => ({
    source: file.source,
    contextPath: join('model', file.dest.slice(input.imageDir.length + 1)),
  }));
  const lines = [
    '# syntax=docker/dockerfile:1',
    `FROM ${input.baseImage === '' ? 'scratch' : input.baseImage}`,
  ];
  lines.push(`COPY --link model/ /${input.imageDir}/`);
  for (const [key, value] of Object.entries(settings.env)) lines.push(`ENV ${key}=${quote(value)}`);
  for (const [key, value] of Object.entries(settings.labels))
    lines.push(`LABEL ${quote(key)}=${quote(value)}`);
  if (settings.workdir) lines.push(`WORKDIR ${settings.workdir}`);
  if (settings.user) lines.push(`USER ${settings.user}`);
  if (settings.entrypoint) lines.push(`ENTRYPOINT ${JSON.stringify(settings.entrypoint)}`);
  if (settings.cmd) lines.push(`CMD ${JSON.stringify(settings.cmd)}`);
  const dockerfile = `${lines.join('\n')}\n`;
  const args = [
    'buildx',
    'build',
    '--file',
    join(input.contextDir, 'Dockerfile'),
    '--platform',
    input.platforms.join(','),
    ...input.refs.flatMap((ref) => ['--tag', ref]),
    '--metadata-file',
    input.metadataFile,
    '--provenance=false',
    ...(input.push ? ['--push'] : []),
    input.contextDir,
  ];
  return { dockerfile, stage, args };
}
