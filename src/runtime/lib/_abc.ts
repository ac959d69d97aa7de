// collections.abc: the ABCs as classes usable with isinstance() (structural checks as CPython's
// __subclasshook__s, plus explicit registration and subclassing) and as mixin base classes.
import { PyClass, nativeClass, None, isClass, typeOf, typeName, NotImplemented } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { isCallable } from '../py/call';
import { lookupSpecial, callMethod } from '../py/attrs';
import { iter, len } from '../py/protocols';
import { genIterType } from '../py/iterators';
import { PyDict } from '../py/dict';
import { PyAnySet } from '../py/setTable';
import { Coroutine, PyGenerator, AsyncGenerator } from '../py/generators';
import { eqBool } from '../py/listSeq';
import { sequenceClasses, isSequence } from './_rt';

const has = (v: any, ...names: string[]) => names.every(n => {
  if (typeof v === 'string' || Array.isArray(v)) return typeOf(v).prototype[n] !== undefined || (n === '__iter__');
  const f = lookupSpecial(v, n);
  return f !== undefined && f !== None;
});

/** Classes registered with ABC.register(). */
const registry = new Map<PyClass, Set<PyClass>>();

interface AbcSpec {
  name: string;
  bases?: PyClass[];
  check?: (v: any) => boolean;
  /** Builtin type names that are virtual subclasses. */
  builtins?: string[];
  mixins?: Record<string, any>;
  abstract?: string[];
}

export const ABCS: Record<string, PyClass> = Object.create(null);

function isVirtual(A: PyClass, C: PyClass): boolean {
  for (const k of C.$mro) {
    if (k === A) return true;
    for (const [abc, set] of registry) if (set.has(k) && (abc === A || abc.$mro.includes(A))) return true;
  }
  return false;
}

function abc(spec: AbcSpec): PyClass {
  const bases = spec.bases ?? [];
  const A = nativeClass({ name: spec.name, module: 'collections.abc', bases: bases.length ? bases : undefined, dict: spec.mixins });
  const builtins = new Set(spec.builtins ?? []);
  (A as any).$instancecheck = (v: any) => {
    const C = typeOf(v);
    if (isVirtual(A, C)) return true;
    if (C.$mro.some(k => builtins.has(k.$name) && k.$module === 'builtins')) return true;
    return spec.check ? spec.check(v) : false;
  };
  (A as any).$abstract = spec.abstract ?? [];
  Object.defineProperty(A.prototype, 'register', {
    value: { __get__: (_o: any, cls: any) => (sub: any) => {
      if (!isClass(sub)) throw pyErr(E.TypeError, 'Can only register classes');
      let set = registry.get(cls);
      if (!set) registry.set(cls, set = new Set());
      set.add(sub);
      if (cls === ABCS.Sequence || cls.$mro.includes(ABCS.Sequence)) sequenceClasses.add(sub);
      return sub;
    } },
    enumerable: false, configurable: true, writable: true,
  });
  A.$meta = { abstract: true };
  ABCS[spec.name] = A;
  return A;
}

const notHashNone = (v: any) => { const h = typeof v === 'object' && !Array.isArray(v) ? lookupSpecial(v, '__hash__') : typeOf(v).prototype.__hash__; return h !== None && h !== undefined; };

abc({ name: 'Hashable', check: notHashNone });
const Awaitable = abc({ name: 'Awaitable', check: v => v instanceof Coroutine || (typeof v === 'object' && has(v, '__await__')) });
abc({ name: 'Coroutine', bases: [Awaitable], check: v => v instanceof Coroutine || (typeof v === 'object' && has(v, '__await__', 'send', 'throw', 'close')) });
const AsyncIterable = abc({ name: 'AsyncIterable', check: v => typeof v === 'object' && has(v, '__aiter__') });
const AsyncIterator = abc({ name: 'AsyncIterator', bases: [AsyncIterable], check: v => typeof v === 'object' && has(v, '__aiter__', '__anext__') });
abc({ name: 'AsyncGenerator', bases: [AsyncIterator], check: v => v instanceof AsyncGenerator || (typeof v === 'object' && has(v, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')) });
const Iterable = abc({ name: 'Iterable', check: v => typeof v === 'string' || Array.isArray(v) || (typeof v === 'object' && (typeof v[Symbol.iterator] === 'function' || has(v, '__iter__'))),
  mixins: {} });
const Iterator = abc({ name: 'Iterator', bases: [Iterable], check: v => typeof v === 'object' && !Array.isArray(v) && has(v, '__next__', '__iter__'),
  mixins: { __iter__(this: any) { return this; } } });
const Reversible = abc({ name: 'Reversible', bases: [Iterable], check: v => typeof v === 'string' || Array.isArray(v) || (typeof v === 'object' && has(v, '__reversed__', '__iter__')) });
abc({ name: 'Generator', bases: [Iterator], check: v => v instanceof PyGenerator || (typeof v === 'object' && has(v, '__next__', '__iter__', 'send', 'throw', 'close')) });
const Sized = abc({ name: 'Sized', check: v => typeof v === 'string' || Array.isArray(v) || (typeof v === 'object' && has(v, '__len__')) });
const Container = abc({ name: 'Container', check: v => typeof v === 'string' || Array.isArray(v) || (typeof v === 'object' && has(v, '__contains__')) });
abc({ name: 'Callable', check: v => isCallable(v) });
const Collection = abc({ name: 'Collection', bases: [Sized, Iterable, Container], check: v => typeof v === 'string' || Array.isArray(v) || (typeof v === 'object' && has(v, '__len__', '__iter__', '__contains__')) });

function* seqGen(s: any) {
  for (let i = 0; ; i++) {
    let v;
    try { v = callMethod(s, '__getitem__', i); } catch (e: any) { if (e?.$cls === E.IndexError) return; throw e; }
    yield v;
  }
}
function* seqRevGen(s: any) { for (let i = len(s) - 1; i >= 0; i--) yield callMethod(s, '__getitem__', i); }
const seqIter = genIterType('iterator');
const seqRevIter = genIterType('reversed');

const seqMixins = {
  __contains__(this: any, x: any) { for (const y of iter(this)) if (eqBool(y, x)) return true; return false; },
  __iter__(this: any) { return seqIter.make(seqGen(this)); },
  __reversed__(this: any) { return seqRevIter.make(seqRevGen(this)); },
  index(this: any, x: any) { let i = 0; for (const y of iter(this)) { if (eqBool(y, x)) return i; i++; } throw pyErr(E.ValueError); },
  count(this: any, x: any) { let n = 0; for (const y of iter(this)) if (eqBool(y, x)) n++; return n; },
};
const Sequence = abc({ name: 'Sequence', bases: [Reversible, Collection], check: v => isSequence(v), mixins: seqMixins });
abc({ name: 'MutableSequence', bases: [Sequence], builtins: ['list', 'bytearray'], check: v => Array.isArray(v) && (v as any).$t !== true || typeName(v) === 'deque',
  mixins: {
    append(this: any, v: any) { callMethod(this, 'insert', len(this), v); return None; },
    extend(this: any, vs: any) { for (const v of Array.from(iter(vs))) callMethod(this, 'append', v); return None; },
    pop(this: any, i: any = -1) { const v = callMethod(this, '__getitem__', i); callMethod(this, '__delitem__', i); return v; },
    remove(this: any, v: any) { callMethod(this, '__delitem__', callMethod(this, 'index', v)); return None; },
    clear(this: any) { try { for (;;) callMethod(this, 'pop'); } catch (e: any) { if (e?.$cls !== E.IndexError) throw e; } return None; },
    reverse(this: any) { const n = len(this); for (let i = 0; i < n >> 1; i++) { const a = callMethod(this, '__getitem__', i), b = callMethod(this, '__getitem__', n - i - 1); callMethod(this, '__setitem__', i, b); callMethod(this, '__setitem__', n - i - 1, a); } return None; },
  } });

export function isMapping(v: any): boolean { return (ABCS.Mapping as any).$instancecheck(v); }
const mapMixins = {
  get(this: any, k: any, d: any = None) { try { return callMethod(this, '__getitem__', k); } catch (e: any) { if (e?.$cls === E.KeyError) return d; throw e; } },
  __contains__(this: any, k: any) { try { callMethod(this, '__getitem__', k); return true; } catch (e: any) { if (e?.$cls === E.KeyError) return false; throw e; } },
  keys(this: any) { return Array.from(iter(this)); },
  items(this: any) { return Array.from(iter(this), k => { const t: any = [k, callMethod(this, '__getitem__', k)]; t.$t = true; return t; }); },
  values(this: any) { return Array.from(iter(this), k => callMethod(this, '__getitem__', k)); },
  __eq__(this: any, o: any) {
    if (!isMapping(o)) return NotImplemented;
    const a = mapMixins.items.call(this), b = Array.from(iter(o));
    if (a.length !== b.length) return false;
    return a.every(([k, v]: any) => { try { return eqBool(callMethod(o, '__getitem__', k), v); } catch { return false; } });
  },
};
const Mapping = abc({ name: 'Mapping', bases: [Collection], check: v => v instanceof PyDict || typeName(v) === 'mappingproxy', mixins: mapMixins });
abc({ name: 'MutableMapping', bases: [Mapping], check: v => v instanceof PyDict, mixins: {
  pop(this: any, k: any, d?: any) {
    try { const v = callMethod(this, '__getitem__', k); callMethod(this, '__delitem__', k); return v; } catch (e: any) { if (e?.$cls === E.KeyError && d !== undefined) return d; throw e; }
  },
  setdefault(this: any, k: any, d: any = None) { try { return callMethod(this, '__getitem__', k); } catch (e: any) { if (e?.$cls !== E.KeyError) throw e; callMethod(this, '__setitem__', k, d); return d; } },
  update(this: any, o: any = None) {
    if (o === None) return None;
    if (isMapping(o)) { for (const k of Array.from(iter(o))) callMethod(this, '__setitem__', k, callMethod(o, '__getitem__', k)); }
    else for (const kv of iter(o)) { const [k, v] = Array.from(iter(kv)); callMethod(this, '__setitem__', k, v); }
    return None;
  },
  clear(this: any) { for (const k of Array.from(iter(this))) callMethod(this, '__delitem__', k); return None; },
  popitem(this: any) {
    const first = iter(this)[Symbol.iterator]().next();
    if (first.done) throw pyErr(E.KeyError);
    const v = callMethod(this, '__getitem__', first.value); callMethod(this, '__delitem__', first.value);
    const t: any = [first.value, v]; t.$t = true; return t;
  },
} });
const SetAbc = abc({ name: 'Set', bases: [Collection], check: v => v instanceof PyAnySet });
abc({ name: 'MutableSet', bases: [SetAbc], check: v => v instanceof PyAnySet && typeName(v) !== 'frozenset' });
const MappingView = abc({ name: 'MappingView', bases: [Sized], builtins: ['dict_keys', 'dict_values', 'dict_items'] });
abc({ name: 'KeysView', bases: [MappingView, SetAbc], builtins: ['dict_keys'] });
abc({ name: 'ItemsView', bases: [MappingView, SetAbc], builtins: ['dict_items'] });
abc({ name: 'ValuesView', bases: [MappingView, Collection], builtins: ['dict_values'] });
/** Mark classes that subclass Sequence (so random.sample etc. accept them). */
sequenceClasses.add(Sequence);

export function abcModule(): Record<string, any> { return { ...ABCS }; }
