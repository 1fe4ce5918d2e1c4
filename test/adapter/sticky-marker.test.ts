import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasMarker } from '../../src/adapter/sticky-comment.js';

const MARKER = '<!-- mlops-actions:track-experiment:b -->';

test('a comment is ours only when its first line is the marker', () => {
  assert.equal(hasMarker(`${MARKER}\n### report`, MARKER), true);
  assert.equal(hasMarker(`${MARKER}\r\n### edited on the web`, MARKER), true);
  assert.equal(hasMarker(MARKER, MARKER), true);
  // Anywhere else it is user text quoting it (a metric key, a reviewer quoting the comment).
  assert.equal(hasMarker(`<!-- mlops-actions:track-experiment:a -->\n| \`${MARKER}\` | 1 |`, MARKER), false);
  assert.equal(hasMarker(`quoting ${MARKER}`, MARKER), false);
  assert.equal(hasMarker(`${MARKER}x\nbody`, MARKER), false);
  assert.equal(hasMarker(null, MARKER), false);
  assert.equal(hasMarker('', MARKER), false);
});
