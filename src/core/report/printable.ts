/**
 * User text shown to people on one line (markdown reports, image labels): nothing in it may hide, reorder
 * or restyle what is around it.
 */

/** C0/C1 controls, DEL, and the bidirectional overrides/isolates that reorder what a reader sees. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * One line of printable text: line breaks and tabs become spaces; NUL, ESC and the other C0 controls
 * become their visible Unicode pictures (␀, ␛, …), DEL ␡, C1 and bidi controls U+FFFD.
 */
export function printable(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x20) return String.fromCharCode(0x2400 + c);
    return c === 0x7f ? '\u2421' : '\ufffd';
  });
}
