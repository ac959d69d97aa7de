// ALAB001 coroutine never awaited, ALAB008 gather(...) not awaited, ALAB005 await outside async def.
import type * as A from '../translator/ast';
import { walk } from '../translator/ast';
import type { QuickFix, Rule, RuleContext } from './diagnostics';
import { callInfo } from './kinds';
import type { Model } from './model';

/** Calls whose argument is only looked at, never awaited: `print(f())` loses the coroutine. */
const CONSUMERS = new Set(['builtins.print', 'builtins.str', 'builtins.repr', 'builtins.bool', 'builtins.len']);

/**
 * Where a call's result is dropped or only inspected, a short description of that place
 * (`a statement`, `print(...)`, ...); null when the result goes somewhere it may be awaited later.
 */
export function droppedContext(m: Model, call: A.Call): string | null {
  const p = m.parent(call);
  if (!p) return null;
  switch (p._type) {
    case 'Expr':
      return 'is a statement on its own';
    case 'Assign': {
      if (p.targets.length !== 1 || p.targets[0]._type !== 'Name') return null;
      const name = p.targets[0].id;
      if (name === '_') return 'is assigned to `_`';
      // a cell's top-level variable may be read by a later cell
      if (m.opts.cell && m.funcOf(call)._type === 'Module') return null;
      return neverRead(m, call, name) ? `is stored in \`${name}\`, which is never used` : null;
    }
    case 'If': case 'While': case 'IfExp': case 'Assert':
      return p.test === call ? 'is used as a condition (a coroutine object is always true)' : null;
    case 'BoolOp': case 'Compare': case 'UnaryOp':
      return 'is used as a value in an expression (a coroutine object is always true)';
    case 'FormattedValue':
      return 'is formatted into a string';
    case 'Call': {
      const q = m.qualified(p.func);
      return q && CONSUMERS.has(q) && p.args.includes(call) ? `is passed to \`${q.slice(9)}()\`, which does not await it` : null;
    }
    default:
      return null;
  }
}

function neverRead(m: Model, at: A.Node, name: string): boolean {
  let read = false;
  walk(m.funcOf(at), (n) => {
    if (read) return false;
    if (n._type === 'Name' && n.id === name && n.ctx === 'Load') read = true;
  });
  return !read;
}

function addAwait(ctx: RuleContext, call: A.Call): QuickFix | undefined {
  if (!ctx.m.inAsync(call)) return undefined;
  return { title: 'Add `await`', edits: [{ line: call.lineno, col: call.col_offset, endLine: call.lineno, endCol: call.col_offset, newText: 'await ' }] };
}

function calleeText(ctx: RuleContext, call: A.Call): string {
  return ctx.src.of(call.func).replace(/\s+/g, ' ');
}

const unawaited: Rule = (n, ctx) => {
  if (n._type !== 'Call') return;
  const info = callInfo(ctx.m, n);
  if (!info || (info.kind !== 'coroutine' && info.kind !== 'gather')) return;
  const where = droppedContext(ctx.m, n);
  if (!where) return;
  const callee = calleeText(ctx, n);
  if (info.kind === 'gather') {
    ctx.report('ALAB008', n, `\`${callee}(...)\` is not awaited: its result ${where}, so the results ` +
      'and exceptions of the awaitables are lost; `await` it', addAwait(ctx, n));
    return;
  }
  const how = ctx.m.inAsync(n) ? 'add `await`, or schedule it with `asyncio.create_task`'
    : 'await it inside an `async def`, or run it with `asyncio.run`';
  ctx.report('ALAB001', n, `\`${callee}()\` makes a coroutine object that is never awaited: the result ${where}, ` +
    `and the coroutine's body never runs; ${how}`, addAwait(ctx, n));
};

const KEYWORD: Record<string, string> = { Await: 'await', AsyncFor: 'async for', AsyncWith: 'async with' };

const awaitOutside: Rule = (n, ctx) => {
  const kw = KEYWORD[n._type];
  const comp = n._type === 'comprehension' && n.is_async;
  if (!kw && !comp) return;
  const at = n as A.Located;
  if (comp) {
    // `async for` inside a comprehension: locate it at the comprehension's target.
    const c = n as A.Comprehension;
    if (ctx.m.inAsync(c.target)) return;
    ctx.report('ALAB005', c.target, '`async for` in a comprehension outside an `async def`', undefined, 'error');
    return;
  }
  if (ctx.m.inAsync(n)) return;
  const fn = ctx.m.funcOf(n);
  const range = { lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.lineno, end_col_offset: at.col_offset + kw.length };
  const why = fn._type === 'Module'
    ? `\`${kw}\` outside an \`async def\` is a SyntaxError in a .py file; move it into an \`async def main()\` and run that with \`asyncio.run(main())\``
    : `\`${kw}\` inside a plain \`${fn._type === 'Lambda' ? 'lambda' : 'def'}\` is a SyntaxError; make the function \`async def\``;
  ctx.report('ALAB005', range, why, undefined, 'error');
};

export const awaitRules: Rule[] = [unawaited, awaitOutside];
