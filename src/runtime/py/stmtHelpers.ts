// Small helpers for statements and expressions the translator emits.
import { typeName, tuple, isClass } from './object';
import { E, pyErr } from './exceptions';
import { iter, str, repr } from './protocols';
import { callMethod, lookupSpecial, callSpecial } from './attrs';
import { recordRaise } from './traceback';
import { format } from './format';

export function nameError(name: string): never {
  const e = pyErr(E.NameError, `name '${name}' is not defined`);
  e.name = name;
  recordRaise(e, nameError);
  throw e;
}
/** A local read that may be unbound. */
export function local<T>(v: T, name: string): T {
  if (v === undefined) {
    const e = pyErr(E.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
    e.name = name;
    recordRaise(e, local);
    throw e;
  }
  return v;
}
/** A free (closure) variable read that may be unbound. */
export function free<T>(v: T, name: string): T {
  if (v === undefined) {
    const e = pyErr(E.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
    e.name = name; recordRaise(e, free); throw e;
  }
  return v;
}

/** `*x` in a call or display: the items as a JS array. */
export function star(x: any): any[] {
  if (Array.isArray(x)) return x;
  return Array.from(iter(x));
}
/** `**m` in a call or dict display: [key, value] pairs. */
export function starstar(m: any): [string, any][] {
  const keys = callMethod(m, 'keys');
  const out: [any, any][] = [];
  for (const k of iter(keys)) out.push([k, callMethod(m, '__getitem__', k)]);
  return out;
}

/** `a, b = v` */
export function unpack(v: any, n: number): any[] {
  const items = Array.isArray(v) ? v : Array.from(iter(v));
  if (items.length !== n) {
    if (items.length < n) throw pyErr(E.ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
    throw pyErr(E.ValueError, Array.isArray(v) ? `too many values to unpack (expected ${n})` : `too many values to unpack (expected ${n})`);
  }
  return items;
}
/** `a, *b, c = v`: returns before..., the starred list, after... */
export function unpackStar(v: any, before: number, after: number): any[] {
  const items = Array.from(iter(v));
  if (items.length < before + after) {
    throw pyErr(E.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  return [...items.slice(0, before), items.slice(before, items.length - after), ...items.slice(items.length - after)];
}

export function assertFail(msg?: any): never {
  const e = msg === undefined ? pyErr(E.AssertionError) : pyErr(E.AssertionError, msg);
  recordRaise(e, assertFail);
  throw e;
}

/** f-string: parts are already-converted strings. */
export function fstr(parts: string[]): string { return parts.join(''); }
export function ascii(v: any): string {
  return repr(v).replace(/[^\x00-\x7f]/gu, ch => {
    const c = ch.codePointAt(0)!;
    return c < 0x100 ? '\\x' + c.toString(16).padStart(2, '0') : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
  });
}
export { format as fmt };

/** `async for`: __aiter__ of the iterable. */
export function aiter(x: any): any {
  const f = lookupSpecial(x, '__aiter__');
  if (f === undefined) throw pyErr(E.TypeError, `'async for' requires an object with __aiter__ method, got ${typeName(x)}`);
  return callSpecial(f, x);
}
/** The awaitable for one step of `async for`. */
export function anext(it: any): any {
  const f = lookupSpecial(it, '__anext__');
  if (f === undefined) throw pyErr(E.TypeError, `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  return callSpecial(f, it);
}
export function isStopAsyncIteration(e: any): boolean {
  return e?.$cls === E.StopAsyncIteration || e?.$cls?.$mro?.includes(E.StopAsyncIteration);
}
void str; void tuple; void isClass;

/** One step of `async for`: awaits __anext__(); returns undefined at StopAsyncIteration. */
export function* asyncNext(it: any): Generator<any, any, any> {
  const aw = anext(it);
  try {
    return yield* (require('./generators').await_(aw) as Iterator<any>) as any;
  } catch (e) {
    if (isStopAsyncIteration(e)) { require('./raise').endExcept(e); return undefined; }
    throw e;
  }
}
