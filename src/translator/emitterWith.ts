// with / async with, following CPython's protocol exactly:
//
//   const $with1 = $.withEnter(mgr);      // looks up __enter__/__exit__ on the type, calls __enter__
//   try {
//     f = $with1.value;                   // the `as` target is assigned inside the protected region
//     ...body...
//   } catch ($e) {
//     $.withExit($with1, $e);             // __exit__(type, value, tb); re-raises unless it returns true
//   } finally {
//     $.withExit($with1);                 // __exit__(None, None, None), unless already exited
//   }
//
// `async with` uses `yield* $.asyncWithEnter(...)` / `yield* $.asyncWithExit(...)`, which await
// __aenter__/__aexit__. Several items nest, left to right.

import type * as A from './ast';
import { block, type Frag } from './emitterCode';
import type { FnCtx } from './emitterContext';
import { arg, expr } from './emitterExpr';
import { assignTo } from './emitterAssign';
import { body } from './emitterStmt';

export function withStmt(ctx: FnCtx, s: A.With | A.AsyncWith): Frag[] {
  const isAsync = s._type === 'AsyncWith';
  if (isAsync && !ctx.init.canAwait) ctx.m.error(s, "'async with' outside async function");
  const item = (i: number): Frag[] => {
    const it = s.items[i];
    const mgr = arg(expr(ctx, it.context_expr));
    const name = ctx.unique('$with');
    // Entering is located at the whole statement, as CPython's BEFORE_WITH is: a traceback
    // through __enter__/__aenter__ shows the `with` line without carets.
    const enter: Frag = isAsync
      ? ['const ', name, ' = ', ctx.map(s, ['yield* $.asyncWithEnter(', mgr, ')']), ';']
      : ['const ', name, ' = ', ctx.map(s, ['$.withEnter(', mgr, ')']), ';'];
    // __exit__ may swallow an exception from anywhere inside: nothing bound inside is certain after.
    const after = ctx.snapshot();
    const inner: Frag[] = [];
    if (it.optional_vars) inner.push(...assignTo(ctx, it.optional_vars, `${name}.value`));
    inner.push(...(i + 1 < s.items.length ? item(i + 1) : body(ctx, s.body)));
    ctx.da = after;
    const exit = (withExc: boolean): Frag =>
      [ctx.map(s, [isAsync ? 'yield* $.asyncWithExit(' : '$.withExit(', name, withExc ? ', $e)' : ')']), ';'];
    return [enter, ['try ', block(inner), ' catch ($e) ', block([exit(true)]), ' finally ', block([exit(false)])]];
  };
  return item(0);
}
