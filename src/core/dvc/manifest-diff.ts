import { compareCodePoints } from './python-json.js';

/** Per-file differences between two versions of a tracked directory, each list in DVC's code-point order. */
export interface DirChanges {
  added: string[];
  removed: string[];
  modified: string[];
}

/** Compare relpath → md5 maps of a directory (from `.dir` manifests or a fresh hash). */
export function diffFileMaps(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): DirChanges {
  const changes: DirChanges = { added: [], removed: [], modified: [] };
  for (const [path, md5] of after) {
    const was = before.get(path);
    if (was === undefined) changes.added.push(path);
    else if (was !== md5) changes.modified.push(path);
  }
  for (const path of before.keys()) if (!after.has(path)) changes.removed.push(path);
  for (const list of [changes.added, changes.removed, changes.modified]) list.sort(compareCodePoints);
  return changes;
}
