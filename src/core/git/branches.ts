import type { GitCommands } from './commands.js';

export interface BranchLocation {
  remote: string;
  branch: string;
}

/** Where a fetched branch tip is kept: the usual remote-tracking ref, `refs/remotes/<remote>/<branch>`. */
export function remoteTrackingRef(location: BranchLocation): string {
  return `refs/remotes/${location.remote}/${location.branch}`;
}

/**
 * Fetch one branch's tip into its remote-tracking ref; undefined (and the tracking ref removed) when the
 * remote has no such branch. A shallow checkout fetches depth 1, so a full clone is never made shallow
 * and a shallow one is never deepened. The tip is what a change set builds on and what a lease expects.
 */
export async function fetchBranchTip(
  git: GitCommands,
  location: BranchLocation,
  shallow?: boolean,
): Promise<{ tip: string | undefined } | { error: string }> {
  const tracking = remoteTrackingRef(location);
  const result = await git.fetch({
    remote: location.remote,
    refspecs: [`+refs/heads/${location.branch}:${tracking}`],
    depth: (shallow ?? (await git.isShallow())) ? 1 : undefined,
  });
  if (result.exitCode !== 0) {
    if (/couldn't find remote ref|could not find remote ref/i.test(result.stderr)) {
      await git.deleteRef(tracking);
      return { tip: undefined };
    }
    return { error: result.stderr.trim() };
  }
  return { tip: await git.revParse(tracking) };
}
