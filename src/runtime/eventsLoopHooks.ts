// The parts of BaseEventLoop that need tasks/futures/executors (kept apart from eventsLoop.ts so
// the module graph has no cycles at load time): shutdown_asyncgens, shutdown_default_executor,
// async-generator hooks, and future helpers used by run_until_complete.
import { None, typeName as tn, isInstance } from './py/object';
import { callMethod } from './py/attrs';
import { repr as r } from './py/protocols';
import { libCode, libCoro, aw } from './coroutines';
import { isfuture as isf, getFutureLoop, Future, newFuture } from './futures';
import { futDone, futCancelled, futAddCb, futRemoveCb } from './futuresChain';
import { ensureFuture as ef, loopCreateTask as lct } from './tasksApi';
import { gather } from './tasksGather';
import { reportUnretrieved } from './tasks';
import { runInExecutor as rie, setDefaultExecutor as sde } from './executor';
import { await_ } from './py/generators';
import { E } from './py/exceptions';

export const MAIN_THREAD_ID = 140000000000001;
// (wrappers, not aliases: the modules behind them may still be loading when this one runs)
export function repr(o: any) { return r(o); }
export function typeName(o: any) { return tn(o); }
export function isfuture(o: any) { return isf(o); }
export function ensureFuture(o: any, loop: any) { return ef(o, loop); }
export function loopCreateTask(loop: any, coro: any, name: any, ctx: any) { return lct(loop, coro, name, ctx); }
export function runInExecutor(loop: any, ex: any, f: any, args: any[]) { return rie(loop, ex, f, args); }
export function setDefaultExecutor(loop: any, ex: any) { return sde(loop, ex); }
export function addDoneCallback(f: any, fn: any) { futAddCb(f, fn); }
export function removeDoneCallback(f: any, fn: any) { futRemoveCb(f, fn); }
export function done(f: any) { return futDone(f); }
export function cancelled(f: any) { return futCancelled(f); }
export function callResultMethod(o: any, name: string) { return o instanceof Future && !o.$cls.$user ? (o as any)[name]() : callMethod(o, name); }
export function getLoop(f: any) { return getFutureLoop(f); }
export function shutdownExecutor(executor: any, _wait: boolean) { callMethod(executor, 'shutdown', false); }

// ------------------------------------------------------------------ sys.set_asyncgen_hooks
let hooks: [any, any] = [None, None];
/** sys.get_asyncgen_hooks(): (firstiter, finalizer) */
export function getAsyncgenHooks(): [any, any] { return hooks; }
export function setAsyncgenHooks(firstiter: any, finalizer: any) { hooks = [firstiter, finalizer]; }
/** Called by async generators on their first iteration (the kernel's AgAwaitable). */
export function asyncgenFirstIter(ag: any) {
  if (ag.$hooked) return;
  ag.$hooked = true;
  ag.$finalizer = hooks[1];
  const f = hooks[0];
  if (f !== None && f !== undefined) f(ag);
}
export function finalizeAsyncgen(loop: any, agen: any) {
  loop.$callSoon(loop.create_task, [callMethod(agen, 'aclose')], undefined);
}

// ------------------------------------------------------------------ shutdown coroutines
const SHUTDOWN_AG = libCode('BaseEventLoop.shutdown_asyncgens', 'asyncio/base_events.py', 539);
const SHUTDOWN_EX = libCode('BaseEventLoop.shutdown_default_executor', 'asyncio/base_events.py', 564);

export function shutdownAsyncgens(loop: any) { return libCoro(SHUTDOWN_AG, shutdownAgGen, loop); }
function* shutdownAgGen(c: any, loop: any): Generator<any, any, any> {
  loop._asyncgens_shutdown_called = true;
  if (!loop.$asyncgens.size) return None;
  const closing = [...loop.$asyncgens];
  loop.$asyncgens.clear();
  c.$lineno = 549;
  const results = yield* aw(gather(closing.map((ag: any) => callMethod(ag, 'aclose')), true));
  for (let i = 0; i < closing.length; i++) {
    const result = results[i];
    if (isInstance(result, E.Exception)) {
      loop.$callExceptionHandler([
        ['message', `an error occurred during closing of asynchronous generator ${r(closing[i])}`],
        ['exception', result], ['asyncgen', closing[i]]]);
    }
  }
  return None;
}

export function shutdownDefaultExecutor(loop: any) { return libCoro(SHUTDOWN_EX, shutdownExGen, loop); }
function* shutdownExGen(c: any, loop: any): Generator<any, any, any> {
  loop._executor_shutdown_called = true;
  if (loop._default_executor === None) return None;
  const future = newFuture(loop);
  callMethod(loop._default_executor, 'shutdown', true);
  if (!loop._closed) loop.$callSoon(future.set_result.bind(future), [None], undefined);
  c.$lineno = 572;
  yield* future;
  return None;
}

/** Failed fire-and-forget tasks: "Task exception was never retrieved" right after their step. */
export function flushReports(loop: any) {
  const list = loop.$reportSoon;
  loop.$reportSoon = undefined;
  for (const t of list) reportUnretrieved(t);
}
