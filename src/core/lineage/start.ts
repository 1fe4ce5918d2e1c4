/**
 * Where a lineage starts: an image digest (`sha256:…`, or `repo[:tag]@sha256:…`), a GTO version
 * (`name@vX.Y.Z`), a stage (`name#stage`: the version GTO shows there now) or a run (`id`, or
 * `experiment/id`). Told apart by their shape, checked with GTO's grammar and the run-id alphabet.
 */

import { ConfigurationError } from '../errors.js';
import { checkArtifactName, checkStageName, checkVersion } from '../registry/gto/grammar.js';
import { NAME_PATTERN } from '../registry/run-records.js';

export type Start = { given: string } & (
  | { kind: 'digest'; digest: string }
  | { kind: 'version'; model: string; version: string }
  | { kind: 'stage'; model: string; stage: string }
  | { kind: 'run'; experiment: string | undefined; id: string }
);

const FORMS = 'an image digest (sha256:…), name@vX.Y.Z, name#stage or a run id ([experiment/]id)';

export function parseStart(text: string): Start {
  const given = text.trim();
  const digest = /^(?:\S+@)?(sha256:[a-f0-9]{64})$/.exec(given);
  if (digest) return { given, kind: 'digest', digest: digest[1]! };
  if (given.includes('sha256:')) {
    throw new ConfigurationError(
      `'${given}' is not an image digest: use sha256: and 64 lowercase hex digits.`,
    );
  }
  const version = /^(.+)@([^@]+)$/.exec(given);
  if (version) {
    const model = checkArtifactName(version[1]!, 'lineage of name@vX.Y.Z');
    return { given, kind: 'version', model, version: checkVersion(version[2]!, 'lineage of name@vX.Y.Z') };
  }
  const stage = /^(.+)#([^#]+)$/.exec(given);
  if (stage) {
    const model = checkArtifactName(stage[1]!, 'lineage of name#stage');
    return { given, kind: 'stage', model, stage: checkStageName(stage[2]!, 'lineage of name#stage') };
  }
  const [experiment, id] = given.includes('/') ? given.split('/', 2) : [undefined, given];
  if (
    id !== undefined &&
    NAME_PATTERN.test(id) &&
    (experiment === undefined || NAME_PATTERN.test(experiment)) &&
    given.split('/').length <= 2
  ) {
    return { given, kind: 'run', experiment, id };
  }
  throw new ConfigurationError(`'${given}' is not ${FORMS}.`);
}
