// The set and frozenset types over the exact CPython table in setTable.ts.
'use strict';
import { PyClass, nativeClass, NotImplemented, None, typeName } from './object';
import { E, pyErr } from './exceptions';
import { repr } from './protocols';
import { hashFrozensetOf, fromParts } from './hash';
import { PyAnySet, DUMMY, setAdd, setContains, setDiscard, setClear, setPop, setKeys } from './setTable';
import {
  alloc, isMutable, updateFrom, copyOf, intersection, difference, differenceUpdate, symmetricDifference,
  symmetricDifferenceUpdate, issubset, issuperset, isdisjoint, takeTable, unhashableRetry, forEntries,
} from './setOps';
import { reprEnter, reprLeave, classGetitem } from './listSeq';
import { PyIterBase, iterClass } from './iterators';

export { PyAnySet } from './setTable';
export { hashOf } from './setTable';

export class PySet extends PyAnySet {}
export class PyFrozenSet extends PyAnySet {}

alloc.set = () => new PySet();
alloc.frozenset = () => new PyFrozenSet();
isMutable.test = (s) => s instanceof PySet;

class SetIter extends PyIterBase {
  constructor(public s: PyAnySet | null, public used: number, public pos = 0) { super(); }
  $next() {
    const s = this.s;
    if (s === null) return undefined;
    if (this.used !== s.$used) {
      this.used = -1;
      throw pyErr(E.RuntimeError, 'Set changed size during iteration');
    }
    const keys = s.$keys;
    let i = this.pos;
    while (i <= s.$mask && (keys[i] === undefined || keys[i] === DUMMY)) i++;
    this.pos = i + 1;
    if (i > s.$mask) { this.s = null; return undefined; }
    return keys[i];
  }
}
iterClass('set_iterator', SetIter);
Object.defineProperty(PyAnySet.prototype, Symbol.iterator, {
  value: function (this: PyAnySet) { return new SetIter(this, this.$used)[Symbol.iterator](); }, configurable: true, writable: true,
});

// ---------------------------------------------------------------- helpers for translated code

/** `$.set([a, b])`: BUILD_SET semantics (items added left to right). */
export function set(items: any[]): PySet {
  const s = new PySet();
  for (let i = 0; i < items.length; i++) setAdd(s, items[i]);
  return s;
}
/** A frozenset constant as the compiler makes it: built from the items, then rebuilt by the
 *  constant merger from that first frozenset's iteration order. Used for `for x in {1, 2, 3}`
 *  and `x in {...}` where every element is a constant. */
export function frozensetConst(items: any[]): PyFrozenSet {
  const a = new PyFrozenSet();
  for (const x of items) setAdd(a, x);
  const b = new PyFrozenSet();
  for (const x of setKeys(a)) setAdd(b, x);
  return b;
}
/** A set display of 3+ constants: CPython emits BUILD_SET 0 + SET_UPDATE(frozenset const). */
export function setConst(items: any[]): PySet {
  const s = new PySet();
  updateFrom(s, frozensetConst(items));
  return s;
}
/** A set display with starred parts, `{a, *b, c}` → setStarred([a, b, c], [false, true, false]):
 *  plain items are added (SET_ADD), starred ones merged with set.update rules (SET_UPDATE). */
export function setStarred(parts: any[], starred: boolean[]): PySet {
  const s = new PySet();
  for (let i = 0; i < parts.length; i++) {
    if (starred[i]) updateFrom(s, parts[i]); else setAdd(s, parts[i]);
  }
  return s;
}
export function frozenset(items: any[]): PyFrozenSet {
  const s = new PyFrozenSet();
  for (const x of items) setAdd(s, x);
  return s;
}
export function setFrom(iterable: any): PySet { const s = new PySet(); updateFrom(s, iterable); return s; }
export function isAnySet(v: any): v is PyAnySet { return v instanceof PyAnySet; }
export { setKeys, setAdd, setContains, setDiscard };

export function setRepr(s: PyAnySet): string {
  const C: PyClass = (s as any).$cls;
  const exact = C === setClass;
  if (!reprEnter(s)) return `${C.$name}(...)`;
  try {
    if (s.$used === 0) return `${C.$name}()`;
    const body = setKeys(s).map(k => repr(k)).join(', ');
    return exact ? `{${body}}` : `${C.$name}({${body}})`;
  } finally { reprLeave(s); }
}

export function frozensetHash(s: PyAnySet): number | bigint {
  if (s.$hash !== undefined) return s.$hash;
  const hs: Array<number | bigint> = [];
  forEntries(s, (_k, hi, lo) => { hs.push(fromParts(hi, lo)); });
  const h = hashFrozensetOf(hs);
  s.$hash = h;
  return h;
}

function richEq(a: PyAnySet, b: PyAnySet): boolean {
  if (a.$used !== b.$used) return false;
  if (a.$hash !== undefined && b.$hash !== undefined && a.$hash !== b.$hash) return false;
  return issubset(a, b);
}

function binop(f: (a: PyAnySet, b: PyAnySet) => any, reflected = false) {
  return function (this: PyAnySet, o: any) {
    if (!(o instanceof PyAnySet)) return NotImplemented;
    return reflected ? f(o, this) : f(this, o);
  };
}
const orOp = (a: PyAnySet, b: PyAnySet) => { const r = copyOf(a); if (a !== b) updateFrom(r, b); return r; };

const common: Record<string, any> = {
  __len__(this: PyAnySet) { return this.$used; },
  __iter__(this: PyAnySet) { return new SetIter(this, this.$used); },
  __contains__(this: PyAnySet, k: any) { return unhashableRetry(this, k, x => setContains(this, x)); },
  __repr__(this: PyAnySet) { return setRepr(this); },
  __eq__(this: PyAnySet, o: any) { return o instanceof PyAnySet ? richEq(this, o) : NotImplemented; },
  __ne__(this: PyAnySet, o: any) { return o instanceof PyAnySet ? !richEq(this, o) : NotImplemented; },
  __le__: binop(issubset),
  __ge__: binop(issuperset),
  __lt__: binop((a, b) => a.$used < b.$used && issubset(a, b)),
  __gt__: binop((a, b) => a.$used > b.$used && issuperset(a, b)),
  __or__: binop(orOp), __ror__: binop(orOp, true),
  __and__: binop(intersection), __rand__: binop(intersection, true),
  __sub__: binop(difference), __rsub__: binop(difference, true),
  __xor__: binop(symmetricDifference), __rxor__: binop(symmetricDifference, true),
  __class_getitem__: classGetitem,
  copy(this: PyAnySet) { return this instanceof PyFrozenSet && (this as any).$cls === frozensetClass ? this : copyOf(this); },
  union(this: PyAnySet, ...others: any[]) {
    const r = copyOf(this);
    for (const o of others) if (o !== this) updateFrom(r, o);
    return r;
  },
  intersection(this: PyAnySet, ...others: any[]) {
    if (!others.length) return copyOf(this);
    let r: PyAnySet = this;
    for (const o of others) r = intersection(r, o);
    return r;
  },
  difference(this: PyAnySet, ...others: any[]) {
    if (!others.length) return copyOf(this);
    const r = difference(this, others[0]);
    for (let i = 1; i < others.length; i++) differenceUpdate(r, others[i]);
    return r;
  },
  symmetric_difference(this: PyAnySet, o: any) { return symmetricDifference(this, o); },
  issubset(this: PyAnySet, o: any) { return issubset(this, o); },
  issuperset(this: PyAnySet, o: any) { return issuperset(this, o); },
  isdisjoint(this: PyAnySet, o: any) { return isdisjoint(this, o); },
};

function noKw(name: string, kw?: Map<string, any>) {
  if (kw && kw.size) throw pyErr(E.TypeError, `${name}() takes no keyword arguments`);
}
function oneArg(name: string, args: any[]) {
  if (args.length > 1) throw pyErr(E.TypeError, `${name} expected at most 1 argument, got ${args.length}`);
}

export const setClass = nativeClass({
  name: 'set', es: PySet,
  new: (_c, args, kw) => { noKw('set', kw); oneArg('set', args); const s = new PySet(); if (args.length) updateFrom(s, args[0]); return s; },
  dict: {
    ...common,
    __hash__: None,
    __init__(this: PySet, ...args: any[]) {
      oneArg(typeName(this), args);
      if (this.$fill) setClear(this);
      if (args.length) updateFrom(this, args[0]);
      return None;
    },
    __ior__(this: PySet, o: any) { if (!(o instanceof PyAnySet)) return NotImplemented; updateFrom(this, o); return this; },
    __iand__(this: PySet, o: any) { if (!(o instanceof PyAnySet)) return NotImplemented; takeTable(this, intersection(this, o)); return this; },
    __isub__(this: PySet, o: any) { if (!(o instanceof PyAnySet)) return NotImplemented; differenceUpdate(this, o); return this; },
    __ixor__(this: PySet, o: any) { if (!(o instanceof PyAnySet)) return NotImplemented; symmetricDifferenceUpdate(this, o); return this; },
    add(this: PySet, k: any) { setAdd(this, k); return None; },
    discard(this: PySet, k: any) { unhashableRetry(this, k, x => setDiscard(this, x)); return None; },
    remove(this: PySet, k: any) {
      if (!unhashableRetry(this, k, x => setDiscard(this, x))) throw pyErr(E.KeyError, k);
      return None;
    },
    pop(this: PySet) { return setPop(this); },
    clear(this: PySet) { setClear(this); return None; },
    update(this: PySet, ...others: any[]) { for (const o of others) updateFrom(this, o); return None; },
    intersection_update(this: PySet, ...others: any[]) {
      takeTable(this, common.intersection.apply(this, others));
      return None;
    },
    difference_update(this: PySet, ...others: any[]) { for (const o of others) differenceUpdate(this, o); return None; },
    symmetric_difference_update(this: PySet, o: any) { symmetricDifferenceUpdate(this, o); return None; },
  },
});

export const frozensetClass = nativeClass({
  name: 'frozenset', es: PyFrozenSet,
  new: (cls, args, kw) => {
    noKw('frozenset', kw); oneArg('frozenset', args);
    const src = args[0];
    if (cls === frozensetClass && src instanceof PyFrozenSet && (src as any).$cls === frozensetClass) return src;
    const s: PyFrozenSet = cls === frozensetClass ? new PyFrozenSet() : Reflect.construct(PyFrozenSet, [], cls);
    if (args.length) updateFrom(s, src);
    return s;
  },
  dict: {
    ...common,
    __hash__(this: PyFrozenSet) { return frozensetHash(this); },
  },
});
