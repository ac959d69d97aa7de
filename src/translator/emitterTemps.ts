// Where a never-started coroutine dies (see src/runtime/unawaited.ts): the syntax the emitter
// needs to place the runtime's release points.
//
// - Fresh coroutine temporaries: a call of a coroutine function (an `async def` of this file, or
//   `asyncio.sleep`) used directly as a call argument or comparison operand is emitted as
//   `$.callFresh(f, ...)`, and its consumer as `$.callT`/`$.callKwT`/`$.opT`. Which values
//   really are new coroutines is checked at run time; this only chooses where to look.
// - `except` blocks: CPython deletes the exception when the block ends (`e = None; del e`, or
//   POP_EXCEPT). Those instructions have no line of their own: they take the line of their
//   single predecessor in the control-flow graph, or none (-1) when several paths join there.
//   `exitLine` computes that line; `keepsException` tells whether the block may have stored the
//   exception somewhere (then its death is not modelled).

import * as A from './ast';
import { type E, type Frag, join, str } from './emitterCode';
import type { FnCtx, ModuleEmitter } from './emitterContext';
import { arg, expr, rt } from './emitterExpr';
import { keywords } from './emitterCall';

const asyncNames = new WeakMap<ModuleEmitter, Set<string>>();
function asyncDefNames(m: ModuleEmitter): Set<string> {
  let s = asyncNames.get(m);
  if (!s) {
    s = new Set(Array.from(m.source.matchAll(/\basync\s+def\s+([A-Za-z_]\w*)/g), (x) => x[1]));
    asyncNames.set(m, s);
  }
  return s;
}

/** Is `x` a call that may create a coroutine (a temporary whose death we can place)? */
export function isCoroutineCall(m: ModuleEmitter, x: A.Expr): x is A.Call {
  if (x._type !== 'Call' || x.keywords.length || x.args.some((a) => a._type === 'Starred')) return false;
  const f = x.func;
  if (f._type === 'Name') return asyncDefNames(m).has(f.id);
  if (f._type === 'Attribute') {
    return asyncDefNames(m).has(f.attr) || (f.attr === 'sleep' && f.value._type === 'Name' && f.value.id === 'asyncio');
  }
  return false;
}

/** Line of the instruction after `body` when it falls through: a line, -1 (several paths join),
 *  null (it never falls through) or undefined (not modelled). */
export function exitLine(body: A.Stmt[]): number | null | undefined {
  const s = body[body.length - 1];
  if (!s) return undefined;
  switch (s._type) {
    case 'Return': case 'Raise': case 'Break': case 'Continue':
      return null;
    case 'Global': case 'Nonlocal':
      return body.length > 1 ? exitLine(body.slice(0, -1)) : undefined;
    case 'If':
      return joinPreds([exitLine(s.body), s.orelse.length ? exitLine(s.orelse) : s.lineno]);
    case 'For': {
      const breaks = breakLines(s.body);
      if (breaks === undefined) return undefined;
      return joinPreds([s.orelse.length ? exitLine(s.orelse) : s.lineno, ...breaks]);
    }
    case 'While': {
      const breaks = breakLines(s.body);
      if (breaks === undefined) return undefined;
      const t = s.test;
      const forever = t._type === 'Constant' && (t.value === true || t.value === 1n);
      if (forever) return joinPreds(breaks);
      // Without else, the test at the top and the test at the bottom both exit.
      return s.orelse.length ? joinPreds([exitLine(s.orelse), ...breaks]) : -1;
    }
    case 'With':
      return exitLine(s.body) === null ? undefined : -1;
    case 'Try': {
      if (s.finalbody.length) {
        const inner = joinPreds([exitLine(s.orelse.length ? s.orelse : s.body), ...s.handlers.map((h) => exitLine(h.body))]);
        return inner === null ? null : inner === undefined ? undefined : exitLine(s.finalbody);
      }
      return joinPreds([exitLine(s.orelse.length ? s.orelse : s.body), ...s.handlers.map((h) => exitLine(h.body))]);
    }
    case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef':
      return s.decorator_list.length ? undefined : s.lineno;
    case 'Expr': case 'Assign': case 'AugAssign': case 'AnnAssign': case 'Pass': case 'Delete':
    case 'Import': case 'ImportFrom': case 'Assert':
      return s.lineno;
    default:
      return undefined;
  }
}

/** Several predecessors: one line if only one of them falls through, else -1. */
function joinPreds(preds: (number | null | undefined)[]): number | null | undefined {
  if (preds.includes(undefined)) return undefined;
  const live = preds.filter((p) => p !== null) as number[];
  if (live.length === 0) return null;
  return live.length === 1 ? live[0] : -1;
}

/** Lines of the `break`s that leave this loop; undefined for shapes not modelled. */
function breakLines(body: A.Stmt[]): number[] | undefined {
  const out: number[] = [];
  let ok = true;
  A.walk({ _type: 'Module', body, type_ignores: [] } as A.Node, (n) => {
    if (n._type === 'Break') out.push((n as A.Break).lineno);
    if (n._type === 'Try' && (n as A.Try).finalbody.length) ok = false;
    return !['For', 'AsyncFor', 'While', 'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Lambda'].includes(n._type);
  });
  return ok ? out : undefined;
}

/** Builtins that only look at an argument. */
const LOOKERS = new Set(['print', 'str', 'repr', 'type', 'isinstance', 'len', 'format', 'id', 'bool', 'hash']);

/** May the handler body keep the exception alive past its end (store `name`, re-raise it, ask
 *  sys.exc_info(), capture it in a closure...)? */
export function keepsException(body: A.Stmt[], name: string | null): boolean {
  let keeps = false;
  for (const s of body) {
    A.walk(s, (n, parent) => {
      if (keeps) return false;
      if (n._type === 'Name' && (n as A.Name).id === 'exc_info') keeps = true;
      if (n._type === 'Attribute' && ['exc_info', '__traceback__', 'with_traceback'].includes((n as A.Attribute).attr)) keeps = true;
      if (['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Lambda', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp'].includes(n._type)) {
        if (name !== null && mentions(n, name)) keeps = true;
        return false;
      }
      if (name !== null && n._type === 'Name' && (n as A.Name).id === name && !onlyLooks(n as A.Name, parent)) keeps = true;
      return undefined;
    });
  }
  return keeps;
}

function mentions(n: A.Node, name: string): boolean {
  let found = false;
  A.walk(n, (x) => { if (x._type === 'Name' && (x as A.Name).id === name) found = true; });
  return found;
}

/** `e` read where the value cannot be stored: an argument of print/str/repr..., an f-string
 *  field, an attribute read, a comparison operand. */
function onlyLooks(n: A.Name, parent: A.Node | null): boolean {
  if (n.ctx !== 'Load' || !parent) return false;
  switch (parent._type) {
    case 'Call': {
      const c = parent as A.Call;
      return c.func !== n && c.func._type === 'Name' && LOOKERS.has(c.func.id) && c.args.includes(n);
    }
    case 'FormattedValue': case 'Attribute': case 'Compare':
      return true;
    default:
      return false;
  }
}

// ------------------------------------------------------------------ emission

/** `line, "file"` of a release point. */
export function where(ctx: FnCtx, line: number): Frag {
  return [String(line), ', ', str(ctx.m.opts.filename)];
}

/** An argument or operand; a coroutine-function call in it is `$.callFresh(f, ...)`. */
export function temp(ctx: FnCtx, x: A.Expr): Frag {
  if (!isCoroutineCall(ctx.m, x)) return arg(expr(ctx, x));
  return arg(rt(ctx, x, 'callFresh', [arg(expr(ctx, x.func)), ...x.args.map((a) => arg(expr(ctx, a)))]));
}

/** Does a call pass a coroutine temporary (so it is emitted as `$.callT`/`$.callKwT`)? */
export function passesTemps(ctx: FnCtx, c: A.Call): boolean {
  return !c.args.some((a) => a._type === 'Starred') && !c.keywords.some((k) => k.arg === null) &&
    c.args.some((a) => isCoroutineCall(ctx.m, a));
}

/** `f(g(), k=v)` with `f` already emitted. */
export function tempCall(ctx: FnCtx, c: A.Call, f: Frag): E {
  const pos = c.args.map((a) => temp(ctx, a));
  if (!c.keywords.length) return rt(ctx, c, 'callT', [where(ctx, c.lineno), f, ...pos]);
  return rt(ctx, c, 'callKwT', [where(ctx, c.lineno), f, ['[', join(pos, ', '), ']'], keywords(ctx, c.keywords)]);
}

/** Does a `try` body (this frame only) contain a call emitted by tempCall? */
export function triesTemps(ctx: FnCtx, body: A.Stmt[]): boolean {
  let found = false;
  for (const s of body) {
    A.walk(s, (n) => {
      if (found || ['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Lambda'].includes(n._type)) return false;
      if (n._type === 'Call' && passesTemps(ctx, n as A.Call)) found = true;
      return undefined;
    });
  }
  return found;
}

/** After an except block's body (`excJs` its exception): `$.excDone($exc, line, file);` when
 *  the exception certainly dies there. */
export function handlerEnd(ctx: FnCtx, h: A.ExceptHandler, excJs: string): Frag[] {
  const line = exitLine(h.body);
  if (typeof line !== 'number' || keepsException(h.body, h.name)) return [];
  return [['$.excDone(', excJs, ', ', where(ctx, line), ');']];
}

// `return`/`break`/`continue` leaving an except block delete its exception first, at their line.
interface OpenHandler { excJs: string; loops: number; release: boolean }
const openHandlers = new WeakMap<FnCtx, OpenHandler[]>();

/** Around an except block's body: `release` when its exception dies where the block is left
 *  (not when a `finally` or `with` inside it would run code first). */
export function enterHandler(ctx: FnCtx, h: A.ExceptHandler, excJs: string, release: boolean): void {
  let st = openHandlers.get(ctx);
  if (!st) openHandlers.set(ctx, st = []);
  const ok = release && !keepsException(h.body, h.name) && !h.body.some(runsCodeOnExit);
  st.push({ excJs, loops: ctx.loops.length, release: ok });
}
export function leaveHandler(ctx: FnCtx): void { openHandlers.get(ctx)?.pop(); }

function runsCodeOnExit(s: A.Stmt): boolean {
  let found = false;
  A.walk(s, (n) => {
    if ((n._type === 'Try' && (n as A.Try).finalbody.length) || n._type === 'With' || n._type === 'AsyncWith') found = true;
    return !found && !['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Lambda'].includes(n._type);
  });
  return found;
}

/** The `$.excDone(...)` a `return`/`break`/`continue` at `line` must run first, if any: only the
 *  innermost except block is visible (an inner catch's `$exc` hides the outer one). */
export function leavingHandler(ctx: FnCtx, kind: 'return' | 'loop', line: number): Frag | undefined {
  const top = openHandlers.get(ctx)?.at(-1);
  if (!top || !top.release) return undefined;
  if (kind === 'loop' && top.loops < ctx.loops.length) return undefined;
  return ['$.excDone(', top.excJs, ', ', where(ctx, line), ')'];
}
