// Parse-time SyntaxErrors that CPython's grammar raises (invalid_* rules of Grammar/python.gram)
// and Pyright's parser accepts: invalid assignment/deletion targets, misordered call arguments.

import type * as A from './ast';
import { walk, type Node } from './ast';
import type { ConvCtx, RawDiag } from './parserContext';
import { T } from './parserSource';

/** _PyPegen_get_expr_name */
export function exprName(e: A.Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant':
      if (e.value === null) return 'None';
      if (e.value === true) return 'True';
      if (e.value === false) return 'False';
      if (typeof e.value === 'object' && 'ellipsis' in e.value) return 'ellipsis';
      return 'literal';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

type Targets = 'star' | 'del' | 'for';

/** _PyPegen_get_invalid_target: the first sub-expression that cannot be a target, or null. */
function invalidTarget(e: A.Expr, kind: Targets): A.Expr | null {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, kind);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTarget(e.value, kind);
    case 'Compare':
      if (kind === 'for') return e.ops[0] === 'In' ? invalidTarget(e.left, kind) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
    case 'ErrorExpr':
      return null;
    default:
      return e;
  }
}

export function targetErrors(module: A.Module, c: ConvCtx): RawDiag[] {
  const errs: RawDiag[] = [];
  const err = (n: object, msg: string): void => {
    const [s, e] = c.off(n);
    errs.push({ start: s, end: e, msg });
  };
  const paren = (n: object): boolean => c.isParen(n) ||
    ((n as Node)._type === 'Tuple' && c.text[c.off(n)[0]] === '(');
  const check = (t: A.Expr, kind: Targets): void => {
    const bad = invalidTarget(t, kind);
    if (!bad) return;
    if (kind === 'del') err(bad, `cannot delete ${exprName(bad)}`);
    else if (bad._type === 'Yield' && !paren(bad)) err(bad, 'assignment to yield expression not possible');
    else err(bad, `cannot assign to ${exprName(bad)}`);
  };
  const hereMsg = (e: A.Expr): string => `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`;
  const singleton = (e: A.Expr): boolean => e._type === 'Constant' && (e.value === null || typeof e.value === 'boolean');

  const parents = new WeakMap<object, Node | null>();
  walk(module, (n, p) => {
    parents.set(n, p);
    switch (n._type) {
      case 'NamedExpr':
        if (!paren(n) && !walrusAllowed(n, parents.get(n) ?? null, parents, paren)) {
          const t = c.ts.tok(c.ts.indexAtOrAfter(c.off(n.target)[1]));
          if (t) errs.push({ start: t.start, end: t.start + t.length, msg: 'invalid syntax' });
        }
        break;
      case 'Assign': {
        const t0 = n.targets[0];
        const last = t0._type === 'Tuple' && !paren(t0) ? t0.elts[t0.elts.length - 1] : undefined;
        if (t0._type === 'Starred' && paren(t0)) err(t0, 'cannot use starred expression here');
        else if (last && invalidTarget(last, 'star') === last && !singleton(last) && last._type !== 'List' &&
          last._type !== 'Tuple' && last._type !== 'Starred' && !(last._type === 'Yield' && !paren(last))) {
          err(last, hereMsg(last));
        } else if (t0._type !== 'Tuple' && t0._type !== 'List' && t0._type !== 'GeneratorExp' && !singleton(t0) &&
          t0._type !== 'Starred' && invalidTarget(t0, 'star') === t0 && !(t0._type === 'Yield' && !paren(t0))) {
          err(t0, hereMsg(t0));
        } else {
          for (const t of n.targets) check(t, 'star');
        }
        break;
      }
      case 'AugAssign':
        if (n.target._type !== 'Name' && n.target._type !== 'Attribute' && n.target._type !== 'Subscript' &&
          n.target._type !== 'ErrorExpr') {
          err(n.target, `'${exprName(n.target)}' is an illegal expression for augmented assignment`);
        }
        break;
      case 'AnnAssign': {
        const t = n.target;
        if (t._type === 'Tuple' || t._type === 'List') {
          err(t, `only single target (not ${t._type === 'Tuple' ? 'tuple' : 'list'}) can be annotated`);
        } else if (t._type !== 'Name' && t._type !== 'Attribute' && t._type !== 'Subscript' && t._type !== 'ErrorExpr') {
          err(t, 'illegal target for annotation');
        }
        break;
      }
      case 'Delete':
        for (const t of n.targets) check(t, 'del');
        break;
      case 'For':
      case 'AsyncFor':
        check(n.target, 'for');
        break;
      case 'comprehension':
        check(n.target, 'for');
        break;
      case 'withitem':
        if (n.optional_vars) check(n.optional_vars, 'star');
        break;
      case 'Call':
        callOrder(c, n, errs);
        break;
      case 'MatchClass': {
        const firstKw = n.kwd_patterns.length ? c.off(n.kwd_patterns[0])[0] : Infinity;
        const late = n.patterns.filter((p) => c.off(p)[0] > firstKw);
        if (late.length) {
          errs.push({ start: c.off(late[0])[0], end: c.off(late[late.length - 1])[1], msg: 'positional patterns follow keyword patterns' });
        }
        break;
      }
      default:
        break;
    }
  });
  return errs;
}

/** Positional arguments may not follow keyword arguments or `**` unpacking. */
function callOrder(c: ConvCtx, n: A.Call, errs: RawDiag[]): void {
  type Item = { node: A.Expr | A.Keyword; start: number };
  const items: Item[] = [...n.args, ...n.keywords].map((x) => ({ node: x, start: c.off(x)[0] }));
  items.sort((a, b) => a.start - b.start);
  let sawKw = false;
  let sawKwUnpack = false;
  const close = c.off(n)[1];
  for (const { node, start } of items) {
    if (node._type === 'keyword') {
      if (node.arg === null) sawKwUnpack = true;
      else sawKw = true;
    } else if (node._type === 'Starred') {
      if (sawKwUnpack) {
        errs.push({ start, end: start + 1, msg: 'iterable argument unpacking follows keyword argument unpacking' });
        return;
      }
    } else if (sawKw || sawKwUnpack) {
      const t = c.ts.tok(c.ts.indexEndingAt(close));
      const at = t && t.type === T.CloseParen ? t.start : close;
      const msg = sawKwUnpack ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument';
      errs.push({ start: at, end: at + 1, msg });
      return;
    }
  }
}

/** Where CPython's grammar takes a named_expression (an unparenthesized `:=`). */
function walrusAllowed(n: A.NamedExpr, p: Node | null, parents: WeakMap<object, Node | null>, paren: (x: object) => boolean): boolean {
  if (!p) return false;
  switch (p._type) {
    case 'If': case 'While': return p.test === n;
    case 'Call': return p.args.includes(n);
    case 'Subscript': return p.slice === n;
    case 'List': case 'Set': return true;
    case 'Tuple': return paren(p) || ['Subscript', 'Match'].includes(parents.get(p)?._type ?? '');
    case 'ListComp': case 'SetComp': case 'GeneratorExp': return p.elt === n;
    case 'Match': return p.subject === n;
    case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': return p.decorator_list.includes(n);
    default: return false;
  }
}
