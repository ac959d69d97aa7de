// ALAB002 blocking call inside async def, ALAB004 asyncio.run while a loop is running.
import type * as A from '../translator/ast';
import type { QuickFix, Rule, RuleContext, TextEdit } from './diagnostics';

/** Blocking calls we know, by qualified name; `time.sleep` has its own fix. */
export const BLOCKING_CALLS = new Set([
  'time.sleep', 'builtins.input',
  'requests.get', 'requests.post', 'requests.put', 'requests.patch', 'requests.delete', 'requests.head',
  'requests.options', 'requests.request',
  'urllib.request.urlopen',
  'subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output',
]);

/** The name to write for module asyncio here, and an edit importing it when it is missing. */
function asyncioRef(ctx: RuleContext, at: A.Node): { name: string; imports: TextEdit[] } {
  const name = ctx.m.asyncioName(at);
  if (name) return { name, imports: [] };
  return { name: 'asyncio', imports: [{ line: 1, col: 0, endLine: 1, endCol: 0, newText: 'import asyncio\n' }] };
}

/** The text between a call's parentheses. */
function argsText(ctx: RuleContext, call: A.Call): string {
  const after = ctx.src.slice({ line: call.func.end_lineno, col: call.func.end_col_offset }, { line: call.end_lineno, col: call.end_col_offset });
  const open = after.indexOf('(');
  return open < 0 ? '' : after.slice(open + 1, after.lastIndexOf(')')).trim();
}

function blockingFix(ctx: RuleContext, call: A.Call, q: string): QuickFix {
  const aio = asyncioRef(ctx, call);
  const range = { line: call.lineno, col: call.col_offset, endLine: call.end_lineno, endCol: call.end_col_offset };
  const args = argsText(ctx, call);
  if (q === 'time.sleep') {
    return { title: `Use \`await ${aio.name}.sleep(...)\``, edits: [...aio.imports, { ...range, newText: `await ${aio.name}.sleep(${args})` }] };
  }
  const callee = ctx.src.of(call.func);
  return {
    title: `Run it in a thread: \`await ${aio.name}.to_thread(${callee}, ...)\``,
    edits: [...aio.imports, { ...range, newText: `await ${aio.name}.to_thread(${callee}${args ? `, ${args}` : ''})` }],
  };
}

const blocking: Rule = (n, ctx) => {
  if (n._type !== 'Call' || !ctx.m.inAsyncDef(n)) return;
  const q = ctx.m.qualified(n.func);
  if (!q || !BLOCKING_CALLS.has(q)) return;
  if (ctx.m.parent(n)?._type === 'Await') return;
  const name = q.startsWith('builtins.') ? q.slice(9) : q;
  const instead = q === 'time.sleep' ? '`await asyncio.sleep(...)` suspends only this coroutine'
    : '`await asyncio.to_thread(...)` runs it in a worker thread';
  ctx.report('ALAB002', n, `\`${name}()\` blocks the event loop inside \`async def\`: no other task or callback runs ` +
    `until it returns; ${instead}`, blockingFix(ctx, n, q));
};

const runInLoop: Rule = (n, ctx) => {
  if (n._type !== 'Call') return;
  if (ctx.m.qualified(n.func) !== 'asyncio.run') return;
  const fn = ctx.m.funcOf(n);
  if (fn._type === 'AsyncFunctionDef') {
    ctx.report('ALAB004', n, '`asyncio.run()` inside `async def`: a loop is already running here, so it raises ' +
      'RuntimeError; `await` the coroutine instead', undefined, 'error');
  } else if (ctx.cell && fn._type === 'Module') {
    ctx.report('ALAB004', n, '`asyncio.run()` in a notebook cell: the kernel\'s loop is already running, so it raises ' +
      'RuntimeError; use top-level `await` instead', undefined, 'error');
  }
};

export const blockingRules: Rule[] = [blocking, runInLoop];
