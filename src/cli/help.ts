import type { ActionMetadataEntry } from '../adapter/metadata.js';
import type { Subcommand } from './subcommands.js';

function wrap(text: string, indent: number, width = 100): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > width - indent) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

export function topHelp(
  actions: Record<string, ActionMetadataEntry>,
  subcommands: readonly Subcommand[],
): string {
  const width =
    Math.max(...Object.keys(actions).map((n) => n.length), ...subcommands.map((s) => s.name.length)) + 2;
  const rows = Object.entries(actions).map(
    ([name, meta]) => `  ${name.padEnd(width)}${wrap(meta.description, width + 2)}`,
  );
  const extra = subcommands.map((s) => `  ${s.name.padEnd(width)}${wrap(s.summary, width + 2)}`);
  return [
    'Usage: mlops <action> [--<input> <value> …]   (the same inputs as the GitHub Action)',
    '       mlops <action> --help',
    '',
    'Actions:',
    ...rows,
    '',
    'Other commands:',
    ...extra,
    '',
    'Outputs are printed as one JSON object on stdout; logs and the job summary go to stderr.',
    'Common options: --summary FILE (write the job summary there), --verbose (debug log).',
  ].join('\n');
}

export function actionHelp(name: string, meta: ActionMetadataEntry): string {
  const inputs = Object.entries(meta.inputs).map(([input, m]) => {
    const flags = [
      m.required ? 'required' : '',
      m.default !== undefined && m.default !== '' ? `default: ${m.default}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `  --${input}${flags ? ` (${flags})` : ''}\n      ${wrap(m.description, 6)}`;
  });
  const outputs = Object.entries(meta.outputs).map(([output, m]) => `  ${output}: ${wrap(m.description, 4)}`);
  return [
    `Usage: mlops ${name} [--<input> <value> …]`,
    '',
    wrap(meta.description, 0),
    '',
    'Inputs (repeat a flag to give a list):',
    ...inputs,
    '',
    'Outputs (printed as JSON on stdout):',
    ...outputs,
  ].join('\n');
}
