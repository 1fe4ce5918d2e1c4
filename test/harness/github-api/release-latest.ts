/**
 * Which release is "latest": the one last made latest with `make_latest` (default true for a published full
 * release), else GitHub's legacy rule — the newest published, non-prerelease release by creation date, the
 * higher semantic version breaking a tie. Drafts and prereleases are never latest.
 */
import type { ReleaseRecord, RepoRecord } from './state.js';

function eligible(r: ReleaseRecord): boolean {
  return !r.draft && !r.prerelease;
}

/** [major, minor, patch] of a tag such as v1.2.3 or churn@v1.2.3; undefined when there is none. */
function semver(tag: string): number[] | undefined {
  const m = /(\d+)\.(\d+)\.(\d+)(?![\w.])/.exec(tag);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function compareSemver(a: string, b: string): number {
  const x = semver(a);
  const y = semver(b);
  if (!x || !y) return 0;
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

function legacyLatest(repo: RepoRecord, exclude?: ReleaseRecord): ReleaseRecord | undefined {
  return repo.releases
    .filter((r) => r !== exclude && eligible(r))
    .reduce<ReleaseRecord | undefined>((best, r) => {
      if (!best) return r;
      if (r.createdAt !== best.createdAt) return r.createdAt > best.createdAt ? r : best;
      const bySemver = compareSemver(r.tagName, best.tagName);
      return bySemver > 0 || (bySemver === 0 && r.id > best.id) ? r : best;
    }, undefined);
}

export function latestRelease(repo: RepoRecord): ReleaseRecord | undefined {
  if (repo.latestReleaseId === null) return undefined;
  const explicit = repo.releases.find((r) => r.id === repo.latestReleaseId);
  return explicit && eligible(explicit) ? explicit : legacyLatest(repo);
}

export function markLatest(
  repo: RepoRecord,
  r: ReleaseRecord,
  makeLatest: 'true' | 'false' | 'legacy',
): void {
  if (makeLatest === 'legacy') {
    repo.latestReleaseId = undefined;
  } else if (makeLatest === 'true') {
    if (eligible(r)) repo.latestReleaseId = r.id;
  } else {
    // `false`: this release is not latest; what is latest without it stays so (null: nothing is).
    const current = latestRelease(repo);
    if (current !== r && repo.latestReleaseId !== undefined) return;
    repo.latestReleaseId = (current !== r ? current : legacyLatest(repo, r))?.id ?? null;
  }
}
