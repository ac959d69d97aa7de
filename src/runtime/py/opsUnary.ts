// Unary operators (-x, +x, ~x), abs(), divmod() and three-argument pow().
import { PyFloat, floatClass, NotImplemented, typeName, None } from './object';
import { E, pyErr } from './exceptions';
import { lookupSpecial, callSpecial } from './attrs';
import { MAX_SAFE, norm, intOf, intPowMod } from './int';
import { numKind, ival, fval, intDivmod, fDivmod, OPS } from './opsArith';
import { binarySlow } from './ops';

function special(o: any, name: string): any {
  if (typeof o === 'string' || Array.isArray(o)) return undefined;
  const f = lookupSpecial(o, name);
  return typeof f === 'function' ? f : undefined;
}
function unary(a: any, name: string, sym: string): any {
  const f = special(a, name);
  if (f === undefined) throw pyErr(E.TypeError, `bad operand type for ${sym}: '${typeName(a)}'`);
  return callSpecial(f, a);
}
const isExactFloat = (v: any) => v instanceof PyFloat && v.$cls === floatClass;

export function unaryNeg(a: any): any {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  if (typeof a === 'bigint') return norm(-a);
  if (typeof a === 'boolean') return a ? -1 : 0;
  if (isExactFloat(a)) return new PyFloat(-a.v);
  return unary(a, '__neg__', 'unary -');
}
export function unaryPos(a: any): any {
  if (typeof a === 'number' || typeof a === 'bigint') return a;
  if (typeof a === 'boolean') return a ? 1 : 0;
  if (isExactFloat(a)) return a;
  return unary(a, '__pos__', 'unary +');
}
export function unaryInvert(a: any): any {
  if (typeof a === 'number') { const r = -a - 1; return r >= -MAX_SAFE ? r : norm(BigInt(-a) - 1n); }
  if (typeof a === 'bigint') return norm(-a - 1n);
  if (typeof a === 'boolean') return a ? -2 : -1;
  return unary(a, '__invert__', 'unary ~');
}

export function abs(a: any): any {
  if (typeof a === 'number') return a < 0 ? -a : a;
  if (typeof a === 'bigint') return a < 0n ? norm(-a) : a;
  if (typeof a === 'boolean') return a ? 1 : 0;
  if (isExactFloat(a)) return new PyFloat(Math.abs(a.v));
  const f = special(a, '__abs__');
  if (f === undefined) throw pyErr(E.TypeError, `bad operand type for abs(): '${typeName(a)}'`);
  return callSpecial(f, a);
}

const DIVMOD = { ...OPS.floordiv, name: '__divmod__', rname: '__rdivmod__', iname: '', sym: 'divmod()', isym: 'divmod()' };

export function divmod(a: any, b: any): any {
  const ka = numKind(a), kb = numKind(b);
  if (ka !== 0 && kb !== 0) {
    if (ka === 1 && kb === 1) return intDivmod(ival(a), ival(b));
    return fDivmod(fval(a), fval(b));
  }
  if (typeof a === 'string' || Array.isArray(a) || typeof b === 'string' || Array.isArray(b)) {
    // sequences have no divmod; still give the right operand its chance
    const f = typeof b === 'object' && !Array.isArray(b) ? special(b, '__rdivmod__') : undefined;
    const r = f ? callSpecial(f, b, a) : NotImplemented;
    if (r !== NotImplemented) return r;
    throw pyErr(E.TypeError, `unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
  }
  return binarySlow(DIVMOD as any, a, b);
}

/** pow(a, b, mod) */
export function pow3(a: any, b: any, m: any): any {
  if (m === None || m === undefined) return binarySlow(OPS.pow, a, b);
  const x = intOf(a), y = intOf(b), z = intOf(m);
  if (typeof a !== 'object' && x !== undefined && y !== undefined && z !== undefined && typeof b !== 'object' && typeof m !== 'object') {
    return intPowMod(x, y, z);
  }
  const f = special(a, '__pow__');
  if (f !== undefined) {
    const r = callSpecial(f, a, b, m);
    if (r !== NotImplemented) return r;
  }
  if (numKind(a) && numKind(b) && numKind(m)) {
    throw pyErr(E.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  throw pyErr(E.TypeError, `unsupported operand type(s) for ** or pow(): '${typeName(a)}', '${typeName(b)}', '${typeName(m)}'`);
}
