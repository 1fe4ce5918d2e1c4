import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';

/**
 * What we read from DVC's own configuration: `.dvc/config`, then `.dvc/config.local` on top (as DVC merges
 * them). The format is configobj's INI dialect:
 *
 *     [core]
 *         remote = storage
 *     [cache]
 *         dir = ../shared-cache
 *     ['remote "storage"']
 *         url = s3://bucket/prefix
 *         endpointurl = http://127.0.0.1:9000
 *
 * Relative paths (cache dir, local remote urls) are relative to the `.dvc/` directory, as in DVC.
 */

export interface DvcRemote {
  name: string;
  url: string;
  endpointUrl: string | undefined;
  region: string | undefined;
}

export interface DvcConfig {
  /** Absolute cache directory, when configured. */
  cacheDir: string | undefined;
  defaultRemote: string | undefined;
  remotes: Map<string, DvcRemote>;
}

type Sections = Map<string, Map<string, string>>;

function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && (t[0] === "'" || t[0] === '"') && t.at(-1) === t[0]) return t.slice(1, -1);
  return t;
}

export function parseDvcIni(text: string, file: string, into: Sections = new Map()): Sections {
  let section: Map<string, string> | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    const header = /^\[(.*)\]$/.exec(line);
    if (header) {
      const name = unquote(header[1]!).replace(/\s+/g, ' ');
      section = into.get(name) ?? new Map<string, string>();
      into.set(name, section);
      return;
    }
    const eq = line.indexOf('=');
    if (eq <= 0 || !section) {
      throw new ConfigurationError(
        `${file}:${index + 1}: expected '[section]' or 'key = value', got '${line}'`,
        {
          file,
          line: index + 1,
        },
      );
    }
    section.set(line.slice(0, eq).trim(), unquote(line.slice(eq + 1)));
  });
  return into;
}

/** Read `.dvc/config` (+ `.dvc/config.local`) under `root`; absent files give an empty config. */
export function readDvcConfig(root: string): DvcConfig {
  const dvcDir = join(root, '.dvc');
  const sections: Sections = new Map();
  for (const name of ['config', 'config.local']) {
    let text: string;
    try {
      text = readFileSync(join(dvcDir, name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    parseDvcIni(text, `.dvc/${name}`, sections);
  }
  const remotes = new Map<string, DvcRemote>();
  for (const [name, values] of sections) {
    const match = /^remote "(.+)"$/.exec(name);
    const url = values.get('url');
    if (!match || url === undefined) continue;
    const isLocal = !/^[a-z][a-z0-9+.-]*:\/\//i.test(url);
    remotes.set(match[1]!, {
      name: match[1]!,
      url: isLocal && !isAbsolute(url) ? resolve(dvcDir, url) : url,
      endpointUrl: values.get('endpointurl'),
      region: values.get('region'),
    });
  }
  const cacheDir = sections.get('cache')?.get('dir');
  return {
    cacheDir: cacheDir === undefined ? undefined : resolve(dvcDir, cacheDir),
    defaultRemote: sections.get('core')?.get('remote'),
    remotes,
  };
}
