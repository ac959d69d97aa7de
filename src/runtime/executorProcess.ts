// ProcessPoolExecutor workers as virtual processes, modelled on CPython 3.11 on Linux (the fork
// start method):
// - All worker processes are forked at the first submit, so each starts with a copy of
//   `__main__` as it was then. What a worker changes in its module globals stays in that worker
//   (and is still there for its next job); the parent never sees it.
// - The function, the arguments and the result are pickled (executorPickle.ts).
// - An exception raised in a worker reaches the parent as a pickled copy whose __cause__ is a
//   `_RemoteTraceback` carrying the worker's formatted traceback.
// - What a worker prints appears as it prints it, as with a terminal, Jupyter, or
//   PYTHONUNBUFFERED=1 (with stdout block-buffered into a pipe, CPython would show it at exit).
// - A pickling error is raised where CPython's pickler raises it (the queue feeder for the call,
//   the worker's _sendback_result for the result), with those library frames in its traceback.
// Not modelled: objects shared through module attributes or class attributes (the copy of
// `__main__` is one level of containers and instances deep; classes, functions and modules are
// shared), and the order of jobs between workers, which in CPython depends on the OS scheduler:
// here the lowest free worker takes the next job.
import { None, isClass, typeOf, tuple, allocate, PyObject, nativeClass, PyFloat } from './py/object';
import { E, PyBaseException } from './py/exceptions';
import { PyDict } from './py/dict';
import { PyAnySet, PySet, setAdd } from './py/set';
import { registerVirtualFrame, materialize, virtualSegment, STDLIB_PREFIX, Frame } from './py/traceback';
import { formatException } from './py/tbformat';
import { call } from './py/call';
import { loadedModule } from './py/modules';
import { pickled, copyInstanceDict } from './executorPickle';

export const RemoteTraceback = nativeClass({ name: '_RemoteTraceback', module: 'concurrent.futures.process', bases: [E.Exception], es: PyBaseException });
RemoteTraceback.prototype.__str__ = function (this: any) { return this.tb; };

type Globals = Map<string, any>;
/** sys.modules['__main__']: its attributes are the running program's (or notebook's) globals. */
const mainNamespace = (): any => loadedModule('__main__');

export class ProcessWorld {
  private image: Globals | undefined;
  private procs = new Map<number, Globals>();

  /** Fork the workers (once, at the first submit): they get `__main__` as it is now. */
  fork() {
    if (this.image !== undefined) return;
    this.image = forkCopy(ownGlobals(mainNamespace()));
  }

  /** Run `body` inside worker `slot`, with that worker's module globals. */
  run<T>(slot: number, body: () => T): T {
    const G = mainNamespace();
    const parent = ownGlobals(G);
    let mine = this.procs.get(slot);
    if (mine === undefined) mine = forkCopy(this.image ?? parent);
    setGlobals(G, mine);
    try {
      return body();
    } finally {
      this.procs.set(slot, ownGlobals(G));
      setGlobals(G, parent);
    }
  }

  /** The workers exit (shutdown); a later submit forks new ones. */
  exit() {
    this.procs.clear();
    this.image = undefined;
  }
}


/** The world of a ProcessPoolExecutor (kept on the executor). */
export function processWorld(executor: any): ProcessWorld {
  return executor.$world ??= new ProcessWorld();
}
export function isProcessPool(executor: any): boolean {
  return (executor?.$cls?.$mro ?? []).some((c: any) => c.$name === 'ProcessPoolExecutor');
}

/** The call item as the worker unpickles it: [fn, args], or the pickling error. */
export function sendCall(fn: any, args: any[]): { fn: any; args: any[] } | { error: PyBaseException } {
  try {
    const memo = new Map();
    return { fn: pickled(fn, memo), args: args.map((a) => pickled(a, memo)) };
  } catch (x) {
    if (!(x instanceof PyBaseException)) throw x;
    return { error: withRemoteCause(raisedIn(x, FEED)) };
  }
}

/** concurrent/futures/process.py _process_worker: the line that calls the job. */
function concurrent_futures_process__process_worker(fn: any, args: any[]) {
  return call(fn, ...args);
}
registerVirtualFrame('concurrent_futures_process__process_worker', 'concurrent/futures/process.py', 261,
  '_process_worker', '            r = call_item.fn(*call_item.args, **call_item.kwargs)');

/** Run the job in the worker: the result or the exception, as the parent unpickles it. */
export function workerCall(fn: any, args: any[]): { result: any } | { error: PyBaseException } {
  let result: any;
  try {
    result = concurrent_futures_process__process_worker(fn, args);
  } catch (x) {
    if (!(x instanceof PyBaseException)) throw x;
    return { error: remote(x) };
  }
  try {
    return { result: pickled(result) };
  } catch (x) {
    if (!(x instanceof PyBaseException)) throw x;
    return { error: remote(raisedIn(x, SENDBACK)) };
  }
}

/** Library frames of the pickling steps (CPython 3.11.7 line numbers). */
function libFrame(file: string, line: number, name: string, text: string): Frame {
  const f: Frame = { file: `${STDLIB_PREFIX}/${file}`, line, name, text };
  const seg = virtualSegment(text);
  if (seg) { f.col = seg[0]; f.endCol = seg[1]; f.endLine = line; }
  return f;
}
const DUMPS = libFrame('multiprocessing/reduction.py', 51, 'dumps', 'cls(buf, protocol).dump(obj)');
const FEED = [libFrame('multiprocessing/queues.py', 244, '_feed', 'obj = _ForkingPickler.dumps(obj)'), DUMPS];
const SENDBACK = [
  libFrame('concurrent/futures/process.py', 217, '_sendback_result', 'result_queue.put(_ResultItem(work_id, result=result,'),
  libFrame('multiprocessing/queues.py', 371, 'put', 'obj = _ForkingPickler.dumps(obj)'), DUMPS,
];

/** A pickling error as raised inside the pickler, with those frames as its traceback. */
function raisedIn(e: PyBaseException, frames: Frame[]): PyBaseException {
  (e as any).$raw = undefined;
  (e as any).$frames = frames.slice();
  return e;
}

/** _on_queue_feeder_error: the error keeps its traceback and gets the text of it as __cause__. */
function withRemoteCause(e: PyBaseException): PyBaseException {
  (e as any).__cause__ = remoteTraceback(formatException(e));
  (e as any).__suppress_context__ = true;
  return e;
}

function remoteTraceback(text: string): PyBaseException {
  const cause: any = Reflect.construct(PyBaseException, [], RemoteTraceback);
  cause.tb = `\n"""\n${text}"""`;
  cause.args = tuple([cause.tb]);
  return cause;
}

/** _ExceptionWithTraceback + _rebuild_exc: a copy of `e`, caused by the worker's traceback. */
function remote(e: PyBaseException): PyBaseException {
  materialize(e);
  const frames: any[] = (e as any).$frames ?? [];
  const at = frames.findIndex((f) => f.name === '_process_worker' && String(f.file).endsWith('concurrent/futures/process.py'));
  (e as any).$frames = at >= 0 ? frames.slice(at) : frames;
  const text = formatException(e);
  let copy: PyBaseException;
  try { copy = pickled(e); } catch (x) { copy = x instanceof PyBaseException ? x : e; }
  (copy as any).__cause__ = remoteTraceback(text);
  (copy as any).__suppress_context__ = true;
  (copy as any).$frames = [];
  return copy;
}

// ------------------------------------------------------------------ module state

function ownGlobals(G: any): Globals {
  const m: Globals = new Map();
  if (G) for (const k of Object.keys(G)) m.set(k, G[k]);
  return m;
}

function setGlobals(G: any, want: Globals) {
  if (!G) return;
  for (const k of Object.keys(G)) if (!want.has(k)) delete G[k];
  for (const [k, v] of want) G[k] = v;
}

/** The fork's copy of module state: containers and instances copied, the rest shared. */
function forkCopy(src: Globals): Globals {
  const memo = new Map<any, any>();
  const out: Globals = new Map();
  for (const [k, v] of src) out.set(k, copyValue(v, memo));
  return out;
}

function copyValue(x: any, memo: Map<any, any>): any {
  if (x === null || typeof x !== 'object' || x === None || x instanceof PyFloat) return x;
  if (memo.has(x)) return memo.get(x);
  if (Array.isArray(x)) {
    if ((x as any).$t) return x;
    const r: any = (x as any).$nt ? allocate((x as any).$nt) : [];
    memo.set(x, r);
    for (const v of x) r.push(copyValue(v, memo));
    return r;
  }
  const C = typeOf(x);
  if (x instanceof PyDict && (C.$name === 'dict' || C.$user)) {
    const r: any = C.$user ? allocate(C) : new PyDict();
    memo.set(x, r);
    for (const [k, v] of x.$entries()) r.$set(k, copyValue(v, memo));
    copyInstanceDict(x, r, (v) => copyValue(v, memo));
    return r;
  }
  if (x instanceof PyAnySet && C.$name === 'set') {
    const r = new PySet();
    memo.set(x, r);
    for (const v of C.prototype.__iter__.call(x)) setAdd(r, v);
    return r;
  }
  if (x instanceof PyObject && C.$user && !isClass(x) && !(x instanceof PyBaseException)) {
    const r = allocate(C);
    memo.set(x, r);
    copyInstanceDict(x, r, (v) => copyValue(v, memo));
    return r;
  }
  return x;
}


