// The operators called by translated code ($.add, $.iadd, $.neg, $.eq, ...). Each helper starts
// with a tiny fast path (two safe-integer numbers, or two strs) small enough for V8 to inline;
// everything else goes through CPython's binary-op protocol in the slow paths.
import { PyFloat, floatClass, NotImplemented, typeOf, typeName, isTuple } from './object';
import { E, pyErr } from './exceptions';
import { lookupSpecial, callSpecial } from './attrs';
import { Int, MAX_SAFE, norm, big, intOf, index } from './int';
import { OpDef, OPS, numKind, numBinary, ival, intMul, intModNum } from './opsArith';
import { concat, repeat } from './opsSeq';
import { iter, setEq, truthy } from './protocols';
import { percentFormat } from './formatPercent';
import { eq } from './opsCompare';

// Local aliases: module-level consts are direct references (imports may be getters in CJS).
const PyFloatC = PyFloat, FLOAT = floatClass;

export { eq, ne, lt, le, gt, ge, compare, richCompare } from './opsCompare';
export { unaryNeg as neg, unaryPos as pos, unaryInvert as invert, abs, divmod, pow3 } from './opsUnary';

const NI = NotImplemented;
const TWO53 = 2 ** 53;

function special(o: any, name: string): any {
  const f = lookupSpecial(o, name);
  return typeof f === 'function' ? f : undefined;
}
function isSeq(v: any): boolean { return typeof v === 'string' || Array.isArray(v); }

export function unsupported(d: OpDef, a: any, b: any, inplace = false) {
  return pyErr(E.TypeError, `unsupported operand type(s) for ${inplace ? d.isym : d.sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** CPython's binary_op1 over dunders: a.__op__(b) / b.__rop__(a), the right operand first when
 *  its type is a proper subclass overriding the reflected method. Returns NotImplemented if
 *  neither applies. str/list/tuple operands are handled by the callers, not through dunders. */
export function binaryProtocol(a: any, b: any, d: OpDef): any {
  const ta = typeOf(a), tb = typeOf(b);
  const fa = isSeq(a) ? undefined : special(a, d.name);
  let fb = ta !== tb && !isSeq(b) ? special(b, d.rname) : undefined;
  if (fb !== undefined && tb.$mro.includes(ta) && fb !== ta.prototype[d.rname]) {
    const r = callSpecial(fb, b, a);
    if (r !== NI) return r;
    fb = undefined;
  }
  if (fa !== undefined) { const r = callSpecial(fa, a, b); if (r !== NI) return r; }
  if (fb !== undefined) { const r = callSpecial(fb, b, a); if (r !== NI) return r; }
  return NI;
}

function reflected(a: any, b: any, d: OpDef): any {
  if (typeof b !== 'object' || Array.isArray(b)) return NI;
  const f = special(b, d.rname);
  return f === undefined ? NI : callSpecial(f, b, a);
}

function nonIntSeq(b: any) {
  return pyErr(E.TypeError, `can't multiply sequence by non-int of type '${typeName(b)}'`);
}
/** An int repetition count from a non-sequence operand, or undefined. */
function countOf(v: any): Int | undefined {
  const i = intOf(v);
  if (i !== undefined) return i;
  return typeof v === 'object' && !Array.isArray(v) && special(v, '__index__') !== undefined ? index(v) : undefined;
}

/** Any binary operator on operands outside the fast paths. */
export function binarySlow(d: OpDef, a: any, b: any, inplace = false): any {
  const ka = numKind(a), kb = numKind(b);
  if (ka !== 0 && kb !== 0) {
    const r = numBinary(d, a, b, ka, kb);
    if (r !== undefined) return r;
    throw unsupported(d, a, b, inplace);
  }
  if (isSeq(a)) {
    if (d === OPS.mod && typeof a === 'string') return percentFormat(a, b);
    if (d === OPS.mul && kb === 1) return repeat(a, ival(b));
    const r = reflected(a, b, d);
    if (r !== NI) return r;
    if (d === OPS.add) return concat(a, b);
    if (d === OPS.mul) { const n = countOf(b); if (n === undefined) throw nonIntSeq(b); return repeat(a, n); }
    throw unsupported(d, a, b, inplace);
  }
  if (d === OPS.mul && isSeq(b)) {
    if (ka === 1) return repeat(b, ival(a));
    const r = binaryProtocol(a, b, d);
    if (r !== NI) return r;
    const n = countOf(a);
    if (n === undefined) throw nonIntSeq(a);
    return repeat(b, n);
  }
  const r = binaryProtocol(a, b, d);
  if (r !== NI) return r;
  if (d === OPS.or && typeOr !== undefined) { const u = typeOr(a, b); if (u !== undefined) return u; }
  throw unsupported(d, a, b, inplace);
}
/** `int | None` (types.UnionType): type.__or__, installed by lib/_uniontype.ts. */
let typeOr: ((a: any, b: any) => any) | undefined;
export function setTypeOr(f: (a: any, b: any) => any) { typeOr = f; }

// ---------------------------------------------------------------- binary operators

export function add(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    return norm(BigInt(a) + BigInt(b));
  }
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (a instanceof PyFloatC && b instanceof PyFloatC && a.$cls === FLOAT && b.$cls === FLOAT) return new PyFloatC(a.v + b.v);
  return binarySlow(OPS.add, a, b);
}
export function sub(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    return norm(BigInt(a) - BigInt(b));
  }
  if (a instanceof PyFloatC && b instanceof PyFloatC && a.$cls === FLOAT && b.$cls === FLOAT) return new PyFloatC(a.v - b.v);
  return binarySlow(OPS.sub, a, b);
}
export function mul(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return intMul(a, b);
  if (a instanceof PyFloatC && b instanceof PyFloatC && a.$cls === FLOAT && b.$cls === FLOAT) return new PyFloatC(a.v * b.v);
  return binarySlow(OPS.mul, a, b);
}
export function truediv(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) return new PyFloatC(a / b);
  return binarySlow(OPS.truediv, a, b);
}
export function floordiv(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) { const r = Math.floor(a / b); return r === 0 ? 0 : r; }
  return binarySlow(OPS.floordiv, a, b);
}
export function mod(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    // Two int32s: V8 emits an integer remainder. Otherwise JS `%` on doubles is a call to C's
    // fmod (~20 ns); the floored quotient is exact when |a| + |b| <= 2**53 (see intModNum).
    if ((a | 0) === a && (b | 0) === b) { const r = a % b; return r !== 0 && (r ^ b) < 0 ? r + b : r === 0 ? 0 : r; }
    if ((a < 0 ? -a : a) + (b < 0 ? -b : b) <= TWO53) return a - Math.floor(a / b) * b;
  }
  return binarySlow(OPS.mod, a, b);
}
export function pow(a: any, b: any): any { return binarySlow(OPS.pow, a, b); }
export function matmul(a: any, b: any): any { return binarySlow(OPS.matmul, a, b); }
export function lshift(a: any, b: any): any { return binarySlow(OPS.lshift, a, b); }
export function rshift(a: any, b: any): any { return binarySlow(OPS.rshift, a, b); }
export function and(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return binarySlow(OPS.and, a, b);
}
export function or(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return binarySlow(OPS.or, a, b);
}
export function xor(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return binarySlow(OPS.xor, a, b);
}
export { and as bitand, or as bitor };

// ---------------------------------------------------------------- in-place operators

/** a op= b outside the fast paths: __iop__ first, then the binary operator. */
export function inplaceSlow(d: OpDef, a: any, b: any): any {
  if (Array.isArray(a)) {
    if (!isTuple(a)) {
      if (d === OPS.add) return listExtend(a, b);
      if (d === OPS.mul) return listRepeat(a, b);
    }
  } else if (typeof a === 'object' && !(a instanceof PyFloatC && a.$cls === FLOAT)) {
    const f = special(a, d.iname);
    if (f !== undefined) {
      const r = callSpecial(f, a, b);
      if (r !== NI) return r;
    }
  }
  return binarySlow(d, a, b, true);
}
function listExtend(a: any[], b: any): any[] {
  if (Array.isArray(b)) { const n = b.length; for (let i = 0; i < n; i++) a.push(b[i]); return a; }
  if (typeof b === 'string') { for (const ch of b) a.push(ch); return a; }
  const r = reflected(a, b, OPS.add);
  if (r !== NI) return r;
  for (const x of iter(b)) a.push(x);
  return a;
}
function listRepeat(a: any[], b: any): any {
  const r = countOf(b) === undefined ? reflected(a, b, OPS.mul) : NI;
  if (r !== NI) return r;
  const n = countOf(b);
  if (n === undefined) throw nonIntSeq(b);
  const items = repeat(a, n) as any[];
  a.length = 0;
  for (let i = 0; i < items.length; i++) a.push(items[i]);
  return a;
}

export function iadd(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    return norm(BigInt(a) + BigInt(b));
  }
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  return inplaceSlow(OPS.add, a, b);
}
export function isub(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return inplaceSlow(OPS.sub, a, b);
}
export function imul(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return intMul(a, b);
  return inplaceSlow(OPS.mul, a, b);
}
export const itruediv = (a: any, b: any): any => inplaceSlow(OPS.truediv, a, b);
export function ifloordiv(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) { const r = Math.floor(a / b); return r === 0 ? 0 : r; }
  return inplaceSlow(OPS.floordiv, a, b);
}
export function imod(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) return intModNum(a, b);
  return inplaceSlow(OPS.mod, a, b);
}
export const ipow = (a: any, b: any): any => inplaceSlow(OPS.pow, a, b);
export const imatmul = (a: any, b: any): any => inplaceSlow(OPS.matmul, a, b);
export const ilshift = (a: any, b: any): any => inplaceSlow(OPS.lshift, a, b);
export const irshift = (a: any, b: any): any => inplaceSlow(OPS.rshift, a, b);
export const iand = (a: any, b: any): any => inplaceSlow(OPS.and, a, b);
export const ior = (a: any, b: any): any => inplaceSlow(OPS.or, a, b);
export const ixor = (a: any, b: any): any => inplaceSlow(OPS.xor, a, b);

// protocols.contains() compares items with ==.
setEq((a, b) => truthy(eq(a, b)));
void big;
