/** An authentication challenge from a `WWW-Authenticate` header. */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/**
 * Parse `WWW-Authenticate` (RFC 7235): one or more challenges, each a scheme followed by comma-separated
 * `key=value` or `key="quoted value"` parameters, e.g.
 * `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/m:pull"`.
 */
export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let i = 0;
  const skip = () => {
    while (i < header.length && /[\s,]/.test(header[i]!)) i++;
  };
  const token = () => {
    const start = i;
    while (i < header.length && /[^\s,=]/.test(header[i]!)) i++;
    return header.slice(start, i);
  };
  while (i < header.length) {
    skip();
    const word = token();
    if (!word) break;
    let j = i;
    while (j < header.length && header[j] === ' ') j++;
    if (header[j] === '=' && challenges.length > 0) {
      // a parameter of the current challenge
      i = j + 1;
      while (header[i] === ' ') i++;
      let value = '';
      if (header[i] === '"') {
        i++;
        while (i < header.length && header[i] !== '"') {
          if (header[i] === '\\') i++;
          value += header[i] ?? '';
          i++;
        }
        i++;
      } else {
        const start = i;
        while (i < header.length && header[i] !== ',') i++;
        value = header.slice(start, i).trim();
      }
      challenges[challenges.length - 1]!.params[word.toLowerCase()] = value;
    } else {
      challenges.push({ scheme: word.toLowerCase(), params: {} });
    }
  }
  return challenges;
}

export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
