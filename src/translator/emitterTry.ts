// raise, try/except/else/finally, try/except*.
//
//   try {
//     ...body...
//   } catch ($e) {
//     const $exc = $.caught($e);        // JS error → Python exception; now "being handled"
//     try {
//       if ($.matches($exc, (G.ValueError ?? $.nameError("ValueError")))) {
//         e = $exc;
//         ...handler...
//         e = undefined;                // `except ... as e` unbinds e afterwards
//       } else {
//         throw $exc;                   // no handler matched: re-raise
//       }
//     } finally {
//       $.endExcept($exc);              // leaving the except block restores sys.exc_info()
//     }
//   }
//
// `else:` runs only when the body completed normally: the try is wrapped in a labelled block
// that the handlers leave with `break tryN` after handling. `finally` is JS `finally`.
// except* handlers go through `$.exceptStar($e)` (see RUNTIME_HELPERS_NEEDED.md).

import type * as A from './ast';
import { block, type Frag } from './emitterCode';
import { type DA, type FnCtx, meet, minus } from './emitterContext';
import { arg, expr } from './emitterExpr';
import { deletedNames } from './emitterFlow';
import { member } from './emitterNames';
import { body } from './emitterStmt';
import { resolveName, writeName } from './emitterVars';
import { enterHandler, handlerEnd, leaveHandler, triesTemps } from './emitterTemps';

export function raiseStmt(ctx: FnCtx, s: A.Raise): Frag[] {
  let line: Frag;
  if (!s.exc) {
    line = ['throw ', ctx.map(s, '$.reraise()'), ';'];
  } else {
    const exc = arg(expr(ctx, s.exc));
    const args: Frag[] = s.cause ? [exc, ', ', arg(expr(ctx, s.cause))] : [exc];
    line = ['throw ', ctx.map(s, ['$.raise(', args, ')']), ';'];
  }
  ctx.unreachable();
  return [line];
}

function union(a: DA, b: DA): DA {
  if (a === null || b === null) return null;
  return new Set([...a, ...b]);
}

export function tryStmt(ctx: FnCtx, s: A.Try | A.TryStar): Frag[] {
  const before = ctx.snapshot();
  // A handler may start after any statement of the body: only what was bound before counts.
  const handlerEntry = minus(before, deletedNames(ctx, s.body));
  const bodyLines = body(ctx, s.body);
  const label = s.orelse.length && s.handlers.length ? ctx.unique('try') : null;
  const elseLines = body(ctx, s.orelse);
  const normalEnd = ctx.da;

  let tryFrag: Frag;
  let afterHandlers: DA = normalEnd;
  if (s.handlers.length) {
    const { lines: catchLines, ends } = s._type === 'TryStar'
      ? exceptStarHandlers(ctx, s.handlers, handlerEntry)
      : exceptHandlers(ctx, s.handlers, handlerEntry, triesTemps(ctx, s.body));
    if (label) catchLines.push(`break ${label};`);
    afterHandlers = meet(normalEnd, ...ends);
    tryFrag = ['try ', block(bodyLines), ' catch ($e) ', block(catchLines)];
    if (label) tryFrag = [label, ': ', block([tryFrag, ...elseLines])];
  } else {
    tryFrag = ['try ', block(bodyLines)];
  }
  if (!s.finalbody.length) {
    ctx.da = afterHandlers;
    return [tryFrag];
  }
  // finally: entered from anywhere in the statement.
  ctx.da = minus(handlerEntry, deletedNames(ctx, [...s.handlers.flatMap((h) => h.body), ...s.orelse]));
  const finLines = body(ctx, s.finalbody);
  const finEnd = ctx.da;
  ctx.da = finEnd === null ? null : minus(union(afterHandlers, finEnd), deletedNames(ctx, s.finalbody));
  if (s.handlers.length && !label) {
    // try { } catch { } finally { } as one statement.
    return [[tryFrag, ' finally ', block(finLines)]];
  }
  return [['try ', block(label ? [tryFrag] : bodyLines), ' finally ', block(finLines)]];
}

interface HandlersOut { lines: Frag[]; ends: DA[] }

/** Binds `except ... as name` and emits the handler body plus the unbinding of the name;
 *  `release`: then the end of the exception (emitterTemps.ts handlerEnd). */
function handlerBody(ctx: FnCtx, h: A.ExceptHandler, excJs: string, release = false): Frag[] {
  const out: Frag[] = [];
  if (h.name) out.push(ctx.map(h, [writeName(ctx, h.name, excJs).f, ';']));
  enterHandler(ctx, h, excJs, release);
  out.push(...body(ctx, h.body));
  leaveHandler(ctx);
  if (h.name) {
    const r = resolveName(ctx, h.name);
    if (ctx.da !== null) {
      out.push(r.kind === 'global' ? `delete ${member('G', r.name)};` : r.kind === 'class' ? `delete ${member('ns', r.name)};` : `${r.js} = undefined;`);
    }
    ctx.unbind(r.name);
  }
  if (release && ctx.da !== null) out.push(...handlerEnd(ctx, h, excJs));
  return out;
}

function exceptHandlers(ctx: FnCtx, handlers: A.ExceptHandler[], entry: DA, release: boolean): HandlersOut {
  const ends: DA[] = [];
  const branches: { test: Frag | null; lines: Frag[] }[] = [];
  for (const h of handlers) {
    ctx.da = entry === null ? null : new Set(entry);
    ctx.resetTemps();
    const t = h.type ? ctx.map(h.type, ['$.matches($exc, ', arg(expr(ctx, h.type)), ')']) : null;
    branches.push({ test: t, lines: handlerBody(ctx, h, '$exc', release) });
    ends.push(ctx.da);
    if (!t) break; // a bare `except:` is last
  }
  // `if (...) {...} else if (...) {...} else { throw $exc; }`, built from the end.
  const last = branches[branches.length - 1];
  const catchAll = last.test === null;
  const tests = catchAll ? branches.slice(0, -1) : branches;
  let tail: Frag[] = catchAll ? last.lines : ['throw $exc;'];
  let tailIsIf = false;
  for (let i = tests.length - 1; i >= 0; i--) {
    const ifFrag: Frag = ['if (', tests[i].test!, ') ', block(tests[i].lines)];
    tail = [tail.length === 0 ? ifFrag : [ifFrag, ' else ', tailIsIf ? tail[0] : block(tail)]];
    tailIsIf = true;
  }
  return {
    lines: ['const $exc = $.caught($e);', ['try ', block(tail), ' finally ', block(['$.endExcept($exc);'])]],
    ends,
  };
}

function exceptStarHandlers(ctx: FnCtx, handlers: A.ExceptHandler[], entry: DA): HandlersOut {
  const ends: DA[] = [];
  const lines: Frag[] = ['const $eg = $.exceptStar($e);'];
  ctx.exceptStarDepth++;
  for (const h of handlers) {
    ctx.da = entry === null ? null : new Set(entry);
    ctx.resetTemps();
    const t = ctx.map(h.type ?? h, ['$eg.match(', h.type ? arg(expr(ctx, h.type)) : '$.None', ')']);
    const hb = handlerBody(ctx, h, '$eg.group');
    ends.push(entry === null ? null : meet(ctx.da, entry));
    lines.push(['if (', t, ') ', block([
      ['try ', block(hb), ' catch ($e) ', block(['$eg.raised($e);']), ' finally ', block(['$eg.endHandler();'])],
    ])]);
  }
  ctx.exceptStarDepth--;
  lines.push(ctx.map(handlers[0], '$eg.reraise();'));
  return { lines, ends };
}
