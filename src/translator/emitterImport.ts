// import statements.
//
//   import a              → G.a = $.import("a");            ($.import returns the named module)
//   import a.b            → G.a = $.importTop("a.b");       (imports a.b, binds the top package)
//   import a.b as c       → G.c = $.import("a.b");
//   from m import x as y  → G.y = $.importFrom($.import("m"), "x");
//   from m import x, z    → const $module = $.import("m"); G.x = $.importFrom($module, "x"); ...
//   from m import *       → for (const [$k, $v] of $.importStar($.import("m"))) G[$k] = $v;
//   from . import x       → $.importRelative("", 1)          (no packages: CPython's ImportError)

import type * as A from './ast';
import { type Frag, str } from './emitterCode';
import type { FnCtx } from './emitterContext';
import { writeName } from './emitterVars';

const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

export function importStmt(ctx: FnCtx, s: A.Import): Frag[] {
  return s.names.map((a) => {
    if (a.asname) return [writeName(ctx, a.asname, ctx.map(s, ['$.import(', str(a.name), ')'])).f, ';'];
    const dotted = a.name.includes('.');
    const imp = ctx.map(s, [dotted ? '$.importTop(' : '$.import(', str(a.name), ')']);
    return [writeName(ctx, a.name.split('.')[0], imp).f, ';'];
  });
}

export function importFrom(ctx: FnCtx, s: A.ImportFrom): Frag[] {
  if (s.module === '__future__') {
    // A compiler directive: nothing to run (CPython also binds the feature names; we do not).
    checkFuture(ctx, s);
    return [`// from __future__ import ${s.names.map((a) => a.name).join(', ')}`];
  }
  const imp = s.level
    ? ctx.map(s, ['$.importRelative(', str(s.module ?? ''), ', ', String(s.level), ')'])
    : ctx.map(s, ['$.import(', str(s.module ?? ''), ')']);
  if (s.names.length === 1 && s.names[0].name === '*') {
    if (ctx.kind !== 'module') return []; // reported by the symbol table
    return [['for (const [$k, $v] of ', ctx.map(s, ['$.importStar(', imp, ')']), ') G[$k] = $v;']];
  }
  const bind = (a: A.Alias, mod: Frag): Frag =>
    [writeName(ctx, a.asname ?? a.name, ctx.map(a, ['$.importFrom(', mod, ', ', str(a.name), ')'])).f, ';'];
  if (s.names.length === 1) return [bind(s.names[0], imp)];
  const mod = ctx.fresh('$module');
  return [['const ', mod, ' = ', imp, ';'], ...s.names.map((a) => bind(a, mod))];
}

function checkFuture(ctx: FnCtx, s: A.ImportFrom): void {
  for (const a of s.names) {
    if (a.name === 'braces') ctx.m.error(a, 'not a chance');
    else if (!FUTURE_FEATURES.has(a.name)) ctx.m.error(a, `future feature ${a.name} is not defined`);
    else if (a.name === 'barry_as_FLUFL') ctx.m.unsupported(a, 'from __future__ import barry_as_FLUFL is not supported');
  }
}
