/**
 * GitHub Actions expressions (`${{ … }}` and `if:`), evaluated as the runner evaluates them, for the subset
 * workflows in this repository use:
 *
 * - literals: 'strings' ('' escapes a quote), numbers, true, false, null;
 * - contexts: github, env, vars, secrets, matrix, needs, steps, runner, strategy, inputs — `a.b`, `a['b']`,
 *   and the object filter `a.*.b`; a missing property is null (as on GitHub), an unknown context is an error;
 * - operators: ( ) ! == != < <= > >= && || — with GitHub's loose equality (strings compared ignoring case,
 *   mixed types compared as numbers) and `&&`/`||` yielding an operand, not a boolean;
 * - functions: contains, startsWith, endsWith, format, join, toJSON, fromJSON, success, failure, cancelled,
 *   always (status functions read `status`: the job's so far, or for a job's `if:` its needs' results).
 *
 * Anything else (hashFiles, an unknown function or syntax) throws, so a template using it fails the test
 * loudly instead of being evaluated wrongly.
 */

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

export interface ExpressionContext {
  contexts: Record<string, Value>;
  /**
   * For success()/failure()/cancelled(): the state of the job (steps) or of the needed jobs (a job's if:;
   * `skipped` when one was skipped: success() and failure() are both false then, as on GitHub).
   */
  status: 'success' | 'failure' | 'cancelled' | 'skipped';
}

type Token =
  | { kind: 'num'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'ident'; value: string }
  | { kind: 'op'; value: string };

const KNOWN_CONTEXTS = new Set([
  'github',
  'env',
  'vars',
  'secrets',
  'matrix',
  'needs',
  'steps',
  'runner',
  'strategy',
  'inputs',
  'job',
]);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Error(`unterminated string in expression: ${text}`);
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      tokens.push({ kind: 'str', value });
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const m = /^-?(0x[0-9a-fA-F]+|[0-9]*\.?[0-9]+(e[+-]?[0-9]+)?)/.exec(text.slice(i))!;
      tokens.push({ kind: 'num', value: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(i))!;
      tokens.push({ kind: 'ident', value: m[0] });
      i += m[0].length;
    } else {
      const two = text.slice(i, i + 2);
      if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
        tokens.push({ kind: 'op', value: two });
        i += 2;
      } else if ('!<>()[].,*'.includes(c)) {
        tokens.push({ kind: 'op', value: c });
        i++;
      } else {
        throw new Error(`unsupported character '${c}' in expression: ${text}`);
      }
    }
  }
  return tokens;
}

const FILTERED = Symbol('filtered');
type Filtered = Value[] & { [FILTERED]?: true };

function truthy(v: Value): boolean {
  if (v === null || v === false || v === '' || v === 0) return false;
  if (typeof v === 'number' && Number.isNaN(v)) return false;
  return true;
}

function toNumber(v: Value): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return NaN;
}

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b && (typeof a !== 'object' || a === null || b === null)) return a === b;
  if (typeof a === 'object' && a !== null) return a === b;
  return toNumber(a) === toNumber(b);
}

/** How a value reads in a string: null is '', objects are JSON. */
export function stringify(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v, null, 2);
}

function property(target: Value, key: string): Value {
  if (Array.isArray(target) && (target as Filtered)[FILTERED]) {
    const out: Filtered = target.map((item) => property(item, key));
    out[FILTERED] = true;
    return out;
  }
  if (target === null || typeof target !== 'object') return null;
  if (Array.isArray(target)) {
    const index = Number(key);
    return Number.isInteger(index) ? (target[index] ?? null) : null;
  }
  const found = Object.keys(target).find((k) => k.toLowerCase() === key.toLowerCase());
  return found === undefined ? null : target[found]!;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly ctx: ExpressionContext,
    private readonly source: string,
  ) {}

  parse(): Value {
    const value = this.or();
    if (this.i < this.tokens.length) this.fail(`unexpected '${this.tokens[this.i]!.value}'`);
    return value;
  }

  private fail(message: string): never {
    throw new Error(`${message} in expression: ${this.source}`);
  }
  private peek(value: string): boolean {
    const t = this.tokens[this.i];
    return t?.kind === 'op' && t.value === value;
  }
  private expect(value: string): void {
    if (!this.peek(value)) this.fail(`expected '${value}'`);
    this.i++;
  }

  private or(): Value {
    let left = this.and();
    while (this.peek('||')) {
      this.i++;
      const right = this.and();
      left = truthy(left) ? left : right;
    }
    return left;
  }
  private and(): Value {
    let left = this.equality();
    while (this.peek('&&')) {
      this.i++;
      const right = this.equality();
      left = truthy(left) ? right : left;
    }
    return left;
  }
  private equality(): Value {
    let left = this.comparison();
    while (this.peek('==') || this.peek('!=')) {
      const op = this.tokens[this.i++]!.value;
      const right = this.comparison();
      left = op === '==' ? equal(left, right) : !equal(left, right);
    }
    return left;
  }
  private comparison(): Value {
    let left = this.unary();
    while (this.peek('<') || this.peek('<=') || this.peek('>') || this.peek('>=')) {
      const op = this.tokens[this.i++]!.value;
      const right = this.unary();
      const [a, b] =
        typeof left === 'string' && typeof right === 'string'
          ? [left.toLowerCase(), right.toLowerCase()]
          : [toNumber(left), toNumber(right)];
      left = op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
    }
    return left;
  }
  private unary(): Value {
    if (this.peek('!')) {
      this.i++;
      return !truthy(this.unary());
    }
    return this.postfix(this.primary());
  }
  private primary(): Value {
    const t = this.tokens[this.i++];
    if (!t) this.fail('unexpected end');
    if (t.kind === 'num' || t.kind === 'str') return t.value;
    if (t.kind === 'op') {
      if (t.value !== '(') this.fail(`unexpected '${t.value}'`);
      const value = this.or();
      this.expect(')');
      return value;
    }
    if (t.value === 'true') return true;
    if (t.value === 'false') return false;
    if (t.value === 'null') return null;
    if (this.peek('(')) {
      this.i++;
      const args: Value[] = [];
      if (!this.peek(')')) {
        args.push(this.or());
        while (this.peek(',')) {
          this.i++;
          args.push(this.or());
        }
      }
      this.expect(')');
      return this.call(t.value, args);
    }
    if (!KNOWN_CONTEXTS.has(t.value)) this.fail(`unknown context '${t.value}'`);
    if (!(t.value in this.ctx.contexts)) this.fail(`context '${t.value}' is not available here`);
    return this.ctx.contexts[t.value]!;
  }
  private postfix(start: Value): Value {
    let value = start;
    for (;;) {
      if (this.peek('.')) {
        this.i++;
        if (this.peek('*')) {
          this.i++;
          const items: Filtered =
            value !== null && typeof value === 'object'
              ? Array.isArray(value)
                ? [...value]
                : Object.values(value)
              : [];
          items[FILTERED] = true;
          value = items;
          continue;
        }
        const name = this.tokens[this.i++];
        if (name?.kind !== 'ident') this.fail('expected a property name');
        value = property(value, name.value);
      } else if (this.peek('[')) {
        this.i++;
        const key = this.or();
        this.expect(']');
        value = property(value, stringify(key));
      } else {
        return value;
      }
    }
  }

  private call(name: string, args: Value[]): Value {
    const str = (v: Value) => stringify(v).toLowerCase();
    const arity = (n: number) => {
      if (args.length !== n) this.fail(`${name}() takes ${n} argument(s)`);
    };
    switch (name.toLowerCase()) {
      case 'contains':
        arity(2);
        return Array.isArray(args[0])
          ? args[0].some((item) => equal(item, args[1]!))
          : str(args[0]!).includes(str(args[1]!));
      case 'startswith':
        arity(2);
        return str(args[0]!).startsWith(str(args[1]!));
      case 'endswith':
        arity(2);
        return str(args[0]!).endsWith(str(args[1]!));
      case 'format':
        // `{{` and `}}` are literal braces; `{N}` is argument N.
        return stringify(args[0] ?? null).replace(/\{\{|\}\}|\{(\d+)\}/g, (all, n?: string) =>
          n === undefined ? all[0]! : stringify(args[Number(n) + 1] ?? null),
        );
      case 'join':
        return Array.isArray(args[0])
          ? args[0].map(stringify).join(args.length > 1 ? stringify(args[1]!) : ',')
          : stringify(args[0] ?? null);
      case 'tojson':
        arity(1);
        return JSON.stringify(args[0], null, 2);
      case 'fromjson':
        arity(1);
        return JSON.parse(stringify(args[0]!)) as Value;
      case 'success':
        arity(0);
        return this.ctx.status === 'success';
      case 'failure':
        arity(0);
        return this.ctx.status === 'failure';
      case 'cancelled':
        arity(0);
        return this.ctx.status === 'cancelled';
      case 'always':
        arity(0);
        return true;
      default:
        this.fail(`unsupported function ${name}()`);
    }
  }
}

export function evaluateExpression(expression: string, ctx: ExpressionContext): Value {
  return new Parser(tokenize(expression), ctx, expression).parse();
}

/** A string with `${{ }}` parts, as in `with:`, `env:`, `run:` and job outputs. */
export function interpolate(text: string, ctx: ExpressionContext): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) =>
    stringify(evaluateExpression(expr.trim(), ctx)),
  );
}

/**
 * An `if:` condition: `${{ }}` optional; without a status function GitHub adds `success() &&`.
 * A bare value (an `if: true` in YAML) counts as given.
 */
export function evaluateCondition(condition: string | boolean | number, ctx: ExpressionContext): boolean {
  if (typeof condition !== 'string') return truthy(condition);
  const trimmed = condition.trim();
  const inner = /^\$\{\{([\s\S]*)\}\}$/.exec(trimmed)?.[1]?.trim() ?? trimmed;
  const value = evaluateExpression(inner, ctx);
  const usesStatus = /\b(success|failure|cancelled|always)\s*\(/i.test(inner);
  return usesStatus ? truthy(value) : ctx.status === 'success' && truthy(value);
}
