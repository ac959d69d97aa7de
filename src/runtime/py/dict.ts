// PyDict: an insertion-ordered dict with Python key semantics (1 == 1.0 == True, hash then eq).
// Keys of builtin immutable types are normalised to JS Map keys; tuples of such values are
// encoded to strings (in a second map); other objects go by hash bucket + __eq__, or by identity
// when their class keeps object's __eq__/__hash__.
'use strict';
import { PyObject, PyFloat, None, objectClass, typeName } from './object';
import { E, pyErr } from './exceptions';
import { setKwargsDictFactory } from './call';
import { hashOf } from './setTable';
import { eqBool } from './listSeq';
import { PyBytes } from './bytes';

/** Marker for deleted entries. */
export const HOLE: any = Object.freeze({ $hole: true });

let KIND = 0; // where fastKey's result lives: 0 the main map, 1 the tuple map, 2 hash buckets

function encode(v: any): string | undefined {
  switch (typeof v) {
    case 'string': return 's' + v.length + ':' + v;
    case 'number': case 'bigint': return 'n' + v + ';';
    case 'boolean': return v ? 'n1;' : 'n0;';
  }
  if (v === None) return 'N';
  if (v instanceof PyFloat) {
    const x = v.v;
    if (x !== x) return undefined;
    if (Number.isInteger(x)) return 'n' + (Number.isSafeInteger(x) ? x : BigInt(x)) + ';';
    return 'n' + x + ';';
  }
  if (Array.isArray(v) && (v as any).$t === true) {
    let s = '(';
    for (const x of v) { const e = encode(x); if (e === undefined) return undefined; s += e; }
    return s + ')';
  }
  if (v instanceof PyBytes) { let s = 'b' + v.$b.length + ':'; for (const c of v.$b) s += String.fromCharCode(c); return s; }
  return undefined;
}

function identityHashed(o: any): boolean {
  const base = objectClass.prototype;
  const e = o.__eq__, h = o.__hash__;
  return (e === undefined || e === base.__eq__) && (h === undefined || h === base.__hash__);
}

/** The normalised key for the fast maps (KIND tells which), or undefined for the hash path. */
function fastKey(k: any): any {
  switch (typeof k) {
    case 'string': case 'number': case 'bigint': KIND = 0; return k;
    case 'boolean': KIND = 0; return k ? 1 : 0;
    case 'function': // bound methods compare by (__self__, __func__), not identity
      if (k.$bound !== undefined) { KIND = 2; return undefined; }
      KIND = 0; return k;
  }
  if (k === None) { KIND = 0; return k; }
  if (k instanceof PyFloat) {
    const v = k.v;
    KIND = 0;
    if (v !== v) return k;
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
    return v;
  }
  if (Array.isArray(k)) {
    if ((k as any).$t !== true) throw pyErr(E.TypeError, `unhashable type: '${typeName(k)}'`);
    const e = encode(k);
    if (e !== undefined) { KIND = 1; return e; }
    KIND = 2; return undefined;
  }
  if (k instanceof PyBytes) { KIND = 1; return encode(k); }
  if (identityHashed(k)) { KIND = 0; return k; }
  KIND = 2;
  return undefined;
}

export class PyDict extends PyObject {
  $k: any[] = [];
  $v: any[] = [];
  $idx = new Map<any, number>();
  $tidx: Map<string, number> | null = null;
  $hidx: Map<number | bigint, number[]> | null = null;
  $size = 0;
  $holes = 0;

  /** Entry index of key, or -1. */
  $find(key: any): number {
    const fk = fastKey(key);
    if (KIND === 0) { const i = this.$idx.get(fk); return i === undefined ? -1 : i; }
    if (KIND === 1) { const i = this.$tidx?.get(fk); return i === undefined ? -1 : i; }
    if (this.$hidx === null) { hashOf(key); return -1; }
    const bucket = this.$hidx.get(hashOf(key));
    if (bucket === undefined) return -1;
    for (const i of bucket) if (eqBool(this.$k[i], key)) return i;
    return -1;
  }
  $get(key: any): any { const i = this.$find(key); return i < 0 ? undefined : this.$v[i]; }
  $has(key: any): boolean { return this.$find(key) >= 0; }

  $set(key: any, value: any): void {
    const fk = fastKey(key);
    const kind = KIND;
    let i: number | undefined;
    let h: number | bigint = 0;
    if (kind === 0) i = this.$idx.get(fk);
    else if (kind === 1) i = this.$tidx?.get(fk);
    else {
      h = hashOf(key);
      const bucket = this.$hidx?.get(h);
      if (bucket) for (const j of bucket) if (eqBool(this.$k[j], key)) { i = j; break; }
    }
    if (i !== undefined) { this.$v[i] = value; return; }
    if (this.$holes > 8 && this.$holes > this.$size) this.$compact();
    const n = this.$k.length;
    this.$k.push(key); this.$v.push(value);
    this.$size++;
    if (kind === 0) this.$idx.set(fk, n);
    else if (kind === 1) (this.$tidx ??= new Map()).set(fk, n);
    else {
      const m = (this.$hidx ??= new Map());
      const b = m.get(h);
      if (b) b.push(n); else m.set(h, [n]);
    }
  }

  /** Remove the entry at index i (found by $find for `key`). */
  $removeAt(i: number, key: any): void {
    const fk = fastKey(key);
    if (KIND === 0) this.$idx.delete(fk);
    else if (KIND === 1) this.$tidx!.delete(fk);
    else {
      const h = hashOf(key);
      const b = this.$hidx!.get(h)!;
      b.splice(b.indexOf(i), 1);
      if (!b.length) this.$hidx!.delete(h);
    }
    this.$k[i] = HOLE; this.$v[i] = undefined;
    this.$size--; this.$holes++;
    let n = this.$k.length;
    while (n > 0 && this.$k[n - 1] === HOLE) { n--; this.$holes--; }
    this.$k.length = n; this.$v.length = n;
  }
  $del(key: any): boolean {
    const i = this.$find(key);
    if (i < 0) return false;
    this.$removeAt(i, this.$k[i]);
    return true;
  }
  $clear(): void {
    this.$k = []; this.$v = []; this.$idx = new Map(); this.$tidx = null; this.$hidx = null;
    this.$size = 0; this.$holes = 0;
  }
  /** Rebuild without holes (entry indexes change; only done when inserting). */
  $compact(): void {
    const ks = this.$k, vs = this.$v;
    this.$clear();
    for (let i = 0; i < ks.length; i++) if (ks[i] !== HOLE) this.$set(ks[i], vs[i]);
  }
  $keyList(): any[] { return this.$holes ? this.$k.filter(k => k !== HOLE) : this.$k.slice(); }
  $valueList(): any[] { const out: any[] = []; for (let i = 0; i < this.$k.length; i++) if (this.$k[i] !== HOLE) out.push(this.$v[i]); return out; }
  *$entries(): IterableIterator<[any, any]> {
    for (let i = 0; i < this.$k.length; i++) if (this.$k[i] !== HOLE) yield [this.$k[i], this.$v[i]];
  }
}

/** `$.dict([[k, v], ...])`: a dict display (later duplicates overwrite values, key kept). */
export function dict(pairs: any[][]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < pairs.length; i++) d.$set(pairs[i][0], pairs[i][1]);
  return d;
}
export const dictFromPairs = dict;
export function dictFromMap(m: Map<string, any>): PyDict {
  const d = new PyDict();
  for (const [k, v] of m) d.$set(k, v);
  return d;
}
setKwargsDictFactory(dictFromMap);
