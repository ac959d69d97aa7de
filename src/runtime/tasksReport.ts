// Task reporting helpers: trace events for waits, and "... exception was never retrieved".
import { repr } from './py/protocols';
import { Future } from './futures';
import { emit, WaitTarget } from './trace';

export function safeRepr(v: any): string { try { return repr(v); } catch { return '<?>'; } }

export function emitWait(task: any, fut: Future) {
  let on: WaitTarget;
  if (fut.$wk !== undefined) on = fut.$wk;
  else if (fut.$cls.$mro.some((c: any) => c.$name === 'Task')) on = { kind: 'task', desc: String((fut as any)._name), target: (fut as any).$id };
  else on = { kind: fut.$cls.$name === '_GatheringFuture' ? 'gather' : 'future', desc: safeRepr(fut) };
  emit(task._loop.$trace, { k: 'wait', id: task.$id, t: task._loop.$time(), on });
}

/** Report "... exception was never retrieved" for every future still holding one. */
export function flushLogTbs(loop: any) {
  const pending = [...loop.$logTbs];
  loop.$logTbs.clear();
  for (const f of pending) reportUnretrieved(f);
}
export function reportUnretrieved(f: Future) {
  if (!f.$logTb) return;
  f.$logTb = false;
  f._loop.$logTbs.delete(f);
  f._loop.$callExceptionHandler([
    ['message', `${f.$cls.$name} exception was never retrieved`], ['exception', f._exception], ['future', f]]);
}

