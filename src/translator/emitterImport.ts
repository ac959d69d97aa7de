// import statements.
//
// `$.import(name, fromlist?, level?)` has `__import__` semantics: without a fromlist it returns
// the top-level package (`import a.b` binds `a`), with one it returns the named module itself.
//   import a.b          → G.a = $.import("a.b");
//   import a.b as c     → G.c = $.importFrom($.import("a.b"), "b");   (CPython: IMPORT_FROM)
//   from m import x as y→ G.y = $.importFrom($.import("m", ["x"]), "x");
//   from . import x     → level 1: $.import("", ["x"], 1)
//   from m import *     → $.importStar(G, $.import("m", ["*"]));

import type * as A from './ast';
import { type Frag, join, str } from './emitterCode';
import type { FnCtx } from './emitterContext';
import { writeName } from './emitterVars';

const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

export function importStmt(ctx: FnCtx, s: A.Import): Frag[] {
  return s.names.map((a) => {
    const imp = ctx.map(s, ['$.import(', str(a.name), ')']);
    if (!a.asname) return [writeName(ctx, a.name.split('.')[0], imp).f, ';'];
    let value: Frag = imp;
    for (const part of a.name.split('.').slice(1)) value = ctx.map(a, ['$.importFrom(', value, ', ', str(part), ')']);
    return [writeName(ctx, a.asname, value).f, ';'];
  });
}

export function importFrom(ctx: FnCtx, s: A.ImportFrom): Frag[] {
  if (s.module === '__future__') {
    for (const a of s.names) {
      if (a.name === 'braces') ctx.m.error(a, 'not a chance');
      else if (!FUTURE_FEATURES.has(a.name)) ctx.m.error(a, `future feature ${a.name} is not defined`);
      else if (a.name === 'barry_as_FLUFL') ctx.m.unsupported(a, 'from __future__ import barry_as_FLUFL is not supported');
    }
  }
  const fromlist = `[${s.names.map((a) => str(a.name)).join(', ')}]`;
  const args: string[] = [str(s.module ?? ''), fromlist];
  if (s.level) args.push(String(s.level));
  const imp = ctx.map(s, ['$.import(', join(args, ', '), ')']);
  if (s.names.length === 1 && s.names[0].name === '*') {
    if (ctx.kind !== 'module') return [];
    return [[ctx.map(s, ['$.importStar(G, ', imp, ')']), ';']];
  }
  const bind = (a: A.Alias, mod: Frag): Frag =>
    [writeName(ctx, a.asname ?? a.name, ctx.map(a, ['$.importFrom(', mod, ', ', str(a.name), ')'])).f, ';'];
  if (s.names.length === 1) return [bind(s.names[0], imp)];
  const mod = ctx.fresh('$module');
  return [['const ', mod, ' = ', imp, ';'], ...s.names.map((a) => bind(a, mod))];
}
