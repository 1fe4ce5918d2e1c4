/**
 * GTO tags made the way GTO makes them (`git tag -a` with the committer identity and date in the
 * environment), not with our writer, so reading is tested against tags we did not produce.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface RawTag {
  /** Seconds since the epoch. */
  time: number;
  /** e.g. '+0200'. */
  zone?: string;
  message?: string;
  lightweight?: boolean;
  tagger?: { name: string; email: string };
}

export async function rawTag(dir: string, name: string, target: string, tag: RawTag): Promise<void> {
  const who = tag.tagger ?? { name: 'GTO Tester', email: 'gtotester@example.com' };
  const args = tag.lightweight
    ? ['tag', name, target]
    : ['tag', '-a', name, '-m', tag.message ?? `tag ${name}`, target];
  await run('git', args, {
    cwd: dir,
    env: {
      ...process.env,
      GIT_COMMITTER_NAME: who.name,
      GIT_COMMITTER_EMAIL: who.email,
      GIT_COMMITTER_DATE: `${tag.time} ${tag.zone ?? '+0000'}`,
    },
  });
}

/** A clock for our writer: one second later on every call, from `start`. */
export function steppingClock(start: string): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}
