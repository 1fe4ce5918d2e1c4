/**
 * GitHub's published OpenAPI description (npm @octokit/openapi) as the double's contract: it routes requests
 * to operations, validates request bodies (→ 422 like GitHub) and every response the double produces
 * (→ a mismatch is a bug in the double). Loaded once per process; each schema compiled lazily, once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';

const require = createRequire(import.meta.url);
const SPEC_FILE = require.resolve('@octokit/openapi/generated/api.github.com.json');
const ROOT_ID = 'gh';

type Json = Record<string, unknown>;

export interface OperationMatch {
  operationId: string;
  template: string;
  params: Record<string, string>;
  documentationUrl: string;
  operation: Json;
}

interface CompiledTemplate {
  template: string;
  segments: string[];
  literals: number;
  operation: Json;
}

interface Spec {
  byMethod: Map<string, CompiledTemplate[]>;
  components: Json;
  ajv: Ajv;
  validators: Map<string, ValidateFunction | null>;
  loadMs: number;
}

let loaded: Spec | undefined;

/**
 * OpenAPI 3.0's `nullable` becomes a JSON-Schema `null` branch (ajv's own support needs `type` beside it and
 * ignores `enum`), and local `$ref`s are pointed at the one root schema registered with ajv.
 */
function normalize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalize);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) out[key] = ROOT_ID + value;
    else if (key === 'example' || key === 'examples') out[key] = value;
    else out[key] = normalize(value);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
    return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

export function loadSpec(): Spec {
  if (loaded) return loaded;
  const started = performance.now();
  const raw = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as {
    paths: Record<string, Json>;
    components: Json;
  };
  const components = normalize(raw.components) as Json;
  const byMethod = new Map<string, CompiledTemplate[]>();
  for (const [template, item] of Object.entries(raw.paths)) {
    const segments = template.split('/').slice(1);
    const literals = segments.filter((s) => !s.startsWith('{')).length;
    for (const [method, operation] of Object.entries(item)) {
      if (typeof operation !== 'object' || operation === null || !('operationId' in operation)) continue;
      const list = byMethod.get(method.toUpperCase()) ?? [];
      list.push({ template, segments, literals, operation: normalize(operation) as Json });
      byMethod.set(method.toUpperCase(), list);
    }
  }
  for (const list of byMethod.values()) list.sort((a, b) => b.literals - a.literals);
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, discriminator: false });
  (require('ajv-formats') as FormatsPlugin)(ajv);
  // GitHub answers "" for unset URL fields its description marks `format: uri` (deployment status target_url).
  const { fullFormats } = require('ajv-formats/dist/formats.js') as {
    fullFormats: { uri: (s: string) => boolean };
  };
  ajv.addFormat('uri', (s: string) => s === '' || fullFormats.uri(s));
  for (const format of ['int32', 'int64', 'double', 'float', 'binary', 'repo.nwo', 'timestamp', 'byte']) {
    ajv.addFormat(format, true);
  }
  ajv.addSchema({ components }, ROOT_ID);
  loaded = { byMethod, components, ajv, validators: new Map(), loadMs: performance.now() - started };
  return loaded;
}

/** Every operationId in the description. */
export function operationIds(): Set<string> {
  const ids = new Set<string>();
  for (const list of loadSpec().byMethod.values())
    for (const t of list) ids.add(t.operation.operationId as string);
  return ids;
}

/** Milliseconds the last load of the description took (0 before loading). */
export function specLoadMs(): number {
  return loaded?.loadMs ?? 0;
}

function tryMatch(t: CompiledTemplate, parts: string[], greedy: boolean): Record<string, string> | undefined {
  const segs = t.segments;
  if (greedy ? parts.length < segs.length : parts.length !== segs.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const last = i === segs.length - 1;
    if (seg.startsWith('{') && seg.endsWith('}')) {
      const raw = last && greedy ? parts.slice(i).join('/') : parts[i]!;
      if (raw === '') return undefined;
      try {
        params[seg.slice(1, -1)] = decodeURIComponent(raw);
      } catch {
        return undefined;
      }
    } else if (seg !== parts[i]) return undefined;
  }
  return params;
}

/**
 * The operation for method + path. Templates with more literal segments win (`releases/latest` before
 * `releases/{release_id}`); a trailing parameter may span slashes (`git/ref/heads/main`) when nothing else fits.
 */
export function matchOperation(method: string, path: string): OperationMatch | undefined {
  const spec = loadSpec();
  const parts = path.split('/').slice(1);
  const candidates = spec.byMethod.get(method.toUpperCase()) ?? [];
  for (const greedy of [false, true]) {
    for (const t of candidates) {
      if (greedy && !t.segments[t.segments.length - 1]?.startsWith('{')) continue;
      const params = tryMatch(t, parts, greedy);
      if (!params) continue;
      const docs = (t.operation.externalDocs as { url?: string } | undefined)?.url;
      return {
        operationId: t.operation.operationId as string,
        template: t.template,
        params,
        documentationUrl: docs ?? 'https://docs.github.com/rest',
        operation: t.operation,
      };
    }
  }
  return undefined;
}

/** Follows `gh#/components/...` references to response/requestBody objects (not schemas). */
function deref(spec: Spec, node: unknown): Json | undefined {
  let current = node;
  for (let hops = 0; hops < 5 && current && typeof current === 'object'; hops++) {
    const ref = (current as Json).$ref;
    if (typeof ref !== 'string') return current as Json;
    let target: unknown = { components: spec.components };
    for (const part of ref.slice(ROOT_ID.length + 2).split('/'))
      target = (target as Json | undefined)?.[part];
    current = target;
  }
  return undefined;
}

function jsonSchema(spec: Spec, container: unknown): Json | undefined {
  const resolved = deref(spec, container);
  const content = resolved?.content as Record<string, { schema?: Json }> | undefined;
  if (!content) return undefined;
  const media = content['application/json'] ?? Object.values(content)[0];
  return media?.schema;
}

function validator(key: string, build: () => Json | undefined): ValidateFunction | null {
  const spec = loadSpec();
  let fn = spec.validators.get(key);
  if (fn === undefined) {
    const schema = build();
    fn = schema ? spec.ajv.compile(schema) : null;
    spec.validators.set(key, fn);
  }
  return fn;
}

export interface ValidationProblem {
  path: string;
  message: string;
  ajv: ErrorObject;
}

function problems(fn: ValidateFunction): ValidationProblem[] {
  return (fn.errors ?? []).map((e) => ({ path: e.instancePath, message: e.message ?? e.keyword, ajv: e }));
}

/** Problems with a JSON request body; empty when valid or when the operation declares no JSON body. */
export function validateRequestBody(match: OperationMatch, body: unknown): ValidationProblem[] {
  const spec = loadSpec();
  const fn = validator(`req:${match.operationId}`, () => jsonSchema(spec, match.operation.requestBody));
  if (!fn || fn(body)) return [];
  return problems(fn);
}

/** Problems with a response body the double produced; empty when the status has no JSON schema. */
export function validateResponseBody(
  match: OperationMatch,
  status: number,
  body: unknown,
): ValidationProblem[] {
  const spec = loadSpec();
  const responses = (match.operation.responses ?? {}) as Json;
  const fn = validator(`res:${match.operationId}:${status}`, () =>
    jsonSchema(spec, responses[String(status)]),
  );
  if (!fn || fn(body)) return [];
  return problems(fn);
}
