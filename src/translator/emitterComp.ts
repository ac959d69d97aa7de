// Comprehensions and generator expressions: each is its own function scope (CPython 3.11), called
// at once with the first iterable, which is evaluated in the enclosing scope:
//
//   (($it) => {                              // list/set/dict comprehension
//     let x;
//     const $r = [];
//     for (x of $it) {
//       if ($.truthy(x)) $r.push($.mul(x, 2));
//     }
//     return $r;
//   })($.iter(xs))
//
// - generator expressions: `$.generator($genexpr1, $genexpr1$body($.iter(xs)))`, where the code
//   object `$genexpr1 = { $name, $qualname }` and `$genexpr1$body = function* ($it) {...}` are
//   declared once at the top of the enclosing function;
// - asynchronous comprehensions (`async for`, or `await` inside) are generator functions, declared
//   the same way, whose result is awaited in place: `(yield* $acomp1($.aiter(xs)))`;
// - async generator expressions use `$.asyncGenerator`.
// The loop variables are `let` at the top of the comprehension function, so closures created in
// the element see them late-bound, as in Python.

import type * as A from './ast';
import { block, type E, e, type Frag, join, Prec, str } from './emitterCode';
import { FnCtx } from './emitterContext';
import { arg, expr, test } from './emitterExpr';
import { assignTo, simpleTarget } from './emitterAssign';
import { iterable } from './emitterLiterals';
import { boundFreeNames, childQualname, declarations } from './emitterFunction';

type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

const CO_NAMES = { list: '<listcomp>', set: '<setcomp>', dict: '<dictcomp>', gen: '<genexpr>' } as const;

export function comprehension(ctx: FnCtx, x: Comp): E {
  const scope = ctx.m.table.byNode.get(x)!;
  const kind = scope.comprehension!;
  const isAsync = scope.isCoroutine;
  const isGen = kind === 'gen';
  const coName = CO_NAMES[kind];
  const qualname = childQualname(ctx, coName, false);
  const first = x.generators[0];
  const firstIter = ctx.map(x, [first.is_async ? '$.aiter(' : '$.iter(', arg(iterable(ctx, first.iter)), ')']);
  if (isAsync && !isGen && !ctx.init.canAwait) {
    ctx.m.error(x, 'asynchronous comprehension outside of an asynchronous function');
  }

  const child = new FnCtx(ctx.m, scope, ctx, {
    kind: 'comprehension', coName, qualname, jsGen: isAsync || isGen, canAwait: isAsync,
    asyncGen: isGen && isAsync, initiallyBound: boundFreeNames(ctx, scope),
  });
  const loops = loopAt(child, x, 0);
  const lines: Frag[] = [];
  if (!isGen) lines.push(kind === 'list' ? 'const $r = [];' : kind === 'set' ? 'const $r = $.set([]);' : 'const $r = $.dict([]);');
  lines.push(loops, isGen ? 'return $.None;' : 'return $r;');
  const inner = block([...declarations(child), ...lines]);

  // Generator bodies are declared once at the top of the enclosing function (FnCtx.hoist), not
  // made at each evaluation: V8 gives every generator-function closure its own prototype and
  // shape, which made `sum(x for x in ...)` slower than CPython.
  if (isGen) {
    // The code object of a generator expression (one per definition, as in CPython): what the
    // runtime reads from a function.
    const code = ctx.hoist('$genexpr', `{ $name: ${str(coName)}, $qualname: ${str(qualname)} }`);
    const fn = ctx.hoist('', ['function* ($it) ', inner], `${code}$body`);
    const wrap = isAsync ? '$.asyncGenerator' : '$.generator';
    return e(ctx.map(x, [`${wrap}(${code}, ${fn}(`, firstIter, '))']));
  }
  if (isAsync) return e(ctx.map(x, ['yield* ', ctx.hoist('$acomp', ['function* ($it) ', inner]), '(', firstIter, ')']), Prec.Assign);
  return e(ctx.map(x, ['(($it) => ', inner, ')(', firstIter, ')']));
}

/** The statement for generator `i` of the comprehension (and, nested in it, the following ones). */
function loopAt(ctx: FnCtx, x: Comp, i: number): Frag {
  const g = x.generators[i];
  const src = i === 0 ? '$it' : ctx.map(x, [g.is_async ? '$.aiter(' : '$.iter(', arg(iterable(ctx, g.iter)), ')']);
  const bodyOf = (pre: Frag[]): Frag[] => {
    pre = ['$.tick();', ...pre];
    const tests = g.ifs.map((c) => test(ctx, c).f);
    const nested = i + 1 < x.generators.length;
    const inner = nested ? loopAt(ctx, x, i + 1) : action(ctx, x);
    if (!tests.length) return [...pre, inner];
    return [...pre, ['if (', join(tests, ' && '), ') ', nested ? block([inner]) : inner]];
  };
  if (g.is_async) {
    const it = i === 0 ? '$it' : ctx.unique('$aiter');
    const head: Frag[] = i === 0 ? [] : [['const ', it, ' = ', src, ';']];
    const loop: Frag = ['while (true) ', block(bodyOf([
      ['const $v = ', ctx.map(x, ['yield* $.asyncNext(', it, ')']), ';'],
      'if ($v === undefined) break;',
      ...assignTo(ctx, g.target, '$v'),
    ]))];
    return head.length ? block([...head, loop]) : loop;
  }
  const simple = simpleTarget(ctx, g.target);
  if (simple !== null) return [ctx.map(x, ['for (', simple, ' of ', src, ') ']), block(bodyOf([]))];
  return [ctx.map(x, ['for (const $v of ', src, ') ']), block(bodyOf(assignTo(ctx, g.target, '$v')))];
}

/** Innermost statement: add the element to the result (or yield it). */
function action(ctx: FnCtx, x: Comp): Frag {
  switch (x._type) {
    case 'ListComp': return ['$r.push(', arg(expr(ctx, x.elt)), ');'];
    case 'SetComp': return [ctx.map(x.elt, ['$.callMethod($r, "add", ', arg(expr(ctx, x.elt)), ')']), ';'];
    case 'DictComp': {
      const k = arg(expr(ctx, x.key));
      const v = arg(expr(ctx, x.value));
      return [ctx.map(x, ['$.setitem($r, ', k, ', ', v, ')']), ';'];
    }
    case 'GeneratorExp': {
      const v = arg(expr(ctx, x.elt));
      return ctx.init.asyncGen ? ['yield $.agYield(', v, ');'] : ['yield ', v, ';'];
    }
  }
}
