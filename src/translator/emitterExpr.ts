// Expressions → JS expressions calling the runtime helpers (ARCHITECTURE.md "Emission conventions").
//
// Evaluation order is CPython's: JS evaluates call arguments left to right, so `$.add(a, b)`
// evaluates a, then b, then adds. Every helper call that can raise is wrapped in a source-map
// entry for its Python node.
//
// `a and b` needs its left value twice; it goes through one temporary `$t` per function:
// `($t = a, $.truthy($t) ? b : $t)`. One is enough because `$t` is read only right after being
// set, before any other `and`/`or` of the same function can run.

import type * as A from './ast';
import { type E, e, type Frag, join, paren, Prec, str } from './emitterCode';
import type { FnCtx } from './emitterContext';
import { call } from './emitterCall';
import { comprehension } from './emitterComp';
import { joinedStr } from './emitterFString';
import { lambda } from './emitterFunction';
import {
  constant, dictDisplay, foldUnary, iterable, listDisplay, setDisplay, tupleDisplay,
} from './emitterLiterals';
import { isSafeRead, readName, writeName } from './emitterVars';
import { propName } from './emitterNames';
import { isCoroutineCall, temp, where } from './emitterTemps';

const BINOP: Record<A.Operator, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod', Pow: 'pow',
  LShift: 'lshift', RShift: 'rshift', BitOr: 'or', BitXor: 'xor', BitAnd: 'and', FloorDiv: 'floordiv',
};
const CMPOP: Record<A.CmpOp, string> = {
  Eq: 'eq', NotEq: 'ne', Lt: 'lt', LtE: 'le', Gt: 'gt', GtE: 'ge', Is: 'is', IsNot: 'isNot', In: 'in', NotIn: 'notIn',
};
/** Comparisons whose result is always a bool (no `$.truthy` needed in a test). */
const BOOL_CMP = new Set<A.CmpOp>(['Is', 'IsNot', 'In', 'NotIn']);

export function binopHelper(op: A.Operator, inplace: boolean): string {
  return inplace ? 'i' + BINOP[op] : BINOP[op];
}

/** A call argument: anything but a comma expression / assignment is fine unparenthesized. */
export function arg(x: E): Frag {
  return paren(x, Prec.Cond);
}

/** `$.fn(a, b)` mapped to `node`. */
export function rt(ctx: FnCtx, node: A.Located, fn: string, args: Frag[]): E {
  return e(ctx.map(node, [`$.${fn}(`, join(args, ', '), ')']));
}

/**
 * Evaluating `x` has no side effect and cannot raise: constants and certainly-bound local
 * variables. Such operands may be evaluated out of order or twice.
 */
export function isPure(ctx: FnCtx, x: A.Expr): boolean {
  if (x._type === 'Constant') return typeof x.value !== 'object' || x.value === null || !('complex' in x.value);
  if (x._type === 'Name') return isSafeRead(ctx, x.id);
  if (x._type === 'UnaryOp') return foldUnary(x) !== undefined;
  return false;
}

export function expr(ctx: FnCtx, x: A.Expr): E {
  switch (x._type) {
    case 'Constant': return constant(ctx, x);
    case 'Name': return readName(ctx, x, x.id);
    case 'BinOp':
      return rt(ctx, x, BINOP[x.op], [arg(expr(ctx, x.left)), arg(expr(ctx, x.right))]);
    case 'UnaryOp': return unary(ctx, x);
    case 'BoolOp': return boolOp(ctx, x);
    case 'Compare': return compare(ctx, x, false);
    case 'IfExp':
      return e([paren(test(ctx, x.test), Prec.Nullish), ' ? ', arg(expr(ctx, x.body)), ' : ', arg(expr(ctx, x.orelse))], Prec.Cond);
    case 'Call': return call(ctx, x);
    case 'Attribute':
      return rt(ctx, x, 'getattr', [arg(expr(ctx, x.value)), str(propNameOf(ctx, x.attr))]);
    case 'Subscript':
      return rt(ctx, x, 'getitem', [arg(expr(ctx, x.value)), arg(expr(ctx, x.slice))]);
    case 'Slice':
      return rt(ctx, x, 'slice', [x.lower, x.upper, x.step].map((p) => (p ? arg(expr(ctx, p)) : '$.None')));
    case 'List': return listDisplay(ctx, x);
    case 'Tuple': return tupleDisplay(ctx, x);
    case 'Set': return setDisplay(ctx, x);
    case 'Dict': return dictDisplay(ctx, x);
    case 'JoinedStr': return joinedStr(ctx, x);
    case 'FormattedValue': return joinedStr(ctx, { ...x, _type: 'JoinedStr', values: [x] });
    case 'NamedExpr': {
      const value = expr(ctx, x.value);
      return e(['(', writeName(ctx, x.target.id, arg(value)).f, ')']);
    }
    case 'Await': return awaitExpr(ctx, x);
    case 'Yield': return yieldExpr(ctx, x);
    case 'YieldFrom': return yieldFrom(ctx, x);
    case 'Lambda': return lambda(ctx, x);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return comprehension(ctx, x);
    case 'Starred':
      ctx.m.error(x, "can't use starred expression here");
      return e('$.None');
    case 'ErrorExpr':
      ctx.m.error(x, 'invalid syntax');
      return e('$.None');
  }
}

/** Attribute names are mangled inside classes (`self.__x` → `_C__x`). */
export function propNameOf(ctx: FnCtx, attr: string): string {
  return propName(ctx.scope.mangle(attr));
}

function unary(ctx: FnCtx, x: A.UnaryOp): E {
  const folded = foldUnary(x);
  if (folded) return folded;
  if (x.op === 'Not') return e(['!', paren(test(ctx, x.operand), Prec.Unary)], Prec.Unary);
  const fn = x.op === 'USub' ? 'neg' : x.op === 'UAdd' ? 'pos' : 'invert';
  return rt(ctx, x, fn, [arg(expr(ctx, x.operand))]);
}

/** Is the value of `x` always a bool (so a JS boolean)? */
function isBoolValued(x: A.Expr): boolean {
  if (x._type === 'Compare') return x.ops.every((op) => BOOL_CMP.has(op));
  if (x._type === 'UnaryOp') return x.op === 'Not';
  if (x._type === 'Constant') return typeof x.value === 'boolean';
  if (x._type === 'BoolOp') return x.values.every(isBoolValued);
  return false;
}

/**
 * `a and b` / `a or b`, keeping Python's value semantics. When `a` is a bool, JS `&&`/`||` do
 * exactly that (`false && b` is false, `true && b` is b).
 */
function boolOp(ctx: FnCtx, x: A.BoolOp): E {
  const isAnd = x.op === 'And';
  const vals = x.values;
  let acc = expr(ctx, vals[vals.length - 1]);
  for (let i = vals.length - 2; i >= 0; i--) {
    const v = vals[i];
    const rest = arg(acc);
    if (isBoolValued(v)) {
      const p = isAnd ? Prec.And : Prec.Or;
      acc = e([paren(expr(ctx, v), p), isAnd ? ' && ' : ' || ', paren(acc, p + 1 as Prec)], p);
    } else if (isPure(ctx, v)) {
      const pv = expr(ctx, v).f;
      const t = ctx.map(x, ['$.truthy(', pv, ')']);
      acc = e([t, ' ? ', isAnd ? rest : pv, ' : ', isAnd ? pv : rest], Prec.Cond);
    } else {
      const first = arg(expr(ctx, v));
      const t = ctx.boolTemp();
      const truthy = ctx.map(x, ['$.truthy(', t, ')']);
      acc = e(['(', t, ' = ', first, ', ', truthy, ' ? ', isAnd ? rest : t, ' : ', isAnd ? t : rest, ')']);
    }
  }
  return acc;
}

/**
 * Comparisons. A chain `a < b < c` evaluates b once and stops at the first false result:
 * value: `($t1 = $.lt(a, $t2 = b), $.truthy($t1) ? $.lt($t2, c) : $t1)`;
 * test:  `$.truthy($.lt(a, $t2 = b)) && $.truthy($.lt($t2, c))`.
 */
function compare(ctx: FnCtx, x: A.Compare, asTest: boolean): E {
  if (x.ops.length === 1 && (isCoroutineCall(ctx.m, x.left) || isCoroutineCall(ctx.m, x.comparators[0]))) {
    // `f() is f()`: the coroutine temporaries die when the comparison is done (emitterTemps.ts).
    const op = x.ops[0];
    const f = ctx.map(x, [`$.opT($.${CMPOP[op]}, `, temp(ctx, x.left), ', ', temp(ctx, x.comparators[0]), ', ', where(ctx, x.lineno), ')']);
    return asTest && !BOOL_CMP.has(op) ? e(ctx.map(x, ['$.truthy(', f, ')'])) : e(f);
  }
  const pieces: { op: A.CmpOp; f: Frag; node: A.Located }[] = [];
  let left: Frag = arg(expr(ctx, x.left));
  x.ops.forEach((op, i) => {
    const rightNode = x.comparators[i];
    const last = i === x.ops.length - 1;
    let right: Frag;
    let nextLeft: Frag;
    if (last) {
      // CPython folds a constant set display after the last `in`/`not in` to a frozenset.
      right = arg(op === 'In' || op === 'NotIn' ? iterable(ctx, rightNode) : expr(ctx, rightNode));
      nextLeft = right;
    } else if (isPure(ctx, rightNode)) {
      right = arg(expr(ctx, rightNode));
      nextLeft = right;
    } else {
      const t = ctx.temp();
      right = [t, ' = ', arg(expr(ctx, rightNode))];
      nextLeft = t;
    }
    // CPython 3.11 locates every comparison of a chain at the whole Compare node.
    pieces.push({ op, f: ctx.map(x, [`$.${CMPOP[op]}(`, left, ', ', right, ')']), node: x });
    left = nextLeft;
  });
  if (asTest) {
    const tests = pieces.map((p) => BOOL_CMP.has(p.op) ? p.f : ctx.map(p.node, ['$.truthy(', p.f, ')']));
    return tests.length === 1 ? e(tests[0]) : e(join(tests, ' && '), Prec.And);
  }
  if (pieces.length === 1) return e(pieces[0].f);
  const t = ctx.temp();
  let acc: Frag = pieces[pieces.length - 1].f;
  for (let i = pieces.length - 2; i >= 0; i--) {
    const truthy = BOOL_CMP.has(pieces[i].op) ? t : ctx.map(pieces[i].node, ['$.truthy(', t, ')']);
    acc = ['(', t, ' = ', pieces[i].f, ', ', truthy, ' ? ', acc, ' : ', t, ')'];
  }
  return e(acc);
}

/** A Python truth test as a JS boolean expression. */
export function test(ctx: FnCtx, x: A.Expr): E {
  switch (x._type) {
    case 'BoolOp': {
      const p = x.op === 'And' ? Prec.And : Prec.Or;
      return e(join(x.values.map((v) => paren(test(ctx, v), p + 1 as Prec)), x.op === 'And' ? ' && ' : ' || '), p);
    }
    case 'UnaryOp':
      if (x.op === 'Not') return e(['!', paren(test(ctx, x.operand), Prec.Unary)], Prec.Unary);
      break;
    case 'Constant': {
      const v = x.value;
      if (v === null || typeof v === 'boolean') return e(String(!!v));
      if (typeof v === 'bigint') return e(String(v !== 0n));
      if (typeof v === 'string') return e(String(v !== ''));
      break;
    }
    case 'Compare':
      return compare(ctx, x, true);
  }
  // `if f():` tests a coroutine temporary, which dies right after (emitterTemps.ts).
  if (isCoroutineCall(ctx.m, x)) return rt(ctx, x, 'truthyT', [temp(ctx, x), where(ctx, x.lineno)]);
  return rt(ctx, x, 'truthy', [arg(expr(ctx, x))]);
}

function awaitExpr(ctx: FnCtx, x: A.Await): E {
  if (!ctx.init.canAwait) {
    ctx.m.error(x, insideFunction(ctx) ? "'await' outside async function" : "'await' outside function");
  }
  // A suspended generator frame reports the position of the `yield*` operand: map it all.
  return e(ctx.map(x, ['yield* $.await(', arg(expr(ctx, x.value)), ')']), Prec.Assign);
}

/**
 * `yield v`. The runtime resumes generators with `undefined` for None (`next()`), so a yield
 * whose value is used reads `(yield v) ?? $.None`; as a statement it is plain `yield v;`.
 */
export function yieldExpr(ctx: FnCtx, x: A.Yield, asStatement = false): E {
  if (!checkYield(ctx, x)) return e('$.None');
  const v = x.value ? arg(expr(ctx, x.value)) : '$.None';
  const y = ctx.init.asyncGen ? ctx.map(x, ['yield $.agYield(', v, ')']) : ctx.map(x, ['yield ', v]);
  return asStatement ? e(y, Prec.Assign) : e(['((', y, ') ?? $.None)']);
}

/** `yield from x` → `yield* $.yieldFrom(x)`; its value (the sub-generator's return) as for yield. */
export function yieldFrom(ctx: FnCtx, x: A.YieldFrom, asStatement = false): E {
  if (!checkYield(ctx, x)) return e('$.None');
  if (ctx.init.asyncGen) {
    ctx.m.error(x, "'yield from' inside async function");
    return e('$.None');
  }
  const y: Frag = ctx.map(x, ['yield* $.yieldFrom(', arg(expr(ctx, x.value)), ')']);
  return asStatement ? e(y, Prec.Assign) : e(['((', y, ') ?? $.None)']);
}

function checkYield(ctx: FnCtx, x: A.Located): boolean {
  if (ctx.kind === 'function' && ctx.init.jsGen) return true;
  if (ctx.kind === 'comprehension') return false; // reported by the symbol table
  ctx.m.error(x, "'yield' outside function");
  return false;
}

/** Whether the code is (lexically) inside a def or lambda. */
function insideFunction(ctx: FnCtx): boolean {
  for (let c: FnCtx | null = ctx; c; c = c.parent) if (c.kind === 'function') return true;
  return false;
}
