import type { ActionMeta } from './action-yaml.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The generated README section: one inputs table and one outputs table per action. */
export function renderActionDocs(actions: readonly ActionMeta[]): string {
  const parts: string[] = [];
  for (const action of actions) {
    parts.push(`### ${action.name}\n\n${action.description}\n`);
    parts.push(
      `\`uses: <owner>/mlops-actions/actions/${action.name}@v1\` · \`mlops ${action.name} --help\`\n`,
    );
    parts.push('| input | required | default | description |\n| --- | --- | --- | --- |');
    for (const [name, input] of Object.entries(action.inputs)) {
      const def = input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``;
      parts.push(`| \`${name}\` | ${input.required ? 'yes' : 'no'} | ${def} | ${cell(input.description)} |`);
    }
    parts.push('\n| output | description |\n| --- | --- |');
    for (const [name, output] of Object.entries(action.outputs)) {
      parts.push(`| \`${name}\` | ${cell(output.description)} |`);
    }
    parts.push('');
  }
  return parts.join('\n');
}

export interface ConfigRow {
  key: string;
  action: string;
  input: string;
  /** The built-in default or what happens instead, in words; undefined: nothing. */
  otherwise: string | undefined;
}

/** The generated README table: each `.mlops.yml` key and the inputs it stands in for. */
export function renderConfigTable(rows: readonly ConfigRow[]): string {
  const byKey = new Map<string, ConfigRow[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  const lines = ['| `.mlops.yml` key | input it stands in for | built-in default |', '| --- | --- | --- |'];
  for (const key of [...byKey.keys()].sort()) {
    const entries = byKey.get(key)!;
    const inputs = entries.map((r) => `${r.action} \`${r.input}\``).join(', ');
    lines.push(`| \`${key}\` | ${inputs} | ${cell(entries[0]!.otherwise ?? '')} |`);
  }
  return `${lines.join('\n')}\n`;
}

export const BEGIN = '<!-- BEGIN GENERATED ACTION DOCS (npm run build) -->';
export const END = '<!-- END GENERATED ACTION DOCS -->';
export const CONFIG_BEGIN = '<!-- BEGIN GENERATED CONFIG KEYS (npm run build) -->';
export const CONFIG_END = '<!-- END GENERATED CONFIG KEYS -->';

export function replaceBetweenMarkers(text: string, generated: string, begin = BEGIN, end = END): string {
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the markers ${begin} … ${end}`);
  return `${text.slice(0, from + begin.length)}\n\n${generated}\n${text.slice(to)}`;
}
