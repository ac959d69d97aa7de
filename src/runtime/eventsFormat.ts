// asyncio/format_helpers.py, base_futures.py, base_tasks.py repr helpers, coroutines._format_coroutine,
// and the reprlib.repr() they use (CPython 3.11).
import { None, typeOf, PyObject } from './py/object';
import { isPyException, E } from './py/exceptions';
import { getattrDefault } from './py/attrs';
import { repr, iter, len, getitem } from './py/protocols';
import { id } from './py/generators';
import { host } from './eventsHost';

// ------------------------------------------------------------------ reprlib

const MAXLEVEL = 6, MAXTUPLE = 6, MAXLIST = 6, MAXDICT = 4, MAXSET = 6, MAXDEQUE = 6;
const MAXSTRING = 30, MAXLONG = 40, MAXOTHER = 30, FILL = '...';

const SURROGATE = /[\uD800-\uDFFF]/;
function cps(s: string): string[] { return Array.from(s); }
function truncate(s: string, max: number): string {
  if (s.length <= max) return s; // never more code points than UTF-16 units
  const i = Math.max(0, Math.floor((max - 3) / 2));
  const j = Math.max(0, max - 3 - i);
  // Without surrogate pairs, code points are UTF-16 units: slice the string itself.
  if (!SURROGATE.test(s)) return s.slice(0, i) + FILL + s.slice(s.length - j);
  const a = cps(s);
  if (a.length <= max) return s;
  return a.slice(0, i).join('') + FILL + a.slice(a.length - j).join('');
}

function possiblySorted(items: any[]): any[] {
  try {
    const out = items.slice();
    // sorted() is stable; insertion sort keeps it simple and exact for small inputs.
    for (let i = 1; i < out.length; i++) {
      const v = out[i];
      let j = i - 1;
      while (j >= 0 && host.lt(v, out[j])) { out[j + 1] = out[j]; j--; }
      out[j + 1] = v;
    }
    return out;
  } catch (e) {
    if (isPyException(e)) return items;
    throw e;
  }
}

function reprIterable(items: any[], n: number, level: number, left: string, right: string, maxiter: number, trail = ''): string {
  let s: string;
  if (level <= 0 && n) s = FILL;
  else {
    const pieces = items.slice(0, maxiter).map(e => repr1(e, level - 1));
    if (n > maxiter) pieces.push(FILL);
    s = pieces.join(', ');
    if (n === 1 && trail) right = trail + right;
  }
  return left + s + right;
}

function repr1(x: any, level: number): string {
  const t = typeOf(x).$name;
  switch (t) {
    case 'tuple': return reprIterable(x, x.length, level, '(', ')', MAXTUPLE, ',');
    case 'list': return reprIterable(x, x.length, level, '[', ']', MAXLIST);
    case 'set': case 'frozenset': {
      const items = Array.from(iter(x));
      if (!items.length) return t === 'set' ? 'set()' : 'frozenset()';
      const sorted = possiblySorted(items);
      return t === 'set' ? reprIterable(sorted, items.length, level, '{', '}', MAXSET)
        : reprIterable(sorted, items.length, level, 'frozenset({', '})', MAXSET);
    }
    case 'deque': {
      const items = Array.from(iter(x));
      return reprIterable(items, items.length, level, 'deque([', '])', MAXDEQUE);
    }
    case 'dict': {
      const n = len(x);
      if (n === 0) return '{}';
      if (level <= 0) return '{' + FILL + '}';
      const keys = possiblySorted(Array.from(iter(x))).slice(0, MAXDICT);
      const pieces = keys.map(k => `${repr1(k, level - 1)}: ${repr1(getitem(x, k), level - 1)}`);
      if (n > MAXDICT) pieces.push(FILL);
      return '{' + pieces.join(', ') + '}';
    }
    case 'str': {
      const a = cps(x);
      let s = repr(a.slice(0, MAXSTRING).join(''));
      if (cps(s).length > MAXSTRING) {
        const i = Math.max(0, Math.floor((MAXSTRING - 3) / 2));
        const j = Math.max(0, MAXSTRING - 3 - i);
        s = repr(a.slice(0, i).join('') + a.slice(a.length - j).join(''));
        const b = cps(s);
        s = b.slice(0, i).join('') + FILL + b.slice(b.length - j).join('');
      }
      return s;
    }
    case 'int': return truncate(repr(x), MAXLONG);
  }
  let s: string;
  try { s = repr(x); } catch (e) {
    if (isPyException(e) && e.$cls.$mro.includes(E.Exception)) {
      return `<${typeOf(x).$name} instance at 0x${id(x).toString(16)}>`;
    }
    throw e;
  }
  return truncate(s, MAXOTHER);
}

/** reprlib.repr(x) */
export function reprlibRepr(x: any): string { return repr1(x, MAXLEVEL); }

// ------------------------------------------------------------------ format_helpers

function qualnameOf(func: any): string | undefined {
  if (typeof func === 'function') {
    if (func.$bound !== undefined && func.$func !== undefined) return qualnameOf(func.$func);
    const q = func.$qualname ?? func.$name ?? func.name;
    return q || undefined;
  }
  for (const a of ['__qualname__', '__name__']) {
    const v = getattrDefault(func, a, undefined);
    if (typeof v === 'string' && v) return v;
  }
  return undefined;
}

export function formatArgsAndKwargs(args: any[] | undefined, kwargs: [string, any][] | undefined): string {
  // The common case (a done callback's one future argument) without the array and join.
  if (args !== undefined && args.length === 1 && (kwargs === undefined || kwargs.length === 0)) return '(' + reprlibRepr(args[0]) + ')';
  const items: string[] = [];
  if (args) for (const a of args) items.push(reprlibRepr(a));
  if (kwargs) for (const [k, v] of kwargs) items.push(`${k}=${reprlibRepr(v)}`);
  return '(' + items.join(', ') + ')';
}

export function formatCallback(func: any, args: any[] | undefined, kwargs: [string, any][] | undefined, suffix = ''): string {
  const p = host.partialParts(func);
  if (p) {
    suffix = formatArgsAndKwargs(args, kwargs) + suffix;
    return formatCallback(p.func, p.args, p.keywords, suffix);
  }
  let s = qualnameOf(func) ?? repr(func);
  s += formatArgsAndKwargs(args, kwargs);
  if (suffix) s += suffix;
  return s;
}

function functionSource(func: any): [string, number] | undefined {
  for (let i = 0; i < 100 && func !== undefined; i++) {
    const p = host.partialParts(func);
    if (p) { func = p.func; continue; }
    const w = typeof func === 'function' ? func.$attrs?.__wrapped__ : undefined;
    if (w !== undefined) { func = w; continue; }
    return host.functionSource(func);
  }
  return undefined;
}

/** format_helpers._format_callback_source */
export function formatCallbackSource(func: any, args: any[] | undefined): string {
  let s = formatCallback(func, args, undefined);
  const src = functionSource(func);
  if (src) s += ` at ${src[0]}:${src[1]}`;
  return s;
}

// ------------------------------------------------------------------ coroutines / futures / tasks

/** coroutines._format_coroutine */
export function formatCoroutine(coro: any): string {
  let name: string | undefined;
  for (const a of ['__qualname__', '__name__']) {
    const v = getattrDefault(coro, a, undefined);
    if (typeof v === 'string' && v) { name = v; break; }
  }
  const coroName = `${name ?? `<${typeOf(coro).$name} without __name__>`}()`;
  const loc = host.coroLocation(coro);
  if (!loc) {
    const running = getattrDefault(coro, 'cr_running', undefined) ?? getattrDefault(coro, 'gi_running', false);
    return running === true ? `${coroName} running` : coroName;
  }
  if (loc.lineno !== undefined) return `${coroName} running at ${loc.filename}:${loc.lineno}`;
  return `${coroName} done, defined at ${loc.filename}:${loc.firstlineno}`;
}

/** base_futures._format_callbacks, from the [fn, ctx] pairs. */
export function formatCallbacks(cbs: any[]): string {
  const n = cbs.length;
  const f = (fn: any) => formatCallbackSource(fn, []);
  let s = '';
  if (n === 1) s = f(cbs[0][0]);
  else if (n === 2) s = `${f(cbs[0][0])}, ${f(cbs[1][0])}`;
  else if (n > 2) s = `${f(cbs[0][0])}, <${n - 2} more>, ${f(cbs[n - 1][0])}`;
  return `cb=[${s}]`;
}

export interface FutureLike extends PyObject {
  _state: string; _result: any; _exception: any;
  $callbackPairs(): any[];
}

/** base_futures._future_repr_info */
export function futureReprInfo(f: FutureLike): string[] {
  const info = [f._state.toLowerCase()];
  if (f._state === 'FINISHED') {
    if (f._exception !== None) info.push(`exception=${repr(f._exception)}`);
    else info.push(`result=${reprlibRepr(f._result)}`);
  }
  // A finished future (the usual one repr'd, by a done callback's trace event) has no callbacks:
  // skip building the (fn, ctx) tuples.
  if ((f as any).$hasCallbacks?.() !== false) {
    const cbs = f.$callbackPairs();
    if (cbs.length) info.push(formatCallbacks(cbs));
  }
  return info;
}

// The objects whose repr is being computed, innermost last. A short array rather than a Set: the
// nesting is a few levels deep, and a Set would give every object repr'd (100k finished tasks in
// a traced gather) a V8 identity hash.
const running: any[] = [];
/** @reprlib.recursive_repr() around a repr function. */
export function recursiveRepr(o: any, f: () => string): string {
  if (running.includes(o)) return '...';
  running.push(o);
  try { return f(); } finally { running.pop(); }
}
