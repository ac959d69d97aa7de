// Records CPython's "coroutine 'f' was never awaited" warning as a trace event, for the editor's
// after-run hovers (src/language/runFacts.ts). The warning is not tied to one loop: the event goes
// to the sink of the loop that is running, else of the current event loop (a notebook's session
// loop between awaits), else the run's default sink (a module run after asyncio.run returned).
import { emit, defaultTrace, type TraceSink } from './trace';
import { runningLoopOrUndefined } from './events';
import { get_event_loop_policy } from './eventsPolicy';
import { loopTime } from './eventsClock';

function currentSink(): TraceSink | undefined {
  const running = runningLoopOrUndefined();
  if (running?.$trace !== undefined) return running.$trace;
  const current = get_event_loop_policy()?.$loop;
  if (current?.$trace !== undefined) return current.$trace;
  return defaultTrace();
}

/** `where`: the line the warning names (where the object was dropped), when there is one. */
export function traceNeverAwaited(qualname: string, where: { file: string; line: number } | undefined): void {
  const sink = currentSink();
  if (sink === undefined) return;
  emit(sink, { k: 'unawaited', t: loopTime(), coro: qualname, ...(where ? { file: where.file, line: where.line } : {}) });
}
