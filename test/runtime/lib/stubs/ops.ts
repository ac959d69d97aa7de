// Test-only stand-in for src/runtime/py/ops.ts, used only while that file does not exist yet.
import { PyFloat, typeName } from '../../../../src/runtime/py/object';
import { E, pyErr } from '../../../../src/runtime/py/exceptions';
import { lookupSpecial, callSpecial } from '../../../../src/runtime/py/attrs';

const num = (v: any) => (v instanceof PyFloat ? v.v : typeof v === 'boolean' ? Number(v) : v);
const isF = (v: any) => v instanceof PyFloat;
const isN = (v: any) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || isF(v);
function arith(a: any, b: any, op: string, fn: (x: any, y: any) => any): any {
  if (isN(a) && isN(b)) {
    if (isF(a) || isF(b)) return new PyFloat(fn(Number(num(a)), Number(num(b))));
    const x = num(a), y = num(b);
    if (typeof x === 'number' && typeof y === 'number') { const r = fn(x, y); if (Number.isSafeInteger(r)) return r; }
    const r = fn(BigInt(x), BigInt(y));
    return r >= -(2n ** 53n) + 1n && r <= 2n ** 53n - 1n ? Number(r) : r;
  }
  if (typeof a === 'string' && typeof b === 'string' && op === '+') return a + b;
  if (Array.isArray(a) && Array.isArray(b) && op === '+') { const r: any = a.concat(b); if ((a as any).$t) r.$t = true; return r; }
  const dn = { '+': '__add__', '-': '__sub__', '*': '__mul__' }[op]!;
  const f = typeof a === 'object' ? lookupSpecial(a, dn) : undefined;
  if (f) { const r = callSpecial(f, a, b); if (r !== undefined) return r; }
  throw pyErr(E.TypeError, `unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}
export const add = (a: any, b: any) => arith(a, b, '+', (x, y) => x + y);
export const sub = (a: any, b: any) => arith(a, b, '-', (x, y) => x - y);
export const mul = (a: any, b: any) => arith(a, b, '*', (x, y) => x * y);
function cmp(a: any, b: any): number {
  if (isN(a) && isN(b)) { const x = num(a), y = num(b); return x < y ? -1 : x > y ? 1 : 0; }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) { const c = cmp(a[i], b[i]); if (c) return c; }
    return a.length - b.length;
  }
  const f = typeof a === 'object' ? lookupSpecial(a, '__lt__') : undefined;
  if (f) return callSpecial(f, a, b) ? -1 : (callSpecial(lookupSpecial(b, '__lt__'), b, a) ? 1 : 0);
  throw pyErr(E.TypeError, `'<' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}
export const lt = (a: any, b: any) => cmp(a, b) < 0;
export const le = (a: any, b: any) => cmp(a, b) <= 0;
export const gt = (a: any, b: any) => cmp(a, b) > 0;
export const ge = (a: any, b: any) => cmp(a, b) >= 0;
export function eq(a: any, b: any): boolean {
  if (a === b) return true;
  if (isN(a) && isN(b)) return num(a) == num(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => eq(x, b[i]));
  const f = typeof a === 'object' && a !== null ? lookupSpecial(a, '__eq__') : undefined;
  if (typeof f === 'function') { const r = callSpecial(f, a, b); if (typeof r === 'boolean') return r; }
  return false;
}
export const ne = (a: any, b: any) => !eq(a, b);
