/**
 * Parsing what an action writes the way the runner reads it: workflow commands on stdout
 * (`::error file=a,line=3::msg`) and the GITHUB_OUTPUT file (`name<<DELIM` heredocs or `name=value`).
 */

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  title?: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

export interface ParsedCommands {
  annotations: Annotation[];
  masks: string[];
  debug: string[];
}

export function parseWorkflowCommands(stdout: string): ParsedCommands {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  const debug: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const [, command, props = '', data = ''] = match;
    if (command === 'add-mask') masks.push(unescapeData(data));
    else if (command === 'debug') debug.push(unescapeData(data));
    else if (command === 'error' || command === 'warning' || command === 'notice') {
      const annotation: Annotation = { level: command, message: unescapeData(data) };
      for (const pair of props.split(',').filter(Boolean)) {
        const eq = pair.indexOf('=');
        const key = pair.slice(0, eq);
        const value = unescapeProperty(pair.slice(eq + 1));
        if (key === 'file') annotation.file = value;
        else if (key === 'line') annotation.line = Number(value);
        else if (key === 'title') annotation.title = value;
      }
      annotations.push(annotation);
    }
  }
  return { annotations, masks, debug };
}

export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: unterminated value for '${name}'`);
      outputs[name!] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: malformed line '${line}'`);
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}
