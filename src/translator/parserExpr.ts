// Pyright expression nodes → CPython expression nodes.

import type * as A from './ast';
import type { ConvCtx } from './parserContext';
import { CAT, KW, OP, PN, type PNode } from './parserEnums';
import { T } from './parserSource';
import { numberValue } from './parserLiterals';
import { convertStringList } from './parserFString';
import { convertArguments } from './parserArgs';
import { comprehensions, dict, listOrSet } from './parserDisplays';

const end = (n: PNode): number => n.start + n.length;

const UNARY: Record<number, A.UnaryOpKind> = {
  [OP.Add]: 'UAdd', [OP.Subtract]: 'USub', [OP.BitwiseInvert]: 'Invert', [OP.Not]: 'Not',
};
export const BINARY: Record<number, A.Operator> = {
  [OP.Add]: 'Add', [OP.Subtract]: 'Sub', [OP.Multiply]: 'Mult', [OP.MatrixMultiply]: 'MatMult',
  [OP.Divide]: 'Div', [OP.Mod]: 'Mod', [OP.Power]: 'Pow', [OP.LeftShift]: 'LShift',
  [OP.RightShift]: 'RShift', [OP.BitwiseOr]: 'BitOr', [OP.BitwiseXor]: 'BitXor',
  [OP.BitwiseAnd]: 'BitAnd', [OP.FloorDivide]: 'FloorDiv',
};
const COMPARE: Record<number, A.CmpOp> = {
  [OP.Equals]: 'Eq', [OP.NotEquals]: 'NotEq', [OP.LessOrGreaterThan]: 'NotEq', [OP.LessThan]: 'Lt',
  [OP.LessThanOrEqual]: 'LtE', [OP.GreaterThan]: 'Gt', [OP.GreaterThanOrEqual]: 'GtE', [OP.Is]: 'Is',
  [OP.IsNot]: 'IsNot', [OP.In]: 'In', [OP.NotIn]: 'NotIn',
};

/** Identifiers are NFKC-normalized by CPython. */
export function ident(s: string): string {
  return /^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKC');
}

export function errorExpr(c: ConvCtx, start: number, stop: number): A.ErrorExpr {
  return c.at({ _type: 'ErrorExpr' as const }, start, stop);
}

/** End offset of the bracket token partnering the one at `start`, or `fallback`. */
function closing(c: ConvCtx, openAt: number, fallback: number): number {
  const i = c.ts.indexAt(openAt);
  const j = i >= 0 ? c.ts.partner[i] : -1;
  return j >= 0 ? c.ts.end(j) : fallback;
}

/** Offsets of the bracket pair that starts at the first token at/after `from`. */
function bracketAfter(c: ConvCtx, from: number, fallbackEnd: number): [number, number] {
  const i = c.ts.indexAtOrAfter(from);
  const t = c.ts.tok(i);
  if (!t) return [from, fallbackEnd];
  const j = c.ts.partner[i];
  return [t.start, j >= 0 ? c.ts.end(j) : fallbackEnd];
}

export function exprOpt(c: ConvCtx, n: PNode | undefined, ctx: A.ExprContext = 'Load'): A.Expr | null {
  return n ? expr(c, n, ctx) : null;
}

export function expr(c: ConvCtx, n: PNode, ctx: A.ExprContext = 'Load'): A.Expr {
  switch (n.nodeType) {
    case PN.Name:
      return c.at({ _type: 'Name', id: ident(n.value), ctx }, n.start, end(n));
    case PN.Constant:
      if (n.constType === KW.Debug) return c.at({ _type: 'Name', id: '__debug__', ctx }, n.start, end(n));
      return c.at({
        _type: 'Constant', value: n.constType === KW.True ? true : n.constType === KW.False ? false : null,
        kind: null,
      }, n.start, end(n));
    case PN.Ellipsis:
      return c.at({ _type: 'Constant', value: { ellipsis: true }, kind: null }, n.start, end(n));
    case PN.Number:
      return c.at({ _type: 'Constant', value: numberValue(c.text.slice(n.start, end(n))), kind: null }, n.start, end(n));
    case PN.StringList:
    case PN.String:
    case PN.FormatString:
      return convertStringList(c, n.nodeType === PN.StringList ? n.strings : [n]);
    case PN.UnaryOperation: {
      const operand = expr(c, n.expression);
      return c.at({ _type: 'UnaryOp', op: UNARY[n.operator] ?? 'Not', operand }, n.operatorToken.start, c.outer(operand)[1]);
    }
    case PN.BinaryOperation:
      return binary(c, n);
    case PN.AssignmentExpression: {
      const target = expr(c, n.name, 'Store') as A.Name;
      const value = expr(c, n.rightExpression);
      const named = c.at({ _type: 'NamedExpr' as const, target, value }, c.off(target)[0], c.outer(value)[1]);
      c.markParen(named);
      return named;
    }
    case PN.Await: {
      const value = expr(c, n.expression);
      return c.at({ _type: 'Await', value }, n.start, c.outer(value)[1]);
    }
    case PN.Ternary: {
      const test = expr(c, n.testExpression);
      const body = expr(c, n.ifExpression);
      const orelse = expr(c, n.elseExpression);
      return c.at({ _type: 'IfExp', test, body, orelse }, c.outer(body)[0], c.outer(orelse)[1]);
    }
    case PN.Unpack: {
      const value = expr(c, n.expression, ctx);
      return c.at({ _type: 'Starred', value, ctx }, n.start, c.outer(value)[1]);
    }
    case PN.Tuple:
      return tuple(c, n, ctx);
    case PN.Call:
      return call(c, n);
    case PN.Index:
      return subscript(c, n, ctx);
    case PN.MemberAccess: {
      const value = expr(c, n.leftExpression);
      return c.at({ _type: 'Attribute', value, attr: ident(n.memberName.value), ctx }, c.outer(value)[0], end(n.memberName));
    }
    case PN.Lambda: {
      const args = convertArguments(c, n.parameters);
      const body = expr(c, n.expression);
      return c.at({ _type: 'Lambda', args, body }, n.start, c.outer(body)[1]);
    }
    case PN.Yield: {
      const value = exprOpt(c, n.expression);
      return c.at({ _type: 'Yield', value }, n.start, value ? c.outer(value)[1] : n.start + 5);
    }
    case PN.YieldFrom: {
      const value = expr(c, n.expression);
      return c.at({ _type: 'YieldFrom', value }, n.start, c.outer(value)[1]);
    }
    case PN.ListComprehension: {
      const elt = expr(c, n.expression);
      const generators = comprehensions(c, n.forIfNodes);
      let [s, e] = [c.outer(elt)[0], end(n)];
      const open = c.ts.indexAt(s) - 1;
      const t = c.ts.tok(open);
      if (n.isParenthesized && t && t.type === T.OpenParen && c.ts.partner[open] > open) {
        [s, e] = [t.start, c.ts.end(c.ts.partner[open])];
      }
      return c.at({ _type: 'GeneratorExp', elt, generators }, s, e);
    }
    case PN.List:
    case PN.Set:
      return listOrSet(c, n, ctx);
    case PN.Dictionary:
      return dict(c, n);
    default:
      return errorExpr(c, n.start, end(n));
  }
}

function binary(c: ConvCtx, n: PNode): A.Expr {
  const op: number = n.operator;
  if (op === OP.And || op === OP.Or) {
    const parts: PNode[] = [];
    let cur = n;
    while (cur.nodeType === PN.BinaryOperation && cur.operator === op && (cur === n || !cur.parenthesized)) {
      parts.unshift(cur.rightExpression);
      cur = cur.leftExpression;
    }
    parts.unshift(cur);
    const values = parts.map((p) => expr(c, p));
    return c.at({ _type: 'BoolOp', op: op === OP.And ? 'And' : 'Or', values },
      c.outer(values[0])[0], c.outer(values[values.length - 1])[1]);
  }
  if (COMPARE[op] !== undefined) {
    const left = expr(c, n.leftExpression);
    const ops: A.CmpOp[] = [COMPARE[op]];
    const comparators: A.Expr[] = [];
    let cur = n.rightExpression;
    while (cur.nodeType === PN.BinaryOperation && COMPARE[cur.operator] !== undefined && !cur.parenthesized) {
      comparators.push(expr(c, cur.leftExpression));
      ops.push(COMPARE[cur.operator]);
      cur = cur.rightExpression;
    }
    comparators.push(expr(c, cur));
    return c.at({ _type: 'Compare', left, ops, comparators },
      c.outer(left)[0], c.outer(comparators[comparators.length - 1])[1]);
  }
  const left = expr(c, n.leftExpression);
  const right = expr(c, n.rightExpression);
  return c.at({ _type: 'BinOp', left, op: BINARY[op] ?? 'Add', right }, c.outer(left)[0], c.outer(right)[1]);
}

function tuple(c: ConvCtx, n: PNode, ctx: A.ExprContext): A.Tuple {
  const elts: A.Expr[] = n.expressions.map((e: PNode) => expr(c, e, ctx));
  if (n.enclosedInParens || elts.length === 0) {
    const [s, e] = n.enclosedInParens ? [n.start, closing(c, n.start, end(n))] : [n.start, end(n)];
    return c.at({ _type: 'Tuple', elts, ctx }, s, e);
  }
  return c.at({ _type: 'Tuple', elts, ctx }, c.outer(elts[0])[0], endWithComma(c, c.outer(elts[elts.length - 1])[1]));
}

/** `stop`, or the end of a comma token that directly follows it. */
export function endWithComma(c: ConvCtx, stop: number): number {
  const t = c.ts.tok(c.ts.indexAtOrAfter(stop));
  return t && t.type === T.Comma ? t.start + t.length : stop;
}

function call(c: ConvCtx, n: PNode): A.Call {
  const func = expr(c, n.leftExpression);
  const [fs, fe] = c.outer(func);
  const [ps, pe] = bracketAfter(c, fe, end(n));
  const args: A.Expr[] = [];
  const keywords: A.Keyword[] = [];
  const list: PNode[] = n.arguments;
  for (const a of list) {
    const v = a.valueExpression;
    if (a.argumentCategory === CAT.Simple && !a.name && v.nodeType === PN.ListComprehension &&
      !v.isParenthesized && list.length === 1) {
      const elt = expr(c, v.expression);
      const generators = comprehensions(c, v.forIfNodes);
      args.push(c.at({ _type: 'GeneratorExp', elt, generators }, ps, pe));
    } else if (a.argumentCategory === CAT.List) {
      const value = expr(c, v);
      args.push(c.at({ _type: 'Starred', value, ctx: 'Load' }, a.start, c.outer(value)[1]));
    } else if (a.argumentCategory === CAT.Dict) {
      const value = expr(c, v);
      keywords.push(c.at({ _type: 'keyword', arg: null, value }, a.start, c.outer(value)[1]));
    } else if (a.name) {
      const value = expr(c, v);
      keywords.push(c.at({ _type: 'keyword', arg: ident(a.name.value), value }, a.name.start, c.outer(value)[1]));
    } else {
      args.push(expr(c, v));
    }
  }
  return c.at({ _type: 'Call', func, args, keywords }, fs, Math.max(pe, fe));
}

function subscript(c: ConvCtx, n: PNode, ctx: A.ExprContext): A.Subscript {
  const value = expr(c, n.baseExpression);
  const [vs, ve] = c.outer(value);
  const [, be] = bracketAfter(c, ve, end(n));
  const items: PNode[] = n.items;
  let slice: A.Expr;
  const first = items[0];
  if (items.length === 1 && !n.trailingComma && first.argumentCategory === CAT.Simple && !first.name) {
    slice = sliceItem(c, first.valueExpression);
  } else {
    const elts = items.map((a) => {
      if (a.argumentCategory === CAT.List) {
        const v = expr(c, a.valueExpression);
        return c.at({ _type: 'Starred' as const, value: v, ctx: 'Load' as const }, a.start, c.outer(v)[1]);
      }
      return sliceItem(c, a.valueExpression);
    });
    const s = elts.length ? c.outer(elts[0])[0] : ve;
    const e = elts.length ? endWithComma(c, c.outer(elts[elts.length - 1])[1]) : ve;
    slice = c.at({ _type: 'Tuple', elts, ctx: 'Load' }, s, e);
  }
  return c.at({ _type: 'Subscript', value, slice, ctx }, vs, Math.max(be, ve));
}

function sliceItem(c: ConvCtx, n: PNode): A.Expr {
  if (n.nodeType !== PN.Slice) return expr(c, n);
  const lower = exprOpt(c, n.startValue);
  const upper = exprOpt(c, n.endValue);
  const step = exprOpt(c, n.stepValue);
  return c.at({ _type: 'Slice', lower, upper, step }, n.start, sliceEnd(c, n.start));
}

/** End of the last token of a slice item starting at `start` (stops at `,` or `]`). */
function sliceEnd(c: ConvCtx, start: number): number {
  let i = c.ts.indexAtOrAfter(start);
  let last = i;
  while (i < c.ts.toks.length) {
    const ty = c.ts.toks[i].type;
    if (ty === T.Comma || ty === T.CloseBracket || ty === T.CloseParen || ty === T.CloseBrace) break;
    if ((ty === T.OpenParen || ty === T.OpenBracket || ty === T.OpenBrace) && c.ts.partner[i] > i) i = c.ts.partner[i];
    last = i++;
  }
  return c.ts.tok(last) ? c.ts.end(last) : start;
}
