// Statements: dispatch, expression statements, if/while/for/async for, break/continue, return,
// assert. Each statement's JS lines map back to the statement.
//
// Every loop body starts with `$.tick();` (so the host can interrupt `while True: pass`), and an
// expression statement that drops a call's value is `$.discard(value, line, file);` (CPython frees
// the value there: a never-awaited coroutine is reported at that line).
//
// Loops with an `else` whose body can `break` are wrapped in a labelled block so that a Python
// `break` skips the else clause:   loop1: { for (...) { ... break loop1; } ...else... }
// `for` targets are function-level variables (not `const` per iteration): Python closures see
// the loop variable late-bound, and it keeps its last value after the loop.

import type * as A from './ast';
import { block, type Frag, paren, Prec, str } from './emitterCode';
import { type DA, type FnCtx, meet, minus } from './emitterContext';
import { arg, expr, test, yieldExpr, yieldFrom } from './emitterExpr';
import { deletedNames, hasBreak } from './emitterFlow';
import { annAssign, assign, assignTo, augAssign, deleteStmt, simpleTarget } from './emitterAssign';
import { functionDef } from './emitterFunction';
import { classDef } from './emitterClass';
import { raiseStmt, tryStmt } from './emitterTry';
import { withStmt } from './emitterWith';
import { importFrom, importStmt } from './emitterImport';
import { matchStmt } from './emitterMatch';
import { iterable as iterableExpr } from './emitterLiterals';
import { leavingHandler } from './emitterTemps';

/** Emits a block of statements. */
export function body(ctx: FnCtx, stmts: A.Stmt[]): Frag[] {
  const out: Frag[] = [];
  for (const s of stmts) out.push(...stmt(ctx, s));
  return out;
}

/** Emits one statement; every line maps to it. */
export function stmt(ctx: FnCtx, s: A.Stmt): Frag[] {
  ctx.resetTemps();
  return lines(ctx, s).map((l) => ctx.map(s, l));
}

function lines(ctx: FnCtx, s: A.Stmt): Frag[] {
  switch (s._type) {
    case 'Expr': return exprStmt(ctx, s);
    case 'Assign': return assign(ctx, s);
    case 'AugAssign': return augAssign(ctx, s);
    case 'AnnAssign': return annAssign(ctx, s);
    case 'Delete': return deleteStmt(ctx, s);
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return [];
    case 'Return': return returnStmt(ctx, s);
    case 'If': return [ifStmt(ctx, s)];
    case 'While': return whileStmt(ctx, s);
    case 'For': return forStmt(ctx, s);
    case 'AsyncFor': return forStmt(ctx, s);
    case 'Break':
    case 'Continue':
      return breakContinue(ctx, s);
    case 'Raise': return raiseStmt(ctx, s);
    case 'Try':
    case 'TryStar':
      return tryStmt(ctx, s);
    case 'With':
    case 'AsyncWith':
      return withStmt(ctx, s);
    case 'Assert': return assertStmt(ctx, s);
    case 'Import': return importStmt(ctx, s);
    case 'ImportFrom': return importFrom(ctx, s);
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return functionDef(ctx, s);
    case 'ClassDef': return classDef(ctx, s);
    case 'Match': return matchStmt(ctx, s);
  }
}

function exprStmt(ctx: FnCtx, s: A.ExprStmt): Frag[] {
  const v = s.value;
  // Docstrings and other constant expression statements compile to nothing, as in CPython.
  if (v._type === 'Constant' && !(typeof v.value === 'object' && v.value !== null && 'complex' in v.value)) {
    if (ctx.displayStmt !== s) return [];
    ctx.unreachable();
    return [['return $.displayhook(', expr(ctx, v).f, ');']];
  }
  const x = v._type === 'Yield' ? yieldExpr(ctx, v, true) : v._type === 'YieldFrom' ? yieldFrom(ctx, v, true) : expr(ctx, v);
  if (ctx.displayStmt === s) {
    ctx.unreachable();
    return [['return ', ctx.map(v, ['$.displayhook(', arg(x), ')']), ';']];
  }
  if (v._type === 'Call') {
    // The call's result is dropped here: CPython warns about a never-awaited coroutine now.
    return [[ctx.map(v, ['$.discard(', arg(x), ', ', String(s.lineno), ', ', str(ctx.m.opts.filename), ')']), ';']];
  }
  return [[paren(x, Prec.Comma), ';']];
}

function returnStmt(ctx: FnCtx, s: A.Return): Frag[] {
  if (ctx.kind !== 'function') ctx.m.error(s, "'return' outside function");
  if (ctx.exceptStarDepth > 0) ctx.m.error(s, "'break', 'continue' and 'return' cannot appear in an except* block");
  if (s.value && ctx.init.asyncGen) ctx.m.error(s, "'return' with value in async generator");
  const v = s.value ? arg(expr(ctx, s.value)) : '$.None';
  const done = leavingHandler(ctx, 'return', s.lineno); // the except block's exception dies first
  ctx.unreachable();
  if (done && s.value) { const t = ctx.temp(); return [['return (', t, ' = ', v, ', ', done, ', ', t, ');']]; }
  return done ? [[done, ';'], ['return ', v, ';']] : [['return ', v, ';']];
}

function ifStmt(ctx: FnCtx, s: A.If): Frag {
  const t = test(ctx, s.test);
  const afterTest = ctx.snapshot();
  const thenLines = body(ctx, s.body);
  const thenEnd = ctx.da;
  ctx.da = afterTest;
  const out: Frag[] = ['if (', t.f, ') ', block(thenLines)];
  if (s.orelse.length === 1 && s.orelse[0]._type === 'If') {
    const elif = s.orelse[0];
    ctx.resetTemps();
    out.push(' else ', ctx.map(elif, ifStmt(ctx, elif)));
  } else if (s.orelse.length) {
    out.push(' else ', block(body(ctx, s.orelse)));
  }
  ctx.da = meet(thenEnd, ctx.da);
  return out;
}

interface LoopResult { lines: Frag[]; label: string | null; breaks: DA[] }

/** Runs `emit` as a loop body, with a label when the loop has an else clause to skip. */
function loop(ctx: FnCtx, s: A.For | A.AsyncFor | A.While, emit: () => Frag[]): LoopResult {
  const label = s.orelse.length && hasBreak(s.body) ? ctx.unique('loop') : null;
  ctx.loops.push({ label, breaks: [], isLoop: true, exceptStarDepth: ctx.exceptStarDepth });
  // Every iteration starts with `$.tick()`, so that `while True: pass` can be interrupted.
  const lines = [ctx.map(s, '$.tick();'), ...emit()];
  const info = ctx.loops.pop()!;
  return { lines, label, breaks: info.breaks };
}

/** Finishes a loop: emits the else clause (entered when the loop is exhausted) and the DA state. */
function finishLoop(ctx: FnCtx, s: A.For | A.AsyncFor | A.While, header: Frag, r: LoopResult, exhausted: DA): Frag[] {
  ctx.da = exhausted === null ? null : new Set(exhausted);
  const elseLines = body(ctx, s.orelse);
  ctx.da = meet(ctx.da, ...r.breaks);
  const loopFrag: Frag = [header, block(r.lines)];
  if (r.label) return [[r.label, ': ', block([loopFrag, ...elseLines])]];
  return [loopFrag, ...elseLines];
}

function whileStmt(ctx: FnCtx, s: A.While): Frag[] {
  ctx.da = minus(ctx.da, deletedNames(ctx, s.body));
  const t = test(ctx, s.test);
  const afterTest = ctx.snapshot();
  const infinite = t.f === 'true';
  const r = loop(ctx, s, () => body(ctx, s.body));
  return finishLoop(ctx, s, ['while (', t.f, ') '], r, infinite ? null : afterTest);
}

function forStmt(ctx: FnCtx, s: A.For | A.AsyncFor): Frag[] {
  const isAsync = s._type === 'AsyncFor';
  if (isAsync && !ctx.init.canAwait) ctx.m.error(s, "'async for' outside async function");
  // CPython folds a constant set display iterated by `for` (not `async for`) to a frozenset.
  const iterable = arg(isAsync ? expr(ctx, s.iter) : iterableExpr(ctx, s.iter));
  ctx.da = minus(ctx.da, deletedNames(ctx, s.body));
  const entry = ctx.snapshot();
  if (isAsync) {
    const it = ctx.unique('$aiter');
    const pre: Frag = ['const ', it, ' = ', ctx.map(s, ['$.aiter(', iterable, ')']), ';'];
    const r = loop(ctx, s, () => [
      ['const $v = ', ctx.map(s, ['yield* $.asyncNext(', it, ')']), ';'],
      'if ($v === undefined) break;',
      ...assignTo(ctx, s.target, '$v'),
      ...body(ctx, s.body),
    ]);
    return [pre, ...finishLoop(ctx, s, 'while (true) ', r, entry)];
  }
  const iter = ctx.map(s, ['$.iter(', iterable, ')']);
  const simple = simpleTarget(ctx, s.target);
  if (simple !== null) {
    const r = loop(ctx, s, () => body(ctx, s.body));
    return finishLoop(ctx, s, ctx.map(s, ['for (', simple, ' of ', iter, ') ']), r, entry);
  }
  const r = loop(ctx, s, () => [...assignTo(ctx, s.target, '$v'), ...body(ctx, s.body)]);
  return finishLoop(ctx, s, ctx.map(s, ['for (const $v of ', iter, ') ']), r, entry);
}

function breakContinue(ctx: FnCtx, s: A.Break | A.Continue): Frag[] {
  const loopInfo = ctx.loops[ctx.loops.length - 1];
  if (loopInfo && ctx.exceptStarDepth > loopInfo.exceptStarDepth) {
    ctx.m.error(s, "'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (!loopInfo) {
    ctx.m.error(s, s._type === 'Break' ? "'break' outside loop" : "'continue' not properly in loop");
    return [];
  }
  const done = leavingHandler(ctx, 'loop', s.lineno); // the except block's exception dies first
  let out: string;
  if (s._type === 'Break') {
    loopInfo.breaks.push(ctx.snapshot());
    out = loopInfo.label ? `break ${loopInfo.label};` : 'break;';
  } else {
    out = 'continue;';
  }
  ctx.unreachable();
  return done ? [[done, ';'], out] : [out];
}

function assertStmt(ctx: FnCtx, s: A.Assert): Frag[] {
  const t = test(ctx, { _type: 'UnaryOp', op: 'Not', operand: s.test, lineno: s.test.lineno, col_offset: s.test.col_offset, end_lineno: s.test.end_lineno, end_col_offset: s.test.end_col_offset });
  const before = ctx.snapshot();
  const msg = s.msg ? arg(expr(ctx, s.msg)) : '';
  ctx.da = before;
  // CPython locates the AssertionError at the test expression.
  return [['if (', t.f, ') throw ', ctx.map(s.test, ['$.assertFail(', msg, ')']), ';']];
}
