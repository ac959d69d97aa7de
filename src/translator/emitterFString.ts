// f-strings: `f"a{x!r:>{w}}b"` → `$.fstr(["a", $.format($.repr(x), $.fstr([">", $.format(w, "")])), "b"])`.
//
// Parts are evaluated left to right (a JS array literal), each replacement field as CPython's
// FORMAT_VALUE: conversion first (`!s` → `$.str`, `!r` → `$.repr`, `!a` → `$.ascii`), then
// `format(value, spec)` with the spec itself an f-string. A converted value without a spec is
// already the final str. `f"{x=}"` needs nothing special: the parser expands it like CPython.

import type * as A from './ast';
import { type E, e, type Frag, join, str } from './emitterCode';
import type { FnCtx } from './emitterContext';
import { arg, expr } from './emitterExpr';

const CONVERSIONS: Record<number, string> = { 115: 'str', 114: 'repr', 97: 'ascii' };

export function joinedStr(ctx: FnCtx, node: A.JoinedStr): E {
  const parts: Frag[] = [];
  let literal: string | null = null;
  for (const v of node.values) {
    if (v._type === 'Constant' && typeof v.value === 'string') {
      literal = (literal ?? '') + v.value;
      continue;
    }
    if (literal !== null) parts.push(str(literal));
    literal = null;
    if (v._type === 'FormattedValue') parts.push(formatted(ctx, v));
    else parts.push(arg(expr(ctx, v)));
  }
  if (literal !== null) parts.push(str(literal));
  if (parts.length === 0) return e('""');
  // A single part is already a str: a literal, or the result of $.format / a conversion.
  if (parts.length === 1) return e(parts[0]);
  return e(ctx.map(node, ['$.fstr([', join(parts, ', '), '])']));
}

function formatted(ctx: FnCtx, fv: A.FormattedValue): Frag {
  let value = arg(expr(ctx, fv.value));
  const conv = CONVERSIONS[fv.conversion];
  if (conv) value = ctx.map(fv, [`$.${conv}(`, value, ')']);
  const spec = fv.format_spec;
  if (!spec && conv) return value;
  const specFrag = spec ? arg(spec._type === 'JoinedStr' ? joinedStr(ctx, spec) : expr(ctx, spec)) : '""';
  return ctx.map(fv, ['$.format(', value, ', ', specFrag, ')']);
}
