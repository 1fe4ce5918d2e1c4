/**
 * The rules behind the golden files, table by table: how a pinned reference is spelled, how a value is
 * quoted (checked by reading it back with the yaml parser under YAML 1.2 and 1.1), key paths and their
 * roles, and layouts the golden files do not show (no final newline, an empty `images:`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse, parseDocument, type Scalar } from 'yaml';
import { parsePinImage, pinnedReference } from '../../../src/core/oci/image-ref.js';
import { parseKeyPath } from '../../../src/core/gitops/key-paths.js';
import { roleOf } from '../../../src/core/gitops/roles.js';
import { pinManifest } from '../../../src/core/gitops/pin.js';
import { renderLike } from '../../../src/core/gitops/yaml-source.js';
import { D } from './golden-cases.js';

describe('pinned reference spelling', () => {
  const cases: [current: string | undefined, pin: string, expected: string][] = [
    ['ghcr.io/acme/churn:v1', `ghcr.io/acme/churn@${D}`, `ghcr.io/acme/churn:v1@${D}`],
    ['ghcr.io/acme/churn:v1', `ghcr.io/acme/churn:v2@${D}`, `ghcr.io/acme/churn:v2@${D}`],
    [
      `ghcr.io/acme/churn:v1@sha256:${'0'.repeat(64)}`,
      `ghcr.io/acme/churn@${D}`,
      `ghcr.io/acme/churn:v1@${D}`,
    ],
    // docker's normalisation: the manifest's spelling of the same repository stays
    ['nginx:1.27', `docker.io/library/nginx@${D}`, `nginx:1.27@${D}`],
    ['library/nginx', `nginx:1.28@${D}`, `library/nginx:1.28@${D}`],
    // another repository (selected by container name): the pin's spelling, the old tag dropped
    ['quay.io/other/server:0.9', `ghcr.io/acme/churn@${D}`, `ghcr.io/acme/churn@${D}`],
    ['localhost:5000/churn:v1', `localhost:5000/churn@${D}`, `localhost:5000/churn:v1@${D}`],
    ['${IMAGE}', `ghcr.io/acme/churn@${D}`, `ghcr.io/acme/churn@${D}`],
    [undefined, `ghcr.io/acme/churn:v3@${D}`, `ghcr.io/acme/churn:v3@${D}`],
  ];
  for (const [current, pin, expected] of cases) {
    it(`${current ?? '(none)'} + ${pin.split('@')[0]}`, () => {
      assert.equal(pinnedReference(current, parsePinImage(pin)), expected);
    });
  }

  it('the pin must carry a well-formed sha256 digest', () => {
    assert.throws(() => parsePinImage('ghcr.io/acme/churn:v1'), /'ghcr\.io\/acme\/churn:v1' has no digest/);
    assert.throws(
      () => parsePinImage('ghcr.io/acme/churn@sha256:abc'),
      /invalid digest \(expected sha256:<64 hex>\)/,
    );
    assert.throws(() => parsePinImage(`ghcr.io/acme/churn@md5:${'a'.repeat(32)}`), /invalid digest/);
    assert.throws(() => parsePinImage(`ghcr.io/Acme/churn@${D}`), /uppercase/);
    assert.throws(() => parsePinImage(`ghcr.io/acme/churn:v 1@${D}`), /invalid tag/);
    assert.deepEqual(parsePinImage(` ghcr.io/acme/churn:v2@${D} `), {
      reference: `ghcr.io/acme/churn:v2@${D}`,
      name: 'ghcr.io/acme/churn',
      key: 'ghcr.io/acme/churn',
      tag: 'v2',
      digest: D,
    });
  });
});

describe('values keep their quoting and read back as written', () => {
  const scalar = (source: string) => parseDocument(`k: ${source}`).get('k', true) as Scalar;
  const values = [
    `ghcr.io/acme/churn:v1@${D}`,
    "it's",
    'say "hi" \\ back',
    'a # not a comment',
    'key: value',
    '1.0',
    'yes',
    'true',
    '0755',
    '',
    'tab\there',
  ];
  for (const [style, source] of [
    ['plain', 'x'],
    ['single', "'x'"],
    ['double', '"x"'],
  ] as const) {
    it(style, () => {
      for (const value of values) {
        const written = renderLike(scalar(source), value, 'k');
        for (const version of ['1.2', '1.1'] as const) {
          assert.deepEqual(
            parse(`k: ${written}`, { version }),
            { k: value },
            `${style} ${JSON.stringify(value)}`,
          );
        }
        if (style === 'single') assert.match(written, /^'.*'$/);
        if (style === 'double') assert.match(written, /^".*"$/);
      }
      // plain stays plain whenever that reads back the same
      if (style === 'plain')
        assert.equal(renderLike(scalar(source), `ghcr.io/a@${D}`, 'k'), `ghcr.io/a@${D}`);
    });
  }

  it('refuses block scalars', () => {
    assert.throws(() => renderLike(scalar('|\n  x'), 'y', 'f: k'), /f: k is a block scalar/);
  });
});

describe('key paths', () => {
  it('parses dots, escaped dots and indexes', () => {
    assert.deepEqual(parseKeyPath('image.tag'), ['image', 'tag']);
    assert.deepEqual(parseKeyPath('a.b[0].c\\.d'), ['a', 'b', 0, 'c.d']);
    assert.deepEqual(parseKeyPath('images[2]'), ['images', 2]);
    assert.throws(() => parseKeyPath('a..b'), /empty segment/);
    assert.throws(() => parseKeyPath('a[x]'), /bad index/);
    assert.throws(() => parseKeyPath('a[0]b'), /expected '\.' after '\]'/);
  });

  it('takes roles from the last segment', () => {
    const roles = Object.fromEntries(
      [
        'image.repository',
        'image.repo',
        'image.name',
        'imageName',
        'image.tag',
        'imageTag',
        'image.digest',
        'server.imageDigest',
        'image.registry',
        'image',
        'app.image',
        'containers[0].image',
      ].map((k) => [k, roleOf(k)]),
    );
    assert.deepEqual(roles, {
      'image.repository': 'repository',
      'image.repo': 'repository',
      'image.name': 'repository',
      imageName: 'repository',
      'image.tag': 'tag',
      imageTag: 'tag',
      'image.digest': 'digest',
      'server.imageDigest': 'digest',
      'image.registry': 'registry',
      image: 'image',
      'app.image': 'image',
      'containers[0].image': 'image',
    });
  });

  it('a tag key becomes <tag>@digest; with a digest key the tag only follows the pin', () => {
    const values = 'image:\n  repository: ghcr.io/acme/churn\n  tag: v1\n  digest: ""\n';
    const pin = `ghcr.io/acme/churn:v2@${D}`;
    assert.equal(
      pinManifest(values, { file: 'values.yaml', image: pin }).text,
      `image:\n  repository: ghcr.io/acme/churn\n  tag: v2@${D}\n  digest: ""\n`,
    );
    assert.equal(
      pinManifest(values, {
        file: 'values.yaml',
        image: pin,
        keys: ['image.repository', 'image.tag', 'image.digest'],
      }).text,
      `image:\n  repository: ghcr.io/acme/churn\n  tag: v2\n  digest: "${D}"\n`,
    );
    // another repository in the values: the pin's repository is written, the old tag is not kept
    const other = 'image:\n  repository: quay.io/old/churn\n  tag: "0.9"\n';
    assert.equal(
      pinManifest(other, { file: 'values.yaml', image: pin }).text,
      `image:\n  repository: ghcr.io/acme/churn\n  tag: "v2@${D}"\n`,
    );
  });
});

describe('a registry key (Bitnami-style charts)', () => {
  const keys = ['image.registry', 'image.repository', 'image.tag'];
  it('the same image split over registry and repository keeps both', () => {
    const values = 'image:\n  registry: ghcr.io\n  repository: acme/churn\n  tag: v1.2.0\n';
    assert.equal(
      pinManifest(values, { file: 'values.yaml', image: `ghcr.io/acme/churn@${D}`, keys }).text,
      `image:\n  registry: ghcr.io\n  repository: acme/churn\n  tag: v1.2.0@${D}\n`,
    );
  });
  it('another image gets the pin registry and path, each in its key', () => {
    const values = 'image:\n  registry: docker.io\n  repository: bitnami/churn\n  tag: "1"\n';
    assert.equal(
      pinManifest(values, { file: 'values.yaml', image: `ghcr.io/acme/churn:v2@${D}`, keys }).text,
      `image:\n  registry: ghcr.io\n  repository: acme/churn\n  tag: "v2@${D}"\n`,
    );
  });
});

describe('kustomization layouts', () => {
  it('a file without a final newline gets images: at the end, still without one', () => {
    const result = pinManifest('resources:\n- a.yaml', {
      file: 'kustomization.yaml',
      image: `ghcr.io/acme/churn@${D}`,
    });
    assert.equal(result.text, `resources:\n- a.yaml\nimages:\n- name: ghcr.io/acme/churn\n  digest: ${D}`);
  });

  it('an empty images: key gets the entry, at the indentation the file uses', () => {
    const text = 'resources:\n  - a.yaml\nimages:\nnamePrefix: x-\n';
    const result = pinManifest(text, { file: 'kustomization.yaml', image: `ghcr.io/acme/churn:v1@${D}` });
    assert.equal(
      result.text,
      `resources:\n  - a.yaml\nimages:\n  - name: ghcr.io/acme/churn\n    newTag: v1\n    digest: ${D}\nnamePrefix: x-\n`,
    );
  });

  it('a numeric-looking tag is quoted so kustomize reads a string', () => {
    const result = pinManifest('images:\n- name: nginx\n', {
      file: 'kustomization.yaml',
      image: `nginx:1.27@${D}`,
    });
    assert.equal(result.text, `images:\n- name: nginx\n  newTag: "1.27"\n  digest: ${D}\n`);
  });

  it('matches an entry by name or newName, with docker normalisation', () => {
    const text = 'images:\n- name: docker.io/library/nginx\n- name: app\n  newName: ghcr.io/acme/churn\n';
    const nginx = pinManifest(text, { file: 'kustomization.yaml', image: `nginx@${D}` });
    assert.equal(nginx.changes.map((c) => c.path).join(), 'images[0].digest');
    const churn = pinManifest(text, { file: 'kustomization.yaml', image: `ghcr.io/acme/churn@${D}` });
    assert.equal(churn.changes.map((c) => c.path).join(), 'images[1].digest');
  });
});

describe('workload selection', () => {
  const pod = (containers: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${containers}`;

  it('--container selects initContainers and containers of that name, in every document', () => {
    const text = [
      pod('  initContainers:\n  - {name: app, image: a:1}\n  containers:\n  - {name: other, image: b:1}\n'),
      pod('  containers:\n  - {name: app, image: c:1}\n'),
    ].join('---\n');
    const result = pinManifest(text, { file: 'p.yaml', image: `ghcr.io/acme/churn@${D}`, container: 'app' });
    assert.deepEqual(
      result.changes.map((c) => [c.document, c.target, c.container, c.old]),
      [
        [0, 'init-container', 'app', 'a:1'],
        [1, 'container', 'app', 'c:1'],
      ],
    );
  });

  it('kinds are checked with their API group', () => {
    const text =
      'apiVersion: example.com/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - {name: a, image: ghcr.io/acme/churn}\n';
    assert.throws(
      () => pinManifest(text, { file: 'x.yaml', image: `ghcr.io/acme/churn@${D}` }),
      /nothing to pin/,
    );
  });
});
