// Calls.
//
// - `f(a, b)` → `$.call(f, a, b)`; `f(a, *b)` → `$.callv(f, [a, ...$.star(b)])`.
// - Keywords: `$.callKw(f, [a, ...$.star(b)], {k: 1})`; with `**d`: `$.kw({k: 1}, d, {j: 2})`.
//   CPython evaluates every positional argument (starred ones included) before any keyword
//   argument, which is exactly the order of `callKw`'s JS arguments.
// - `o.m(a)` → `$.callMethod(o, "m", a)`. CPython looks the method up *before* evaluating the
//   arguments; callMethod looks it up after. So callMethod is used only when every argument is a
//   constant or a bound local (nothing to observe); otherwise `$.call($.getattr(o, "m"), ...)`.
// - Zero-argument `super()` inside a method → `$.super(__class__, self)`.
// - `locals()` inside a function → `$.frameLocals([["a", a], ...])`; `globals()` → `$.globals(G)`.

import type * as A from './ast';
import { type E, type Frag, join, str } from './emitterCode';
import type { FnCtx } from './emitterContext';
import { arg, expr, isPure, propNameOf, rt } from './emitterExpr';
import { jsVar, objKey } from './emitterNames';
import { DEF_BOUND } from './scopes';
import { resolveName } from './emitterVars';
import { passesTemps, tempCall } from './emitterTemps';

export function call(ctx: FnCtx, c: A.Call): E {
  const special = superCall(ctx, c) ?? frameLocals(ctx, c);
  if (special) return special;
  const hasStar = c.args.some((a) => a._type === 'Starred');
  const hasKw = c.keywords.length > 0;
  const hasDoubleStar = c.keywords.some((k) => k.arg === null);

  if (c.func._type === 'Attribute' && !hasStar && !hasDoubleStar &&
    c.args.every((a) => isPure(ctx, a)) && c.keywords.every((k) => isPure(ctx, k.value))) {
    const obj = arg(expr(ctx, c.func.value));
    const name = str(propNameOf(ctx, c.func.attr));
    const args = c.args.map((a) => arg(expr(ctx, a)));
    if (!hasKw) return rt(ctx, c, 'callMethod', [obj, name, ...args]);
    return rt(ctx, c, 'callMethodKw', [obj, name, ['[', join(args, ', '), ']'], keywords(ctx, c.keywords)]);
  }

  const f = arg(expr(ctx, c.func));
  // A coroutine temporary as an argument: the runtime places its death (emitterTemps.ts).
  if (passesTemps(ctx, c)) return tempCall(ctx, c, f);
  const pos = positional(ctx, c.args);
  // With `*x` the arguments travel as one array (no second spread: `f(*range(100_000))` works).
  if (!hasKw) return hasStar ? rt(ctx, c, 'callv', [f, ['[', join(pos, ', '), ']']]) : rt(ctx, c, 'call', [f, ...pos]);
  return rt(ctx, c, 'callKw', [f, ['[', join(pos, ', '), ']'], keywords(ctx, c.keywords)]);
}

/** Positional arguments; `*x` becomes `...$.star(x)`. */
export function positional(ctx: FnCtx, args: A.Expr[]): Frag[] {
  return args.map((a) => a._type === 'Starred'
    ? ['...', ctx.map(a, ['$.star(', arg(expr(ctx, a.value)), ')'])]
    : arg(expr(ctx, a)));
}

/** Keyword arguments: `{k: v}`, or `$.kw({k: v}, d, ...)` when there are `**` parts. */
export function keywords(ctx: FnCtx, kws: A.Keyword[]): Frag {
  const parts: Frag[] = [];
  let group: Frag[] = [];
  const flush = () => {
    if (group.length) parts.push(['{ ', join(group, ', '), ' }']);
    group = [];
  };
  for (const k of kws) {
    const v = arg(expr(ctx, k.value));
    if (k.arg === null) {
      flush();
      parts.push(v);
    } else {
      group.push([objKey(k.arg), ': ', v]);
    }
  }
  flush();
  const onlyNamed = kws.every((k) => k.arg !== null);
  return onlyNamed ? parts[0] : ['$.kw(', join(parts, ', '), ')'];
}

function superCall(ctx: FnCtx, c: A.Call): E | undefined {
  if (c.func._type !== 'Name' || c.func.id !== 'super' || c.args.length || c.keywords.length) return undefined;
  if (resolveName(ctx, 'super').kind !== 'global' || ctx.scope.lookup('__class__') !== 'free') return undefined;
  return rt(ctx, c, 'super', ['__class__', ctx.init.firstParam ?? 'undefined']);
}

/** Does `name` reach the builtin (no module-level binding shadows it)? */
function isBuiltin(ctx: FnCtx, name: string): boolean {
  return resolveName(ctx, name).kind === 'global' && !(ctx.m.table.top.flagsOf(name) & DEF_BOUND);
}

/**
 * `globals()` (and `locals()`/`vars()` at module level) → `$.globals(G)`.
 * `locals()` / `vars()` in a function reads the frame's variables, which are JS variables here:
 * `$.frameLocals([["a", a], ...])` (unbound ones, `undefined`, are left out by the helper).
 * In a class body it would be the live namespace: not supported. `dir()` likewise.
 */
function frameLocals(ctx: FnCtx, c: A.Call): E | undefined {
  if (c.func._type !== 'Name' || c.args.length || c.keywords.length) return undefined;
  const name = c.func.id;
  if (!['locals', 'vars', 'dir', 'globals'].includes(name) || !isBuiltin(ctx, name)) return undefined;
  // The module namespace is `G`, which a runtime builtin cannot know: pass it.
  if (name === 'globals' || (ctx.kind === 'module' && name !== 'dir')) return rt(ctx, c, 'globals', ['G']);
  if (ctx.kind === 'module') return undefined;
  if (ctx.kind === 'class' || name === 'dir') {
    ctx.m.unsupported(c, `${name}() without arguments inside a ${ctx.kind === 'class' ? 'class body' : 'function'} is not supported yet`);
    return undefined;
  }
  const pairs: string[] = [];
  for (const [n, sc] of ctx.scope.scopes) {
    if (sc === 'local' || sc === 'cell' || sc === 'free') pairs.push(`[${str(n)}, ${n === '.0' ? '$it' : jsVar(n)}]`);
  }
  return rt(ctx, c, 'frameLocals', [`[${pairs.join(', ')}]`]);
}
