// Sequence semantics of the operators for the JS representations: str (JS string), list (Array)
// and tuple (Array with $t): concatenation, repetition and lexicographic comparison.
import { tuple, typeName } from './object';
import { E, pyErr } from './exceptions';
import { Int } from './int';
import { truthy } from './protocols';

export type Cmp = number;
export const Cmp = { LT: 0, LE: 1, EQ: 2, NE: 3, GT: 4, GE: 5 } as const;
export const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
export const CMP_REFLECT = ['__gt__', '__ge__', '__eq__', '__ne__', '__lt__', '__le__'];
export const CMP_SYMS = ['<', '<=', '==', '!=', '>', '>='];

export function cmpResult(c: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT: return c < 0;
    case Cmp.LE: return c <= 0;
    case Cmp.EQ: return c === 0;
    case Cmp.NE: return c !== 0;
    case Cmp.GT: return c > 0;
    default: return c >= 0;
  }
}

/** Compare two strs by code point: -1, 0, 1. */
export function strCmp(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      if ((x >= 0xd800 && x < 0xe000) || (y >= 0xd800 && y < 0xe000)) {
        return a.codePointAt(i)! < b.codePointAt(i)! ? -1 : 1;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

export function seqKind(v: any): string {
  return typeof v === 'string' ? 'str' : (v as any).$t === true ? 'tuple' : 'list';
}

/** a + b for two sequences of the same kind; the concatenation error otherwise. */
export function concat(a: any, b: any): any {
  if (typeof a === 'string') {
    if (typeof b === 'string') return a + b;
  } else if (Array.isArray(b) && ((a as any).$t === true) === ((b as any).$t === true)) {
    const r = a.concat(b);
    return (a as any).$t === true ? tuple(r) : r;
  }
  throw pyErr(E.TypeError, `can only concatenate ${seqKind(a)} (not "${typeName(b)}") to ${seqKind(a)}`);
}

/** seq * n (n an int; negative counts give an empty sequence). */
export function repeat(a: any, n: Int): any {
  let k: number;
  if (typeof n === 'bigint') {
    if (n <= 0n) k = 0;
    else if (a.length === 0) k = 0;
    else throw pyErr(E.OverflowError, `cannot fit 'int' into an index-sized integer`);
  } else k = n < 0 ? 0 : n;
  if (typeof a === 'string') {
    if (a.length * k > 2 ** 29) throw pyErr(E.MemoryError);
    return a.repeat(k);
  }
  if (a.length * k > 2 ** 28) throw pyErr(E.MemoryError);
  const r: any[] = [];
  for (let i = 0; i < k; i++) for (let j = 0; j < a.length; j++) r.push(a[j]);
  return (a as any).$t === true ? tuple(r) : r;
}

/** Lexicographic list/tuple comparison (CPython list_richcompare): items are compared for
 *  equality with the identity shortcut; the first differing pair decides with the full operator
 *  (its result is returned as is). */
export function seqCompare(a: any[], b: any[], op: Cmp, eq: (x: any, y: any) => any, rich: (x: any, y: any, op: Cmp) => any): any {
  if (a.length !== b.length && (op === Cmp.EQ || op === Cmp.NE)) return op === Cmp.NE;
  const n = a.length < b.length ? a.length : b.length;
  let i = 0;
  for (; i < n; i++) {
    const x = a[i], y = b[i];
    if (x !== y && !truthy(eq(x, y))) break;
  }
  if (i >= n) return cmpResult(a.length - b.length, op);
  if (op === Cmp.EQ) return false;
  if (op === Cmp.NE) return true;
  return rich(a[i], b[i], op);
}
