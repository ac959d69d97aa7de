// Pyright display nodes → CPython List/Set/Dict and comprehension nodes.

import type * as A from './ast';
import type { ConvCtx } from './parserContext';
import { PN, type PNode } from './parserEnums';
import { errorExpr, expr } from './parserExpr';

const end = (n: PNode): number => n.start + n.length;

/** End offset of the bracket token partnering the one at `openAt`, or `fallback`. */
function closing(c: ConvCtx, openAt: number, fallback: number): number {
  const i = c.ts.indexAt(openAt);
  const j = i >= 0 ? c.ts.partner[i] : -1;
  return j >= 0 ? c.ts.end(j) : fallback;
}

export function comprehensions(c: ConvCtx, nodes: PNode[]): A.Comprehension[] {
  const out: A.Comprehension[] = [];
  for (const f of nodes) {
    if (f.nodeType === PN.ListComprehensionFor) {
      const target = expr(c, f.targetExpression, 'Store');
      const iter = expr(c, f.iterableExpression);
      out.push({ _type: 'comprehension', target, iter, ifs: [], is_async: f.isAsync ? 1 : 0 });
    } else if (out.length > 0) {
      out[out.length - 1].ifs.push(expr(c, f.testExpression));
    }
  }
  return out;
}

export function listOrSet(c: ConvCtx, n: PNode, ctx: A.ExprContext): A.Expr {
  const [s, e] = [n.start, closing(c, n.start, end(n))];
  const entries: PNode[] = n.entries;
  if (entries.length === 1 && entries[0].nodeType === PN.ListComprehension) {
    const lc = entries[0];
    const elt = expr(c, lc.expression);
    const generators = comprehensions(c, lc.forIfNodes);
    return n.nodeType === PN.List
      ? c.at({ _type: 'ListComp', elt, generators }, s, e)
      : c.at({ _type: 'SetComp', elt, generators }, s, e);
  }
  if (n.nodeType === PN.List) {
    return c.at({ _type: 'List', elts: entries.map((x) => expr(c, x, ctx)), ctx }, s, e);
  }
  return c.at({ _type: 'Set', elts: entries.map((x) => expr(c, x)) }, s, e);
}

export function dict(c: ConvCtx, n: PNode): A.Expr {
  const [s, e] = [n.start, closing(c, n.start, end(n))];
  const entries: PNode[] = n.entries;
  if (entries.length === 1 && entries[0].nodeType === PN.ListComprehension) {
    const lc = entries[0];
    const generators = (): A.Comprehension[] => comprehensions(c, lc.forIfNodes);
    if (lc.expression.nodeType === PN.DictionaryKeyEntry) {
      const key = expr(c, lc.expression.keyExpression);
      const value = expr(c, lc.expression.valueExpression);
      return c.at({ _type: 'DictComp', key, value, generators: generators() }, s, e);
    }
    return errorExpr(c, s, e);
  }
  const keys: (A.Expr | null)[] = [];
  const values: A.Expr[] = [];
  for (const en of entries) {
    if (en.nodeType === PN.DictionaryKeyEntry) {
      keys.push(expr(c, en.keyExpression));
      values.push(expr(c, en.valueExpression));
    } else if (en.nodeType === PN.DictionaryExpandEntry) {
      keys.push(null);
      values.push(expr(c, en.expandExpression));
    }
  }
  return c.at({ _type: 'Dict', keys, values }, s, e);
}
