// The int and bool class dicts: arithmetic/comparison dunders, conversions, methods and the
// constructors int(...) / bool(...). `this` is a JS number/bigint/boolean or an int-subclass
// instance (value in `$int`).
'use strict';
import {
  PyObject, intClass, boolClass, defineMethods, NotImplemented, None, PyFloat, PyClass, allocate, tuple, typeName,
} from './object';
import { E, pyErr } from './exceptions';
import { Kw, pyfunc } from './call';
import { truthy, str, iter } from './protocols';
import { ClassMethod } from './descriptors';
import { bytes } from './bytes';
import { unaryInvert } from './opsUnary';
import { hashInt } from './hash';
import { Int, intOf, index, big, norm, bitLength, intToStr, intToFloat, intPowMod, roundIntNeg, intNeg, intAbs, isZero } from './int';
import { OPS, OpDef, intDivmod, numBinary } from './opsArith';
import { numCompare } from './opsCompare';
import { Cmp } from './opsSeq';
import { formatInt } from './format';
import { toInt, toIntBase } from './opsConvert';

const NI = NotImplemented;
/** `this` of a method called on a primitive is boxed when the code is not in strict mode. */
export function unbox(t: any): any {
  return typeof t === 'object' && t !== null && !(t instanceof PyObject) ? t.valueOf() : t;
}
const self = (t: any): Int => intOf(unbox(t))!;

const methods: Record<string, any> = {};
for (const key of ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'lshift', 'rshift', 'and', 'or', 'xor'] as const) {
  const d: OpDef = OPS[key];
  methods[d.name] = function (this: any, o: any) {
    const y = intOf(o);
    return y === undefined ? NI : d.int(self(this), y);
  };
  methods[d.rname] = function (this: any, o: any) {
    const y = intOf(o);
    return y === undefined ? NI : d.int(y, self(this));
  };
}
methods.__pow__ = function (this: any, o: any, m: any = None) {
  const y = intOf(o);
  if (y === undefined) return NI;
  if (m === None) return OPS.pow.int(self(this), y);
  const z = intOf(m);
  return z === undefined ? NI : intPowMod(self(this), y, z);
};
methods.__rpow__ = function (this: any, o: any, m: any = None) {
  const y = intOf(o);
  if (y === undefined) return NI;
  if (m === None) return OPS.pow.int(y, self(this));
  const z = intOf(m);
  return z === undefined ? NI : intPowMod(y, self(this), z);
};
methods.__divmod__ = function (this: any, o: any) { const y = intOf(o); return y === undefined ? NI : intDivmod(self(this), y); };
methods.__rdivmod__ = function (this: any, o: any) { const y = intOf(o); return y === undefined ? NI : intDivmod(y, self(this)); };

const CMPS: [string, number][] = [['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ], ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE]];
for (const [name, op] of CMPS) {
  methods[name] = function (this: any, o: any) {
    const y = intOf(o);
    return y === undefined ? NI : numCompare(self(this), y, op);
  };
}

function round(this: any, nd: any = None): Int {
  const v = self(this);
  if (nd === None) return v;
  const n = index(nd);
  if (n >= 0) return v;
  return roundIntNeg(v, typeof n === 'number' ? n : -1e9);
}

function toBytes(this: any, length: any = 1, byteorder: any = 'big', signed: any = false): any {
  const v = big(self(this));
  const n = Number(index(length));
  if (n < 0) throw pyErr(E.ValueError, 'length argument must be non-negative');
  if (byteorder !== 'big' && byteorder !== 'little') throw pyErr(E.ValueError, "byteorder must be either 'little' or 'big'");
  const sgn = truthy(signed);
  if (!sgn && v < 0n) throw pyErr(E.OverflowError, "can't convert negative int to unsigned");
  const bits = BigInt(8 * n);
  const lim = sgn ? 1n << (bits - 1n) : 1n << bits;
  if (n === 0 ? v !== 0n : (sgn ? v < -lim || v >= lim : v >= lim)) throw pyErr(E.OverflowError, 'int too big to convert');
  let u = v < 0n ? (1n << bits) + v : v;
  const out: number[] = new Array(n);
  for (let i = n - 1; i >= 0; i--) { out[i] = Number(u & 255n); u >>= 8n; }
  if (byteorder === 'little') out.reverse();
  return bytes(out);
}

function fromBytes(this: PyClass, bytes: any, byteorder: any = 'big', signed: any = false): any {
  const arr: number[] = Array.from(iter(bytes), (x: any) => Number(index(x)));
  if (byteorder !== 'big' && byteorder !== 'little') throw pyErr(E.ValueError, "byteorder must be either 'little' or 'big'");
  if (byteorder === 'little') arr.reverse();
  let v = 0n;
  for (const b of arr) v = (v << 8n) | BigInt(b);
  if (truthy(signed) && arr.length && arr[0] >= 128) v -= 1n << BigInt(8 * arr.length);
  const r = norm(v);
  return this === intClass ? r : this(r);
}

Object.assign(methods, {
  __neg__(this: any) { return intNeg(self(this)); },
  __pos__(this: any) { return self(this); },
  __abs__(this: any) { return intAbs(self(this)); },
  __invert__(this: any) { return unaryInvert(self(this)); },
  __bool__(this: any) { return !isZero(self(this)); },
  __int__(this: any) { return self(this); },
  __index__(this: any) { return self(this); },
  __float__(this: any) { return new PyFloat(intToFloat(self(this))); },
  __trunc__(this: any) { return self(this); },
  __floor__(this: any) { return self(this); },
  __ceil__(this: any) { return self(this); },
  __round__: round,
  __hash__(this: any) { return hashInt(self(this)); },
  __repr__(this: any) { return intToStr(self(this)); },
  __format__(this: any, spec: any) {
    if (typeof spec !== 'string') throw pyErr(E.TypeError, `__format__() argument must be str, not ${typeName(spec)}`);
    const me = unbox(this);
    if (spec === '') return typeof me === 'number' || typeof me === 'bigint' ? intToStr(me) : str(me);
    return formatInt(self(me), spec, me);
  },
  __getnewargs__(this: any) { return tuple([self(this)]); },
  bit_length(this: any) { return bitLength(self(this)); },
  bit_count(this: any) { const v = self(this); return (v < 0 ? -big(v) : big(v)).toString(2).replace(/0/g, '').length; },
  conjugate(this: any) { return self(this); },
  as_integer_ratio(this: any) { return tuple([self(this), 1]); },
  to_bytes: pyfunc('to_bytes', ['length=', 'byteorder=', '*', 'signed='], toBytes, [1, 'big', false], 'int.to_bytes'),
});
// Getters are copied as getters (Object.assign would call them once and store the result).
Object.defineProperties(methods, Object.getOwnPropertyDescriptors({
  get real() { const t: any = this; void t; return self(t); },
  get imag() { const t: any = this; void t; return 0; },
  get numerator() { const t: any = this; void t; return self(t); },
  get denominator() { const t: any = this; void t; return 1; },
}));

// ---------------------------------------------------------------- constructors

/** int(...) / int.__new__(cls, ...) */
export function intNew(cls: PyClass, args: any[], kw?: Kw): any {
  let base: any = undefined;
  const nkw = kw ? kw.size : 0;
  if (args.length + nkw > 2) throw pyErr(E.TypeError, `int() takes at most 2 arguments (${args.length + nkw} given)`);
  if (kw && nkw) {
    for (const k of kw.keys()) if (k !== 'base') throw pyErr(E.TypeError, `'${k}' is an invalid keyword argument for int()`);
    base = kw.get('base');
    if (args.length >= 2) throw pyErr(E.TypeError, "argument for int() given by name ('base') and position (2)");
  }
  if (args.length === 2) base = args[1];
  let v: Int;
  if (args.length === 0) {
    if (base !== undefined) throw pyErr(E.TypeError, 'int() missing string argument');
    v = 0;
  } else v = base === undefined ? toInt(args[0]) : toIntBase(args[0], base);
  if (cls === intClass) return v;
  const o = allocate(cls);
  o.$int = v;
  return o;
}
intClass.$new = intNew;
boolClass.$new = (_cls: PyClass, args: any[], kw?: Kw) => {
  if (kw && kw.size) throw pyErr(E.TypeError, 'bool() takes no keyword arguments');
  if (args.length > 1) throw pyErr(E.TypeError, `bool expected at most 1 argument, got ${args.length}`);
  return args.length ? truthy(args[0]) : false;
};

/** A staticmethod-like __new__ taking the class explicitly (callable as int.__new__(cls, x)). */
export function pyNew(name: string, impl: (cls: PyClass, args: any[], kw?: Kw) => any): any {
  const f: any = (cls: any, ...args: any[]) => impl(cls, args);
  f.$py = 1; f.$name = '__new__'; f.$qualname = `${name}.__new__`; f.$module = 'builtins';
  f.$callKw = (pos: any[], kw: Kw) => impl(pos[0], pos.slice(1), kw);
  return f;
}

defineMethods(intClass, methods);
defineMethods(intClass, {
  __new__: pyNew('int', intNew),
});
Object.defineProperty(intClass.prototype, 'from_bytes', {
  value: new ClassMethod(pyfunc('from_bytes', ['bytes', 'byteorder=', '*', 'signed='], fromBytes, ['big', false], 'int.from_bytes')),
  configurable: true, writable: true,
});

// ---------------------------------------------------------------- bool

const boolOp = (d: OpDef, f: (a: boolean, b: boolean) => boolean) => function (this: any, o: any) {
  const me = unbox(this);
  if (typeof o === 'boolean' && typeof me === 'boolean') return f(me, o);
  const y = intOf(o);
  return y === undefined ? NI : numBinary(d, self(this), y, 1, 1);
};
defineMethods(boolClass, {
  __repr__(this: any) { return unbox(this) ? 'True' : 'False'; },
  __and__: boolOp(OPS.and, (a, b) => a && b),
  __rand__: boolOp(OPS.and, (a, b) => a && b),
  __or__: boolOp(OPS.or, (a, b) => a || b),
  __ror__: boolOp(OPS.or, (a, b) => a || b),
  __xor__: boolOp(OPS.xor, (a, b) => a !== b),
  __rxor__: boolOp(OPS.xor, (a, b) => a !== b),
  __new__: pyNew('bool', (cls, args, kw) => boolClass.$new!(cls, args, kw)),
});

void bitLength;
