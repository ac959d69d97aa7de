// Symbol-table pass over expressions: names, lambdas, comprehensions, walrus, yield/await.

import type * as A from './ast';
import { DEF_COMP_ITER, DEF_DELETED, DEF_GLOBAL, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE, type ComprehensionKind } from './scopesModel';
import type { Builder } from './scopesVisit';

const COMP_NAMES: Record<string, [string, ComprehensionKind]> = {
  ListComp: ['listcomp', 'list'], SetComp: ['setcomp', 'set'],
  DictComp: ['dictcomp', 'dict'], GeneratorExp: ['genexpr', 'gen'],
};

export function visitExpr(b: Builder, e: A.Expr): void {
  switch (e._type) {
    case 'NamedExpr':
      namedExpr(b, e);
      return;
    case 'BoolOp': b.exprs(e.values); return;
    case 'BinOp': b.expr(e.left); b.expr(e.right); return;
    case 'UnaryOp': b.expr(e.operand); return;
    case 'Lambda': {
      b.exprs(e.args.defaults);
      b.exprs(e.args.kw_defaults);
      b.enter('function', 'lambda', e, e.lineno);
      b.params(e.args);
      b.expr(e.body);
      b.exit();
      return;
    }
    case 'IfExp': b.expr(e.test); b.expr(e.body); b.expr(e.orelse); return;
    case 'Dict': b.exprs(e.keys); b.exprs(e.values); return;
    case 'Set': b.exprs(e.elts); return;
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      b.comprehension(e);
      return;
    case 'Yield':
    case 'YieldFrom':
      if (e.value) b.expr(e.value);
      if (!b.yieldInComprehension(e)) b.cur.isGenerator = true;
      return;
    case 'Await':
      b.expr(e.value);
      b.cur.isCoroutine = true;
      return;
    case 'Compare': b.expr(e.left); b.exprs(e.comparators); return;
    case 'Call':
      b.expr(e.func);
      b.exprs(e.args);
      for (const k of e.keywords) b.expr(k.value);
      return;
    case 'FormattedValue':
      b.expr(e.value);
      if (e.format_spec) b.expr(e.format_spec);
      return;
    case 'JoinedStr': b.exprs(e.values); return;
    case 'Constant': return;
    case 'Attribute': b.expr(e.value); return;
    case 'Subscript': b.expr(e.value); b.expr(e.slice); return;
    case 'Starred': b.expr(e.value); return;
    case 'Slice': b.exprs([e.lower, e.upper, e.step]); return;
    case 'Name': {
      const flag = e.ctx === 'Load' ? USE : e.ctx === 'Del' ? DEF_LOCAL | DEF_DELETED : DEF_LOCAL;
      b.addDef(e.id, flag, e);
      if (e.ctx === 'Del') b.noteDeleted(e.id);
      // `super` counts as a use of `__class__` (symtable.c special case).
      if (e.ctx === 'Load' && b.cur.type === 'function' && e.id === 'super') b.addDef('__class__', USE, e);
      return;
    }
    case 'List':
    case 'Tuple':
      b.exprs(e.elts);
      return;
    case 'ErrorExpr':
      return;
  }
}

/** symtable_handle_namedexpr + symtable_extend_namedexpr_scope. */
function namedExpr(b: Builder, e: A.NamedExpr): void {
  if (b.cur.compIterExpr > 0) {
    b.error('assignment expression cannot be used in a comprehension iterable expression', e);
  }
  const name = e.target.id;
  if (b.cur.comprehension !== null) {
    for (let ste = b.cur; ste; ste = ste.parent!) {
      if (ste.comprehension !== null) {
        if (ste.flagsOf(ste.mangle(name)) & DEF_COMP_ITER) {
          b.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e);
          break;
        }
        continue;
      }
      if (ste.type === 'function') {
        const flags = ste.flagsOf(ste.mangle(name));
        b.addDef(name, flags & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, e.target);
        b.addDef(name, DEF_LOCAL, e.target, ste);
        break;
      }
      if (ste.type === 'module') {
        b.addDef(name, DEF_GLOBAL, e.target);
        b.addDef(name, DEF_GLOBAL, e.target, ste);
        break;
      }
      b.error('assignment expression within a comprehension cannot be used in a class body', e);
      break;
    }
  }
  b.expr(e.value);
  b.expr(e.target);
}

export function visitComprehension(b: Builder, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
  const [name, kind] = COMP_NAMES[e._type];
  const gens = e.generators;
  const outer = gens[0];
  b.cur.compIterExpr++;
  b.expr(outer.iter);
  b.cur.compIterExpr--;
  const comp = b.enter('function', name, e, e.lineno);
  comp.comprehension = kind;
  if (outer.is_async) comp.isCoroutine = true;
  b.addDef('.0', DEF_PARAM, e);
  comp.compIterTarget = true;
  b.expr(outer.target);
  comp.compIterTarget = false;
  b.exprs(outer.ifs);
  for (const g of gens.slice(1)) {
    comp.compIterTarget = true;
    b.expr(g.target);
    comp.compIterTarget = false;
    comp.compIterExpr++;
    b.expr(g.iter);
    comp.compIterExpr--;
    b.exprs(g.ifs);
    if (g.is_async) comp.isCoroutine = true;
  }
  if (e._type === 'DictComp') {
    b.expr(e.value);
    b.expr(e.key);
  } else {
    b.expr(e.elt);
  }
  const isGen = kind === 'gen';
  comp.isGenerator = isGen;
  const isAsync = comp.isCoroutine && !isGen;
  b.exit();
  if (isAsync) {
    const here = b.cur;
    const asyncDef = here.type === 'function' && here.isCoroutine;
    const topAwait = here.type === 'module' && b.opts.allowTopLevelAwait;
    if (!asyncDef && here.comprehension === null && !topAwait) {
      b.error('asynchronous comprehension outside of an asynchronous function', e);
    }
    here.isCoroutine = true;
  }
}

export function visitPattern(b: Builder, p: A.Pattern): void {
  switch (p._type) {
    case 'MatchValue': b.expr(p.value); return;
    case 'MatchSingleton': return;
    case 'MatchSequence': for (const q of p.patterns) b.pattern(q); return;
    case 'MatchStar': if (p.name) b.addDef(p.name, DEF_LOCAL, p); return;
    case 'MatchMapping':
      b.exprs(p.keys);
      for (const q of p.patterns) b.pattern(q);
      if (p.rest) b.addDef(p.rest, DEF_LOCAL, p);
      return;
    case 'MatchClass':
      b.expr(p.cls);
      for (const q of p.patterns) b.pattern(q);
      for (const q of p.kwd_patterns) b.pattern(q);
      return;
    case 'MatchAs':
      if (p.pattern) b.pattern(p.pattern);
      if (p.name) b.addDef(p.name, DEF_LOCAL, p);
      return;
    case 'MatchOr': for (const q of p.patterns) b.pattern(q); return;
  }
}
