import { formatBytes } from '../report/format-bytes.js';
import { code, escapeMarkdown, table } from '../report/markdown.js';
import type { DataHashResult } from './data-hash.js';

function bytes(size: number | undefined): string {
  return size === undefined ? '' : formatBytes(size);
}

function shortMd5(md5: string | undefined): string {
  return md5 ? code(md5.endsWith('.dir') ? `${md5.slice(0, 12)}….dir` : md5.slice(0, 12)) : '';
}

/** The job summary: one table row per output, plus transfer counts for push/pull. */
export function dataHashSummary(result: DataHashResult): string {
  const lines = [`### data-hash ${result.command}`, ''];
  if (result.command === 'add') {
    lines.push(
      table(
        ['Path', 'md5', 'Size', 'Files', 'Pointer'],
        result.added.map((a) => [
          code(a.path),
          shortMd5(a.hash.md5),
          bytes(a.hash.size),
          String(a.hash.nfiles ?? 1),
          a.legacyKept
            ? 'DVC 2.x entry unchanged, kept'
            : a.written
              ? `${code(a.pointer)} written`
              : `${code(a.pointer)} up to date`,
        ]),
        ['left', 'left', 'right', 'right', 'left'],
      ),
    );
  } else if (result.command === 'status' || result.command === 'verify') {
    const icon = (s: string) =>
      s === 'unchanged' ? '✅' : s === 'modified' ? '✏️' : s === 'new' ? '🆕' : '⚠️';
    lines.push(
      table(
        ['Path', 'Status', 'md5', 'Size', 'Files', 'Detail'],
        result.statuses.map((s) => [
          code(s.path),
          `${icon(s.status)} ${s.status}`,
          shortMd5(s.current?.md5 ?? s.recorded?.md5),
          bytes(s.current?.size ?? s.recorded?.size),
          String(s.current?.nfiles ?? s.recorded?.nfiles ?? ''),
          escapeMarkdown(s.detail),
        ]),
        ['left', 'left', 'left', 'right', 'right', 'left'],
      ),
    );
    for (const s of result.statuses) {
      if (!s.changes) continue;
      const list = (label: string, items: string[]) =>
        items.length
          ? `- ${label}: ${items.slice(0, 20).map(code).join(', ')}${items.length > 20 ? `, … (${items.length})` : ''}`
          : '';
      const body = [
        list('added', s.changes.added),
        list('modified', s.changes.modified),
        list('removed', s.changes.removed),
      ].filter(Boolean);
      if (body.length) lines.push('', `**${escapeMarkdown(s.path)}**`, ...body);
    }
  } else {
    const t = result.transfer;
    lines.push(
      `Remote: ${code(result.remote ?? '')}`,
      '',
      table(
        ['Transferred', 'Already there', 'Missing'],
        [[String(t?.transferred ?? 0), String(t?.skipped ?? 0), String(t?.missing.length ?? 0)]],
        ['right', 'right', 'right'],
      ),
    );
    if (result.checkouts.length) {
      lines.push(
        '',
        table(
          ['Path', 'Restored', 'Unchanged', 'Missing'],
          result.checkouts.map((c) => [
            code(c.path),
            String(c.restored),
            String(c.unchanged),
            String(c.missing),
          ]),
          ['left', 'right', 'right', 'right'],
        ),
      );
    }
  }
  if (Object.keys(result.hashes).length === 0 && result.command !== 'push' && result.command !== 'pull') {
    lines.push('', '_No tracked data found._');
  }
  return lines.join('\n');
}
