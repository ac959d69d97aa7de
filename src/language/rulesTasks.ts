// ALAB003 create_task result not kept, ALAB006 asyncio.wait given bare coroutines,
// ALAB007 CancelledError swallowed.
import type * as A from '../translator/ast';
import { children as childrenOf } from '../translator/ast';
import type { QuickFix, Rule, RuleContext } from './diagnostics';
import { callInfo, isCoroutineCall } from './kinds';

/** Walks `n`'s subtree without entering nested functions, classes or lambdas. */
function walkBody(nodes: A.Node[], visit: (n: A.Node) => void): void {
  const stack = [...nodes];
  while (stack.length) {
    const n = stack.pop()!;
    visit(n);
    if (n._type === 'FunctionDef' || n._type === 'AsyncFunctionDef' || n._type === 'Lambda' || n._type === 'ClassDef') continue;
    stack.push(...childrenOf(n));
  }
}
function freeName(ctx: RuleContext, base: string): string {
  for (let i = 0; ; i++) {
    const name = i ? `${base}${i}` : base;
    if (!new RegExp(`\\b${name}\\b`).test(ctx.src.text)) return name;
  }
}

const taskDropped: Rule = (n, ctx) => {
  if (n._type !== 'Expr' || n.value._type !== 'Call') return;
  const info = callInfo(ctx.m, n.value);
  if (!info || info.kind !== 'task' || info.origin === 'TaskGroup.create_task') return;
  const name = freeName(ctx, 'task');
  const inVariable: QuickFix = {
    title: `Keep the task in a variable (\`${name} = ...\`)`,
    edits: [{ line: n.lineno, col: n.col_offset, endLine: n.lineno, endCol: n.col_offset, newText: `${name} = ` }],
  };
  ctx.report('ALAB003', n.value, `The Task from \`${info.origin}()\` is not kept: the event loop holds only a weak ` +
    'reference, so it may be garbage-collected before it finishes, and its exception is never seen; ' +
    'keep it in a variable or a set (and await it)', [inVariable, inSet(n, ctx, name)]);
};

/** The pattern from the asyncio docs for fire-and-forget tasks: a module-level set holds each task
 *  until it is done (`add_done_callback(set.discard)`). */
function inSet(n: A.ExprStmt, ctx: RuleContext, name: string): QuickFix {
  const SET = 'background_tasks';
  const top = ctx.m.module.body.find((s) => s.lineno <= n.lineno && n.end_lineno <= s.end_lineno);
  const indent = ' '.repeat(n.col_offset);
  const edits: QuickFix['edits'] = [];
  if (top && !new RegExp(`\\b${SET}\\b`).test(ctx.src.text)) {
    edits.push({ line: top.lineno, col: 0, endLine: top.lineno, endCol: 0, newText: `${SET} = set()\n\n` });
  }
  edits.push({ line: n.lineno, col: n.col_offset, endLine: n.lineno, endCol: n.col_offset, newText: `${name} = ` });
  edits.push({ line: n.end_lineno, col: n.end_col_offset, endLine: n.end_lineno, endCol: n.end_col_offset,
    newText: `\n${indent}${SET}.add(${name})\n${indent}${name}.add_done_callback(${SET}.discard)` });
  return { title: `Keep the task in the set \`${SET}\` until it is done`, edits };
}

function coroutineElements(ctx: RuleContext, arg: A.Expr): A.Expr[] {
  if (arg._type === 'List' || arg._type === 'Tuple' || arg._type === 'Set') {
    return arg.elts.filter((e) => e._type === 'Call' && isCoroutineCall(ctx.m, e));
  }
  if (arg._type === 'ListComp' || arg._type === 'SetComp' || arg._type === 'GeneratorExp') {
    return arg.elt._type === 'Call' && isCoroutineCall(ctx.m, arg.elt) ? [arg.elt] : [];
  }
  return [];
}

const waitCoroutines: Rule = (n, ctx) => {
  if (n._type !== 'Call' || ctx.m.qualified(n.func) !== 'asyncio.wait') return;
  const arg = n.args[0] ?? n.keywords.find((k) => k.arg === 'fs')?.value;
  if (!arg) return;
  const bare = coroutineElements(ctx, arg);
  if (!bare.length) return;
  const aio = ctx.m.asyncioName(n) ?? 'asyncio';
  const fix: QuickFix = {
    title: `Wrap the coroutines in \`${aio}.create_task(...)\``,
    edits: bare.map((e) => ({ line: e.lineno, col: e.col_offset, endLine: e.end_lineno, endCol: e.end_col_offset, newText: `${aio}.create_task(${ctx.src.of(e)})` })),
  };
  ctx.report('ALAB006', arg, '`asyncio.wait()` is given bare coroutine objects: since Python 3.11 this raises ' +
    'TypeError; wrap each one in `asyncio.create_task(...)`', fix, 'error');
};

function catchesCancelled(ctx: RuleContext, t: A.Expr | null): string | null {
  if (!t) return 'a bare `except:`';
  if (t._type === 'Tuple') {
    for (const e of t.elts) { const r = catchesCancelled(ctx, e); if (r) return r; }
    return null;
  }
  if (t._type === 'Name' && t.id === 'BaseException' && !ctx.m.lookup(t.id, t)) return '`except BaseException`';
  const q = ctx.m.qualified(t);
  if (q === 'asyncio.CancelledError' || q === 'asyncio.exceptions.CancelledError') return '`except CancelledError`';
  return null;
}

const swallowed: Rule = (n, ctx) => {
  if (n._type !== 'Try' && n._type !== 'TryStar') return;
  if (!ctx.m.inAsync(n)) return;
  let suspends = false;
  walkBody(n.body, (x) => { if (x._type === 'Await' || x._type === 'AsyncFor' || x._type === 'AsyncWith') suspends = true; });
  if (!suspends) return; // cancellation arrives only at a suspension point
  for (const h of n.handlers) {
    const what = catchesCancelled(ctx, h.type);
    if (!what) continue;
    let reraises = false;
    walkBody(h.body, (x) => { if (x._type === 'Raise') reraises = true; });
    if (reraises) continue;
    const head = h.type ?? { lineno: h.lineno, col_offset: h.col_offset, end_lineno: h.lineno, end_col_offset: h.col_offset + 6 };
    ctx.report('ALAB007', head, `${what} swallows \`asyncio.CancelledError\` without re-raising it: the task ` +
      'carries on after `cancel()`, and timeouts and TaskGroups stop working; end the handler with `raise`');
  }
};

export const taskRules: Rule[] = [taskDropped, waitCoroutines, swallowed];
