// `copy`: copy() and deepcopy() for the runtime's value representations, honouring __copy__ /
// __deepcopy__; instances of Python classes are copied attribute by attribute (their __dict__),
// as copyreg's __reduce_ex__(4) path does.
import { PyObject, PyFloat, None, isClass, typeOf, tuple, allocate, PyClass } from '../py/object';
import { E, pyErr, PyBaseException } from '../py/exceptions';
import { pyfunc, call } from '../py/call';
import { lookupSpecial, callSpecial } from '../py/attrs';
import { registerModule } from '../py/modules';
import { PyDict } from '../py/dict';
import { PyAnySet, PySet, setAdd } from '../py/set';
import { mkTuple } from './_tuplecls';

const ATOMIC = (v: any) => {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || t === 'string' || t === 'function' || v === None || v === undefined ||
    (v instanceof PyFloat && !v.$cls.$user) || isClass(v);
};

function copyAttrs(src: any, dst: any, f: (v: any) => any) {
  for (const k of Object.keys(src)) {
    if (k.startsWith('$')) continue;
    Object.defineProperty(dst, k, { value: f(src[k]), writable: true, enumerable: true, configurable: true });
  }
}

function newLike(o: any): any {
  const C: PyClass = typeOf(o);
  if (o instanceof PyBaseException) {
    const e = Reflect.construct(PyBaseException, [], C);
    e.args = o.args; return e;
  }
  return allocate(C);
}

export function copy(o: any): any {
  if (ATOMIC(o)) return o;
  const f = lookupSpecial(o, '__copy__');
  if (typeof f === 'function') return callSpecial(f, o);
  if (Array.isArray(o)) {
    if ((o as any).$t) return o;
    return o.slice();
  }
  if (o instanceof PyDict && !o.$cls.$user) return call(typeOf(o), o);
  if (o instanceof PyAnySet) return o.$cls.$name === 'frozenset' ? o : call(typeOf(o), o);
  if (o instanceof PyObject && o.$cls.$user) {
    const r = newLike(o);
    if (o instanceof PyDict) for (const [k, v] of o.$entries()) r.$set(k, v);
    copyAttrs(o, r, v => v);
    return r;
  }
  throw pyErr(E.TypeError, `cannot pickle '${typeOf(o).$name}' object`);
}

export function deepcopy(o: any, memo: Map<any, any> = new Map()): any {
  if (ATOMIC(o)) return o;
  if (memo.has(o)) return memo.get(o);
  const f = lookupSpecial(o, '__deepcopy__');
  if (typeof f === 'function') {
    const r = callSpecial(f, o, memoDict(memo));
    memo.set(o, r);
    return r;
  }
  if (Array.isArray(o)) {
    if ((o as any).$t) {
      const items = o.map(x => deepcopy(x, memo));
      if (memo.has(o)) return memo.get(o);
      const same = items.every((x, i) => x === o[i]);
      const r = same ? o : ((o as any).$nt ? mkTuple((o as any).$nt, items) : tuple(items));
      memo.set(o, r);
      return r;
    }
    const r: any[] = [];
    memo.set(o, r);
    for (const x of o) r.push(deepcopy(x, memo));
    return r;
  }
  if (o instanceof PyDict) {
    const r: PyDict = o.$cls.$user || o.$cls.$name !== 'dict' ? newLike(o) : new PyDict();
    memo.set(o, r);
    for (const [k, v] of o.$entries()) r.$set(deepcopy(k, memo), deepcopy(v, memo));
    copyAttrs(o, r, v => deepcopy(v, memo));
    return r;
  }
  if (o instanceof PyAnySet) {
    if (o.$cls.$name === 'frozenset') return o;
    const r = new PySet();
    memo.set(o, r);
    for (const x of o.$cls.prototype.__iter__.call(o)) setAdd(r, deepcopy(x, memo));
    return r;
  }
  if (o instanceof PyObject && (o.$cls.$user || o instanceof PyBaseException)) {
    const r = newLike(o);
    memo.set(o, r);
    copyAttrs(o, r, v => deepcopy(v, memo));
    return r;
  }
  // Runtime objects with no copy protocol (deque, Counter...) fall back to their own __reduce__.
  const red = lookupSpecial(o, '__reduce__');
  if (typeof red === 'function') {
    const rv = callSpecial(red, o);
    if (Array.isArray(rv) && rv.length >= 2) {
      const r = call(rv[0], ...(rv[1] as any[]).map(x => deepcopy(x, memo)));
      memo.set(o, r);
      return r;
    }
  }
  throw pyErr(E.TypeError, `cannot pickle '${typeOf(o).$name}' object`);
}

function memoDict(memo: Map<any, any>): PyDict {
  const d = new PyDict();
  for (const [k, v] of memo) if (typeof k === 'object') d.$set(k, v);
  return d;
}

registerModule('copy', () => ({
  copy: pyfunc('copy', ['x'], copy),
  deepcopy: pyfunc('deepcopy', ['x', 'memo=', '_nil='], (x: any) => deepcopy(x), [None, tuple([])]),
  Error: E.Exception,
  error: E.Exception,
}));
