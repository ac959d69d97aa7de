// The module body: `"use strict";`, declarations of the temporaries, then the statements, which
// run top to bottom with module names on `G`. In notebook cells (or with top-level await) the body
// is a generator handed to the kernel, and a trailing expression statement's value is displayed:
//
//   return $.cellCoroutine(function* () {
//     ...
//     return $.displayhook(x);
//   });

import type * as A from './ast';
import { block, type Frag, str } from './emitterCode';
import { type EmitOptions, FnCtx, ModuleEmitter } from './emitterContext';
import { docstring, hasAnnotations } from './emitterFlow';
import { body } from './emitterStmt';
import type { SymbolTable } from './scopes';

export function emitModule(mod: A.Module, table: SymbolTable, opts: EmitOptions, source: string): { lines: Frag[]; m: ModuleEmitter } {
  const m = new ModuleEmitter(table, opts, source);
  const wrapped = opts.mode === 'cell' || opts.allowTopLevelAwait;
  const ctx = new FnCtx(m, table.top, null, {
    kind: 'module', coName: '<module>', qualname: '', jsGen: wrapped, canAwait: wrapped, asyncGen: false,
    initiallyBound: new Set(),
  });
  const last = mod.body[mod.body.length - 1];
  if (opts.mode === 'cell' && last?._type === 'Expr') ctx.displayStmt = last;
  const head: Frag[] = [];
  const doc = docstring(mod.body);
  if (doc !== null && opts.mode !== 'cell') head.push(`G.__doc__ = ${str(doc)};`);
  if (hasAnnotations(mod.body)) head.push('G.__annotations__ ??= $.dict([]);');
  const stmts = body(ctx, mod.body);
  const decls: Frag[] = [...(ctx.decls.size ? [`let ${[...ctx.decls].join(', ')};`] : []), ...ctx.hoisted];
  if (!wrapped) return { lines: ['"use strict";', ...decls, ...head, ...stmts], m };
  const inner = [...decls, ...head, ...stmts];
  if (ctx.da !== null) inner.push('return $.None;');
  return { lines: ['"use strict";', ['return $.cellCoroutine(function* () ', block(inner), ');']], m };
}
