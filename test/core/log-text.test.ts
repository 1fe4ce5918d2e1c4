import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandSafe, commandSafeJson, logValue } from '../../src/core/log-text.js';

test('logValue keeps a piece of user text on its line, in the runner’s %XX escapes', () => {
  assert.equal(logValue('data/train.csv'), 'data/train.csv');
  assert.equal(logValue('x\n::error::y'), 'x%0A::error::y');
  assert.equal(logValue('a\r\nb'), 'a%0D%0Ab');
  assert.equal(logValue('50%0A'), '50%250A', 'a literal %0A stays distinguishable from a line break');
  assert.equal(logValue('nul\u0000esc\u001b[31m'), 'nul%00esc%1B[31m');
  assert.equal(logValue('tab\there'), 'tab\there');
  assert.equal(logValue('zero\u200bwidth \u202egnp'), 'zero<U+200B>width <U+202E>gnp');
});

test('commandSafe keeps our lines but no line can be a workflow command', () => {
  // Our own multi-line messages read as before.
  assert.equal(commandSafe('Invalid inputs:\n- a: b\n- c: d'), 'Invalid inputs:\n- a: b\n- c: d');
  assert.equal(commandSafe('⚠️ 50% done'), '⚠️ 50% done');
  assert.equal(commandSafe('a\r\nb'), 'a\nb');
  // Lines the runner would execute get their first colon, or their brackets, escaped.
  assert.equal(commandSafe('x\n::error title=t::y'), 'x\n%3A:error title=t::y');
  assert.equal(commandSafe('  ::add-mask::s'), '  %3A:add-mask::s');
  assert.equal(commandSafe('\u200b::set-output name=a::b'), '\u200b%3A:set-output name=a::b');
  assert.equal(commandSafe(':\u200b:warning::w'), '%3A\u200b:warning::w');
  assert.equal(commandSafe('text ##[add-mask]s'), 'text ##%5Badd-mask]s');
  assert.equal(commandSafe('#\u00ad#[add-mask]s'), '#\u00ad#%5Badd-mask]s');
  // A lone CR is a line break to the runner; ESC starts terminal colour codes.
  assert.equal(commandSafe('x\r::error::y'), 'x%0D::error::y');
  assert.equal(commandSafe('x\u001b[2K\u001b[1Gfake'), 'x%1B[2K%1B[1Gfake');
  // Colons elsewhere are left alone.
  assert.equal(commandSafe('time: 12:30 :: done'), 'time: 12:30 :: done');
});

test('commandSafeJson escapes inside strings only, so the JSON value is unchanged', () => {
  const value = { 'drifted-columns': '["a ##[add-mask]x", "z\u200bw"]', changed: 'true' };
  const json = commandSafeJson(JSON.stringify(value, null, 2));
  assert.deepEqual(JSON.parse(json), value);
  assert.ok(!json.includes('##['));
  assert.ok(json.includes('##\\u005badd-mask]'));
  assert.ok(json.includes('z\\u200bw'));
});
