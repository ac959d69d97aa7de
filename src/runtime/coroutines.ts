// asyncio/coroutines.py, plus the helper that builds the coroutine objects of asyncio's own
// `async def` functions (sleep, Lock.acquire, Queue.get, ...): real `coroutine` objects whose
// code location (for Task reprs) is the CPython library source.
import { None } from './py/object';
import { Coroutine, PyGenerator, unstarted, await_ } from './py/generators';
import { getattrDefault, lookupSpecial } from './py/attrs';
import { STDLIB_PREFIX } from './py/traceback';

/** A stand-in for a library function's code object. */
export interface LibCode {
  $name: string; $qualname: string; $filename: string; $firstlineno: number; $module: string; $kind: 'coroutine';
}
export function libCode(qualname: string, file: string, firstlineno: number): LibCode {
  const dot = qualname.lastIndexOf('.');
  return {
    $name: dot >= 0 ? qualname.slice(dot + 1) : qualname, $qualname: qualname,
    $filename: `${STDLIB_PREFIX}/${file}`, $firstlineno: firstlineno,
    $module: 'asyncio.' + file.replace(/^asyncio\//, '').replace(/\.py$/, ''), $kind: 'coroutine',
  };
}

/** A coroutine object running `body(c, ...args)`. The body sets `c.$lineno` before each await
 *  so that a suspended coroutine reports the right line. */
export function libCoro<A extends any[]>(code: LibCode, body: (c: Coroutine, ...args: A) => Generator<any, any, any>, ...args: A): Coroutine {
  const c = new Coroutine();
  c.$fn = code;
  (c as any).$lineno = code.$firstlineno;
  c.$gen = body(c, ...args);
  unstarted.add(c);
  return c;
}

/** Mark a runtime function as an `async def` (inspect.iscoroutinefunction). */
export function asyncDef<F extends Function>(fn: F, code: LibCode): F {
  const f = fn as any;
  f.$kind = 'coroutine';
  f.$name ??= code.$name;
  f.$qualname ??= code.$qualname;
  f.$pysrc = [code.$filename, code.$firstlineno];
  return fn;
}

/** coroutines.iscoroutine (3.11): a coroutine, a generator, or anything registered as
 *  collections.abc.Coroutine (has __await__, send, throw and close). */
export function iscoroutine(obj: any): boolean {
  if (obj instanceof Coroutine || obj instanceof PyGenerator) return true;
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj) || obj === None) return false;
  for (const m of ['__await__', 'send', 'throw', 'close']) {
    const f = lookupSpecial(obj, m);
    if (f === undefined || f === None) return false;
  }
  return true;
}

/** coroutines.iscoroutinefunction */
export function iscoroutinefunction(func: any): boolean {
  if (typeof func === 'function') {
    if (func.$kind === 'coroutine') return true;
    if (func.$bound !== undefined && func.$func?.$kind === 'coroutine') return true;
  }
  return getattrDefault(func, '_is_coroutine', None) === isCoroutineMarker;
}
export const isCoroutineMarker = { $marker: '_is_coroutine' };

/** `await x` inside runtime coroutines: `yield* aw(x)`. */
export function aw(x: any): Iterable<any> {
  const it: any = await_(x);
  if (typeof it[Symbol.iterator] === 'function') return it;
  return { [Symbol.iterator]: () => it };
}
