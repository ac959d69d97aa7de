// Comparison operators: numeric comparisons exact across int/bigint/float, str by code point,
// list/tuple lexicographic, and CPython's rich comparison protocol for everything else.
import { PyFloat, floatClass, None, NotImplemented, typeOf, typeName } from './object';
import { E, pyErr } from './exceptions';
import { lookupSpecial, callSpecial } from './attrs';
import { numKind } from './opsArith';
import { Cmp, CMP_NAMES, CMP_REFLECT, CMP_SYMS, cmpResult, strCmp, seqCompare } from './opsSeq';

// Local aliases: module-level consts are direct references (imports may be getters in CJS).
const PyFloatC = PyFloat, FLOAT = floatClass;

/** JS value of a builtin number for comparisons (JS <, == are exact between number and bigint). */
function nv(v: any): any { return typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'object' ? v.v : v; }

export function numCompare(a: any, b: any, op: Cmp): boolean {
  const x = nv(a), y = nv(b);
  switch (op) {
    case Cmp.LT: return x < y;
    case Cmp.LE: return x <= y;
    // eslint-disable-next-line eqeqeq
    case Cmp.EQ: return x == y;
    // eslint-disable-next-line eqeqeq
    case Cmp.NE: return x != y;
    case Cmp.GT: return x > y;
    default: return x >= y;
  }
}

/** Values whose comparisons no Python code can override. */
function isPrim(v: any): boolean {
  switch (typeof v) {
    case 'number': case 'bigint': case 'boolean': case 'string': return true;
    case 'object': return Array.isArray(v) || v === None || (v instanceof PyFloatC && v.$cls === FLOAT);
  }
  return false;
}

function special(o: any, name: string): any {
  if (typeof o === 'string' || Array.isArray(o)) return undefined;
  const f = lookupSpecial(o, name);
  return typeof f === 'function' ? f : undefined;
}

export function notSupported(a: any, b: any, op: Cmp) {
  return pyErr(E.TypeError, `'${CMP_SYMS[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** The full comparison a <op> b (any result object, as Python's rich comparisons). */
export function compare(a: any, b: any, op: Cmp): any {
  const ka = numKind(a);
  if (ka !== 0 && numKind(b) !== 0) return numCompare(a, b, op);
  if (typeof a === 'string' && typeof b === 'string') return cmpResult(strCmp(a, b), op);
  if (Array.isArray(a) && Array.isArray(b) && ((a as any).$t === true) === ((b as any).$t === true)) {
    return seqCompare(a, b, op, eqAny, compare);
  }
  if (isPrim(a) && isPrim(b)) {
    if (op === Cmp.EQ) return a === b;
    if (op === Cmp.NE) return a !== b;
    throw notSupported(a, b, op);
  }
  return richCompare(a, b, op);
}
function eqAny(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return compare(a, b, Cmp.EQ);
}

/** CPython's do_richcompare over the types' dunders. */
export function richCompare(a: any, b: any, op: Cmp): any {
  const ta = typeOf(a), tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && tb.$mro.includes(ta)) {
    const f = special(b, CMP_REFLECT[op]);
    if (f !== undefined) {
      checkedReverse = true;
      const r = callSpecial(f, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const f = special(a, CMP_NAMES[op]);
  if (f !== undefined) {
    const r = callSpecial(f, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const g = special(b, CMP_REFLECT[op]);
    if (g !== undefined) {
      const r = callSpecial(g, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === Cmp.EQ) return a === b;
  if (op === Cmp.NE) return a !== b;
  throw notSupported(a, b, op);
}

// ---------------------------------------------------------------- the emitted helpers

export function eq(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return compare(a, b, Cmp.EQ);
}
export function ne(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a !== b;
  if (typeof a === 'string' && typeof b === 'string') return a !== b;
  return compare(a, b, Cmp.NE);
}
export function lt(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return compare(a, b, Cmp.LT);
}
export function le(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  return compare(a, b, Cmp.LE);
}
export function gt(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  return compare(a, b, Cmp.GT);
}
export function ge(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  return compare(a, b, Cmp.GE);
}
