/**
 * The golden manifests under test/fixtures/gitops/<case>/{input,expected}/, with what a reader of the
 * two files sees by hand: the source text of each changed value before and after (insertions: '' before),
 * and the pinned values as data, for the parse round-trip. Nothing here comes from the code under test.
 */
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'gitops');

export const D = 'sha256:3b07339dfb059a6a6fff03f25cb0e4370e7d2024787788693250eacdb4af6ee8';
export const OLD_D = 'sha256:83a4da11e70acbf0c0a550e67316145685c83e81f0ce46e48402d3f13c9e9584';
const CHURN = `ghcr.io/acme/churn@${D}`;
const CHURN_V2 = `ghcr.io/acme/churn:v2.0.0@${D}`;

export interface GoldenCase {
  name: string;
  image: string;
  container?: string;
  keys?: string[];
  /** Per file: [old source, new source] of each changed range, in file order. */
  edits: Record<string, [string, string][]>;
  /** Per file: [document, path, value] set on the parsed input to get the parsed output. */
  values: Record<string, [number, (string | number)[], unknown][]>;
}

const tpl = ['spec', 'template', 'spec'];

export const GOLDEN: GoldenCase[] = [
  {
    name: 'deployment-flux',
    image: CHURN,
    edits: { 'churn.yaml': [['ghcr.io/acme/churn:v1.2.0', `ghcr.io/acme/churn:v1.2.0@${D}`]] },
    values: { 'churn.yaml': [[0, [...tpl, 'containers', 0, 'image'], `ghcr.io/acme/churn:v1.2.0@${D}`]] },
  },
  {
    name: 'multi-document',
    image: CHURN_V2,
    edits: {
      'workloads.yaml': [
        ["'ghcr.io/acme/churn:v1'", `'${CHURN_V2}'`],
        ['"ghcr.io\\/acme/\\x63hurn:v1"', `"${CHURN_V2}"`],
        ['ghcr.io/acme/churn:v1', CHURN_V2],
        ['ghcr.io/acme/churn', CHURN_V2],
        ['ghcr.io/acme/churn:v1', CHURN_V2],
        ['"ghcr.io/acme/churn:v1"', `"${CHURN_V2}"`],
        ['ghcr.io/acme/churn:v1', CHURN_V2],
      ],
    },
    values: {
      'workloads.yaml': [
        [2, [...tpl, 'containers', 0, 'image'], CHURN_V2],
        [3, [...tpl, 'containers', 0, 'image'], CHURN_V2],
        [4, [...tpl, 'initContainers', 0, 'image'], CHURN_V2],
        [5, ['spec', 'jobTemplate', ...tpl, 'containers', 0, 'image'], CHURN_V2],
        [6, [...tpl, 'containers', 0, 'image'], CHURN_V2],
        [7, [...tpl, 'containers', 0, 'image'], CHURN_V2],
        [8, ['spec', 'containers', 0, 'image'], CHURN_V2],
      ],
    },
  },
  {
    name: 'crlf-bom-container',
    image: CHURN,
    container: 'server',
    edits: { 'deployment.yaml': [['registry.example.com/legacy/churn-server:0.9', CHURN]] },
    values: { 'deployment.yaml': [[0, [...tpl, 'containers', 0, 'image'], CHURN]] },
  },
  {
    name: 'already-pinned',
    image: CHURN,
    edits: { 'deployment.yaml': [] },
    values: { 'deployment.yaml': [] },
  },
  {
    name: 'kserve',
    image: `ghcr.io/acme/churn-model@${D}`,
    edits: {
      'inference.yaml': [
        ['"oci://ghcr.io/acme/churn-model:v3"', `"oci://ghcr.io/acme/churn-model:v3@${D}"`],
        ['oci://ghcr.io/acme/churn-model', `oci://ghcr.io/acme/churn-model@${D}`],
        ["'ghcr.io/acme/churn-model:v3'", `'ghcr.io/acme/churn-model:v3@${D}'`],
      ],
    },
    values: {
      'inference.yaml': [
        [0, ['spec', 'predictor', 'model', 'storageUri'], `oci://ghcr.io/acme/churn-model:v3@${D}`],
        [1, ['spec', 'predictor', 'sklearn', 'storageUri'], `oci://ghcr.io/acme/churn-model@${D}`],
        [2, ['spec', 'predictor', 'containers', 0, 'image'], `ghcr.io/acme/churn-model:v3@${D}`],
      ],
    },
  },
  {
    name: 'kustomize-entry',
    image: CHURN,
    edits: { 'kustomization.yaml': [['', `    digest: ${D}\n`]] },
    values: { 'kustomization.yaml': [[0, ['images', 1, 'digest'], D]] },
  },
  {
    name: 'kustomize-add-entry',
    image: CHURN_V2,
    edits: {
      'kustomization.yaml': [['', `- name: ghcr.io/acme/churn\r\n  newTag: v2.0.0\r\n  digest: ${D}\r\n`]],
    },
    values: {
      'kustomization.yaml': [[0, ['images', 1], { name: 'ghcr.io/acme/churn', newTag: 'v2.0.0', digest: D }]],
    },
  },
  {
    name: 'kustomize-add-images',
    image: CHURN,
    edits: { 'kustomization.yaml': [['', `images:\n  - name: ghcr.io/acme/churn\n    digest: ${D}\n`]] },
    values: { 'kustomization.yaml': [[0, ['images'], [{ name: 'ghcr.io/acme/churn', digest: D }]]] },
  },
  {
    name: 'kustomize-replace',
    image: CHURN_V2,
    edits: {
      'kustomization.yaml': [
        ["'v1.2.0'", "'v2.0.0'"],
        [`"${OLD_D}"`, `"${D}"`],
      ],
    },
    values: {
      'kustomization.yaml': [
        [0, ['images', 1, 'newTag'], 'v2.0.0'],
        [0, ['images', 1, 'digest'], D],
      ],
    },
  },
  {
    name: 'flux-kustomization',
    image: CHURN,
    edits: {
      'apps.yaml': [
        ['', `, digest: ${D}`],
        ['', `{name: ghcr.io/acme/churn, digest: ${D}}`],
      ],
    },
    values: {
      'apps.yaml': [
        [1, ['spec', 'images', 0, 'digest'], D],
        [2, ['spec', 'images'], [{ name: 'ghcr.io/acme/churn', digest: D }]],
      ],
    },
  },
  {
    name: 'helm-values',
    image: CHURN,
    edits: { 'values.yaml': [['"v1.2.0"', `"v1.2.0@${D}"`]] },
    values: { 'values.yaml': [[0, ['image', 'tag'], `v1.2.0@${D}`]] },
  },
  {
    name: 'helm-digest-key',
    image: CHURN,
    keys: ['image.digest'],
    edits: { 'values-production.yaml': [['""', `"${D}"`]] },
    values: { 'values-production.yaml': [[0, ['image', 'digest'], D]] },
  },
  {
    name: 'custom-resource-keys',
    image: CHURN,
    keys: ['spec.image'],
    edits: { 'modelserver.yaml': [['ghcr.io/acme/churn:v1.2.0', `ghcr.io/acme/churn:v1.2.0@${D}`]] },
    values: { 'modelserver.yaml': [[0, ['spec', 'image'], `ghcr.io/acme/churn:v1.2.0@${D}`]] },
  },
  {
    name: 'argocd-source',
    image: CHURN,
    edits: {
      '.argocd-source-churn.yaml': [['ghcr.io/acme/churn:v1.2.0', `ghcr.io/acme/churn:v1.2.0@${D}`]],
      '.argocd-source-churn-helm.yaml': [['v1.2.0', `v1.2.0@${D}`]],
    },
    values: {
      '.argocd-source-churn.yaml': [[0, ['kustomize', 'images', 1], `ghcr.io/acme/churn:v1.2.0@${D}`]],
      '.argocd-source-churn-helm.yaml': [[0, ['helm', 'parameters', 1, 'value'], `v1.2.0@${D}`]],
    },
  },
];
