// dict iterators and the keys/values/items views (len, iteration, membership, repr, set ops).
'use strict';
import { PyObject, nativeClass, NotImplemented, None, tuple, isTuple } from './object';
import { E, pyErr } from './exceptions';
import { repr, iter } from './protocols';
import { PyDict, HOLE } from './dict';
import { PyIterBase, iterClass } from './iterators';
import { reprEnter, reprLeave, eqBool } from './listSeq';
import { PySet, PyAnySet, setFrom, setContains, setAdd } from './set';
import { updateFrom, intersection, differenceUpdate, symmetricDifferenceUpdate } from './setOps';

const KEYS = 0, VALUES = 1, ITEMS = 2;

class DictIter extends PyIterBase {
  remaining: number;
  constructor(public d: PyDict | null, public kind: number, public pos = 0, public used = d!.$size) {
    super();
    this.remaining = used;
  }
  $next(): any {
    const d = this.d;
    if (d === null) return undefined;
    if (this.used !== d.$size) {
      this.used = -1;
      throw pyErr(E.RuntimeError, 'dictionary changed size during iteration');
    }
    const ks = d.$k;
    let i = this.pos;
    while (i < ks.length && ks[i] === HOLE) i++;
    if (i >= ks.length) { this.d = null; return undefined; }
    if (this.remaining === 0) {
      this.d = null;
      throw pyErr(E.RuntimeError, 'dictionary keys changed during iteration');
    }
    this.pos = i + 1;
    this.remaining--;
    return this.kind === KEYS ? ks[i] : this.kind === VALUES ? d.$v[i] : tuple([ks[i], d.$v[i]]);
  }
}
class DictRevIter extends PyIterBase {
  constructor(public d: PyDict | null, public kind: number, public pos: number, public used: number) { super(); }
  $next(): any {
    const d = this.d;
    if (d === null) return undefined;
    if (this.used !== d.$size) {
      this.used = -1;
      throw pyErr(E.RuntimeError, 'dictionary changed size during iteration');
    }
    let i = Math.min(this.pos, d.$k.length - 1);
    while (i >= 0 && d.$k[i] === HOLE) i--;
    if (i < 0) { this.d = null; return undefined; }
    this.pos = i - 1;
    return this.kind === KEYS ? d.$k[i] : this.kind === VALUES ? d.$v[i] : tuple([d.$k[i], d.$v[i]]);
  }
}
class KeyIt extends DictIter {}
class ValIt extends DictIter {}
class ItemIt extends DictIter {}
class RKeyIt extends DictRevIter {}
class RValIt extends DictRevIter {}
class RItemIt extends DictRevIter {}
iterClass('dict_keyiterator', KeyIt);
iterClass('dict_valueiterator', ValIt);
iterClass('dict_itemiterator', ItemIt);
iterClass('dict_reversekeyiterator', RKeyIt);
iterClass('dict_reversevalueiterator', RValIt);
iterClass('dict_reverseitemiterator', RItemIt);

// JS iteration (protocols.iter / for..of) walks a dict by keys with the same checks.
Object.defineProperty(PyDict.prototype, Symbol.iterator, {
  value: function (this: PyDict) { return new KeyIt(this, KEYS)[Symbol.iterator](); }, configurable: true, writable: true,
});

export function dictIter(d: PyDict, kind = KEYS): PyIterBase {
  return kind === KEYS ? new KeyIt(d, KEYS) : kind === VALUES ? new ValIt(d, VALUES) : new ItemIt(d, ITEMS);
}
export function dictRevIter(d: PyDict, kind = KEYS): PyIterBase {
  const C = kind === KEYS ? RKeyIt : kind === VALUES ? RValIt : RItemIt;
  return new C(d, kind, d.$k.length - 1, d.$size);
}

// ---------------------------------------------------------------- views

export class DictView extends PyObject {
  constructor(public $d: PyDict) { super(); }
}
class KeysView extends DictView { [Symbol.iterator]() { return new KeyIt(this.$d, KEYS)[Symbol.iterator](); } }
class ValuesView extends DictView { [Symbol.iterator]() { return new ValIt(this.$d, VALUES)[Symbol.iterator](); } }
class ItemsView extends DictView { [Symbol.iterator]() { return new ItemIt(this.$d, ITEMS)[Symbol.iterator](); } }

function itemsContains(d: PyDict, x: any): boolean {
  if (!isTuple(x) || x.length !== 2) return false;
  const i = d.$find(x[0]);
  return i >= 0 && eqBool(d.$v[i], x[1]);
}
function viewContains(v: DictView, x: any): boolean {
  return v instanceof KeysView ? v.$d.$has(x) : itemsContains(v.$d, x);
}
function isSetLike(o: any): boolean { return o instanceof PyAnySet || o instanceof KeysView || o instanceof ItemsView; }
function viewLen(o: any): number { return o instanceof DictView ? o.$d.$size : (o as PyAnySet).$used; }

/** dictviews_to_set */
function toSet(v: any): PySet {
  if (v instanceof KeysView && (v.$d as any).$cls?.$name === 'dict') return setFrom(v.$d);
  return setFrom(v);
}
function allContainedIn(a: any, b: any): boolean {
  for (const x of iter(a)) if (!(b instanceof DictView ? viewContains(b, x) : setContains(b, x))) return false;
  return true;
}

function viewRepr(name: string, v: DictView, items: () => any[]): string {
  if (!reprEnter(v)) return '...';
  try { return `${name}([${items().map(x => repr(x)).join(', ')}])`; } finally { reprLeave(v); }
}

function setOps(): Record<string, any> {
  const and = (a: any, b: any) => {
    if (!(a instanceof DictView)) { const t = a; a = b; b = t; }
    if (b instanceof PySet && (b as any).$cls?.$name === 'set' && viewLen(a) <= b.$used) return intersection(b, a);
    if (b instanceof DictView && viewLen(b) > viewLen(a)) { const t = a; a = b; b = t; }
    const r = new PySet();
    for (const x of iter(b)) if (viewContains(a, x)) setAdd(r, x);
    return r;
  };
  const or = (a: any, b: any) => { if (!(a instanceof DictView)) { const t = a; a = b; b = t; } const r = toSet(a); updateFrom(r, b); return r; };
  const sub = (a: any, b: any) => { const r = toSet(a); differenceUpdate(r, b instanceof PyAnySet ? b : setFrom(b)); return r; };
  const xor = (a: any, b: any) => { if (!(a instanceof DictView)) { const t = a; a = b; b = t; } const r = toSet(a); symmetricDifferenceUpdate(r, b); return r; };
  const cmp = (op: string) => function (this: DictView, o: any) {
    if (!isSetLike(o)) return NotImplemented;
    const la = viewLen(this), lb = viewLen(o);
    switch (op) {
      case 'eq': return la === lb && allContainedIn(this, o);
      case 'ne': return !(la === lb && allContainedIn(this, o));
      case 'lt': return la < lb && allContainedIn(this, o);
      case 'le': return la <= lb && allContainedIn(this, o);
      case 'gt': return la > lb && allContainedIn(o, this);
      default: return la >= lb && allContainedIn(o, this);
    }
  };
  return {
    __and__(this: any, o: any) { return and(this, o); }, __rand__(this: any, o: any) { return and(o, this); },
    __or__(this: any, o: any) { return or(this, o); }, __ror__(this: any, o: any) { return or(o, this); },
    __sub__(this: any, o: any) { return sub(this, o); }, __rsub__(this: any, o: any) { return sub(setFrom(o), this); },
    __xor__(this: any, o: any) { return xor(this, o); }, __rxor__(this: any, o: any) { return xor(o, this); },
    __eq__: cmp('eq'), __ne__: cmp('ne'), __lt__: cmp('lt'), __le__: cmp('le'), __gt__: cmp('gt'), __ge__: cmp('ge'),
    isdisjoint(this: DictView, o: any) {
      for (const x of iter(o)) if (viewContains(this, x)) return false;
      return true;
    },
  };
}

const base = (kind: number) => ({
  __len__(this: DictView) { return this.$d.$size; },
  __iter__(this: DictView) { return dictIter(this.$d, kind); },
  __reversed__(this: DictView) { return dictRevIter(this.$d, kind); },
});

nativeClass({
  name: 'dict_keys', es: KeysView as any,
  dict: {
    ...base(KEYS), ...setOps(), __hash__: None,
    __contains__(this: DictView, x: any) { return this.$d.$has(x); },
    __repr__(this: DictView) { return viewRepr('dict_keys', this, () => this.$d.$keyList()); },
  },
});
nativeClass({
  name: 'dict_values', es: ValuesView as any,
  dict: {
    ...base(VALUES),
    __repr__(this: DictView) { return viewRepr('dict_values', this, () => this.$d.$valueList()); },
  },
});
nativeClass({
  name: 'dict_items', es: ItemsView as any,
  dict: {
    ...base(ITEMS), ...setOps(), __hash__: None,
    __contains__(this: DictView, x: any) { return itemsContains(this.$d, x); },
    __repr__(this: DictView) { return viewRepr('dict_items', this, () => [...this.$d.$entries()].map(e => tuple(e))); },
  },
});

export function keysView(d: PyDict) { return new KeysView(d); }
export function valuesView(d: PyDict) { return new ValuesView(d); }
export function itemsView(d: PyDict) { return new ItemsView(d); }
export { KEYS, VALUES, ITEMS };
