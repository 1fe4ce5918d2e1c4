/**
 * Publishing GTO tags: annotated tag objects made with `mktag`, pushed in one atomic push, the whole
 * read → plan → push cycle retried when another writer got there first (a tag of the same name now
 * exists, so the counter is taken): refetch, re-plan with the next counter, push again. Concurrent
 * assigners therefore end with distinct counters and no lost tag.
 */

import type { RetryPolicy } from '../../async/retry.js';
import type { GitCommands } from '../../git/commands.js';
import { publish, type RefUpdate } from '../../git/push.js';
import type { GitIdentity } from '../../git/runner.js';
import { createTagObject } from '../../git/tags.js';
import type { Logger } from '../../logger.js';
import { ModelRegistry, type Plan, type PlannedTag } from './model-registry.js';
import { fetchRegistryTags } from './read-tags.js';

/** Make the tag objects of a plan and the ref updates that publish them (no local ref moves yet). */
export async function tagUpdates(
  git: GitCommands,
  tags: readonly PlannedTag[],
  tagger: GitIdentity,
  date: Date,
): Promise<RefUpdate[]> {
  const updates: RefUpdate[] = [];
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
export function tagDate(registry: ModelRegistry, artifact: string, now: Date): Date {
  const newest = registry.artifact(artifact)?.events()[0]?.time;
  return newest !== undefined && Math.floor(now.getTime() / 1000) <= newest
    ? new Date((newest + 1) * 1000)
    : now;
}

export interface RegistryWriteOptions {
  remote: string;
  /** Who the tags are made by (the tagger line). */
  tagger: GitIdentity;
  now?: () => Date;
  retry?: Partial<RetryPolicy>;
  logger?: Logger;
}

export interface RegistryWriteResult extends Plan {
  attempts: number;
}

/**
 * Fetch `artifact`'s tags from the remote, plan with `plan` on that snapshot, publish the tags in one
 * atomic push; on a lost race do it all again. Returns the plan that landed (no tags when `unchanged`).
 */
export async function updateModelRegistry(
  git: GitCommands,
  artifact: string,
  options: RegistryWriteOptions,
  plan: (registry: ModelRegistry) => Plan,
): Promise<RegistryWriteResult> {
  const now = options.now ?? (() => new Date());
  const published = await publish(git, {
    remote: options.remote,
    what: `model registry tags of '${artifact}'`,
    retry: options.retry,
    logger: options.logger,
    prepare: async () => {
      await fetchRegistryTags(git, options.remote, artifact);
      const registry = await ModelRegistry.read(git, artifact);
      const planned = plan(registry);
      const date = tagDate(registry, artifact, now());
      return { updates: await tagUpdates(git, planned.tags, options.tagger, date), value: planned };
    },
  });
  return { ...published.value, attempts: published.attempts };
}
