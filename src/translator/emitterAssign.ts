// Assignments: `=`, augmented `+=`, annotated `x: T = v`, and `del`.
//
// Order is CPython's: the value first, then the target's own sub-expressions (`a[i] = v`
// evaluates v, a, i). When that order differs from JS argument order and an operand could
// observe it, the value goes through a temporary first. Unpacking uses `$.unpack(v, n)` /
// `$.unpackStar(v, before, after)`, which raise CPython's ValueError messages.
// `a[i] += x` evaluates a and i once: `$.setitem($t1 = a, $t2 = i, $.iadd($.getitem($t1, $t2), x))`.

import type * as A from './ast';
import { type E, e, type Frag, join, str } from './emitterCode';
import type { FnCtx } from './emitterContext';
import { arg, binopHelper, expr, isPure, propNameOf } from './emitterExpr';
import { member } from './emitterNames';
import { deleteName, readName, targetName } from './emitterVars';

/** JS assignment target for a plain name target (binding it), else null. */
export function simpleTarget(ctx: FnCtx, t: A.Expr): string | null {
  return t._type === 'Name' ? targetName(ctx, t.id) : null;
}

/** A constant or a bound local that no other code can rebind (not a cell): safe to read later. */
function isPlainValue(ctx: FnCtx, x: A.Expr): boolean {
  if (x._type === 'Name') {
    const sc = ctx.scope.lookup(ctx.scope.mangle(x.id));
    return ctx.kind === 'function' && sc === 'local' && isPure(ctx, x);
  }
  return x._type !== 'Starred' && isPure(ctx, x);
}

function isSeq(x: A.Expr): x is A.Tuple | A.List {
  return x._type === 'Tuple' || x._type === 'List';
}

export function assign(ctx: FnCtx, s: A.Assign): Frag[] {
  const targets = s.targets;
  const t0 = targets[0];
  // `a, b = b, a`: no tuple is built (as in CPython): evaluate the items, then store in order.
  if (targets.length === 1 && isSeq(t0) && isSeq(s.value) && t0.elts.length === s.value.elts.length &&
    t0.elts.every((x) => x._type === 'Name') && !s.value.elts.some((x) => x._type === 'Starred')) {
    const vals = s.value.elts.map((x) => arg(expr(ctx, x)));
    const names = t0.elts.map((x) => simpleTarget(ctx, x)!);
    return [['[', names.join(', '), '] = [', join(vals, ', '), '];']];
  }
  // `self.x, self.y = x, y`: the items are evaluated, then stored in order, without a tuple.
  if (targets.length === 1 && isSeq(t0) && isSeq(s.value) && t0.elts.length === s.value.elts.length &&
    !t0.elts.some((x) => x._type === 'Starred') && !s.value.elts.some((x) => x._type === 'Starred')) {
    const out: Frag[] = [];
    const vals = s.value.elts.map((x) => {
      const v = expr(ctx, x);
      if (isPlainValue(ctx, x)) return v;
      const tmp = ctx.temp();
      out.push([tmp, ' = ', arg(v), ';']);
      return e(tmp);
    });
    t0.elts.forEach((t, i) => out.push(...assignTarget(ctx, t, vals[i], true)));
    return out;
  }
  const value = expr(ctx, s.value);
  if (targets.every((t) => t._type === 'Name')) {
    const names = targets.map((t) => simpleTarget(ctx, t)!);
    return [[names.join(' = '), ' = ', arg(value), ';']];
  }
  if (targets.length === 1) return assignTarget(ctx, t0, value, isPure(ctx, s.value));
  const tmp = ctx.temp();
  const out: Frag[] = [[tmp, ' = ', arg(value), ';']];
  for (const t of targets) out.push(...assignTo(ctx, t, tmp));
  return out;
}

/** Assigns the value of the pure JS expression `js` (a temporary) to a target. */
export function assignTo(ctx: FnCtx, target: A.Expr, js: string): Frag[] {
  return assignTarget(ctx, target, e(js), true);
}

/** Statement lines assigning `value` to `target`. `pure`: value may be evaluated after the target parts. */
export function assignTarget(ctx: FnCtx, target: A.Expr, value: E, pure: boolean): Frag[] {
  switch (target._type) {
    case 'Name':
      return [[targetName(ctx, target.id), ' = ', arg(value), ';']];
    case 'Attribute': {
      const objPure = isPure(ctx, target.value);
      const pre: Frag[] = [];
      let v = arg(value);
      if (!pure && !objPure) {
        const t = ctx.temp();
        pre.push([t, ' = ', v, ';']);
        v = t;
      }
      const obj = arg(expr(ctx, target.value));
      return [...pre, [ctx.map(target, ['$.setattr(', obj, ', ', str(propNameOf(ctx, target.attr)), ', ', v, ')']), ';']];
    }
    case 'Subscript': {
      const partsPure = isPure(ctx, target.value) && isPure(ctx, target.slice);
      const pre: Frag[] = [];
      let v = arg(value);
      if (!pure && !partsPure) {
        const t = ctx.temp();
        pre.push([t, ' = ', v, ';']);
        v = t;
      }
      const obj = arg(expr(ctx, target.value));
      const key = arg(expr(ctx, target.slice));
      return [...pre, [ctx.map(target, ['$.setitem(', obj, ', ', key, ', ', v, ')']), ';']];
    }
    case 'Tuple':
    case 'List':
      return unpack(ctx, target, value);
    case 'Starred':
      ctx.m.error(target, 'starred assignment target must be in a list or tuple');
      return [];
    default:
      ctx.m.error(target, 'cannot assign to expression');
      return [];
  }
}

function unpack(ctx: FnCtx, target: A.Tuple | A.List, value: E): Frag[] {
  const elts = target.elts;
  const star = elts.findIndex((x) => x._type === 'Starred');
  const call = star < 0
    ? ctx.map(target, ['$.unpack(', arg(value), ', ', String(elts.length), ')'])
    : ctx.map(target, ['$.unpackStar(', arg(value), ', ', String(star), ', ', String(elts.length - star - 1), ')']);
  const plain = elts.map((x) => (x._type === 'Starred' ? x.value : x));
  if (plain.every((x) => x._type === 'Name')) {
    const names = plain.map((x) => simpleTarget(ctx, x)!);
    return [['[', names.join(', '), '] = ', call, ';']];
  }
  const t = ctx.temp();
  const out: Frag[] = [[t, ' = ', call, ';']];
  plain.forEach((x, i) => out.push(...assignTo(ctx, x, `${t}[${i}]`)));
  return out;
}

export function augAssign(ctx: FnCtx, s: A.AugAssign): Frag[] {
  const op = binopHelper(s.op, true);
  const t = s.target;
  const apply = (current: Frag) => ctx.map(s, [`$.${op}(`, current, ', ', arg(expr(ctx, s.value)), ')']);
  if (t._type === 'Name') {
    const cur = readName(ctx, t, t.id).f;
    const v = apply(cur);
    return [[targetName(ctx, t.id), ' = ', v, ';']];
  }
  // Evaluate each target part once: `$t1 = obj` the first time, `$t1` the second.
  const once = (x: A.Expr): [Frag, Frag] => {
    if (isPure(ctx, x)) {
      const f = arg(expr(ctx, x));
      return [f, f];
    }
    const tmp = ctx.temp();
    return [[tmp, ' = ', arg(expr(ctx, x))], tmp];
  };
  if (t._type === 'Attribute') {
    const [o1, o2] = once(t.value);
    const name = str(propNameOf(ctx, t.attr));
    const v = apply(ctx.map(t, ['$.getattr(', o2, ', ', name, ')']));
    return [[ctx.map(t, ['$.setattr(', o1, ', ', name, ', ', v, ')']), ';']];
  }
  if (t._type === 'Subscript') {
    const [o1, o2] = once(t.value);
    const [k1, k2] = once(t.slice);
    const v = apply(ctx.map(t, ['$.getitem(', o2, ', ', k2, ')']));
    return [[ctx.map(t, ['$.setitem(', o1, ', ', k1, ', ', v, ')']), ';']];
  }
  ctx.m.error(t, "'expression' is an illegal expression for augmented assignment");
  return [];
}

/** Evaluates an annotation at module/class level (CPython does not in functions). */
function annotationValue(ctx: FnCtx, ann: A.Expr): E | null {
  if (ctx.kind === 'function' || ctx.kind === 'comprehension' || ctx.m.table.futureAnnotations) return null;
  return expr(ctx, ann);
}

export function annAssign(ctx: FnCtx, s: A.AnnAssign): Frag[] {
  const out: Frag[] = [];
  const t = s.target;
  if (s.value) out.push(...assignTarget(ctx, t, expr(ctx, s.value), isPure(ctx, s.value)));
  else if (t._type === 'Attribute' || t._type === 'Subscript') {
    // `obj.x: T` evaluates obj (and the subscript) without storing anything.
    const parts = t._type === 'Attribute' ? [t.value] : [t.value, t.slice];
    for (const p of parts) if (!isPure(ctx, p)) out.push([arg(expr(ctx, p)), ';']);
  }
  const ann = annotationValue(ctx, s.annotation);
  if (ann && t._type === 'Name' && s.simple) {
    const dict = member(ctx.kind === 'class' ? 'ns' : 'G', '__annotations__');
    out.push([ctx.map(s, ['$.setitem(', dict, ', ', str(ctx.scope.mangle(t.id)), ', ', arg(ann), ')']), ';']);
  } else if (ann && !isPure(ctx, s.annotation)) {
    out.push([arg(ann), ';']);
  }
  return out;
}

export function deleteStmt(ctx: FnCtx, s: A.Delete): Frag[] {
  const out: Frag[] = [];
  const del = (t: A.Expr): void => {
    switch (t._type) {
      case 'Name': out.push(deleteName(ctx, t, t.id)); return;
      case 'Attribute':
        out.push([ctx.map(t, ['$.delattr(', arg(expr(ctx, t.value)), ', ', str(propNameOf(ctx, t.attr)), ')']), ';']);
        return;
      case 'Subscript':
        out.push([ctx.map(t, ['$.delitem(', arg(expr(ctx, t.value)), ', ', arg(expr(ctx, t.slice)), ')']), ';']);
        return;
      case 'Tuple':
      case 'List':
        t.elts.forEach(del);
        return;
      default:
        ctx.m.error(t, 'cannot delete expression');
    }
  };
  s.targets.forEach(del);
  return out;
}
