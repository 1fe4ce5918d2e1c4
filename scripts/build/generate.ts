/**
 * Rewrite the generated files (README tables, root action.yml, the `.mlops.yml` sentence in the description of
 * config-backed inputs in actions/<name>/action.yml, CLI metadata, JSON Schemas) from actions/<name>/action.yml
 * and the zod schemas. Run by `npm run build`; test/contract checks freshness.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedFiles } from './generated-files.js';

const root = join(import.meta.dirname, '..', '..');
for (const [path, text] of Object.entries(generatedFiles(root))) {
  const full = join(root, path);
  let old: string | undefined;
  try {
    old = readFileSync(full, 'utf8');
  } catch {
    old = undefined;
  }
  if (old !== text) {
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    console.log(`wrote ${path}`);
  }
}
