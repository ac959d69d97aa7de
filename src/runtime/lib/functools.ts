// `functools`, following CPython 3.11 (Lib/functools.py and Modules/_functoolsmodule.c).
import { PyObject, nativeClass, None, tuple, typeOf, PyClass, objectClass, NotImplemented } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc, call, callKw, isCallable, Kw } from '../py/call';
import { getattr, setattr, classLookup, bindMethod, getattrDefault } from '../py/attrs';
import { repr, iter, truthy } from '../py/protocols';
import { registerModule } from '../py/modules';
import { newDict, dictEntries, pyEq, setOwn } from './_rt';
import { lruCache, CacheInfo } from './_lrucache';
import { singledispatch, singledispatchmethodClass } from './_singledispatch';

// ------------------------------------------------------------------ partial

export class Partial extends PyObject {
  func: any = None;
  args: any = tuple([]);
  keywords: any = None;
  /** What the asyncio reprs need (eventsHost.partialParts). */
  get $partial() { return { func: this.func, args: this.args, keywords: dictEntries(this.keywords) }; }
}

function makePartial(C: PyClass, func: any, args: any[], kw: Kw | undefined): Partial {
  if (!isCallable(func)) throw pyErr(E.TypeError, 'the first argument must be callable');
  let entries: [any, any][] = kw ? [...kw] : [];
  if (func instanceof Partial && func.$cls === partialClass && C === partialClass) {
    args = [...func.args, ...args];
    const merged = new Map<any, any>(dictEntries(func.keywords));
    for (const [k, v] of entries) merged.set(k, v);
    entries = [...merged];
    func = func.func;
  }
  const p: Partial = Reflect.construct(Partial, [], C);
  p.func = func; p.args = tuple(args); p.keywords = newDict(entries);
  return p;
}

function callPartial(p: Partial, pos: any[], kw: Kw | undefined): any {
  const k: Kw = new Map(dictEntries(p.keywords));
  if (kw) for (const [a, b] of kw) k.set(a, b);
  return callKw(p.func, [...p.args, ...pos], k.size ? k : undefined);
}

let reprDepth = new Set<any>();
function partialRepr(this: Partial): string {
  if (reprDepth.has(this)) return '...';
  reprDepth.add(this);
  try {
    const parts = [repr(this.func), ...this.args.map((a: any) => repr(a)),
      ...dictEntries(this.keywords).map(([k, v]) => `${k}=${repr(v)}`)];
    const C = this.$cls;
    return `${C.$module}.${C.$qualname}(${parts.join(', ')})`;
  } finally { reprDepth.delete(this); }
}

const partialCall: any = function (this: Partial, ...a: any[]) { return callPartial(this, a, undefined); };
partialCall.$callKw = function (this: Partial, pos: any[], kw: Kw) { return callPartial(this, pos, kw); };
partialCall.$name = '__call__';

export const partialClass: PyClass = nativeClass({
  name: 'partial', module: 'functools', es: Partial,
  new: (C, args, kw) => {
    if (!args.length) throw pyErr(E.TypeError, 'type \'partial\' takes at least one argument');
    return makePartial(C, args[0], args.slice(1), kw);
  },
  dict: { __call__: partialCall, __repr__: partialRepr },
});

// ------------------------------------------------------------------ partialmethod

class PartialMethod extends PyObject {
  func: any = None; args: any = tuple([]); keywords: any = None;
  __get__(obj: any, cls: any) {
    let f = this.func;
    if (obj !== None && obj !== undefined) {
      if (typeof f === 'function' && f.$isclass !== true) f = bindMethod(f, obj);
      else if (f && typeof f === 'object' && f.__get__ !== undefined) f = call(getattr(f, '__get__'), obj, cls);
    }
    return makePartial(partialClass, f, [...this.args], new Map(dictEntries(this.keywords)));
  }
  __repr__() {
    const parts = [repr(this.func), ...this.args.map((a: any) => repr(a)), ...dictEntries(this.keywords).map(([k, v]) => `${k}=${repr(v)}`)];
    return `functools.partialmethod(${parts.join(', ')})`;
  }
}
const partialmethodClass = nativeClass({
  name: 'partialmethod', module: 'functools', es: PartialMethod,
  new: (C, args, kw) => {
    const p: PartialMethod = Reflect.construct(PartialMethod, [], C);
    if (!args.length) throw pyErr(E.TypeError, "partialmethod.__init__() missing 1 required positional argument: 'func'");
    p.func = args[0]; p.args = tuple(args.slice(1)); p.keywords = newDict(kw ? [...kw] : []);
    return p;
  },
});

// ------------------------------------------------------------------ update_wrapper / wraps

export const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];
export const WRAPPER_UPDATES = ['__dict__'];

function attrsDict(o: any): [string, any][] {
  if (typeof o === 'function') return o.$attrs ? Object.entries(o.$attrs) : [];
  if (o && typeof o === 'object' && !Array.isArray(o)) {
    return Object.keys(o).filter(k => !k.startsWith('$')).map(k => [k, o[k]]);
  }
  return [];
}

export function updateWrapper(wrapper: any, wrapped: any, assigned: any = WRAPPER_ASSIGNMENTS, updated: any = WRAPPER_UPDATES): any {
  // Runtime wrapper objects (lru_cache...) take the attributes into their own __dict__.
  const set = wrapper instanceof PyObject && !wrapper.$cls.$user ? (k: string, v: any) => setOwn(wrapper, k, v) : (k: string, v: any) => setattr(wrapper, k, v);
  for (const attr of iter(assigned)) {
    const v = getattrDefault(wrapped, attr, undefined);
    if (v !== undefined) set(attr, v);
  }
  for (const attr of iter(updated)) {
    if (attr !== '__dict__') { call(getattr(getattr(wrapper, attr), 'update'), getattrDefault(wrapped, attr, newDict())); continue; }
    for (const [k, v] of attrsDict(wrapped)) set(k, v);
  }
  set('__wrapped__', wrapped);
  return wrapper;
}

const updateWrapperFn = pyfunc('update_wrapper', ['wrapper', 'wrapped', 'assigned=', 'updated='],
  updateWrapper, [tuple(WRAPPER_ASSIGNMENTS.slice()), tuple(WRAPPER_UPDATES.slice())]);

const wraps = pyfunc('wraps', ['wrapped', 'assigned=', 'updated='], (wrapped: any, assigned: any, updated: any) =>
  makePartial(partialClass, updateWrapperFn, [], new Map([['wrapped', wrapped], ['assigned', assigned], ['updated', updated]])),
[tuple(WRAPPER_ASSIGNMENTS.slice()), tuple(WRAPPER_UPDATES.slice())]);

// ------------------------------------------------------------------ reduce

const reduce = pyfunc('reduce', ['function', 'iterable', 'initial=', '/'], (fn: any, seq: any, initial: any) => {
  let acc = initial;
  let it: Iterable<any>;
  try { it = iter(seq); } catch (e: any) {
    if (e?.$cls === E.TypeError) throw pyErr(E.TypeError, `reduce() arg 2 must support iteration`);
    throw e;
  }
  for (const x of it) acc = acc === undefined ? x : call(fn, acc, x);
  if (acc === undefined) throw pyErr(E.TypeError, 'reduce() of empty iterable with no initial value');
  return acc;
}, [undefined]);

// ------------------------------------------------------------------ total_ordering

const ORDER_OPS = ['__lt__', '__le__', '__gt__', '__ge__'];
function ordering(root: string, op: string): any {
  // CPython's _gt_from_lt etc.: derive `op` from `root` and __eq__.
  const rootCall = (self: any, other: any) => call(classLookupBound(typeOf(self), root, self), other);
  const eq = (self: any, other: any) => pyEq(self, other);
  const table: Record<string, Record<string, (s: any, o: any) => any>> = {
    __lt__: {
      __gt__: (s, o) => { const r = rootCall(s, o); return r === NotImplemented ? r : !truthy(r) && !eq(s, o); },
      __le__: (s, o) => { const r = rootCall(s, o); return r === NotImplemented ? r : truthy(r) || eq(s, o); },
      __ge__: (s, o) => { const r = rootCall(s, o); return r === NotImplemented ? r : !truthy(r); },
    },
    __le__: {
      __ge__: (s, o) => { const r = rootCall(s, o); return r === NotImplemented ? r : !truthy(r) || eq(s, o); },
      __lt__: (s, o) => { const r = rootCall(s, o); return r === NotImplemented ? r : truthy(r) && !eq(s, o); },
      __gt__: (s, o) => { const r = rootCall(s, o); return r === NotImplemented ? r : !truthy(r); },
    },
    __gt__: {
      __lt__: (s, o) => { const r = rootCall(s, o); return r === NotImplemented ? r : !truthy(r) && !eq(s, o); },
      __ge__: (s, o) => { const r = rootCall(s, o); return r === NotImplemented ? r : truthy(r) || eq(s, o); },
      __le__: (s, o) => { const r = rootCall(s, o); return r === NotImplemented ? r : !truthy(r); },
    },
    __ge__: {
      __le__: (s, o) => { const r = rootCall(s, o); return r === NotImplemented ? r : !truthy(r) || eq(s, o); },
      __gt__: (s, o) => { const r = rootCall(s, o); return r === NotImplemented ? r : truthy(r) && !eq(s, o); },
      __lt__: (s, o) => { const r = rootCall(s, o); return r === NotImplemented ? r : !truthy(r); },
    },
  };
  const impl = table[root][op];
  const fromName = `_${op.slice(2, 4)}_from_${root.slice(2, 4)}`;
  // Installed on a user class and called with `this` = the instance (runtime-method convention).
  return pyfunc(op, ['other'], function (this: any, other: any) { return impl(this, other); }, [], fromName);
}
function classLookupBound(C: PyClass, name: string, self: any) {
  const f = classLookup(C, name);
  return typeof f === 'function' ? bindMethod(f, self) : f;
}

const totalOrdering = pyfunc('total_ordering', ['cls'], (cls: any) => {
  const roots = ORDER_OPS.filter(op => {
    const mine = classLookup(cls, op);
    return mine !== undefined && mine !== classLookup(objectClass, op);
  });
  if (!roots.length) throw pyErr(E.ValueError, 'must define at least one ordering operation: < > <= >=');
  const root = roots.reduce((a, b) => (a > b ? a : b));
  for (const op of ORDER_OPS) if (!roots.includes(op) && op !== root) setattr(cls, op, ordering(root, op));
  return cls;
});

// ------------------------------------------------------------------ cmp_to_key

class KeyWrapper extends PyObject {
  constructor(public $cmp: any = None, public obj: any = None) { super(); }
  $c(o: any): number {
    if (!(o instanceof KeyWrapper)) throw pyErr(E.TypeError, 'other argument must be K instance');
    const r = call(this.$cmp, this.obj, o.obj);
    return typeof r === 'number' ? r : Number(r);
  }
  __lt__(o: any) { return this.$c(o) < 0; }
  __gt__(o: any) { return this.$c(o) > 0; }
  __le__(o: any) { return this.$c(o) <= 0; }
  __ge__(o: any) { return this.$c(o) >= 0; }
  __eq__(o: any) { return this.$c(o) === 0; }
}
nativeClass({ name: 'KeyWrapper', module: 'functools', es: KeyWrapper, dict: { __hash__: None } });
const cmpToKey = pyfunc('cmp_to_key', ['mycmp'], (cmp: any) => pyfunc('K', ['obj'], (obj: any) => new KeyWrapper(cmp, obj)));

// ------------------------------------------------------------------ cached_property

class CachedProperty extends PyObject {
  func: any = None; attrname: any = None;
  __set_name__(_owner: any, name: string) {
    if (this.attrname === None) this.attrname = name;
    else if (name !== this.attrname) {
      throw pyErr(E.TypeError, `Cannot assign the same cached_property to two different names (${repr(this.attrname)} and ${repr(name)}).`);
    }
    return None;
  }
  __get__(instance: any, _owner?: any) {
    if (instance === None || instance === undefined) return this;
    if (this.attrname === None) throw pyErr(E.TypeError, 'Cannot use cached_property instance without calling __set_name__ on it.');
    const name = this.attrname as string;
    if (Object.prototype.hasOwnProperty.call(instance, name)) return instance[name];
    const val = call(this.func, instance);
    Object.defineProperty(instance, name, { value: val, writable: true, enumerable: true, configurable: true });
    return val;
  }
}
const cachedPropertyClass = nativeClass({
  name: 'cached_property', module: 'functools', es: CachedProperty,
  new: (C, args) => {
    const p: CachedProperty = Reflect.construct(CachedProperty, [], C);
    p.func = args[0] ?? None;
    setOwn(p, '__doc__', getattrDefault(p.func, '__doc__', None));
    setOwn(p, '__module__', getattrDefault(p.func, '__module__', None));
    return p;
  },
});

registerModule('functools', () => ({
  partial: partialClass,
  partialmethod: partialmethodClass,
  reduce,
  update_wrapper: updateWrapperFn,
  wraps,
  WRAPPER_ASSIGNMENTS: tuple(WRAPPER_ASSIGNMENTS.slice()),
  WRAPPER_UPDATES: tuple(WRAPPER_UPDATES.slice()),
  lru_cache: pyfunc('lru_cache', ['maxsize=', 'typed='], (m: any, t: any) => lruCache(m, t, updateWrapper), [128, false]),
  cache: pyfunc('cache', ['user_function', '/'], (f: any) => lruCache(None, false, updateWrapper, f)),
  _CacheInfo: CacheInfo,
  total_ordering: totalOrdering,
  cmp_to_key: cmpToKey,
  cached_property: cachedPropertyClass,
  singledispatch: pyfunc('singledispatch', ['func'], (f: any) => singledispatch(f, updateWrapper)),
  singledispatchmethod: singledispatchmethodClass,
}));
