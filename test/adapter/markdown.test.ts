import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code, details, escapeMarkdown, table } from '../../src/core/report/markdown.js';

test('user text cannot inject markdown, HTML, mentions or break tables', () => {
  const evil = '<img src=x onerror=alert(1)> [link](http://evil) @org/team | **bold**\nnext';
  const escaped = escapeMarkdown(evil);
  assert.doesNotMatch(escaped, /<img/);
  assert.doesNotMatch(escaped, /\]\(/);
  assert.doesNotMatch(escaped, /(^|[^\\])\|/);
  assert.doesNotMatch(escaped, /\n/);
  assert.match(escaped, /@\u200borg/);
  assert.equal(escapeMarkdown('a_b*c'), 'a\\_b\\*c');
});

test('code spans survive backticks and pipes', () => {
  assert.equal(code('a`b'), '``a`b``');
  assert.equal(code('x|y'), '`x\\|y`');
  assert.equal(code('`edge'), '`` `edge ``');
});

test('tables and details render GitHub markdown', () => {
  assert.equal(table(['a', 'b'], [['1', '2']], ['left', 'right']), '| a | b |\n| --- | ---: |\n| 1 | 2 |');
  assert.equal(
    details('All <params>', 'body'),
    '<details><summary>All &lt;params&gt;</summary>\n\nbody\n\n</details>',
  );
});
