// CPython 3.11's setobject.c hash table, reproduced exactly (open addressing, LINEAR_PROBES = 9,
// PERTURB_SHIFT = 5, dummies, fill/used/mask, resize rules, insert_clean, merge), so that set
// iteration order matches CPython. Hashes are kept as int32 halves (see hash.ts).
'use strict';
import { PyObject, PyFloat, typeName } from './object';
import { E, pyErr } from './exceptions';
import { hash as pyHash } from './protocols';
import { H, splitInto, strHashInto, intHashInto, hashFloat, hashInt, fromParts } from './hash';
import { tupleHash } from './tuple';
import { eqBool } from './listSeq';

/** Marker for deleted slots. */
export const DUMMY: any = Object.freeze({ $dummy: true });
const MINSIZE = 8;
const LINEAR_PROBES = 9;

export class PyAnySet extends PyObject {
  $keys: any[] = new Array(MINSIZE);
  $hi = new Int32Array(MINSIZE);
  $lo = new Int32Array(MINSIZE);
  $fill = 0;
  $used = 0;
  $mask = MINSIZE - 1;
  $finger = 0;
  /** Cached frozenset hash. */
  $hash: number | bigint | undefined = undefined;
}

// ---------------------------------------------------------------- hashing keys

/** Compute hash(key) into H.hi/H.lo, with fast paths for the common builtin types. */
export function hashPartsOf(key: any): void {
  switch (typeof key) {
    case 'string': strHashInto(key); return;
    case 'number': case 'boolean': case 'bigint': intHashInto(key); return;
  }
  if (key instanceof PyFloat && !Number.isNaN(key.v)) { splitInto(hashFloat(key.v)); return; }
  if (Array.isArray(key)) {
    if ((key as any).$t !== true) throw pyErr(E.TypeError, `unhashable type: '${typeName(key)}'`);
    splitInto(tupleHash(key));
    return;
  }
  splitInto(userHash(pyHash(key)));
}

const I64_MAX = (1n << 63n) - 1n, I64_MIN = -(1n << 63n);
/** slot_tp_hash: a __hash__ result in int64 range is used as is (-1 becomes -2); a larger
 *  int is reduced with int's own hash. */
function userHash(h: any): number | bigint {
  if (typeof h === 'number') return h === -1 ? -2 : h;
  if (typeof h === 'boolean') return h ? 1 : 0;
  if (typeof h === 'bigint') return h > I64_MAX || h < I64_MIN ? hashInt(h) : h;
  return h;
}
/** hash(key) as a Python int. */
export function hashOf(key: any): number | bigint {
  hashPartsOf(key);
  return fromParts(H.hi, H.lo);
}

// ---------------------------------------------------------------- probing

/** set_lookkey: the slot holding an equal key, or -1. */
export function lookkey(s: PyAnySet, key: any, hi: number, lo: number): number {
  lo |= 0;
  restart: for (;;) {
    const keys = s.$keys;
    let mask = s.$mask;
    let i = lo & mask;
    let pl = lo >>> 0, ph = hi >>> 0;
    for (;;) {
      let e = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const k = keys[e];
        if (k === undefined) return -1;
        if (s.$lo[e] === lo && s.$hi[e] === hi) {
          if (k === key) return e;
          if (!(typeof k === 'string' && typeof key === 'string')) {
            const cmp = eqBool(k, key);
            if (s.$keys !== keys || keys[e] !== k) continue restart;
            if (cmp) return e;
            mask = s.$mask;
          }
        }
        e++;
      } while (probes-- > 0);
      pl = ((pl >>> 5) | (ph << 27)) >>> 0; ph >>>= 5;
      i = (i * 5 + 1 + pl) & mask;
    }
  }
}

/** set_add_entry. Returns true if the key was added. */
export function addEntry(s: PyAnySet, key: any, hi: number, lo: number): boolean {
  lo |= 0;
  restart: for (;;) {
    const keys = s.$keys;
    let mask = s.$mask;
    let i = lo & mask;
    let pl = lo >>> 0, ph = hi >>> 0;
    let free = -1;
    for (;;) {
      let e = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const k = keys[e];
        if (k === undefined) {
          if (free >= 0) {
            s.$used++;
            keys[free] = key; s.$hi[free] = hi; s.$lo[free] = lo;
            return true;
          }
          s.$fill++; s.$used++;
          keys[e] = key; s.$hi[e] = hi; s.$lo[e] = lo;
          if (s.$fill * 5 >= mask * 3) resize(s, s.$used > 50000 ? s.$used * 2 : s.$used * 4);
          return true;
        }
        if (s.$lo[e] === lo && s.$hi[e] === hi) {
          if (k === key) return false;
          if (!(typeof k === 'string' && typeof key === 'string')) {
            const cmp = eqBool(k, key);
            if (cmp) return false;
            if (s.$keys !== keys || keys[e] !== k) continue restart;
            mask = s.$mask;
          }
        } else if (k === DUMMY) free = e;
        e++;
      } while (probes-- > 0);
      pl = ((pl >>> 5) | (ph << 27)) >>> 0; ph >>>= 5;
      i = (i * 5 + 1 + pl) & mask;
    }
  }
}

function insertClean(keys: any[], his: Int32Array, los: Int32Array, mask: number, key: any, hi: number, lo: number) {
  let i = lo & mask;
  let pl = lo >>> 0, ph = hi >>> 0;
  for (;;) {
    if (keys[i] === undefined) { keys[i] = key; his[i] = hi; los[i] = lo; return; }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        const e = i + j;
        if (keys[e] === undefined) { keys[e] = key; his[e] = hi; los[e] = lo; return; }
      }
    }
    pl = ((pl >>> 5) | (ph << 27)) >>> 0; ph >>>= 5;
    i = (i * 5 + 1 + pl) & mask;
  }
}

/** set_table_resize: rebuild into the smallest table larger than minused. */
export function resize(s: PyAnySet, minused: number): void {
  let size = MINSIZE;
  while (size <= minused) size *= 2;
  const oldKeys = s.$keys, oldHi = s.$hi, oldLo = s.$lo, oldMask = s.$mask;
  if (size === MINSIZE && oldMask === MINSIZE - 1 && s.$fill === s.$used) return;
  const keys = new Array(size), his = new Int32Array(size), los = new Int32Array(size);
  const mask = size - 1;
  for (let e = 0; e <= oldMask; e++) {
    const k = oldKeys[e];
    if (k !== undefined && k !== DUMMY) insertClean(keys, his, los, mask, k, oldHi[e], oldLo[e]);
  }
  s.$keys = keys; s.$hi = his; s.$lo = los; s.$mask = mask;
  s.$fill = s.$used;
}

// ---------------------------------------------------------------- operations

export function setAdd(s: PyAnySet, key: any): boolean {
  hashPartsOf(key);
  return addEntry(s, key, H.hi, H.lo);
}
export function setContains(s: PyAnySet, key: any): boolean {
  hashPartsOf(key);
  return lookkey(s, key, H.hi, H.lo) >= 0;
}
export function discardEntry(s: PyAnySet, key: any, hi: number, lo: number): boolean {
  const e = lookkey(s, key, hi, lo);
  if (e < 0) return false;
  s.$keys[e] = DUMMY; s.$hi[e] = -1; s.$lo[e] = -1;
  s.$used--;
  return true;
}
export function setDiscard(s: PyAnySet, key: any): boolean {
  hashPartsOf(key);
  return discardEntry(s, key, H.hi, H.lo);
}
export function setClear(s: PyAnySet): void {
  s.$keys = new Array(MINSIZE); s.$hi = new Int32Array(MINSIZE); s.$lo = new Int32Array(MINSIZE);
  s.$fill = 0; s.$used = 0; s.$mask = MINSIZE - 1; s.$hash = undefined;
}
/** set.pop(): the search finger walks the table. */
export function setPop(s: PyAnySet): any {
  if (s.$used === 0) throw pyErr(E.KeyError, 'pop from an empty set');
  let e = s.$finger & s.$mask;
  while (s.$keys[e] === undefined || s.$keys[e] === DUMMY) {
    e++;
    if (e > s.$mask) e = 0;
  }
  const key = s.$keys[e];
  s.$keys[e] = DUMMY; s.$hi[e] = -1; s.$lo[e] = -1;
  s.$used--;
  s.$finger = e + 1;
  return key;
}

/** set_merge: add every key of another set (one resize up front, clean inserts when empty). */
export function setMerge(s: PyAnySet, o: PyAnySet): void {
  if (o === s || o.$used === 0) return;
  if ((s.$fill + o.$used) * 5 >= s.$mask * 3) resize(s, (s.$used + o.$used) * 2);
  if (s.$fill === 0 && s.$mask === o.$mask && o.$fill === o.$used) {
    s.$keys = o.$keys.slice(); s.$hi = o.$hi.slice(); s.$lo = o.$lo.slice();
    s.$fill = o.$fill; s.$used = o.$used;
    return;
  }
  if (s.$fill === 0) {
    s.$fill = o.$used; s.$used = o.$used;
    for (let e = 0; e <= o.$mask; e++) {
      const k = o.$keys[e];
      if (k !== undefined && k !== DUMMY) insertClean(s.$keys, s.$hi, s.$lo, s.$mask, k, o.$hi[e], o.$lo[e]);
    }
    return;
  }
  for (let e = 0; e <= o.$mask; e++) {
    const k = o.$keys[e];
    if (k !== undefined && k !== DUMMY) addEntry(s, k, o.$hi[e], o.$lo[e]);
  }
}

/** Active slot indexes in table order (set_next). */
export function activeSlots(s: PyAnySet): number[] {
  const out: number[] = [];
  const keys = s.$keys;
  for (let e = 0; e <= s.$mask; e++) { const k = keys[e]; if (k !== undefined && k !== DUMMY) out.push(e); }
  return out;
}
/** The keys in iteration order. */
export function setKeys(s: PyAnySet): any[] {
  const out: any[] = [];
  const keys = s.$keys;
  for (let e = 0; e <= s.$mask; e++) { const k = keys[e]; if (k !== undefined && k !== DUMMY) out.push(k); }
  return out;
}
