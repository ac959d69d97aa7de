// The list type (a plain JS Array): item/slice get/set/delete, methods, dunders, constructor.
'use strict';
import { listClass, defineMethods, NotImplemented, None, typeName, isList, PyClass } from './object';
import { E, pyErr } from './exceptions';
import { iter, truthy, repr } from './protocols';
import { PySlice, adjustSlice, seqIndex, indexValue, intArg } from './slice';
import {
  listRepr, seqEq, seqCompare, seqGetitem, seqContains, seqCount, seqIndexOf, seqRepeat, toArray, classGetitem, CmpOp,
} from './listSeq';
import { listSort } from './listSort';
import { ListIter, ListRevIter } from './iterators';

export { listRepr, listGetitem, seqGetitem, tupleRepr, tupleGetitem, reprEnter, reprLeave, toArray } from './listSeq';
export { sortArray, listSort } from './listSort';

function listItems(v: any, msg: string): any[] {
  if (Array.isArray(v)) return v.slice();
  try { return Array.from(iter(v)); } catch (e: any) {
    if (e?.$cls === E.TypeError && /is not iterable/.test(String(e.args?.[0]))) throw pyErr(E.TypeError, msg);
    throw e;
  }
}

/** a[key] = value */
export function listSetitem(a: any[], key: any, value: any): void {
  if (typeof key === 'number') {
    const i = key < 0 ? key + a.length : key;
    if (i < 0 || i >= a.length) throw pyErr(E.IndexError, 'list assignment index out of range');
    a[i] = value;
    return;
  }
  if (key instanceof PySlice) {
    const r = adjustSlice(key, a.length);
    if (r.step === 1) {
      const items = listItems(value, 'can only assign an iterable');
      const stop = Math.max(r.start, r.stop);
      a.splice(r.start, stop - r.start, ...items);
      return;
    }
    const items = listItems(value, 'must assign iterable to extended slice');
    if (items.length !== r.n) {
      throw pyErr(E.ValueError, `attempt to assign sequence of size ${items.length} to extended slice of size ${r.n}`);
    }
    for (let k = 0, i = r.start; k < r.n; k++, i += r.step) a[i] = items[k];
    return;
  }
  if (indexValue(key) === undefined) throw pyErr(E.TypeError, `list indices must be integers or slices, not ${typeName(key)}`);
  a[seqIndex(key, a.length, 'list assignment index out of range', 'list')] = value;
}

/** del a[key] */
export function listDelitem(a: any[], key: any): void {
  if (key instanceof PySlice) {
    const r = adjustSlice(key, a.length);
    if (r.n <= 0) return;
    if (r.step === 1) { a.splice(r.start, r.n); return; }
    const drop = new Set<number>();
    for (let k = 0, i = r.start; k < r.n; k++, i += r.step) drop.add(i);
    let w = 0;
    for (let i = 0; i < a.length; i++) if (!drop.has(i)) a[w++] = a[i];
    a.length = w;
    return;
  }
  if (typeof key !== 'number' && indexValue(key) === undefined) {
    throw pyErr(E.TypeError, `list indices must be integers or slices, not ${typeName(key)}`);
  }
  a.splice(seqIndex(key, a.length, 'list assignment index out of range', 'list'), 1);
}

function listCmp(op: CmpOp) {
  return function (this: any[], o: any) { return isList(o) ? seqCompare(this, o, op) : NotImplemented; };
}

defineMethods(listClass, {
  __hash__: None,
  __len__(this: any[]) { return this.length; },
  __getitem__(this: any[], k: any) { return seqGetitem(this, k, false); },
  __setitem__(this: any[], k: any, v: any) { listSetitem(this, k, v); return None; },
  __delitem__(this: any[], k: any) { listDelitem(this, k); return None; },
  __contains__(this: any[], x: any) { return seqContains(this, x); },
  __iter__(this: any[]) { return new ListIter(this); },
  __reversed__(this: any[]) { return new ListRevIter(this, this.length - 1); },
  __repr__(this: any[]) { return listRepr(this); },
  __eq__(this: any[], o: any) { return isList(o) ? seqEq(this, o) : NotImplemented; },
  __ne__(this: any[], o: any) { return isList(o) ? !seqEq(this, o) : NotImplemented; },
  __lt__: listCmp('lt'), __le__: listCmp('le'), __gt__: listCmp('gt'), __ge__: listCmp('ge'),
  __add__(this: any[], o: any) { return isList(o) ? this.concat(o) : NotImplemented; },
  __iadd__(this: any[], o: any) {
    const items = listItems(o, `'${typeName(o)}' object is not iterable`);
    for (const x of items) this.push(x);
    return this;
  },
  __mul__(this: any[], n: any) { return seqRepeat(this, n) ?? NotImplemented; },
  __rmul__(this: any[], n: any) { return seqRepeat(this, n) ?? NotImplemented; },
  __imul__(this: any[], n: any) {
    const r = seqRepeat(this, n);
    if (r === undefined) return NotImplemented;
    this.length = 0;
    for (const x of r) this.push(x);
    return this;
  },
  __init__(this: any[], it?: any) {
    const items = it === undefined ? [] : listItems(it, `'${typeName(it)}' object is not iterable`);
    this.length = 0;
    for (const x of items) this.push(x);
    return None;
  },
  __class_getitem__: classGetitem,
  append(this: any[], x: any) { this.push(x); return None; },
  extend(this: any[], it: any) {
    const items = Array.isArray(it) ? it.slice() : listItems(it, `'${typeName(it)}' object is not iterable`);
    for (const x of items) this.push(x);
    return None;
  },
  insert(this: any[], i: any, x: any) {
    let k = intArg(i);
    const n = this.length;
    if (k < 0) { k += n; if (k < 0) k = 0; } else if (k > n) k = n;
    this.splice(k, 0, x);
    return None;
  },
  remove(this: any[], x: any) {
    const i = seqIndexOf(this, x);
    if (i < 0) throw pyErr(E.ValueError, 'list.remove(x): x not in list');
    this.splice(i, 1);
    return None;
  },
  pop(this: any[], i?: any) {
    if (this.length === 0) throw pyErr(E.IndexError, 'pop from empty list');
    if (i === undefined) return this.pop();
    let k = intArg(i);
    if (k < 0) k += this.length;
    if (k < 0 || k >= this.length) throw pyErr(E.IndexError, 'pop index out of range');
    return this.splice(k, 1)[0];
  },
  clear(this: any[]) { this.length = 0; return None; },
  index(this: any[], x: any, start?: any, stop?: any) {
    const i = seqIndexOf(this, x, start, stop);
    if (i < 0) throw pyErr(E.ValueError, `${repr(x)} is not in list`);
    return i;
  },
  count(this: any[], x: any) { return seqCount(this, x); },
  reverse(this: any[]) { this.reverse(); return None; },
  copy(this: any[]) { return this.slice(); },
});

// sort(*, key=None, reverse=False): keyword-only.
const sortImpl = function (this: any[], ...pos: any[]) {
  if (pos.length) throw pyErr(E.TypeError, 'sort() takes no positional arguments');
  listSort(this, undefined, false);
  return None;
};
(sortImpl as any).$callKw = function (this: any[], pos: any[], kw: Map<string, any>) {
  if (pos.length) throw pyErr(E.TypeError, 'sort() takes no positional arguments');
  let key: any, rev = false;
  for (const [k, v] of kw) {
    if (k === 'key') key = v;
    else if (k === 'reverse') rev = truthy(v);
    else throw pyErr(E.TypeError, `'${k}' is an invalid keyword argument for sort()`);
  }
  listSort(this, key, rev);
  return None;
};
defineMethods(listClass, { sort: sortImpl });

/** list() / list(iterable) */
listClass.$new = (_cls: PyClass, args: any[], kw?: Map<string, any>) => {
  if (kw && kw.size) throw pyErr(E.TypeError, 'list() takes no keyword arguments');
  if (args.length > 1) throw pyErr(E.TypeError, `list expected at most 1 argument, got ${args.length}`);
  return args.length ? toArray(args[0]) : [];
};
