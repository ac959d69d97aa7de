// Reading, writing and deleting Python names, per the scope the symbol table gives them.
//
// | where / scope            | read                                   | write        |
// |--------------------------|----------------------------------------|--------------|
// | module (any)             | `(G.x ?? $.nameError("x"))`            | `G.x = v`    |
// | class body, local        | `(ns.x ?? G.x ?? $.nameError("x"))`    | `ns.x = v`   |
// | function, local/cell     | `x`, or `$.local(x, "x")` if maybe unbound | `x = v`  |
// | free (any block)         | `x`, or `$.freeVar(x, "x")` if maybe unbound | `x = v` |
// | global (explicit/implicit) | `(G.x ?? $.nameError("x"))`          | `G.x = v`    |

import type * as A from './ast';
import { type E, e, type Frag, Prec, str } from './emitterCode';
import type { FnCtx } from './emitterContext';
import { jsVar, member } from './emitterNames';

export type NameKind = 'var' | 'free' | 'global' | 'class';

export interface ResolvedName {
  kind: NameKind;
  /** The mangled Python name. */
  name: string;
  /** JS spelling: a variable name, or `G.x` / `ns.x`. */
  js: string;
}

export function resolveName(ctx: FnCtx, id: string): ResolvedName {
  const name = ctx.scope.mangle(id);
  const sc = ctx.scope.lookup(name) ?? 'global_implicit';
  if (ctx.kind === 'module') return { kind: 'global', name, js: member('G', name) };
  if (sc === 'global_explicit' || sc === 'global_implicit') return { kind: 'global', name, js: member('G', name) };
  if (sc === 'free') return { kind: 'free', name, js: jsVar(name) };
  if (ctx.kind === 'class') return { kind: 'class', name, js: member('ns', name) };
  return { kind: 'var', name, js: jsVar(name) };
}

/** Is reading this name a plain JS variable read that cannot fail? */
export function isSafeRead(ctx: FnCtx, id: string): boolean {
  const r = resolveName(ctx, id);
  return (r.kind === 'var' || r.kind === 'free') && ctx.isBound(r.name);
}

export function readName(ctx: FnCtx, node: A.Located, id: string): E {
  const r = resolveName(ctx, id);
  switch (r.kind) {
    case 'global':
      return e(ctx.map(node, ['(', r.js, ' ?? $.nameError(', str(r.name), '))']));
    case 'class':
      return e(ctx.map(node, ['(', r.js, ' ?? ', member('G', r.name), ' ?? $.nameError(', str(r.name), '))']));
    case 'var':
    case 'free':
      if (ctx.isBound(r.name)) return e(r.js);
      return e(ctx.map(node, [r.kind === 'var' ? '$.local(' : '$.freeVar(', r.js, ', ', str(r.name), ')']));
  }
}

/** `x = value` (an assignment expression; marks x bound). */
export function writeName(ctx: FnCtx, id: string, value: Frag): E {
  const r = resolveName(ctx, id);
  if (r.kind === 'var' || r.kind === 'free') ctx.bind(r.name);
  return e([r.js, ' = ', value], Prec.Assign);
}

/** JS assignment target for a name (for destructuring `[a, b] = ...`); marks it bound. */
export function targetName(ctx: FnCtx, id: string): string {
  const r = resolveName(ctx, id);
  if (r.kind === 'var' || r.kind === 'free') ctx.bind(r.name);
  return r.js;
}

/** Statement text for `del x`. */
export function deleteName(ctx: FnCtx, node: A.Located, id: string): Frag {
  const r = resolveName(ctx, id);
  if (r.kind === 'global') return ctx.map(node, ['$.delName(G, ', str(r.name), ');']);
  if (r.kind === 'class') return ctx.map(node, ['$.delName(ns, ', str(r.name), ');']);
  const check = ctx.isBound(r.name) ? [] :
    [ctx.map(node, [r.kind === 'var' ? '$.local(' : '$.freeVar(', r.js, ', ', str(r.name), ')']), '; '];
  ctx.unbind(r.name);
  return [...check, r.js, ' = undefined;'];
}
