// Hover content at a position: finds the innermost node under the cursor, resolves it through
// imports and aliases, and picks the entry of hoverData.ts, or says what a variable holds.
import type * as A from '../translator/ast';
import { walk } from '../translator/ast';
import { parse } from '../translator/parser';
import { DEMO_TITLES, HOVER_ALIASES, HOVERS, type HoverEntry } from './hoverData';
import { bindingKind, callInfo } from './kinds';
import { Model, type Binding, type ValueKind } from './model';
import { contains, type Pos } from './text';
import { lastRunSection } from './runFacts';
import type { TraceEvent } from '../runtime/trace';

export interface HoverResult {
  /** The hoverData key used, or `variable:<kind>`. */
  key: string;
  markdown: string;
  /** The hovered word (1-based lines, 0-based columns). */
  range: { line: number; col: number; endLine: number; endCol: number };
}

export interface HoverOptions {
  cell?: boolean;
  /** Trace of the last run of this cell on the kernel: adds what really happened to its tasks. */
  trace?: readonly TraceEvent[];
  /** The file name the cell ran under (`<cell 2>`), to tell its lines from other cells'. */
  traceFile?: string;
  /** A cell's earlier cells (src/language/cells.ts `cellContext`), so the names they define resolve. */
  context?: string;
}

/** Hover at `pos` (line 1-based, col 0-based), or null when we have nothing to say. */
export function hoverAt(source: string, pos: Pos, opts: HoverOptions = {}): HoverResult | null {
  const context = opts.context ?? '';
  const shift = context === '' ? 0 : context.split(/\r\n|\r|\n/).length - 1;
  const text = context + source;
  const at = { line: pos.line + shift, col: pos.col };
  const { module } = parse(text, '<hover>', { allowTopLevelAwait: !!opts.cell });
  const m = new Model(module, { cell: !!opts.cell });
  let best: A.Node | null = null;
  walk(module, (n) => {
    const loc = n as Partial<A.Located>;
    if (loc.lineno === undefined) return;
    if (!contains(n as A.Located, at)) return n._type === 'Module' ? undefined : false;
    best = n;
  });
  if (!best) return null;
  const h = hoverNode(m, best, at, text.split(/\r\n|\r|\n/), shift);
  if (!h) return null;
  h.range = { ...h.range, line: h.range.line - shift, endLine: h.range.endLine - shift };
  if (opts.trace) {
    const call = callLine(m, best);
    h.markdown += lastRunSection(opts.trace, coroutineFunctionOf(m, best), { file: opts.traceFile, line: call === undefined ? undefined : call - shift });
  }
  return h;
}

/** The line of the call whose callee is the hovered node (where its coroutine object is made). */
function callLine(m: Model, n: A.Node): number | undefined {
  const parent = m.parent(n);
  return parent?._type === 'Call' && parent.func === n ? parent.lineno : undefined;
}

/** The coroutine function a hovered node is about: its def, a call of it, or a Task made from one. */
function coroutineFunctionOf(m: Model, n: A.Node): string | null {
  if (n._type === 'AsyncFunctionDef') return n.name;
  if (n._type !== 'Name' && n._type !== 'Attribute') return null;
  const name = n._type === 'Name' ? n.id : n.attr;
  const parent = m.parent(n);
  if (parent?._type === 'Call' && parent.func === n && callInfo(m, parent)?.kind === 'coroutine') return name;
  if (n._type !== 'Name') return null;
  const b = m.lookup(n.id, n);
  if (!b) return null;
  if (bindingKind(m, b) === 'coroutine function') return n.id;
  // a coroutine object or Task: `t = asyncio.create_task(fetch())` → fetch
  let v: A.Expr | undefined = b.value;
  while (v && v._type === 'Call') {
    const info = callInfo(m, v);
    if (info?.kind === 'coroutine' && v.func._type === 'Name') return v.func.id;
    v = info?.kind === 'task' ? v.args[0] : undefined;
  }
  return null;
}

function hoverNode(m: Model, n: A.Node, pos: Pos, lines: string[], shift: number): HoverResult | null {
  const word = (line: number, col: number, len: number) => ({ line, col, endLine: line, endCol: col + len });
  switch (n._type) {
    case 'AsyncFunctionDef': {
      const text = lines[n.lineno - 1] ?? '';
      const head = /async\s+def\s+(\w+)/.exec(text.slice(n.col_offset));
      if (pos.line !== n.lineno || !head || pos.col > n.col_offset + head[0].length) return null;
      return render('async def', HOVERS['async def'], word(n.lineno, n.col_offset, head[0].length), `\`${n.name}\` is a coroutine function`);
    }
    case 'Await':
      if (pos.line !== n.lineno || pos.col > n.col_offset + 5) return null;
      return render('await', HOVERS.await, word(n.lineno, n.col_offset, 5));
    case 'Name':
    case 'Attribute':
      return hoverRef(m, n, pos, shift);
    default:
      return null;
  }
}

function hoverRef(m: Model, n: A.Name | A.Attribute, pos: Pos, shift: number): HoverResult | null {
  const range = n._type === 'Name'
    ? { line: n.lineno, col: n.col_offset, endLine: n.end_lineno, endCol: n.end_col_offset }
    : { line: n.end_lineno, col: n.end_col_offset - n.attr.length, endLine: n.end_lineno, endCol: n.end_col_offset };
  if (n._type === 'Attribute' && (pos.line < range.line || pos.col < range.col)) return null;
  const parent = m.parent(n);
  const call = parent?._type === 'Call' && parent.func === n ? parent : null;
  const q = m.qualified(n);
  if (q) {
    let key = HOVER_ALIASES[q] ?? q;
    if (key === 'asyncio.sleep' && call && isZero(call.args[0])) key = 'asyncio.sleep(0)';
    if (key === 'time.sleep' && m.inAsyncDef(n)) key = 'time.sleep (async)';
    const entry = HOVERS[key];
    return entry ? render(key, entry, range) : null;
  }
  if (n._type === 'Attribute') {
    const k = methodKey(m, n);
    if (k) return render(k, HOVERS[k], range);
  }
  if (call && callInfo(m, call)?.kind === 'coroutine') {
    return render('coroutine call', HOVERS['coroutine call'], range, `\`${n._type === 'Name' ? n.id : n.attr}(...)\` makes a coroutine object`);
  }
  if (n._type === 'Name') {
    const b = m.lookup(n.id, n);
    if (b) return variable(m, n.id, b, range, b.line > shift ? `line ${b.line - shift}` : 'an earlier cell');
  }
  return null;
}

function isZero(e: A.Expr | undefined): boolean {
  if (!e || e._type !== 'Constant') return false;
  const v = e.value as unknown;
  return v === 0n || (typeof v === 'object' && v !== null && (v as { float?: number }).float === 0);
}

const RECEIVER_PREFIX: Partial<Record<ValueKind, string>> = {
  loop: 'loop', taskgroup: 'TaskGroup', future: 'Future', task: 'Future', gather: 'Future',
  queue: 'asyncio.Queue', lock: 'asyncio.Lock', event: 'asyncio.Event', semaphore: 'asyncio.Semaphore',
};
const LOOP_ONLY = new Set(['call_soon', 'call_later', 'call_at', 'run_in_executor', 'create_future']);
const FUTURE_ONLY = new Set(['set_result', 'set_exception', 'add_done_callback']);

/** `fut.set_result`, `loop.call_soon`, `tg.create_task`...: the hoverData key, if any. */
function methodKey(m: Model, a: A.Attribute): string | null {
  const recv = bindingKindOf(m, a.value);
  const prefix = recv ? RECEIVER_PREFIX[recv] : undefined;
  const candidates: string[] = [];
  if (prefix?.startsWith('asyncio.')) candidates.push(prefix);
  else if (prefix) candidates.push(`${prefix}.${a.attr}`);
  if (LOOP_ONLY.has(a.attr)) candidates.push(`loop.${a.attr}`);
  if (FUTURE_ONLY.has(a.attr)) candidates.push(`Future.${a.attr}`);
  return candidates.find((k) => HOVERS[k]) ?? null;
}

function bindingKindOf(m: Model, e: A.Expr): ValueKind | null {
  if (e._type === 'Name') {
    const b = m.lookup(e.id, e);
    return b ? bindingKind(m, b) : null;
  }
  if (e._type === 'Call') return callInfo(m, e)?.kind ?? null;
  return null;
}

const HOLDS: Partial<Record<ValueKind, [string, string]>> = {
  coroutine: ['a **coroutine object**', 'Nothing has run yet: `await` it (once), or schedule it with `asyncio.create_task`.'],
  task: ['a **Task**', 'It is already scheduled and runs whether or not it is awaited; `await` it for its result or exception.'],
  future: ['a **Future**', 'It is done once something sets its result or exception (or cancels it); `await` it to wait for that.'],
  gather: ['the **Future** returned by `gather`', 'Its children already run as Tasks; `await` it for the list of results.'],
  loop: ['the **event loop**', 'Use it for `create_future`, `call_soon`, `call_later`, `run_in_executor`.'],
  taskgroup: ['a **TaskGroup**', 'Tasks made with `create_task` on it are awaited when the `async with` block ends.'],
  queue: ['an **asyncio.Queue**', '`await q.put(x)` and `await q.get()` are coroutines: they must be awaited.'],
  lock: ['an **asyncio.Lock**', 'Use `async with` on it.'],
  semaphore: ['an **asyncio.Semaphore**', 'Use `async with` on it.'],
  event: ['an **asyncio.Event**', '`await event.wait()` suspends until `event.set()`.'],
};

function variable(m: Model, name: string, b: Binding, range: HoverResult['range'], where: string): HoverResult | null {
  const kind = bindingKind(m, b);
  if (kind === 'coroutine function') {
    return render('async def', HOVERS['async def'], range, `\`${name}\` is a coroutine function (${where})`);
  }
  const holds = HOLDS[kind];
  if (!holds) return null;
  const from = b.value?._type === 'Call' ? callInfo(m, b.value)?.origin : undefined;
  const md = `\`${name}\` holds ${holds[0]}${from ? ` (from \`${from}(...)\`, ${where})` : ''}.\n\n${holds[1]}`;
  return { key: `variable:${kind}`, markdown: md, range };
}

/** Markdown of an entry: heading, text, the two-line example, and the demo link. */
export function renderEntry(entry: HoverEntry, heading?: string): string {
  const args = encodeURIComponent(JSON.stringify([entry.demo]));
  const demo = DEMO_TITLES[entry.demo] ?? entry.demo;
  const head = heading ? `**${heading}** (${entry.title})` : `**${entry.title}**`;
  return `${head}\n\n${entry.text}\n\n` +
    '```python\n' + entry.example.join('\n') + '\n```\n\n' +
    `[Demo: ${demo}](command:asyncio-lab.openDemo?${args})`;
}

function render(key: string, entry: HoverEntry, range: HoverResult['range'], heading?: string): HoverResult {
  return { key, markdown: renderEntry(entry, heading), range };
}
