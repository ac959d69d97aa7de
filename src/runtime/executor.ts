// loop.run_in_executor / asyncio.to_thread on virtual threads: the oracle's _PoolModel and _Job
// (test/oracle/oracle.py). One thread runs at a time; a worker's time.sleep(s) suspends it for s
// virtual seconds; max_workers is honoured; threads are named asyncio_N / <prefix>_N.
//
// A worker body is a plain (synchronous) function, so a job runs to completion at its first step.
// Each time.sleep() inside it ends a "segment": what the worker printed in segment k is written
// when the oracle's step k runs (a call_at chain scheduled step by step, exactly as the oracle
// does), so output interleaves with the loop as in CPython. Other side effects of later segments
// happen early (see the report in executor.test.ts).
import { None } from './py/object';
import { E, pyErr, toPyException, PyBaseException } from './py/exceptions';
import { call, callKw, Kw } from './py/call';
import * as io from './py/io';
import { clock, loopTime, ActiveThread } from './eventsClock';
import { host, runIn, libFunction } from './eventsHost';
import { runningLoopOrUndefined, _set_running_loop } from './events';
import { Future, newFuture } from './futures';
import { emit } from './trace';
import { ProcessWorld, processWorld, isProcessPool, sendCall, workerCall } from './executorProcess';

let cpus = 2;
/** os.cpu_count() as the runtime reports it (sizes the default pools). */
export function cpuCount() { return cpus; }
export function setCpuCount(n: number) { cpus = n; }

type Out = [0 | 1, string];
interface Segment { out: Out[]; sleep: number | undefined }

/** Run `body` as a virtual worker thread named `name`: time.sleep inside it costs the thread's own
 *  virtual time (returned as the list of segments). Output is captured when the kernel's io
 *  supports it (io.getSinks), else written at once. */
export function runOnVirtualThread(name: string, body: () => void, start = loopTime()): Segment[] {
  const segs: Segment[] = [{ out: [], sleep: undefined }];
  let now = start;
  const thread: ActiveThread = {
    name,
    now: () => now,
    sleep: (s: number) => { segs[segs.length - 1].sleep = s; segs.push({ out: [], sleep: undefined }); now = now + s; },
  };
  const prevThread = clock.thread;
  const prevLoop = runningLoopOrUndefined();
  // The live module object (not an import snapshot): getSinks may be installed late.
  const ioAny = require('./py/io');
  const sinks = typeof ioAny.getSinks === 'function' ? ioAny.getSinks() : undefined;
  if (sinks) {
    io.setSinks((s: string) => segs[segs.length - 1].out.push([0, s]), (s: string) => segs[segs.length - 1].out.push([1, s]));
  }
  clock.thread = thread;
  _set_running_loop(None);
  try {
    body();
  } finally {
    clock.thread = prevThread;
    _set_running_loop(prevLoop ?? None);
    if (sinks) io.setSinks(sinks[0], sinks[1]);
  }
  if (!sinks) for (const s of segs) s.out = [];
  return segs;
}

/** Write a worker's captured output segment. */
export function flush(out: Out[]) {
  for (const [w, s] of out) if (w === 0) io.writeOut(s); else io.writeErr(s);
}

let jobIds = 0;

/** oracle._Job */
class Job {
  id = ++jobIds;
  segs: Segment[] | undefined;
  k = 0;
  result: any = None;
  exc: PyBaseException | undefined;
  stepFn: any;
  /** For a ProcessPoolExecutor: its workers, and the pickled call (or the pickling error). */
  world: ProcessWorld | undefined;
  sent: { fn: any; args: any[] } | { error: PyBaseException } | undefined;
  constructor(public loop: any, public pool: PoolModel, public func: any, public args: any[], public outer: Future) {
    this.stepFn = libFunction(() => { this.step(); return None; }, 'step', 'asyncio/events.py', 0, '_Job.step');
    this.stepFn.$pysrc = undefined;
  }
  /** The job in a worker process: pickled call in, pickled result (or exception) out. */
  runInProcess(world: ProcessWorld) {
    const sent = this.sent!;
    if ('error' in sent) { this.exc = sent.error; return; }
    const r = world.run(this.pool.slotOf(this), () => workerCall(sent.fn, sent.args));
    if ('error' in r) this.exc = r.error; else this.result = r.result;
  }
  step() {
    const loop = this.loop;
    if (this.segs === undefined) {
      const name = `${this.pool.prefix}_${this.pool.slotOf(this)}`;
      if (loop.$trace !== undefined) emit(loop.$trace, { k: 'thread', t: loopTime(), phase: 'start', thread: name, job: this.id, desc: describe(this.func) });
      this.segs = runOnVirtualThread(name, () => {
        if (this.world !== undefined) { this.runInProcess(this.world); return; }
        try { this.result = call(this.func, ...this.args); } catch (x) { this.exc = toPyException(x); }
      });
    }
    const seg = this.segs[this.k++];
    flush(seg.out);
    if (seg.sleep !== undefined) {
      const wake = loopTime() + seg.sleep;
      if (loop.$trace !== undefined) emit(loop.$trace, { k: 'thread', t: loopTime(), phase: 'sleep', thread: `${this.pool.prefix}_${this.pool.slotOf(this)}`, job: this.id, desc: describe(this.func), until: wake });
      loop.$callAt(wake, undefined, this.stepFn, [], undefined);
    } else {
      if (loop.$trace !== undefined) emit(loop.$trace, { k: 'thread', t: loopTime(), phase: 'end', thread: `${this.pool.prefix}_${this.pool.slotOf(this)}`, job: this.id, desc: describe(this.func) });
      this.pool.jobDone(this);
    }
  }
}
function describe(f: any): string { return f?.$qualname ?? f?.$name ?? 'function'; }

/** oracle._PoolModel */
class PoolModel {
  running: Job[] = [];
  waiting: Job[] = [];
  slots = new Map<Job, number>();
  constructor(public loop: any, public maxWorkers: number, public prefix: string) {}
  slotOf(job: Job) { return this.slots.get(job) ?? 0; }
  submit(job: Job) {
    if (this.loop.$trace !== undefined) emit(this.loop.$trace, { k: 'thread', t: loopTime(), phase: 'submit', thread: this.prefix, job: job.id, desc: describe(job.func) });
    if (this.running.length < this.maxWorkers) this.start(job);
    else this.waiting.push(job);
  }
  start(job: Job) {
    const used = new Set(this.running.map(j => this.slots.get(j)));
    let slot = 0;
    while (used.has(slot)) slot++;
    this.slots.set(job, slot);
    this.running.push(job);
    this.loop.$callSoon(job.stepFn, [], undefined);
  }
  jobDone(job: Job) {
    this.running.splice(this.running.indexOf(job), 1);
    this.slots.delete(job);
    const outer = job.outer;
    const exc = job.exc, res = job.result;
    const deliver: any = libFunction(function deliver() {
      if (outer._state === 'CANCELLED') return None;
      if (exc !== undefined) outer.$setException(exc);
      else outer.$setResult(res);
      return None;
    }, 'deliver', 'asyncio/futures.py', 0, '_PoolModel.job_done.<locals>.deliver');
    deliver.$pysrc = undefined;
    this.loop.$callSoon(deliver, [], undefined);
    if (this.waiting.length) this.start(this.waiting.shift()!);
  }
}

function poolFor(loop: any, executor: any): PoolModel {
  const key = executor === None ? null : executor;
  let model: PoolModel | undefined = loop.$pools.get(key);
  if (model === undefined) {
    const workers = executor === None ? Math.min(32, cpus + 4) : Number(executor._max_workers);
    const prefix = executor === None ? 'asyncio' : String(executor._thread_name_prefix || 'ThreadPoolExecutor');
    model = new PoolModel(loop, workers, prefix);
    loop.$pools.set(key, model);
  }
  return model;
}

/** The oracle's VirtualEventLoop.run_in_executor */
export function runInExecutor(loop: any, executor: any, func: any, args: any[]): Future {
  loop._check_closed();
  if (loop._debug) loop.$checkCallback(func, 'run_in_executor');
  if (executor === None && loop._default_executor !== None) executor = loop._default_executor;
  if (executor === None) loop._check_default_executor();
  else if (executor._shutdown === true) throw pyErr(E.RuntimeError, 'cannot schedule new futures after shutdown');
  const outer = newFuture(loop);
  if (loop.$trace !== undefined) outer.$wk = { kind: 'thread', desc: `run_in_executor(${describe(func)})` };
  const pool = poolFor(loop, executor);
  const job = new Job(loop, pool, func, args, outer);
  if (executor !== None && isProcessPool(executor)) {
    job.world = processWorld(executor);
    job.world.fork();
    job.sent = sendCall(func, args);
  }
  pool.submit(job);
  return outer;
}

/** BaseEventLoop.set_default_executor */
export function setDefaultExecutor(loop: any, executor: any) {
  if (!(executor?.$cls?.$mro ?? []).some((c: any) => c.$name === 'ThreadPoolExecutor')) {
    throw pyErr(E.TypeError, 'executor must be ThreadPoolExecutor instance');
  }
  loop._default_executor = executor;
}

/** threads.to_thread body: functools.partial(ctx.run, func, *args, **kwargs) */
export function toThreadCall(func: any, args: any[], kwargs: Kw | undefined): any {
  const ctx = host.copyContext();
  const f: any = function () {
    if (kwargs && kwargs.size) return ctx === undefined ? callKw(func, args, kwargs) : host.runInContext(ctx, (...a: any[]) => callKw(func, a, kwargs), args);
    return runIn(ctx, func, args);
  };
  f.$qualname = func?.$qualname; f.$name = func?.$name;
  return f;
}
