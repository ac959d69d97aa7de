// collections.Counter, transcribed from CPython 3.11's Lib/collections/__init__.py.
import { PyClass, nativeClass, None, NotImplemented, typeName, tuple } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { iter, truthy } from '../py/protocols';
import { callMethod } from '../py/attrs';
import { PyDict } from '../py/dict';
import { dictClass, dictUpdate, dictRepr } from '../py/dictMethods';
import { classMethod } from '../py/slice';
import * as ops from '../py/ops';
import { allocDict } from './_dictsubs';
import { isMapping } from './_abc';
import { pyLt, pyAdd, newDict } from './_rt';
import { genIterType } from '../py/iterators';

let counterClass: PyClass;
const isCounter = (v: any): v is PyDict => v instanceof PyDict && v.$cls.$mro.includes(counterClass);
const get0 = (d: PyDict, k: any) => { const i = d.$find(k); return i >= 0 ? d.$v[i] : 0; };
/** self[k] on a Counter (subclasses may override __getitem__/__missing__). */
const getC = (d: PyDict, k: any) => (d.$cls === counterClass ? get0(d, k) : callMethod(d, '__getitem__', k));
const setC = (d: PyDict, k: any, v: any) => (d.$cls === counterClass ? d.$set(k, v) : callMethod(d, '__setitem__', k, v));
const gt0 = (v: any) => pyLt(0, v);

function update(self: PyDict, iterable: any, kw: Map<string, any> | undefined, sign: 1 | -1) {
  if (iterable !== None && iterable !== undefined) {
    if (isMapping(iterable)) {
      const items: [any, any][] = iterable instanceof PyDict ? [...iterable.$entries()] :
        Array.from(iter(callMethod(iterable, 'items')), (kv: any) => [kv[0], kv[1]]);
      if (sign === 1 && self.$size === 0) {
        dictUpdate(self, iterable);
      } else {
        for (const [k, c] of items) setC(self, k, sign === 1 ? pyAdd(c, get0(self, k)) : ops.sub(get0(self, k), c));
      }
    } else {
      for (const k of iter(iterable)) setC(self, k, sign === 1 ? pyAdd(get0(self, k), 1) : ops.sub(get0(self, k), 1));
    }
  }
  if (kw && kw.size) update(self, newDict(kw), undefined, sign);
}

function varMethod(f: (this: PyDict, pos: any[], kw: Map<string, any> | undefined) => any, name: string): any {
  const m: any = function (this: PyDict, ...a: any[]) { return f.call(this, a, undefined); };
  m.$callKw = function (this: PyDict, pos: any[], kw: Map<string, any>) { return f.call(this, pos, kw); };
  m.$name = name;
  return m;
}
function oneArg(name: string, pos: any[]) {
  if (pos.length > 1) throw pyErr(E.TypeError, `${name} expected at most 1 argument, got ${pos.length}`);
  return pos.length ? pos[0] : None;
}

/** Items sorted by count, largest first, ties in insertion order (sorted(..., reverse=True)). */
function mostCommon(d: PyDict): [any, any][] {
  const items = [...d.$entries()];
  return items.map((e, i) => [e, i] as [[any, any], number])
    .sort((a, b) => (pyLt(b[0][1], a[0][1]) ? -1 : pyLt(a[0][1], b[0][1]) ? 1 : a[1] - b[1]))
    .map(x => x[0]);
}

function fresh(): PyDict { return allocDict(counterClass); }

function binop(f: (self: PyDict, other: PyDict, out: PyDict) => void) {
  return function (this: PyDict, other: any) {
    if (!isCounter(other)) return NotImplemented;
    const out = fresh();
    f(this, other, out);
    return out;
  };
}
function keepPositive(d: PyDict): PyDict {
  for (const [k, v] of [...d.$entries()]) if (!gt0(v)) d.$del(k);
  return d;
}

const chainIter = genIterType('chain');
chainIter.cls.$module = 'itertools';
function* elementsGen(d: PyDict) {
  for (const [k, c] of [...d.$entries()]) {
    const n = typeof c === 'number' ? c : typeof c === 'bigint' ? Number(c) : typeof c === 'boolean' ? Number(c) : (() => { throw pyErr(E.TypeError, `'${typeName(c)}' object cannot be interpreted as an integer`); })();
    for (let i = 0; i < n; i++) yield k;
  }
}

counterClass = nativeClass({
  name: 'Counter', module: 'collections', bases: [dictClass], es: PyDict,
  new: (C, args, kw) => { const d = allocDict(C); update(d, oneArg('Counter', args), kw, 1); return d; },
  dict: {
    __init__: varMethod(function (pos, kw) { this.$clear(); update(this, oneArg('Counter', pos), kw, 1); return None; }, '__init__'),
    __missing__(_k: any) { return 0; },
    total(this: PyDict) { let s: any = 0; for (const v of this.$valueList()) s = pyAdd(s, v); return s; },
    most_common(this: PyDict, n: any = None) {
      const all = mostCommon(this).map(e => tuple(e));
      if (n === None) return all;
      const k = Number(n);
      return all.slice(0, Math.max(0, k));
    },
    elements(this: PyDict) { return chainIter.make(elementsGen(this)); },
    fromkeys: classMethod(() => { throw pyErr(E.NotImplementedError, 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.'); }),
    update: varMethod(function (pos, kw) { update(this, oneArg('update', pos), kw, 1); return None; }, 'update'),
    subtract: varMethod(function (pos, kw) { update(this, oneArg('subtract', pos), kw, -1); return None; }, 'subtract'),
    copy(this: PyDict) { const d = allocDict(this.$cls); dictUpdate(d, this); return d; },
    __reduce__(this: PyDict) { return tuple([this.$cls, tuple([newDict(this.$entries())])]); },
    __delitem__(this: PyDict, k: any) { this.$del(k); return None; },
    __repr__(this: PyDict) {
      const name = typeName(this);
      if (this.$size === 0) return `${name}()`;
      let d: PyDict;
      try { d = newDict(mostCommon(this)); } catch (e: any) {
        if (e?.$cls !== E.TypeError) throw e;
        d = newDict(this.$entries());
      }
      return `${name}(${dictRepr(d)})`;
    },
    __eq__(this: PyDict, o: any) {
      if (!isCounter(o)) return NotImplemented;
      for (const [a, b] of [[this, o], [o, this]]) for (const k of a.$keyList()) if (!truthy(ops.eq(getC(a, k), getC(b, k)))) return false;
      return true;
    },
    __ne__(this: PyDict, o: any) {
      if (!isCounter(o)) return NotImplemented;
      return !(counterClass.prototype.__eq__ as any).call(this, o);
    },
    __le__(this: PyDict, o: any) {
      if (!isCounter(o)) return NotImplemented;
      for (const a of [this, o]) for (const k of a.$keyList()) if (!truthy(ops.le(getC(this, k), getC(o, k)))) return false;
      return true;
    },
    __lt__(this: PyDict, o: any) {
      if (!isCounter(o)) return NotImplemented;
      return (counterClass.prototype.__le__ as any).call(this, o) && !(counterClass.prototype.__eq__ as any).call(this, o);
    },
    __ge__(this: PyDict, o: any) {
      if (!isCounter(o)) return NotImplemented;
      for (const a of [this, o]) for (const k of a.$keyList()) if (!truthy(ops.ge(getC(this, k), getC(o, k)))) return false;
      return true;
    },
    __gt__(this: PyDict, o: any) {
      if (!isCounter(o)) return NotImplemented;
      return (counterClass.prototype.__ge__ as any).call(this, o) && !(counterClass.prototype.__eq__ as any).call(this, o);
    },
    __add__: binop((s, o, out) => {
      for (const [k, c] of s.$entries()) { const n = pyAdd(c, getC(o, k)); if (gt0(n)) out.$set(k, n); }
      for (const [k, c] of o.$entries()) if (!s.$has(k) && gt0(c)) out.$set(k, c);
    }),
    __sub__: binop((s, o, out) => {
      for (const [k, c] of s.$entries()) { const n = ops.sub(c, getC(o, k)); if (gt0(n)) out.$set(k, n); }
      for (const [k, c] of o.$entries()) if (!s.$has(k) && pyLt(c, 0)) out.$set(k, ops.sub(0, c));
    }),
    __or__: binop((s, o, out) => {
      for (const [k, c] of s.$entries()) { const oc = getC(o, k); const n = pyLt(c, oc) ? oc : c; if (gt0(n)) out.$set(k, n); }
      for (const [k, c] of o.$entries()) if (!s.$has(k) && gt0(c)) out.$set(k, c);
    }),
    __and__: binop((s, o, out) => {
      for (const [k, c] of s.$entries()) { const oc = getC(o, k); const n = pyLt(c, oc) ? c : oc; if (gt0(n)) out.$set(k, n); }
    }),
    __pos__(this: PyDict) { const out = fresh(); for (const [k, c] of this.$entries()) if (gt0(c)) out.$set(k, c); return out; },
    __neg__(this: PyDict) { const out = fresh(); for (const [k, c] of this.$entries()) if (pyLt(c, 0)) out.$set(k, ops.sub(0, c)); return out; },
    __iadd__(this: PyDict, o: any) {
      if (!isCounter(o)) return NotImplemented;
      for (const [k, c] of [...o.$entries()]) setC(this, k, pyAdd(getC(this, k), c));
      return keepPositive(this);
    },
    __isub__(this: PyDict, o: any) {
      if (!isCounter(o)) return NotImplemented;
      for (const [k, c] of [...o.$entries()]) setC(this, k, ops.sub(getC(this, k), c));
      return keepPositive(this);
    },
    __ior__(this: PyDict, o: any) {
      if (!isCounter(o)) return NotImplemented;
      for (const [k, oc] of [...o.$entries()]) { const c = getC(this, k); if (pyLt(c, oc)) setC(this, k, oc); }
      return keepPositive(this);
    },
    __iand__(this: PyDict, o: any) {
      if (!isCounter(o)) return NotImplemented;
      for (const [k, c] of [...this.$entries()]) { const oc = getC(o, k); if (pyLt(oc, c)) setC(this, k, oc); }
      return keepPositive(this);
    },
  },
});

export { counterClass };
