import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code, details, escapeHtml, escapeMarkdown, table } from '../../src/core/report/markdown.js';
import { printable } from '../../src/core/report/printable.js';

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

test('control characters show as their pictures; bidi overrides cannot reorder the text', () => {
  assert.equal(printable('nul\u0000esc\u001b[31m del\u007f'), 'nul␀esc␛[31m del␡');
  assert.equal(printable('a\r\nb\tc\rd'), 'a b c d');
  assert.equal(printable('abc\u202edcb\u2066'), 'abc\ufffddcb\ufffd');
  assert.equal(escapeMarkdown('a\u0000b'), 'a␀b');
  assert.equal(code('x\u001by'), '`x␛y`');
});

test('no hidden comment can be faked from user text', () => {
  const marker = '<!-- mlops-actions:track-experiment:b -->';
  assert.equal(code(marker), '`<!-\u200b- mlops-actions:track-experiment:b -->`');
  assert.equal(escapeMarkdown(marker), '&lt;\\!\\-\\- mlops\\-actions:track\\-experiment:b \\-\\-&gt;');
  assert.equal(escapeHtml(marker), '&lt;!-- mlops-actions:track-experiment:b --&gt;');
  for (const text of [code(marker), escapeMarkdown(marker), escapeHtml(marker), details(marker, 'x')]) {
    assert.ok(!text.includes('<!--'), text);
  }
});

test('HTML contexts: entities, no live @mention, no backslash escapes', () => {
  assert.equal(escapeHtml(`a&b "c" 'd' @team\ne_f`), 'a&amp;b &quot;c&quot; &#39;d&#39; @\u200bteam e_f');
});
