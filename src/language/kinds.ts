// What kind of value an expression holds: a coroutine function, a coroutine object, a Task, a
// Future, an event loop, an asyncio primitive... Built on the bindings of model.ts.
import type * as A from '../translator/ast';
import type { Binding, Model, ValueKind } from './model';

/** asyncio functions that are coroutine functions: calling one makes a coroutine object. */
export const ASYNCIO_COROUTINE_FUNCTIONS = new Set([
  'asyncio.sleep', 'asyncio.wait', 'asyncio.wait_for', 'asyncio.to_thread', 'asyncio.open_connection',
  'asyncio.start_server', 'asyncio.create_subprocess_exec', 'asyncio.create_subprocess_shell',
]);

/** Calls of qualified names whose result kind is known. */
const CALL_RESULTS: Record<string, ValueKind> = {
  'asyncio.create_task': 'task', 'asyncio.ensure_future': 'task', 'asyncio.gather': 'gather',
  'asyncio.shield': 'future', 'asyncio.Future': 'future', 'asyncio.Task': 'task',
  'asyncio.get_running_loop': 'loop', 'asyncio.get_event_loop': 'loop', 'asyncio.new_event_loop': 'loop',
  'asyncio.Queue': 'queue', 'asyncio.LifoQueue': 'queue', 'asyncio.PriorityQueue': 'queue',
  'asyncio.Lock': 'lock', 'asyncio.Event': 'event', 'asyncio.Semaphore': 'semaphore',
  'asyncio.BoundedSemaphore': 'semaphore', 'asyncio.Condition': 'condition', 'asyncio.TaskGroup': 'taskgroup',
};

/** Methods by receiver kind, and what calling them gives. */
const METHOD_RESULTS: Partial<Record<ValueKind, Record<string, ValueKind>>> = {
  loop: { create_task: 'task', create_future: 'future', run_in_executor: 'future' },
  taskgroup: { create_task: 'task' },
  queue: { get: 'coroutine', put: 'coroutine', join: 'coroutine' },
  lock: { acquire: 'coroutine' },
  semaphore: { acquire: 'coroutine' },
  event: { wait: 'coroutine' },
  condition: { acquire: 'coroutine', wait: 'coroutine', wait_for: 'coroutine' },
};

export interface CallInfo {
  kind: ValueKind;
  /** What was called, as the hover and messages name it: `asyncio.create_task`, `fetch`, `Queue.get`. */
  origin: string;
}

/** The kind of value a binding holds (cached). */
export function bindingKind(m: Model, b: Binding): ValueKind {
  if (b.kind) return b.kind;
  const cached = m.kindCache.get(b);
  if (cached) return cached;
  m.kindCache.set(b, 'other'); // guards against cycles such as `x = x`
  let k: ValueKind = 'other';
  if (b.value) k = exprKind(m, b.value) ?? 'other';
  else if (b.withExpr) k = withKind(m, b.withExpr);
  m.kindCache.set(b, k);
  return k;
}

/** `async with X as name`: a TaskGroup (or a Lock...) gives itself; anything else is unknown. */
function withKind(m: Model, e: A.Expr): ValueKind {
  const k = exprKind(m, e);
  return k === 'taskgroup' ? 'taskgroup' : 'other';
}

/** The kind of value an expression evaluates to, or null when unknown. */
export function exprKind(m: Model, e: A.Expr): ValueKind | null {
  switch (e._type) {
    case 'Name': {
      const b = m.lookup(e.id, e);
      return b ? bindingKind(m, b) : null;
    }
    case 'Call':
      return callInfo(m, e)?.kind ?? null;
    case 'Attribute': {
      const q = m.qualified(e);
      if (q && q in CALL_RESULTS && /^[A-Z]/.test(e.attr)) return 'class';
      if (q && ASYNCIO_COROUTINE_FUNCTIONS.has(q)) return 'coroutine function';
      return asyncMethod(m, e) ? 'coroutine function' : null;
    }
    default:
      return null;
  }
}

/** What a call produces, when we know. */
export function callInfo(m: Model, c: A.Call): CallInfo | null {
  const f = c.func;
  const q = m.qualified(f);
  if (q) {
    if (ASYNCIO_COROUTINE_FUNCTIONS.has(q)) return { kind: 'coroutine', origin: q };
    if (q in CALL_RESULTS) return { kind: CALL_RESULTS[q], origin: q };
    return null;
  }
  if (f._type === 'Name') {
    const b = m.lookup(f.id, f);
    if (b && bindingKind(m, b) === 'coroutine function') return { kind: 'coroutine', origin: f.id };
    return null;
  }
  if (f._type === 'Attribute') {
    const recv = exprKind(m, f.value);
    const r = recv ? METHOD_RESULTS[recv]?.[f.attr] : undefined;
    if (recv && r) return { kind: r, origin: `${KIND_CLASS[recv] ?? recv}.${f.attr}` };
    if (asyncMethod(m, f)) return { kind: 'coroutine', origin: `self.${f.attr}` };
  }
  return null;
}

/** Class names used in messages for a receiver kind. */
export const KIND_CLASS: Partial<Record<ValueKind, string>> = {
  loop: 'loop', taskgroup: 'TaskGroup', queue: 'Queue', lock: 'Lock', semaphore: 'Semaphore',
  event: 'Event', condition: 'Condition', task: 'Task', future: 'Future',
};

/** `self.m` inside a method, where `m` is an `async def` of the same class. */
function asyncMethod(m: Model, a: A.Attribute): boolean {
  if (a.value._type !== 'Name') return false;
  const fn = m.funcOf(a);
  if (fn._type !== 'FunctionDef' && fn._type !== 'AsyncFunctionDef') return false;
  const first = fn.args.posonlyargs[0] ?? fn.args.args[0];
  if (!first || first.arg !== a.value.id) return false;
  const cls = m.scopeOf(fn);
  if (cls._type !== 'ClassDef') return false;
  const defs = m.bindingsIn(cls, a.attr);
  return defs.length > 0 && defs[defs.length - 1].kind === 'coroutine function';
}

/** True when the call makes a coroutine object. */
export function isCoroutineCall(m: Model, c: A.Call): boolean {
  return callInfo(m, c)?.kind === 'coroutine';
}
