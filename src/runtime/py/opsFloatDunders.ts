// The float class dict: arithmetic/comparison dunders, conversions, methods and float(...).
// `this` is a PyFloat (exact float or an instance of a float subclass).
import { floatClass, objectClass, defineMethods, NotImplemented, None, PyFloat, PyClass, allocate, tuple, typeName } from './object';
import { E, pyErr } from './exceptions';
import { Kw, pyfunc } from './call';
import { str } from './protocols';
import { hashFloat } from './hash';
import { Int, intOf, index, intToFloat, floatToInt, normNum } from './int';
import { floatRepr, floatAsRatio, floatHex, floatFromHex, floatRoundToInt } from './float';
import { OPS, OpDef, fDivmod } from './opsArith';
import { numCompare } from './opsCompare';
import { Cmp } from './opsSeq';
import { formatFloat } from './format';
import { roundFloatDigits } from './formatDecimal';
import { toFloat } from './opsConvert';
import { ClassMethod } from './descriptors';
import { pyNew } from './opsIntDunders';

const NI = NotImplemented;

/** The double value of a float/int operand of a float operation, or undefined. */
function other(o: any): number | undefined {
  if (o instanceof PyFloat) return o.v;
  const i = intOf(o);
  return i === undefined ? undefined : intToFloat(i);
}

const methods: Record<string, any> = {};
for (const key of ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod'] as const) {
  const d: OpDef = OPS[key];
  const f = d.flt!;
  methods[d.name] = function (this: PyFloat, o: any) {
    const y = other(o);
    return y === undefined ? NI : new PyFloat(f(this.v, y));
  };
  methods[d.rname] = function (this: PyFloat, o: any) {
    const y = other(o);
    return y === undefined ? NI : new PyFloat(f(y, this.v));
  };
}
const noMod = () => pyErr(E.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
methods.__pow__ = function (this: PyFloat, o: any, m: any = None) {
  const y = other(o);
  if (y === undefined) return NI;
  if (m !== None) throw noMod();
  return new PyFloat(OPS.pow.flt!(this.v, y));
};
methods.__rpow__ = function (this: PyFloat, o: any, m: any = None) {
  const y = other(o);
  if (y === undefined) return NI;
  if (m !== None) throw noMod();
  return new PyFloat(OPS.pow.flt!(y, this.v));
};
methods.__divmod__ = function (this: PyFloat, o: any) { const y = other(o); return y === undefined ? NI : fDivmod(this.v, y); };
methods.__rdivmod__ = function (this: PyFloat, o: any) { const y = other(o); return y === undefined ? NI : fDivmod(y, this.v); };

const CMPS: [string, number][] = [['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ], ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE]];
for (const [name, op] of CMPS) {
  methods[name] = function (this: PyFloat, o: any) {
    if (o instanceof PyFloat) return numCompare(this.v, o.v, op);
    const i = intOf(o);
    return i === undefined ? NI : numCompare(this.v, i, op);
  };
}

/** round(float, ndigits) (CPython float___round___impl). */
export function floatRound(x: number, nd: any): any {
  if (nd === None || nd === undefined) return floatRoundToInt(x);
  const n = index(nd);
  if (!isFinite(x)) return new PyFloat(x);
  if (n > 323) return new PyFloat(x);
  if (n < -308) return new PyFloat(0.0 * x);
  const r = roundFloatDigits(x, Number(n));
  if (!isFinite(r)) throw pyErr(E.OverflowError, 'rounded value too large to represent');
  return new PyFloat(r);
}

const exact = (t: PyFloat) => t.$cls === floatClass ? t : new PyFloat(t.v);

Object.assign(methods, {
  __neg__(this: PyFloat) { return new PyFloat(-this.v); },
  __pos__(this: PyFloat) { return exact(this); },
  __abs__(this: PyFloat) { return new PyFloat(Math.abs(this.v)); },
  __bool__(this: PyFloat) { return this.v !== 0; },
  __int__(this: PyFloat) { return floatToInt(this.v); },
  __float__(this: PyFloat) { return exact(this); },
  __trunc__(this: PyFloat) { return floatToInt(this.v); },
  __floor__(this: PyFloat) { return floorCeil(Math.floor(this.v), this.v); },
  __ceil__(this: PyFloat) { return floorCeil(Math.ceil(this.v), this.v); },
  __round__(this: PyFloat, nd: any = None) { return floatRound(this.v, nd); },
  __hash__(this: PyFloat) {
    const v = this.v;
    return v !== v ? (objectClass.prototype as any).__hash__.call(this) : hashFloat(v);
  },
  __repr__(this: PyFloat) { return floatRepr(this.v); },
  __format__(this: PyFloat, spec: any) {
    if (typeof spec !== 'string') throw pyErr(E.TypeError, `__format__() argument must be str, not ${typeName(spec)}`);
    if (spec === '') return this.$cls === floatClass ? floatRepr(this.v) : str(this);
    return formatFloat(this.v, spec, this);
  },
  __getnewargs__(this: PyFloat) { return tuple([new PyFloat(this.v)]); },
  is_integer(this: PyFloat) { return Number.isInteger(this.v); },
  as_integer_ratio(this: PyFloat) { return tuple(floatAsRatio(this.v)); },
  conjugate(this: PyFloat) { return exact(this); },
  hex(this: PyFloat) { return floatHex(this.v); },
});
// Getters are copied as getters (Object.assign would call them once and store the result).
Object.defineProperties(methods, Object.getOwnPropertyDescriptors({
  get real() { const t: any = this; void t; return exact(t); },
  get imag() { const t: any = this; void t; return new PyFloat(0); },
}));

function floorCeil(r: number, x: number): Int {
  if (x !== x) throw pyErr(E.ValueError, 'cannot convert float NaN to integer');
  if (!isFinite(x)) throw pyErr(E.OverflowError, 'cannot convert float infinity to integer');
  return normNum(r);
}

/** float(...) / float.__new__(cls, ...) */
export function floatNew(cls: PyClass, args: any[], kw?: Kw): any {
  if (kw && kw.size) throw pyErr(E.TypeError, 'float() takes no keyword arguments');
  if (args.length > 1) throw pyErr(E.TypeError, `float expected at most 1 argument, got ${args.length}`);
  const v = args.length ? toFloat(args[0]) : 0;
  if (cls === floatClass) return new PyFloat(v);
  const o = allocate(cls);
  o.v = v;
  return o;
}
floatClass.$new = floatNew;

defineMethods(floatClass, methods);
defineMethods(floatClass, { __new__: pyNew('float', floatNew) });
Object.defineProperty(floatClass.prototype, 'fromhex', {
  value: new ClassMethod(pyfunc('fromhex', ['string', '/'], function (this: PyClass, s: any) {
    if (typeof s !== 'string') throw pyErr(E.TypeError, `bad argument type for built-in operation`);
    const v = new PyFloat(floatFromHex(s));
    return this === floatClass ? v : this(v);
  }, [], 'float.fromhex')),
  configurable: true, writable: true,
});
