/**
 * Text for the runner's log. The runner reads every line an action prints (stdout and stderr) for
 * workflow commands: a line that starts, after whitespace, with `::` (`::error::`, `::add-mask::`,
 * `::set-output …`, `::stop-commands::`) or that holds `##[` anywhere (the legacy form) is executed, not
 * shown. User text holding a line break could start such a line. The runner matches with culture-aware
 * string comparison, which skips zero-width characters, so those are made visible too.
 *
 * - `logValue` escapes one piece of user text so that it stays on its line (use it where a file name,
 *   column or key is put into a message);
 * - `commandSafe` is applied by the hosts (src/adapter/runner-host.ts, src/cli/cli-host.ts) to every
 *   message they print, so no action can forget: our own multi-line messages keep their lines, and no line
 *   can be read as a command.
 */

// eslint-disable-next-line no-control-regex
const C0 = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** Invisible in a piece of user text: C1 controls, format characters (zero-width, bidi overrides). */
const INVISIBLE = /[\u0080-\u009f\p{Cf}]/gu;
/** What the runner's culture-aware matching may skip: the above and every default-ignorable code point. */
const IGNORABLE = /[\u0080-\u009f\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

const percent = (ch: string) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
const codePoint = (ch: string) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

/**
 * One piece of user text for a log line: `%`, CR, LF and the other control characters as `%XX` (the
 * runner's own escapes: a newline reads `%0A`), invisible characters as `<U+200B>`.
 */
export function logValue(text: string): string {
  return text
    .replace(/[%\r\n]/g, percent)
    .replace(C0, percent)
    .replace(INVISIBLE, codePoint);
}

/** One line, changed only if the runner would read it as a command. */
function safeLine(line: string): string {
  const seen = line.replace(IGNORABLE, '');
  let safe = line;
  // `::` at the start, maybe after whitespace and ignorables: escape the first colon.
  if (/^\s*::/u.test(seen)) safe = safe.replace(':', '%3A');
  // `##[` anywhere (the legacy form): escape the brackets.
  if (seen.includes('##[')) safe = safe.replace(/\[/g, '%5B');
  return safe;
}

/**
 * A whole message as a host prints it. Lines (LF or CRLF) stay; a lone CR (a line break to the runner),
 * ESC (terminal colour codes that could disguise a line) and the other controls become `%XX`; a line the
 * runner would take for a command gets its first `:` (or its `[`s) escaped, so it shows as text.
 */
export function commandSafe(message: string): string {
  return message.replace(/\r\n/g, '\n').replace(C0, percent).split('\n').map(safeLine).join('\n');
}

/**
 * JSON text (from JSON.stringify) for stdout, with the same value but nothing the runner would execute:
 * ignorable characters and the `[` of `##[` (which can only sit inside strings) as `\uXXXX` escapes.
 */
export function commandSafeJson(json: string): string {
  const escape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return json.replace(IGNORABLE, (ch) => [...ch].map(escape).join('')).replace(/##\[/g, '##\\u005b');
}
