// The str type: dunders, constructor, and installation of every str method on strClass.
'use strict';
import { strClass, defineMethods, NotImplemented, typeName, PyClass } from './object';
import { E, pyErr } from './exceptions';
import { str as pyStr } from './protocols';
import { percentFormat } from './formatPercent';
import { format } from './format';
import { hashStr } from './hash';
import { PySlice, adjustSlice, indexValue, seqIndex, staticMethod } from './slice';
import { isWide, cps, strLen, strRepr } from './strUtil';
import { caseMethods, searchMethods } from './strMethods';
import { predicateMethods, padMethods, miscMethods, maketrans } from './strMore';
import { strAsciiIter, strIter } from './iterators';
import { PyBytes, decodeBytes } from './bytes';
import { pyNew } from './opsIntDunders';

export { strRepr, strLen, isWide, cps } from './strUtil';
export { strFind } from './strMethods';
export { strSplit, strRsplit, strJoin, splitlines } from './strSplit';
export { encodeStr } from './strMore';

/** s[key] for an int or a slice, by code point. */
export function strGetitem(s: string, key: any): string {
  if (typeof key === 'number' && !isWide(s)) {
    const i = key < 0 ? key + s.length : key;
    if (i < 0 || i >= s.length || !Number.isInteger(i)) throw pyErr(E.IndexError, 'string index out of range');
    return s[i];
  }
  if (key instanceof PySlice) {
    const wide = isWide(s);
    const r = adjustSlice(key, wide ? strLen(s) : s.length);
    if (r.n <= 0) return '';
    if (!wide) {
      if (r.step === 1) return s.slice(r.start, r.stop);
      let out = '';
      for (let k = 0, i = r.start; k < r.n; k++, i += r.step) out += s[i];
      return out;
    }
    const a = cps(s);
    if (r.step === 1) return a.slice(r.start, r.stop).join('');
    let out = '';
    for (let k = 0, i = r.start; k < r.n; k++, i += r.step) out += a[i];
    return out;
  }
  if (indexValue(key) === undefined) throw pyErr(E.TypeError, `string indices must be integers, not '${typeName(key)}'`);
  const a = isWide(s) ? cps(s) : s;
  return a[seqIndex(key, a.length, 'string index out of range', 'string')];
}

/** Code-point order comparison: negative, zero or positive. */
export function strCmp(a: string, b: string): number {
  if (a === b) return 0;
  if (!isWide(a) && !isWide(b)) return a < b ? -1 : 1;
  const x = cps(a).slice(), y = cps(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] !== y[i]) return x[i].codePointAt(0)! - y[i].codePointAt(0)!;
  }
  return x.length - y.length;
}

export function strContains(s: string, sub: any): boolean {
  if (typeof sub !== 'string') throw pyErr(E.TypeError, `'in <string>' requires string as left operand, not ${typeName(sub)}`);
  return s.includes(sub);
}

/** s * n */
export function strRepeat(s: string, n: any): any {
  const k = indexValue(n);
  if (k === undefined) return NotImplemented;
  if (k <= 0 || s === '') return '';
  if (typeof k === 'bigint') throw pyErr(E.OverflowError, "cannot fit 'int' into an index-sized integer");
  if (k * s.length > 0x1fffffe8) throw pyErr(E.MemoryError);
  return s.repeat(k);
}

function cmp(op: (c: number) => boolean) {
  return function (this: string, o: any) {
    if (typeof o !== 'string') return NotImplemented;
    return op(strCmp(this, o));
  };
}

defineMethods(strClass, {
  __len__(this: string) { return strLen(this); },
  __getitem__(this: string, k: any) { return strGetitem(this, k); },
  __contains__(this: string, x: any) { return strContains(this, x); },
  __iter__(this: string) {
    return /^[\x00-\x7f]*$/.test(this) ? strAsciiIter.make(this[Symbol.iterator]()) : strIter.make(this[Symbol.iterator]());
  },
  __repr__(this: string) { return strRepr(this); },
  __str__(this: string) { return this; },
  __format__(this: string, spec: any) { return format(this, spec); },
  __hash__(this: string) { return hashStr(this); },
  __add__(this: string, o: any) { return typeof o === 'string' ? this + o : NotImplemented; },
  __mul__(this: string, n: any) { return strRepeat(this, n); },
  __rmul__(this: string, n: any) { return strRepeat(this, n); },
  __mod__(this: string, args: any) { return percentFormat(this, args); },
  __eq__(this: string, o: any) { return typeof o === 'string' ? this === o : NotImplemented; },
  __ne__(this: string, o: any) { return typeof o === 'string' ? this !== o : NotImplemented; },
  __lt__: cmp(c => c < 0),
  __le__: cmp(c => c <= 0),
  __gt__: cmp(c => c > 0),
  __ge__: cmp(c => c >= 0),
  __getnewargs__(this: string) { return [this]; },
  ...caseMethods,
  ...searchMethods,
  ...predicateMethods,
  ...padMethods,
  ...miscMethods,
});
defineMethods(strClass, { maketrans: staticMethod(maketrans) });

/** str(object='') / str(bytes, encoding='utf-8', errors='strict') */
function strNew(cls: PyClass, args: any[], kw?: Map<string, any>): string {
  // Instances of str subclasses would need a boxed string everywhere a str is expected.
  if (cls !== strClass) throw pyErr(E.NotImplementedError, `instances of str subclasses (class '${cls.$name}') are not supported in Asyncio Lab`);
  let obj = args[0], encoding = args[1], errors = args[2];
  if (args.length > 3) throw pyErr(E.TypeError, `str() takes at most 3 arguments (${args.length} given)`);
  if (kw) for (const [k, v] of kw) {
    if (k === 'object' && args.length < 1) obj = v;
    else if (k === 'encoding' && args.length < 2) encoding = v;
    else if (k === 'errors' && args.length < 3) errors = v;
    else throw pyErr(E.TypeError, `'${k}' is an invalid keyword argument for str()`);
  }
  if (encoding === undefined && errors === undefined) return obj === undefined ? '' : pyStr(obj);
  if (obj === undefined) obj = new PyBytes(new Uint8Array(0));
  if (typeof obj === 'string') throw pyErr(E.TypeError, 'decoding str is not supported');
  if (!(obj instanceof PyBytes)) throw pyErr(E.TypeError, `decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  return decodeBytes(obj, encoding ?? 'utf-8', errors ?? 'strict');
}
strClass.$new = strNew;
defineMethods(strClass, { __new__: pyNew('str', strNew) });
