// What crosses the boundary of a ProcessPoolExecutor worker: CPython pickles the function, its
// arguments and the result, so the worker gets copies and only things pickle can handle may go.
// `pickled(x)` returns what the other side unpickles, or raises the error CPython's pickler
// raises: functions and classes travel by reference (module + qualified name, checked like
// pickle's save_global), containers and instances of Python classes are copied (identity kept
// within one payload), and objects CPython refuses (coroutines, generators, modules, asyncio
// Futures and Tasks, locks, files) raise its TypeError. Runtime objects whose pickling this model
// does not cover raise a NotImplementedError that says so, never a silent wrong copy.
import { PyObject, PyFloat, None, isClass, typeOf, tuple, allocate, PyClass, nativeClass } from './py/object';
import { E, pyErr, PyBaseException } from './py/exceptions';
import { getattr } from './py/attrs';
import { call } from './py/call';
import { repr } from './py/protocols';
import { PyDict } from './py/dict';
import { PyAnySet, PySet, setAdd } from './py/set';
import { PyBytes } from './py/bytes';
import { loadedModule } from './py/modules';
import { mkTuple } from './lib/_tuplecls';
import { Partial } from './lib/functools';

const PickleError = nativeClass({ name: 'PickleError', module: '_pickle', bases: [E.Exception], es: PyBaseException });
export const PicklingError = nativeClass({ name: 'PicklingError', module: '_pickle', bases: [PickleError], es: PyBaseException });

/** CPython's tp_name of the types pickle refuses outright, by our class name. */
const REFUSED: Record<string, string> = {
  coroutine: 'coroutine', generator: 'generator', async_generator: 'async_generator', module: 'module',
  Future: '_asyncio.Future', Task: '_asyncio.Task', lock: '_thread.lock', RLock: '_thread.RLock',
  TextIOWrapper: '_io.TextIOWrapper', frame: 'frame', traceback: 'traceback',
};
/** Immutable runtime values that unpickle to an equal value; sharing them is indistinguishable. */
const SHARED = new Set(['range', 'slice', 'frozenset', 'complex', 'ellipsis', 'NotImplementedType', 'NoneType']);

/** The object `qualname` names in module `mod`, as pickle's whichmodule/getattribute find it. */
function lookupGlobal(mod: string, qualname: string): any {
  let cur: any = loadedModule(mod);
  for (const part of qualname.split('.')) {
    if (cur === undefined || cur === null) return undefined;
    try { cur = getattr(cur, part); } catch { return undefined; }
  }
  return cur;
}

/** pickle's save_global: a function or class goes by reference, if that reference finds it. */
function byReference(x: any): any {
  const qualname: string = String(x.$qualname ?? x.__qualname__ ?? x.$name ?? '');
  const mod: string = String(x.$module ?? '__main__');
  if (!x.$py && !(x.$isclass && x.$user)) return x;  // runtime builtins: importable by name
  if (qualname.includes('<locals>')) throw pyErr(E.AttributeError, `Can't pickle local object '${qualname}'`);
  const found = lookupGlobal(mod, qualname);
  if (found === undefined) throw pyErr(PicklingError, `Can't pickle ${repr(x)}: attribute lookup ${qualname} on ${mod} failed`);
  if (found !== x) throw pyErr(PicklingError, `Can't pickle ${repr(x)}: it's not the same object as ${mod}.${qualname}`);
  return x;
}

/** BaseException fields that are slots in CPython, not part of the pickled __dict__. */
const EXC_SLOTS = new Set(['args', '__cause__', '__context__', '__suppress_context__', '__traceback__']);

/** Copies an instance's attributes (its __dict__: own properties but the runtime's `$` fields and
 *  an exception's slots) from `src` to `dst`, each value through `f`. */
export function copyInstanceDict(src: any, dst: any, f: (v: any) => any) {
  const exc = src instanceof PyBaseException;
  for (const k of Object.keys(src)) {
    if (k.startsWith('$') || (exc && EXC_SLOTS.has(k))) continue;
    Object.defineProperty(dst, k, { value: f(src[k]), writable: true, enumerable: true, configurable: true });
  }
}
const copyAttrs = (src: any, dst: any, memo: Map<any, any>) => copyInstanceDict(src, dst, (v) => pickled(v, memo));

function refuse(C: PyClass): never {
  const known = REFUSED[C.$name];
  if (known !== undefined) throw pyErr(E.TypeError, `cannot pickle '${known}' object`);
  throw pyErr(E.NotImplementedError,
    `Asyncio Lab cannot send a '${C.$module && C.$module !== 'builtins' ? `${C.$module}.` : ''}${C.$name}' object to a process pool worker (pickling this type is not modelled)`);
}

/** The copy a process pool worker (or the parent, for a result) gets of `x`. */
export function pickled(x: any, memo: Map<any, any> = new Map()): any {
  const t = typeof x;
  if (t === 'number' || t === 'bigint' || t === 'boolean' || t === 'string' || x === None) return x;
  if (t === 'function') {
    if (isClass(x)) return byReference(x);
    if (x.$bound !== undefined) return boundMethod(x, memo);
    if (x.$py) return byReference(x);
    return x;                                          // builtin functions go by name
  }
  if (memo.has(x)) return memo.get(x);
  if (x instanceof PyFloat && !x.$cls.$user) return x;
  if (x instanceof PyBytes && !x.$cls?.$user) return x;
  if (Array.isArray(x)) {
    if ((x as any).$t) {
      const items = x.map((v) => pickled(v, memo));
      const r = (x as any).$nt ? mkTuple(byReference((x as any).$nt), items) : tuple(items);
      memo.set(x, r);
      return r;
    }
    if ((x as any).$nt) return userInstance(x, memo);
    const r: any[] = [];
    memo.set(x, r);
    for (const v of x) r.push(pickled(v, memo));
    return r;
  }
  const C = typeOf(x);
  if (C.$user) return userInstance(x, memo);
  if (x instanceof PyDict && C.$name === 'dict') {
    const r = new PyDict();
    memo.set(x, r);
    for (const [k, v] of x.$entries()) r.$set(pickled(k, memo), pickled(v, memo));
    return r;
  }
  if (x instanceof PyAnySet) {
    if (C.$name === 'frozenset') return x;
    const r = new PySet();
    memo.set(x, r);
    for (const v of C.prototype.__iter__.call(x)) setAdd(r, pickled(v, memo));
    return r;
  }
  if (x instanceof PyBaseException) return exception(x, memo);
  if (x instanceof Partial) return partial(x, memo);
  if (SHARED.has(C.$name)) return x;
  return refuse(C);
}

const CUSTOM = ['__reduce__', '__reduce_ex__', '__getstate__', '__setstate__'];

/** Instances of Python classes: the class by reference, then a copy of the instance __dict__. */
function userInstance(x: any, memo: Map<any, any>): any {
  const C: PyClass = typeOf(x);
  byReference(C);
  const custom = C.$mro.find((K: PyClass) => K.$user && CUSTOM.some((n) => Object.prototype.hasOwnProperty.call(K.prototype, n)));
  if (custom) {
    throw pyErr(E.NotImplementedError, `Asyncio Lab cannot send '${C.$name}' objects to a process pool worker: custom pickling (${CUSTOM.join('/')}) is not modelled`);
  }
  if (x instanceof PyBaseException) return exception(x, memo);
  if (!(x instanceof PyObject) && !Array.isArray(x)) return refuse(C);
  const r = allocate(C);
  memo.set(x, r);
  if (Array.isArray(x)) for (const v of x) r.push(pickled(v, memo));
  if (x instanceof PyDict) for (const [k, v] of x.$entries()) r.$set(pickled(k, memo), pickled(v, memo));
  copyAttrs(x, r, memo);
  return r;
}

/** BaseException.__reduce__ is (type(e), e.args, e.__dict__): unpickling calls the class with the
 *  args again (so an __init__ that reformats its message does it twice, as in CPython), then
 *  restores the attributes. The chain and the traceback are not pickled. */
function exception(e: PyBaseException, memo: Map<any, any>): PyBaseException {
  const C: PyClass = typeOf(e);
  byReference(C);
  const args = pickled(e.args ?? tuple([]), memo);
  const r: any = call(C, ...args);
  memo.set(e, r);
  copyAttrs(e, r, memo);
  return r;
}

/** functools.partial.__reduce__: the class, then func, args and keywords. */
function partial(x: Partial, memo: Map<any, any>): Partial {
  const C: PyClass = typeOf(x);
  if (C.$user) byReference(C);
  const r: Partial = Reflect.construct(Partial, [], C);
  memo.set(x, r);
  r.func = pickled(x.func, memo);
  r.args = pickled(x.args, memo);
  r.keywords = pickled(x.keywords, memo);
  copyAttrs(x, r, memo);
  return r;
}

/** A bound method pickles as getattr(<pickled self>, name). */
function boundMethod(m: any, memo: Map<any, any>): any {
  const self = m.$bound;
  const name = m.$func?.$name ?? m.$func?.name;
  if (self === None || typeof name !== 'string' || !name) return m;
  if (typeOf(self).$name === 'module') return m;     // a module function: by name
  return getattr(pickled(self, memo), name);
}

