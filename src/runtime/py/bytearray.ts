// The bytearray type: a mutable bytes. It shares the bytes methods (results are bytearrays, via
// `$make`) and adds item assignment, deletion and the list-like mutators.
'use strict';
import { PyClass, nativeClass, None, typeName } from './object';
import { E, pyErr } from './exceptions';
import { PyBytes, bytesClass, bytesRepr, fromIterable } from './bytes';
import { encodeStr } from './strMore';
import { PySlice, adjustSlice, indexValue, seqIndex, intArg, kwMethod } from './slice';
import { iter } from './protocols';

export class PyByteArray extends PyBytes {
  $make(b: Uint8Array): PyBytes { return new PyByteArray(b); }
}

/** An int in range(0, 256), with CPython's errors. */
function byteValue(v: any): number {
  const n = indexValue(v);
  if (n === undefined) throw pyErr(E.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (n < 0 || n > 255) throw pyErr(E.ValueError, 'byte must be in range(0, 256)');
  return Number(n);
}

/** The bytes of a bytes-like object or an iterable of ints (slice assignment, extend, +=). */
function bytesOf(v: any, err: () => any): Uint8Array {
  if (v instanceof PyBytes) return v.$b.slice();
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'string') throw err();
  return Uint8Array.from(Array.from(Array.isArray(v) ? v : iter(v), byteValue));
}

function byteArrayInit(this: PyByteArray, src?: any, encoding?: any, errors?: any) {
  if (src === undefined) { this.$b = new Uint8Array(0); return None; }
  if (typeof src === 'string') {
    if (encoding === undefined) throw pyErr(E.TypeError, 'string argument without an encoding');
    this.$b = encodeStr(src, encoding, errors ?? 'strict').$b;
    return None;
  }
  if (encoding !== undefined) throw pyErr(E.TypeError, 'encoding without a string argument');
  if (src instanceof PyBytes) this.$b = src.$b.slice();
  else if (typeof src === 'number' || typeof src === 'bigint' || typeof src === 'boolean') {
    const n = intArg(src);
    if (n < 0) throw pyErr(E.ValueError, 'negative count');
    this.$b = new Uint8Array(n);
  } else this.$b = fromIterable(src);
  return None;
}

function splice(self: PyByteArray, start: number, stop: number, insert: Uint8Array) {
  const b = self.$b, r = new Uint8Array(b.length - (stop - start) + insert.length);
  r.set(b.subarray(0, start)); r.set(insert, start); r.set(b.subarray(stop), start + insert.length);
  self.$b = r;
}

const index = (self: PyByteArray, k: any) => seqIndex(k, self.$b.length, 'bytearray index out of range', 'bytearray');

export const bytearrayClass: PyClass = nativeClass({ name: 'bytearray', es: PyByteArray });
// The bytes methods apply as they are (they build results with `$make`); then bytearray's own.
for (const k of Reflect.ownKeys(bytesClass.prototype)) {
  if (typeof k !== 'string' || k.startsWith('$') || k === 'constructor' || k === '__new__') continue;
  Object.defineProperty(bytearrayClass.prototype, k, Object.getOwnPropertyDescriptor(bytesClass.prototype, k)!);
}
Object.defineProperties(bytearrayClass.prototype, Object.fromEntries(Object.entries({
  __init__: kwMethod('bytearray', ['source', 'encoding', 'errors'], byteArrayInit),
  __hash__: None,
  __repr__(this: PyByteArray) { return `${typeName(this)}(${bytesRepr(this.$b, 'b', true)})`; },
  __str__(this: PyByteArray) { return `${typeName(this)}(${bytesRepr(this.$b, 'b', true)})`; },
  __getitem__(this: PyByteArray, k: any) {
    return k instanceof PySlice ? bytesClass.prototype.__getitem__.call(this, k) : this.$b[index(this, k)];
  },
  __setitem__(this: PyByteArray, k: any, v: any) {
    if (!(k instanceof PySlice)) { this.$b[index(this, k)] = byteValue(v); return None; }
    const src = bytesOf(v, () => pyErr(E.TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)'));
    const r = adjustSlice(k, this.$b.length);
    if (r.step === 1) { splice(this, r.start, Math.max(r.start, r.stop), src); return None; }
    const n = Math.max(r.n, 0);
    if (src.length !== n) throw pyErr(E.ValueError, `attempt to assign bytes of size ${src.length} to extended slice of size ${n}`);
    for (let i = 0, j = r.start; i < n; i++, j += r.step) this.$b[j] = src[i];
    return None;
  },
  __delitem__(this: PyByteArray, k: any) {
    if (!(k instanceof PySlice)) { const i = index(this, k); splice(this, i, i + 1, new Uint8Array(0)); return None; }
    const r = adjustSlice(k, this.$b.length);
    const drop = new Set<number>();
    for (let i = 0, j = r.start; i < r.n; i++, j += r.step) drop.add(j);
    this.$b = this.$b.filter((_, i) => !drop.has(i));
    return None;
  },
  __iadd__(this: PyByteArray, o: any) {
    if (!(o instanceof PyBytes)) throw pyErr(E.TypeError, `can't concat ${typeName(o)} to ${typeName(this)}`);
    splice(this, this.$b.length, this.$b.length, o.$b.slice());
    return this;
  },
  __imul__(this: PyByteArray, n: any) { this.$b = (bytesClass.prototype.__mul__.call(this, n) as PyBytes).$b; return this; },
  append(this: PyByteArray, v: any) { splice(this, this.$b.length, this.$b.length, Uint8Array.of(byteValue(v))); return None; },
  extend(this: PyByteArray, v: any) {
    splice(this, this.$b.length, this.$b.length, bytesOf(v, () => pyErr(E.TypeError, `can't extend bytearray with ${typeName(v)}`)));
    return None;
  },
  insert(this: PyByteArray, i: any, v: any) {
    const n = this.$b.length;
    let at = intArg(i);
    if (at < 0) at = Math.max(0, at + n); else at = Math.min(at, n);
    splice(this, at, at, Uint8Array.of(byteValue(v)));
    return None;
  },
  pop(this: PyByteArray, i: any = -1) {
    if (!this.$b.length) throw pyErr(E.IndexError, 'pop from empty bytearray');
    const at = seqIndex(i, this.$b.length, 'pop index out of range', 'bytearray');
    const v = this.$b[at];
    splice(this, at, at + 1, new Uint8Array(0));
    return v;
  },
  remove(this: PyByteArray, v: any) {
    const at = this.$b.indexOf(byteValue(v));
    if (at < 0) throw pyErr(E.ValueError, 'value not found in bytearray');
    splice(this, at, at + 1, new Uint8Array(0));
    return None;
  },
  clear(this: PyByteArray) { this.$b = new Uint8Array(0); return None; },
  copy(this: PyByteArray) { return new PyByteArray(this.$b.slice()); },
  reverse(this: PyByteArray) { this.$b.reverse(); return None; },
}).map(([k, v]) => [k, { value: v, writable: true, configurable: true, enumerable: false }])));
