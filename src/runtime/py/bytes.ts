// The bytes type (basic): literals, repr, decode, indexing, iteration, comparison, concatenation.
'use strict';
import { PyObject, PyClass, nativeClass, NotImplemented, None, typeName } from './object';
import { E, pyErr } from './exceptions';
import { iter } from './protocols';
import { hashBytes } from './hash';
import { PySlice, adjustSlice, indexValue, seqIndex, intArg, kwMethod, classMethod } from './slice';
import { iterClass, ArrayIter } from './iterators';
import { encodeStr } from './strMore';
import { call } from './call';

export class PyBytes extends PyObject {
  $b: Uint8Array;
  constructor(b?: Uint8Array) { super(); this.$b = b ?? new Uint8Array(0); }
  /** A result of the same kind (bytes for bytes, bytearray for bytearray). */
  $make(b: Uint8Array): PyBytes { return new PyBytes(b); }
}

/** `$.bytes([104, 105])`: a bytes literal. */
export function bytes(items: number[] | Uint8Array): PyBytes { return new PyBytes(Uint8Array.from(items)); }

function hx(n: number) { return n.toString(16).padStart(2, '0'); }

/** CPython's bytes repr; bytearray's (`quirk`) escapes a single quote even inside double quotes. */
export function bytesRepr(b: Uint8Array, prefix = 'b', quirk = false): string {
  let hasSq = false, hasDq = false;
  for (const c of b) { if (c === 0x27) hasSq = true; else if (c === 0x22) hasDq = true; }
  const q = hasSq && !hasDq ? '"' : "'";
  let out = prefix + q;
  for (const c of b) {
    if (c === q.charCodeAt(0) || c === 0x5c || (quirk && c === 0x27)) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hx(c);
    else out += String.fromCharCode(c);
  }
  return out + q;
}

// ---------------------------------------------------------------- decode

function utf8Error(b: Uint8Array): [number, number, string] {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let n: number;
    if (c >= 0xc2 && c <= 0xdf) n = 1; else if (c >= 0xe0 && c <= 0xef) n = 2; else if (c >= 0xf0 && c <= 0xf4) n = 3; else return [i, i + 1, 'invalid start byte'];
    for (let k = 1; k <= n; k++) {
      if (i + k >= b.length) return [i, b.length, 'unexpected end of data'];
      const d = b[i + k];
      const lo = k === 1 && c === 0xe0 ? 0xa0 : k === 1 && c === 0xf0 ? 0x90 : 0x80;
      const hi = k === 1 && c === 0xed ? 0x9f : k === 1 && c === 0xf4 ? 0x8f : 0xbf;
      if (d < lo || d > hi) return [i, i + k, 'invalid continuation byte'];
    }
    i += n + 1;
  }
  return [-1, -1, ''];
}

export function decodeBytes(o: PyBytes, encoding = 'utf-8', errors = 'strict'): string {
  const b = o.$b;
  const enc = encoding.toLowerCase().replace(/[-_ ]/g, '');
  if (enc === 'ascii' || enc === 'latin1' || enc === 'iso88591' || enc === 'latin') {
    const limit = enc === 'ascii' ? 0x80 : 0x100;
    let out = '';
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c < limit) out += String.fromCharCode(c);
      else if (errors === 'ignore') continue;
      else if (errors === 'replace') out += '\ufffd';
      else throw pyErr(E.UnicodeDecodeError, `'ascii' codec can't decode byte 0x${hx(c)} in position ${i}: ordinal not in range(128)`);
    }
    return out;
  }
  if (enc !== 'utf8' && enc !== 'u8') throw pyErr(E.LookupError, `unknown encoding: ${encoding}`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    if (errors === 'replace') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
    if (errors === 'ignore') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(b).replace(/\ufffd/g, '');
    const [s, e, why] = utf8Error(b);
    const where = e - s > 1 ? `bytes in position ${s}-${e - 1}` : `byte 0x${hx(b[s])} in position ${s}`;
    throw pyErr(E.UnicodeDecodeError, `'utf-8' codec can't decode ${where}: ${why}`);
  }
}

// ---------------------------------------------------------------- construction

export function fromIterable(v: any): Uint8Array {
  const out: number[] = [];
  for (const x of Array.isArray(v) ? v : iter(v)) {
    const n = indexValue(x);
    if (n === undefined) throw pyErr(E.TypeError, `'${typeName(x)}' object cannot be interpreted as an integer`);
    if (n < 0 || n > 255) throw pyErr(E.ValueError, 'bytes must be in range(0, 256)');
    out.push(Number(n));
  }
  return Uint8Array.from(out);
}

function bytesNew(_cls: PyClass, args: any[], kw?: Map<string, any>): PyBytes {
  let src = args[0], encoding = args[1], errors = args[2];
  if (kw) for (const [k, v] of kw) {
    if (k === 'source') src = v; else if (k === 'encoding') encoding = v; else if (k === 'errors') errors = v;
    else throw pyErr(E.TypeError, `'${k}' is an invalid keyword argument for bytes()`);
  }
  if (src === undefined) return new PyBytes();
  if (typeof src === 'string') {
    if (encoding === undefined) throw pyErr(E.TypeError, 'string argument without an encoding');
    return encodeStr(src, encoding, errors ?? 'strict');
  }
  if (encoding !== undefined) throw pyErr(E.TypeError, 'encoding without a string argument');
  if (src instanceof PyBytes) return new PyBytes(src.$b.slice());
  if (typeof src === 'number' || typeof src === 'bigint' || typeof src === 'boolean') {
    const n = intArg(src);
    if (n < 0) throw pyErr(E.ValueError, 'negative count');
    return new PyBytes(new Uint8Array(n));
  }
  return new PyBytes(fromIterable(src));
}

function other(v: any, what: string): Uint8Array {
  if (v instanceof PyBytes) return v.$b;
  throw pyErr(E.TypeError, `${what}, not ${typeName(v)}`);
}
function cmpBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
function cmp(op: (c: number) => boolean) {
  return function (this: PyBytes, o: any) { return o instanceof PyBytes ? op(cmpBytes(this.$b, o.$b)) : NotImplemented; };
}
function indexOf(h: Uint8Array, n: Uint8Array, from = 0): number {
  outer: for (let i = from; i + n.length <= h.length; i++) {
    for (let j = 0; j < n.length; j++) if (h[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}
function tail(self: PyBytes, p: any, atEnd: boolean, name: string): boolean {
  const test = (x: Uint8Array) => {
    const b = self.$b;
    if (x.length > b.length) return false;
    const off = atEnd ? b.length - x.length : 0;
    for (let i = 0; i < x.length; i++) if (b[off + i] !== x[i]) return false;
    return true;
  };
  if (Array.isArray(p) && (p as any).$t) return p.some(x => test(other(x, `a bytes-like object is required`)));
  if (!(p instanceof PyBytes)) throw pyErr(E.TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
  return test(p.$b);
}

class BytesIter extends ArrayIter {}
iterClass('bytes_iterator', BytesIter);
Object.defineProperty(PyBytes.prototype, Symbol.iterator, {
  value: function (this: PyBytes) { return this.$b[Symbol.iterator](); }, configurable: true, writable: true,
});

export const bytesClass = nativeClass({
  name: 'bytes', es: PyBytes, new: bytesNew,
  dict: {
    __repr__(this: PyBytes) { return bytesRepr(this.$b); },
    __str__(this: PyBytes) { return bytesRepr(this.$b); },
    __len__(this: PyBytes) { return this.$b.length; },
    __hash__(this: PyBytes) { return hashBytes(this.$b); },
    __iter__(this: PyBytes) { return new BytesIter(Array.from(this.$b)); },
    __getitem__(this: PyBytes, k: any) {
      if (k instanceof PySlice) {
        const r = adjustSlice(k, this.$b.length);
        if (r.step === 1) return this.$make(this.$b.slice(r.start, Math.max(r.start, r.stop)));
        const out = new Uint8Array(Math.max(r.n, 0));
        for (let i = 0, j = r.start; i < r.n; i++, j += r.step) out[i] = this.$b[j];
        return this.$make(out);
      }
      return this.$b[seqIndex(k, this.$b.length, 'index out of range', 'byte')];
    },
    __contains__(this: PyBytes, x: any) {
      if (x instanceof PyBytes) return indexOf(this.$b, x.$b) >= 0;
      const n = indexValue(x);
      if (n === undefined) throw pyErr(E.TypeError, `a bytes-like object is required, not '${typeName(x)}'`);
      if (n < 0 || n > 255) throw pyErr(E.ValueError, 'byte must be in range(0, 256)');
      return this.$b.includes(Number(n));
    },
    __eq__(this: PyBytes, o: any) { return o instanceof PyBytes ? cmpBytes(this.$b, o.$b) === 0 : NotImplemented; },
    __ne__(this: PyBytes, o: any) { return o instanceof PyBytes ? cmpBytes(this.$b, o.$b) !== 0 : NotImplemented; },
    __lt__: cmp(c => c < 0), __le__: cmp(c => c <= 0), __gt__: cmp(c => c > 0), __ge__: cmp(c => c >= 0),
    __add__(this: PyBytes, o: any) {
      if (!(o instanceof PyBytes)) return NotImplemented;
      const r = new Uint8Array(this.$b.length + o.$b.length);
      r.set(this.$b); r.set(o.$b, this.$b.length);
      return this.$make(r);
    },
    __mul__(this: PyBytes, n: any) {
      const k = indexValue(n);
      if (k === undefined) return NotImplemented;
      const c = Math.max(0, Number(k)), b = this.$b, r = new Uint8Array(b.length * c);
      for (let i = 0; i < c; i++) r.set(b, i * b.length);
      return this.$make(r);
    },
    decode: kwMethod('decode', ['encoding', 'errors'], function (this: PyBytes, enc?: any, err?: any) {
      return decodeBytes(this, enc ?? 'utf-8', err ?? 'strict');
    }),
    hex(this: PyBytes, sep?: any) {
      const parts = Array.from(this.$b, hx);
      return sep === undefined || sep === None ? parts.join('') : parts.join(String(sep));
    },
    fromhex: classMethod(function (this: any, s: any) {
      if (typeof s !== 'string') throw pyErr(E.TypeError, `fromhex() argument must be str, not ${typeName(s)}`);
      const t = s.replace(/\s+/g, '');
      if (t.length % 2 || /[^0-9a-fA-F]/.test(t)) throw pyErr(E.ValueError, 'non-hexadecimal number found in fromhex() arg');
      const out = new Uint8Array(t.length / 2);
      for (let i = 0; i < out.length; i++) out[i] = parseInt(t.slice(2 * i, 2 * i + 2), 16);
      return this === bytesClass ? new PyBytes(out) : call(this, new PyBytes(out));
    }),
    join(this: PyBytes, items: any) {
      const parts: Uint8Array[] = [];
      let i = 0;
      for (const x of Array.isArray(items) ? items : iter(items)) {
        if (!(x instanceof PyBytes)) throw pyErr(E.TypeError, `sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
        parts.push(x.$b); i++;
      }
      const total = parts.reduce((n, p, k) => n + p.length + (k ? this.$b.length : 0), 0);
      const r = new Uint8Array(total);
      let off = 0;
      parts.forEach((p, k) => { if (k) { r.set(this.$b, off); off += this.$b.length; } r.set(p, off); off += p.length; });
      return this.$make(r);
    },
    startswith(this: PyBytes, p: any) { return tail(this, p, false, 'startswith'); },
    endswith(this: PyBytes, p: any) { return tail(this, p, true, 'endswith'); },
    find(this: PyBytes, sub: any) { return indexOf(this.$b, other(sub, 'argument should be integer or bytes-like object')); },
    count(this: PyBytes, sub: any) {
      const n = other(sub, 'argument should be integer or bytes-like object');
      let c = 0, i = 0;
      if (!n.length) return this.$b.length + 1;
      for (;;) { const j = indexOf(this.$b, n, i); if (j < 0) return c; c++; i = j + n.length; }
    },
    upper(this: PyBytes) { return this.$make(this.$b.map(c => c >= 97 && c <= 122 ? c - 32 : c)); },
    lower(this: PyBytes) { return this.$make(this.$b.map(c => c >= 65 && c <= 90 ? c + 32 : c)); },
    strip(this: PyBytes) {
      const b = this.$b, ws = (c: number) => c === 32 || (c >= 9 && c <= 13);
      let i = 0, j = b.length;
      while (i < j && ws(b[i])) i++;
      while (j > i && ws(b[j - 1])) j--;
      return this.$make(b.slice(i, j));
    },
    split(this: PyBytes, sep?: any) {
      const s = decodeLatin1(this.$b);
      const parts = sep === undefined || sep === None ? s.split(/[ \t\n\r\x0b\x0c]+/).filter(x => x) : s.split(decodeLatin1(other(sep, 'a bytes-like object is required')));
      return parts.map(p => this.$make(Uint8Array.from(p, c => c.charCodeAt(0))));
    },
  },
});
function decodeLatin1(b: Uint8Array): string { let s = ''; for (const c of b) s += String.fromCharCode(c); return s; }
