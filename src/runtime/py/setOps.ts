// Set algebra with CPython's construction orders (setobject.c): update, union, intersection,
// difference, symmetric difference, subset tests.
'use strict';
import { E } from './exceptions';
import { iter } from './protocols';
import { H } from './hash';
import {
  PyAnySet, hashPartsOf, lookkey, addEntry, discardEntry, setMerge, resize, setClear, setAdd, setDiscard,
} from './setTable';
import { PyDict } from './dict';

/** Allocators for plain set / frozenset, set by set.ts (avoids an import cycle). */
export const alloc = { set: (): PyAnySet => { throw new Error('set.ts not loaded'); }, frozenset: (): PyAnySet => { throw new Error('set.ts not loaded'); } };
export const isMutable = { test: (_s: PyAnySet): boolean => true };

export function isAnySet(v: any): v is PyAnySet { return v instanceof PyAnySet; }
/** PyDict_CheckExact */
function isExactDict(v: any): v is PyDict { return v instanceof PyDict && (v as any).$cls === (PyDict.prototype as any).$cls; }

/** make_new_set_basetype: a plain set for set (sub)classes, else a frozenset. */
export function newLike(s: PyAnySet): PyAnySet { return isMutable.test(s) ? alloc.set() : alloc.frozenset(); }

/** set_update_internal */
export function updateFrom(s: PyAnySet, other: any): void {
  if (other instanceof PyAnySet) { setMerge(s, other); return; }
  if (isExactDict(other)) {
    const n = other.$size;
    if ((s.$fill + n) * 5 >= s.$mask * 3) resize(s, (s.$used + n) * 2);
    for (const k of other.$keyList()) setAdd(s, k);
    return;
  }
  if (Array.isArray(other)) { for (let i = 0; i < other.length; i++) setAdd(s, other[i]); return; }
  for (const k of iter(other)) setAdd(s, k);
}

export function copyOf(s: PyAnySet): PyAnySet {
  const r = newLike(s);
  updateFrom(r, s);
  return r;
}

function containsEntry(s: PyAnySet, key: any, hi: number, lo: number): boolean { return lookkey(s, key, hi, lo) >= 0; }

/** Walk the active entries of a set in table order (set_next), giving key, hi, lo. */
export function forEntries(s: PyAnySet, f: (k: any, hi: number, lo: number) => boolean | void): void {
  for (let e = 0; e <= s.$mask; e++) {
    const k = s.$keys[e];
    if (k === undefined || (k as any)?.$dummy === true) continue;
    if (f(k, s.$hi[e], s.$lo[e]) === true) return;
  }
}

export function intersection(so: PyAnySet, other: any): PyAnySet {
  if (so === other) return copyOf(so);
  const result = newLike(so);
  if (other instanceof PyAnySet) {
    let a = so, b = other;
    if (b.$used > a.$used) { const t = a; a = b; b = t; }
    forEntries(b, (k, hi, lo) => { if (containsEntry(a, k, hi, lo)) addEntry(result, k, hi, lo); });
    return result;
  }
  for (const k of iter(other)) {
    hashPartsOf(k);
    const hi = H.hi, lo = H.lo;
    if (containsEntry(so, k, hi, lo)) {
      addEntry(result, k, hi, lo);
      if (result.$used >= so.$used) break;
    }
  }
  return result;
}

export function differenceUpdate(so: PyAnySet, other: any): void {
  if (so === other) { setClear(so); return; }
  if (other instanceof PyAnySet) {
    const o = (other.$used >> 3) > so.$used ? intersection(so, other) : other;
    forEntries(o, (k, hi, lo) => { discardEntry(so, k, hi, lo); });
  } else {
    for (const k of iter(other)) setDiscard(so, k);
  }
  if (so.$fill - so.$used <= Math.floor(so.$mask / 4)) return;
  resize(so, so.$used > 50000 ? so.$used * 2 : so.$used * 4);
}

export function difference(so: PyAnySet, other: any): PyAnySet {
  let otherSize: number;
  const isDict = isExactDict(other);
  if (other instanceof PyAnySet) otherSize = other.$used;
  else if (isDict) otherSize = (other as PyDict).$size;
  else { const r = copyOf(so); differenceUpdate(r, other); return r; }
  if ((so.$used >> 2) > otherSize) { const r = copyOf(so); differenceUpdate(r, other); return r; }
  const result = newLike(so);
  if (isDict) {
    forEntries(so, (k, hi, lo) => { if (!(other as PyDict).$has(k)) addEntry(result, k, hi, lo); });
    return result;
  }
  forEntries(so, (k, hi, lo) => { if (!containsEntry(other as PyAnySet, k, hi, lo)) addEntry(result, k, hi, lo); });
  return result;
}

export function symmetricDifferenceUpdate(so: PyAnySet, other: any): void {
  if (so === other) { setClear(so); return; }
  if (isExactDict(other)) {
    for (const k of other.$keyList()) {
      hashPartsOf(k);
      const hi = H.hi, lo = H.lo;
      if (!discardEntry(so, k, hi, lo)) addEntry(so, k, hi, lo);
    }
    return;
  }
  let o: PyAnySet;
  if (other instanceof PyAnySet) o = other;
  else { o = newLike(so); updateFrom(o, other); }
  forEntries(o, (k, hi, lo) => { if (!discardEntry(so, k, hi, lo)) addEntry(so, k, hi, lo); });
}

export function symmetricDifference(so: PyAnySet, other: any): PyAnySet {
  const o = newLike(so);
  updateFrom(o, other);
  symmetricDifferenceUpdate(o, so);
  return o;
}

export function issubset(so: PyAnySet, other: any): boolean {
  if (!(other instanceof PyAnySet)) return intersection(so, other).$used === so.$used;
  if (so.$used > other.$used) return false;
  let ok = true;
  forEntries(so, (k, hi, lo) => { if (!containsEntry(other, k, hi, lo)) { ok = false; return true; } });
  return ok;
}

export function issuperset(so: PyAnySet, other: any): boolean {
  if (other instanceof PyAnySet) return issubset(other, so);
  for (const k of iter(other)) {
    hashPartsOf(k);
    if (!containsEntry(so, k, H.hi, H.lo)) return false;
  }
  return true;
}

export function isdisjoint(so: PyAnySet, other: any): boolean {
  if (so === other) return so.$used === 0;
  if (other instanceof PyAnySet) {
    let a = so, b = other;
    if (b.$used > a.$used) { const t = a; a = b; b = t; }
    let dis = true;
    forEntries(b, (k, hi, lo) => { if (containsEntry(a, k, hi, lo)) { dis = false; return true; } });
    return dis;
  }
  for (const k of iter(other)) {
    hashPartsOf(k);
    if (containsEntry(so, k, H.hi, H.lo)) return false;
  }
  return true;
}

/** set_swap_bodies for the in-place updates: `so` takes over `tmp`'s table. */
export function takeTable(so: PyAnySet, tmp: PyAnySet): void {
  so.$keys = tmp.$keys; so.$hi = tmp.$hi; so.$lo = tmp.$lo;
  so.$fill = tmp.$fill; so.$used = tmp.$used; so.$mask = tmp.$mask;
  so.$hash = undefined;
}

export function unhashableRetry<T>(s: PyAnySet, key: any, f: (k: any) => T): T {
  try { return f(key); } catch (e: any) {
    if (key instanceof PyAnySet && isMutable.test(key) && e?.$cls === E.TypeError) {
      const tmp = alloc.frozenset();
      updateFrom(tmp, key);
      return f(tmp);
    }
    throw e;
  }
}
