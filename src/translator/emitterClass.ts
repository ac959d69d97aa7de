// class statements.
//
//   G.C = $.makeClass("C", [(G.Base ?? $.nameError("Base"))], (ns) => {
//     ns.x = 1;
//     ns.m = $.def(function m(self) {...}, { qualname: "C.m", ... });
//   }, { qualname: "C", module: "__main__" });
//
// Order as CPython's __build_class__: decorators, bases, keywords, then the body runs (inside
// makeClass, after __prepare__), then decorators apply bottom-up. Names bound in the body are
// properties of `ns`; methods do not see them (they are not JS variables).
// When a method uses zero-argument `super()` or `__class__`, the class gets a `__class__` cell:
// a block-scoped `let __class__` that makeClass fills through `classcell` as soon as type.__new__
// has created the class (a fresh cell per execution of the class statement, as in CPython).

import type * as A from './ast';
import { block, type Frag, join, str } from './emitterCode';
import { FnCtx } from './emitterContext';
import { arg, expr } from './emitterExpr';
import { keywords, positional } from './emitterCall';
import { docstring, hasAnnotations } from './emitterFlow';
import { boundFreeNames, childQualname } from './emitterFunction';
import { body } from './emitterStmt';
import { writeName } from './emitterVars';

export function classDef(ctx: FnCtx, s: A.ClassDef): Frag[] {
  const scope = ctx.m.table.byNode.get(s)!;
  const decos = s.decorator_list.map((d) => arg(expr(ctx, d)));
  const bases = positional(ctx, s.bases);
  const kw = s.keywords.length ? keywords(ctx, s.keywords) : null;
  const qualname = childQualname(ctx, s.name, true);

  const child = new FnCtx(ctx.m, scope, ctx, {
    kind: 'class', coName: s.name, qualname, jsGen: false, canAwait: false, asyncGen: false,
    initiallyBound: boundFreeNames(ctx, scope),
  });
  const lines: Frag[] = [];
  const doc = docstring(s.body);
  if (doc !== null) lines.push(`ns.__doc__ = ${str(doc)};`);
  if (hasAnnotations(s.body)) lines.push('ns.__annotations__ ??= $.dict([]);');
  const bodyLines = body(child, s.body);
  if (child.decls.size) lines.push(`let ${[...child.decls].join(', ')};`);
  lines.push(...child.hoisted);
  lines.push(...bodyLines);

  const opts: Frag[] = [`qualname: ${str(qualname)}`, `module: ${str(ctx.m.opts.moduleName)}`];
  if (kw) opts.push(['keywords: ', kw]);
  if (scope.needsClassClosure) opts.push('classcell: (cls) => __class__ = cls');
  let value: Frag = ctx.map(s, [
    '$.makeClass(', str(s.name), ', [', join(bases, ', '), '], (ns) => ', block(lines), ', { ', join(opts, ', '), ' })',
  ]);
  for (let i = decos.length - 1; i >= 0; i--) value = ctx.map(s.decorator_list[i], ['$.call(', decos[i], ', ', value, ')']);
  const stmt: Frag = [writeName(ctx, s.name, value).f, ';'];
  const comment = `// line ${s.lineno}`;
  if (!scope.needsClassClosure) return [comment, stmt];
  return [comment, block(['let __class__;', stmt])];
}
