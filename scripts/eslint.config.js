// Type-aware linting over src/, test/ and scripts/; formatting is Prettier's job (npm run lint runs both).
import js from '@eslint/js';
import { dirname, join, relative, resolve, sep } from 'node:path';
import tseslint from 'typescript-eslint';

// Kept in scripts/ (the project's top level is fixed); `npm run lint` passes it with --config.
const root = dirname(import.meta.dirname);
const src = join(root, 'src');

/** The layers above src/core; core reaching any of them, from a file at any depth, is an error. */
const ABOVE_CORE = ['adapter', 'cli', 'actions', 'main.js', 'main.ts'];

/**
 * Directories of src/core that are shared layers or plain infrastructure: any core file may import them, and
 * they import no domain. core/dvc (DVC's pointer, cache and .dir formats) and core/oci (image references) are
 * formats every domain that names data or images reads. Every other directory is a domain.
 */
const SHARED_CORE = new Set([
  'git',
  'registry',
  'async',
  'dvc',
  'oci',
  'fs',
  'report',
  'structured',
  'workers',
]);

/**
 * The only domain-to-domain imports, each with why; anything else fails lint, so a new edge is a decision
 * made here, in review. `config` is the schema of .mlops.yml: it gathers every domain's section by design.
 * The other three are orchestrators whose job is to compose domains.
 */
const DOMAIN_EDGES = {
  config: ['hashing', 'experiments', 'drift', 'image', 'deploy', 'retrain'],
  // gated-deploy: pins manifests (gitops), checks the image's labels (image), compares metrics and data (experiments)
  deploy: ['gitops', 'image', 'experiments'],
  // open-retrain-pr: reads drift evidence (drift), metric decay (experiments), snapshots data (hashing)
  retrain: ['drift', 'experiments', 'hashing'],
  // mlops lineage: a run's data versions (experiments), an image's labels (image)
  lineage: ['experiments', 'image'],
};

/**
 * `mlops/core-boundary`: resolves every relative import of a src/core file (static, re-export or dynamic)
 * against the importing file, so `../adapter/x.js` from core/a.ts and `../../../adapter/x.js` from
 * core/a/b/c.ts are caught alike. A path pattern cannot do that: it does not know how deep the file is.
 */
const coreBoundary = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      upward:
        "src/core must not import src/{{layer}} ('{{source}}'): core gets what it needs as arguments; the adapter calls core, not the other way round.",
      sideways:
        "src/core/{{from}} must not import src/core/{{to}} ('{{source}}'): domains meet through core/git, core/registry and core/async (a new edge needs its reason in DOMAIN_EDGES, scripts/eslint.config.js).",
    },
  },
  create(context) {
    const check = (node) => {
      if (node?.type !== 'Literal' || typeof node.value !== 'string' || !node.value.startsWith('.')) return;
      const layer = relative(src, resolve(dirname(context.filename), node.value)).split(sep)[0];
      if (ABOVE_CORE.includes(layer)) {
        context.report({ node, messageId: 'upward', data: { layer, source: node.value } });
        return;
      }
      const [, from] = relative(src, context.filename).split(sep);
      const target = relative(join(src, 'core'), resolve(dirname(context.filename), node.value)).split(sep);
      // Only directory-to-directory imports: files at the top of src/core (errors.ts, …) are infrastructure.
      const to = target.length > 1 && !target[0].startsWith('..') ? target[0] : undefined;
      const ownDir = relative(join(src, 'core'), context.filename).split(sep);
      if (ownDir.length < 2 || to === undefined || to === from || SHARED_CORE.has(to)) return;
      // A shared layer reaches no domain at all; a domain reaches another only along a listed edge.
      if (SHARED_CORE.has(from) || !(DOMAIN_EDGES[from] ?? []).includes(to)) {
        context.report({ node, messageId: 'sideways', data: { from, to, source: node.value } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'schema/**',
      'scripts/eslint.config.js',
      'scripts/demo/example/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      // Core code must stay free of the runner toolkit and of process state.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    plugins: { mlops: { rules: { 'core-boundary': coreBoundary } } },
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*'] }],
      'mlops/core-boundary': 'error',
    },
  },
  {
    // The environment is read in one layer: actions and the CLI get what they need through their context.
    files: ['src/**/*.ts'],
    ignores: ['src/adapter/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'process.env is read only in src/adapter/ (RunnerEnv, the action context)',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
