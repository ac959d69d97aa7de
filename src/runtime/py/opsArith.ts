// Numeric kernels of the binary operators: exact int arithmetic over number|bigint and float
// arithmetic with CPython's semantics. Shared by ops.ts (fast/slow paths) and the int/float dunders.
import { PyFloat, floatClass, tuple } from './object';
import { E, pyErr } from './exceptions';
import {
  Int, MAX_SAFE, norm, big, intPow, floorDivBig, modBig, intToFloat, bitLength,
} from './int';
import { intTrueDiv, floatMod, floatFloorDiv, floatDivmod, floatPow } from './float';

// Local aliases: module-level consts are direct references (imports may be getters in CJS).
const PyFloatC = PyFloat, FLOAT = floatClass;

/** 0: not a builtin number; 1: int or bool; 2: exact float (subclasses dispatch via dunders). */
export function numKind(v: any): number {
  switch (typeof v) {
    case 'number': case 'bigint': case 'boolean': return 1;
    case 'object': return v instanceof PyFloatC && v.$cls === FLOAT ? 2 : 0;
  }
  return 0;
}
/** int value of a kind-1 value. */
export function ival(v: any): Int { return typeof v === 'boolean' ? (v ? 1 : 0) : v; }
/** float value of a kind-1 or kind-2 value (OverflowError for huge ints). */
export function fval(v: any): number {
  switch (typeof v) {
    case 'number': return v;
    case 'boolean': return v ? 1 : 0;
    case 'bigint': return intToFloat(v);
  }
  return v.v;
}

// ---------------------------------------------------------------- int kernels

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return norm(big(a) + big(b));
}
export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return norm(big(a) - big(b));
}
export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}
export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw pyErr(E.ZeroDivisionError, 'integer division or modulo by zero');
    const r = Math.floor(a / b);
    return r === 0 ? 0 : r;
  }
  const B = big(b);
  if (B === 0n) throw pyErr(E.ZeroDivisionError, 'integer division or modulo by zero');
  return norm(floorDivBig(big(a), B));
}
/** Python's floored a % b of two nonzero-divisor safe ints, without fmod. a / b rounds by less
 *  than |a / b| * 2**-53 < 1 / |b| when |a| < 2**53, and a non-integer a / b is at least 1 / |b|
 *  from the next integer, so Math.floor(a / b) is the exact floored quotient; a - q * b is then
 *  exact while |q * b| <= |a| + |b| <= 2**53, and a zero remainder comes out as +0. */
export function intModNum(a: number, b: number): number {
  if ((a < 0 ? -a : a) + (b < 0 ? -b : b) <= 2 ** 53) return a - Math.floor(a / b) * b;
  const r = a % b;
  if (r !== 0 && (r < 0) !== (b < 0)) return r + b;
  return r === 0 ? 0 : r;
}
export function intMod(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw pyErr(E.ZeroDivisionError, 'integer modulo by zero');
    return intModNum(a, b);
  }
  const B = big(b);
  if (B === 0n) throw pyErr(E.ZeroDivisionError, 'integer modulo by zero');
  return norm(modBig(big(a), B));
}
export function intDivmod(a: Int, b: Int): any[] {
  if (b === 0 || b === 0n) throw pyErr(E.ZeroDivisionError, 'integer division or modulo by zero');
  return tuple([intFloorDiv(a, b), intMod(a, b)]);
}
export function intTrueDivF(a: Int, b: Int): PyFloat { return new PyFloatC(intTrueDiv(a, b)); }

/** int ** int: exact for b >= 0, float for b < 0. */
export function intPowOp(a: Int, b: Int): any {
  if (b < 0) return new PyFloatC(floatPow(intToFloat(a), intToFloat(b)));
  return intPow(a, b);
}

function shiftCount(b: Int): number {
  if (b < 0) throw pyErr(E.ValueError, 'negative shift count');
  return typeof b === 'number' ? b : Infinity;
}
export function intLshift(a: Int, b: Int): Int {
  const n = shiftCount(b);
  if (a === 0 || a === 0n) return 0;
  if (typeof a === 'number' && n < 53) {
    const r = a * 2 ** n;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  if (n + bitLength(a) > 2 ** 32) throw pyErr(E.OverflowError, 'too many digits in integer');
  return norm(big(a) << BigInt(n));
}
export function intRshift(a: Int, b: Int): Int {
  const n = shiftCount(b);
  if (typeof a === 'number') {
    if (n >= 54) return a < 0 ? -1 : 0;
    const r = Math.floor(a / 2 ** n);
    return r === 0 ? 0 : r;
  }
  if (n > bitLength(a)) return a < 0n ? -1 : 0;
  return norm(a >> BigInt(n));
}
export function intAnd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return norm(big(a) & big(b));
}
export function intOr(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return norm(big(a) | big(b));
}
export function intXor(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return norm(big(a) ^ big(b));
}

// ---------------------------------------------------------------- float kernels (JS doubles)

export const fAdd = (x: number, y: number) => x + y;
export const fSub = (x: number, y: number) => x - y;
export const fMul = (x: number, y: number) => x * y;
export function fTrueDiv(x: number, y: number): number {
  if (y === 0) throw pyErr(E.ZeroDivisionError, 'float division by zero');
  return x / y;
}
export const fFloorDiv = floatFloorDiv;
export const fMod = floatMod;
export const fPow = floatPow;
export function fDivmod(x: number, y: number): any[] {
  const [q, r] = floatDivmod(x, y);
  return tuple([new PyFloatC(q), new PyFloatC(r)]);
}

/** An operator: its dunder names, symbol, int kernel and float kernel (undefined: ints only). */
export interface OpDef {
  name: string; rname: string; iname: string; sym: string; isym: string;
  int: (a: Int, b: Int) => any;
  flt?: (x: number, y: number) => number;
}
function op(n: string, sym: string, int: OpDef['int'], flt?: OpDef['flt']): OpDef {
  return { name: `__${n}__`, rname: `__r${n}__`, iname: `__i${n}__`, sym, isym: sym + '=', int, flt };
}
export const OPS = {
  add: op('add', '+', intAdd, fAdd),
  sub: op('sub', '-', intSub, fSub),
  mul: op('mul', '*', intMul, fMul),
  truediv: op('truediv', '/', intTrueDivF, fTrueDiv),
  floordiv: op('floordiv', '//', intFloorDiv, fFloorDiv),
  mod: op('mod', '%', intMod, fMod),
  pow: op('pow', '**', intPowOp, fPow),
  lshift: op('lshift', '<<', intLshift),
  rshift: op('rshift', '>>', intRshift),
  and: op('and', '&', intAnd),
  or: op('or', '|', intOr),
  xor: op('xor', '^', intXor),
  matmul: op('matmul', '@', () => undefined),
};
OPS.pow.sym = '** or pow()';

/** Apply an operator to two builtin numbers (kinds from numKind, both nonzero); undefined when
 *  the operator does not apply (e.g. float & int, anything @ anything). */
export function numBinary(d: OpDef, a: any, b: any, ka: number, kb: number): any {
  if (ka === 1 && kb === 1) {
    if (d.sym === '&' || d.sym === '|' || d.sym === '^') {
      if (typeof a === 'boolean' && typeof b === 'boolean') {
        return d.sym === '&' ? a && b : d.sym === '|' ? a || b : a !== b;
      }
    }
    return d.int(ival(a), ival(b));
  }
  if (!d.flt) return undefined;
  return new PyFloatC(d.flt(fval(a), fval(b)));
}
