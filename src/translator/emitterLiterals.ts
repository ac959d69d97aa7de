// Constants and container displays: ints, floats, strings, bytes, None, lists, tuples, sets, dicts.

import type * as A from './ast';
import { type E, e, type Frag, join, Prec, str } from './emitterCode';
import type { FnCtx } from './emitterContext';
import { arg, expr } from './emitterExpr';

/** JS text of a Python int (a number when safe, else a bigint literal). */
export function intLiteral(v: bigint): string {
  if (v === 0n) return '0';
  const n = Number(v);
  return Number.isSafeInteger(n) ? String(n) : `${v}n`;
}

/** Python-like spelling of a float inside `$.float(...)`: `1.0`, `1.5`, `1e+100`, `Infinity`. */
export function floatText(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  if (Object.is(v, -0)) return '-0.0';
  const s = String(v);
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

/** A constant, or undefined after reporting an unsupported one (complex). */
export function constant(ctx: FnCtx, c: A.Constant): E {
  const v = c.value;
  if (v === null) return e('$.None');
  if (typeof v === 'boolean') return e(String(v));
  if (typeof v === 'bigint') return e(intLiteral(v), v < 0n ? Prec.Unary : Prec.Primary);
  if (typeof v === 'string') return e(str(v));
  if ('float' in v) return e(['$.float(', floatText(v.float), ')']);
  if ('bytes' in v) return e(['$.bytes([', Array.from(v.bytes).join(', '), '])']);
  if ('ellipsis' in v) return e('$.Ellipsis');
  ctx.m.unsupported(c, 'complex numbers are not supported yet');
  return e('$.None');
}

/** Folds `-1`, `+1`, `~1`, `-1.5` as CPython's AST optimizer does; undefined if not foldable. */
export function foldUnary(u: A.UnaryOp): E | undefined {
  if (u.operand._type !== 'Constant') return undefined;
  const v = u.operand.value;
  if (typeof v === 'bigint') {
    if (u.op === 'USub') return e(intLiteral(-v), v > 0n ? Prec.Unary : Prec.Primary);
    if (u.op === 'UAdd') return e(intLiteral(v));
    if (u.op === 'Invert') return e(intLiteral(~v), ~v < 0n ? Prec.Unary : Prec.Primary);
  }
  if (v !== null && typeof v === 'object' && 'float' in v) {
    if (u.op === 'USub') return e(['$.float(', floatText(-v.float), ')']);
    if (u.op === 'UAdd') return e(['$.float(', floatText(v.float), ')']);
  }
  return undefined;
}

/** Elements of a list/tuple/set display: `a, ...$.star(b)`. */
export function elements(ctx: FnCtx, elts: A.Expr[]): Frag {
  return join(elts.map((x) => x._type === 'Starred'
    ? ['...', ctx.map(x, ['$.star(', arg(expr(ctx, x.value)), ')'])]
    : arg(expr(ctx, x))), ', ');
}

export function listDisplay(ctx: FnCtx, node: A.List): E {
  return e(['[', elements(ctx, node.elts), ']']);
}

export function tupleDisplay(ctx: FnCtx, node: A.Tuple): E {
  return e(ctx.map(node, ['$.tuple([', elements(ctx, node.elts), '])']));
}

/** Is `x` a constant once CPython's AST optimizer has folded it (`-1`, tuples of constants)? */
export function isFoldedConstant(x: A.Expr): boolean {
  if (x._type === 'Constant') return typeof x.value !== 'object' || x.value === null || !('complex' in x.value);
  if (x._type === 'UnaryOp') return foldUnary(x) !== undefined;
  if (x._type === 'Tuple') return x.elts.every(isFoldedConstant);
  return false;
}

/**
 * A set display, built the way CPython's compiler builds it (the order of a set depends on it):
 * `{*a, b}` adds and merges part by part; 3+ constants are a frozenset constant merged into a new
 * set. `asIterable`: the display is iterated (`for`, comprehension) or the right operand of
 * `in`/`not in`, where an all-constant display is folded to a frozenset constant.
 */
export function setDisplay(ctx: FnCtx, node: A.SetExpr, asIterable = false): E {
  const elts = node.elts;
  if (elts.some((x) => x._type === 'Starred')) {
    const parts = elts.map((x) => arg(expr(ctx, x._type === 'Starred' ? x.value : x)));
    const flags = elts.map((x) => String(x._type === 'Starred'));
    return e(ctx.map(node, ['$.setStarred([', join(parts, ', '), '], [', flags.join(', '), '])']));
  }
  if (elts.every(isFoldedConstant)) {
    if (asIterable) return e(ctx.map(node, ['$.frozensetConst([', elements(ctx, elts), '])']));
    if (elts.length >= 3) return e(ctx.map(node, ['$.setConst([', elements(ctx, elts), '])']));
  }
  return e(ctx.map(node, ['$.set([', elements(ctx, elts), '])']));
}

/** An iterable position (`for` / comprehension iterable, right operand of `in`). */
export function iterable(ctx: FnCtx, x: A.Expr): E {
  return x._type === 'Set' ? setDisplay(ctx, x, true) : expr(ctx, x);
}

/** `{k: v, **m}` → `$.dict([[k, v], ...$.mappingItems(m)])`, evaluated left to right. */
export function dictDisplay(ctx: FnCtx, node: A.Dict): E {
  const items: Frag[] = node.keys.map((k, i) => {
    const v = node.values[i];
    if (k === null) return ['...', ctx.map(v, ['$.mappingItems(', arg(expr(ctx, v)), ')'])];
    return ['[', arg(expr(ctx, k)), ', ', arg(expr(ctx, v)), ']'];
  });
  return e(ctx.map(node, ['$.dict([', join(items, ', '), '])']));
}
