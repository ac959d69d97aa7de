// `$.discard(value, line, file)`: an expression statement that drops the result of a call.
// CPython frees the value at once, which is when it reports a coroutine that was never started
// ("RuntimeWarning: coroutine 'f' was never awaited", at the statement's line) and when a task
// nobody references may later report "Task exception was never retrieved" (tasks.ts `$unref`).
import { Coroutine, unstarted } from './generators';
import { warnNeverAwaited } from '../lifecycle';

export function discard(value: any, line: number, file: string): void {
  if (value === null || typeof value !== 'object') return;
  if (value instanceof Coroutine) {
    if (unstarted.has(value)) warnNeverAwaited(value, { file, line });
    return;
  }
  // A Task (a Future with a coroutine): nobody holds it once the statement is done.
  if (value.$isFuture === true && value._coro !== undefined) value.$unref = true;
}
