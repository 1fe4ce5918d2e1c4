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

export const BEGIN = '<!-- BEGIN GENERATED ACTION DOCS (npm run build) -->';
export const END = '<!-- END GENERATED ACTION DOCS -->';

export function replaceBetweenMarkers(text: string, generated: string): string {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${BEGIN} … ${END}`);
  return `${text.slice(0, start + BEGIN.length)}\n\n${generated}\n${text.slice(end)}`;
}
