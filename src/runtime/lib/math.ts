// The math module (CPython 3.11 Modules/mathmodule.c): argument conversion, errno-style error
// mapping ("math domain error" / "math range error") and CPython's own algorithms; libm functions
// are the correctly rounded / glibc-faithful ones from mathLibm, mathTrig, mathHyp and mathErf.
import { PyFloat, floatClass, None, tuple, typeName } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc } from '../py/call';
import { lookupSpecial, callSpecial } from '../py/attrs';
import { iter } from '../py/protocols';
import { registerModule } from '../py/modules';
import { Int, index, intOf, norm, big, bitLength, floatToInt, gcdInt, isZero } from '../py/int';
import { ratioToDouble, frexp, ldexp } from '../py/float';
import { asDouble } from '../py/opsConvert';
import { mul, truediv } from '../py/ops';
import { abs as pyAbs } from '../py/opsUnary';
import { crExp, crLog, crLog2, glibcLog10, cPow } from './mathLibm';
import { crSin, crCos, crTan, crAtan, crAtan2, crAsin, crAcos } from './mathTrig';
import { crSinh, crCosh, crTanh, crAsinh, crAcosh, crAtanh, crExpm1, crLog1p, crCbrt, crExp2 } from './mathHyp';
import { fdErf, fdErfc } from './mathErf';
import { vectorNorm, fsum, tgamma, lgamma, factorialBig, permBig, combBig, isqrtInt } from './mathFns';

const F = (x: number) => new PyFloat(x);
const domain = () => pyErr(E.ValueError, 'math domain error');
const range = () => pyErr(E.OverflowError, 'math range error');

/** math_1: NaN from a non-NaN argument is a domain error; inf from a finite one is a range error
 *  (can overflow) or a domain error (singularity). */
function math1(name: string, fn: (x: number) => number, canOverflow: boolean) {
  return pyfunc(name, ['x', '/'], (arg: any) => {
    const x = asDouble(arg);
    const r = fn(x);
    if (r !== r && x === x) throw domain();
    if ((r === Infinity || r === -Infinity) && isFinite(x)) throw canOverflow ? range() : domain();
    return F(r);
  }, [], `math.${name}`);
}
/** math_1a: the function reports errno itself. */
function math1a(name: string, fn: (x: number) => [number, string]) {
  return pyfunc(name, ['x', '/'], (arg: any) => F(checkErrno(...fn(asDouble(arg)))), [], `math.${name}`);
}
function checkErrno(r: number, errno: string): number {
  if (errno === 'EDOM') throw domain();
  if (errno === 'ERANGE' && Math.abs(r) >= 1.5) throw range();
  return r;
}
/** math_2 */
function math2(name: string, fn: (x: number, y: number) => number) {
  return pyfunc(name, ['x', 'y', '/'], (a: any, b: any) => {
    const x = asDouble(a), y = asDouble(b);
    const r = fn(x, y);
    if (r !== r && x === x && y === y) throw domain();
    if ((r === Infinity || r === -Infinity) && isFinite(x) && isFinite(y)) throw range();
    return F(r);
  }, [], `math.${name}`);
}

// ---------------------------------------------------------------- logarithms

function cLog(f: (x: number) => number) {
  return (x: number) => x !== x ? x : x === Infinity ? x : x > 0 ? f(x) : x === 0 ? -Infinity : NaN;
}
/** loghelper: ints of any size are handled exactly via their binary exponent. */
function loghelper(arg: any, f: (x: number) => number): number {
  const i = intOf(arg);
  if (i !== undefined && typeof arg !== 'object') {
    if (i <= 0) throw domain();
    if (typeof i === 'number') return f(i);
    const r = Number(i);
    if (isFinite(r)) return f(r);
    let e = bitLength(i);
    let m = ratioToDouble(i, 1n << BigInt(e));
    if (m === 1) { m = 0.5; e += 1; }
    return f(m) + f(2.0) * e;
  }
  const x = asDouble(arg);
  const r = f(x);
  if (r !== r && x === x) throw domain();
  if ((r === Infinity || r === -Infinity) && isFinite(x)) throw domain();
  return r;
}
const mLog = cLog(crLog), mLog2 = cLog(crLog2), mLog10 = cLog(glibcLog10);

// ---------------------------------------------------------------- special-value helpers

function mAtan2(y: number, x: number): number {
  const PI = Math.PI;
  if (x !== x || y !== y) return NaN;
  const sy = (v: number) => (y < 0 || Object.is(y, -0)) ? -v : v;
  const xpos = x > 0 || Object.is(x, 0);
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity || x === -Infinity) return sy(xpos ? 0.25 * PI : 0.75 * PI);
    return sy(0.5 * PI);
  }
  if (x === Infinity || x === -Infinity || y === 0) return sy(xpos ? 0 : PI);
  return crAtan2(y, x);
}
function mRemainder(x: number, y: number): number {
  if (isFinite(x) && isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy, c = absy - m;
    let r: number;
    if (m < c) r = m; else if (m > c) r = -c; else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1.0 : 1.0) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (!isFinite(x)) return NaN;
  return x;
}
function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (y !== y && signBitNaN(y));
  const a = Math.abs(x);
  return neg ? -a : a;
}
const f64 = new Float64Array(1), u32 = new Uint32Array(f64.buffer);
function signBitNaN(v: number): boolean { f64[0] = v; return (u32[1] >>> 31) === 1; }
export function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64[0] = x;
  const up = (y > x) === (x > 0);
  let lo = u32[0], hi = u32[1];
  if (up) { lo = (lo + 1) >>> 0; if (lo === 0) hi++; } else { if (lo === 0) hi--; lo = (lo - 1) >>> 0; }
  u32[0] = lo; u32[1] = hi;
  return f64[0];
}

/** math.floor / math.ceil */
function floorCeil(name: string, dunder: string, fn: (x: number) => number) {
  return pyfunc(name, ['x', '/'], (v: any) => {
    if (!(v instanceof PyFloat && v.$cls === floatClass)) {
      const f = typeof v === 'string' || Array.isArray(v) ? undefined : lookupSpecial(v, dunder);
      if (typeof f === 'function') return callSpecial(f, v);
    }
    return floatToInt(fn(asDouble(v)));
  }, [], `math.${name}`);
}

function intArgs(name: string, f: (a: Int[]) => Int) {
  return pyfunc(name, ['*integers'], (args: any[]) => f(args.map(index)), [], `math.${name}`);
}
function toDoubles(it: any): number[] {
  const out: number[] = [];
  for (const v of Array.isArray(it) ? it : iter(it)) out.push(typeof v === 'number' ? v : asDouble(v));
  return out;
}

export function mathModule(): Record<string, any> {
  return {
    pi: F(Math.PI), e: F(Math.E), tau: F(2 * Math.PI), inf: F(Infinity), nan: F(NaN),
    sqrt: math1('sqrt', Math.sqrt, false), exp: math1('exp', crExp, true), exp2: math1('exp2', crExp2, true),
    expm1: math1('expm1', crExpm1, true), log1p: math1('log1p', crLog1p, false), cbrt: math1('cbrt', crCbrt, false),
    sin: math1('sin', crSin, false), cos: math1('cos', crCos, false), tan: math1('tan', crTan, false),
    asin: math1('asin', crAsin, false), acos: math1('acos', crAcos, false), atan: math1('atan', crAtan, false),
    sinh: math1('sinh', crSinh, true), cosh: math1('cosh', crCosh, true), tanh: math1('tanh', crTanh, false),
    asinh: math1('asinh', crAsinh, false), acosh: math1('acosh', crAcosh, false), atanh: math1('atanh', crAtanh, false),
    fabs: math1('fabs', Math.abs, false),
    erf: math1a('erf', x => [fdErf(x), '']), erfc: math1a('erfc', x => [fdErfc(x), '']),
    gamma: math1a('gamma', tgamma), lgamma: math1a('lgamma', lgamma),
    atan2: math2('atan2', mAtan2), copysign: math2('copysign', copysign), remainder: math2('remainder', mRemainder),
    log: pyfunc('log', ['x', 'base=', '/'], (x: any, base: any) => {
      const num = loghelper(x, mLog);
      if (base === undefined) return F(num);
      return truediv(F(num), F(loghelper(base, mLog)));
    }, [undefined], 'math.log'),
    log2: pyfunc('log2', ['x', '/'], (x: any) => F(loghelper(x, mLog2)), [], 'math.log2'),
    log10: pyfunc('log10', ['x', '/'], (x: any) => F(loghelper(x, mLog10)), [], 'math.log10'),
    pow: pyfunc('pow', ['x', 'y', '/'], (a: any, b: any) => {
      const x = asDouble(a), y = asDouble(b);
      const r = cPow(x, y);
      if (isFinite(x) && isFinite(y)) {
        if (r !== r) throw domain();
        if (r === Infinity || r === -Infinity) throw x === 0 ? domain() : range();
      }
      return F(r);
    }, [], 'math.pow'),
    fmod: pyfunc('fmod', ['x', 'y', '/'], (a: any, b: any) => {
      const x = asDouble(a), y = asDouble(b);
      if ((y === Infinity || y === -Infinity) && isFinite(x)) return F(x);
      const r = x % y;
      if (r !== r && x === x && y === y) throw domain();
      return F(r);
    }, [], 'math.fmod'),
    floor: floorCeil('floor', '__floor__', Math.floor),
    ceil: floorCeil('ceil', '__ceil__', Math.ceil),
    trunc: pyfunc('trunc', ['x', '/'], (v: any) => {
      if (v instanceof PyFloat) return floatToInt(v.v);
      const f = typeof v === 'string' || Array.isArray(v) ? undefined : lookupSpecial(v, '__trunc__');
      if (typeof f !== 'function') throw pyErr(E.TypeError, `type ${typeName(v)} doesn't define __trunc__ method`);
      return callSpecial(f, v);
    }, [], 'math.trunc'),
    modf: pyfunc('modf', ['x', '/'], (v: any) => {
      const x = asDouble(v);
      if (x === Infinity || x === -Infinity) return tuple([F(x < 0 ? -0 : 0), F(x)]);
      if (x !== x) return tuple([F(x), F(x)]);
      const ip = Math.trunc(x);
      const fp = x - ip;
      return tuple([F(fp === 0 && (x < 0 || Object.is(x, -0)) ? -0 : fp), F(ip)]);
    }, [], 'math.modf'),
    frexp: pyfunc('frexp', ['x', '/'], (v: any) => { const [m, e] = frexp(asDouble(v)); return tuple([F(m), e]); }, [], 'math.frexp'),
    ldexp: pyfunc('ldexp', ['x', 'i', '/'], (v: any, i: any) => {
      const x = asDouble(v);
      const e = intOf(i);
      if (e === undefined || typeof i === 'object') throw pyErr(E.TypeError, 'Expected an int as second argument to ldexp.');
      if (x === 0 || !isFinite(x)) return F(x);
      if (e > 2147483647) throw range();
      if (e < -2147483648) return F(x < 0 ? -0 : 0);
      const r = ldexp(x, Number(e));
      if (!isFinite(r)) throw range();
      return F(r);
    }, [], 'math.ldexp'),
    isnan: pyfunc('isnan', ['x', '/'], (v: any) => { const x = asDouble(v); return x !== x; }, [], 'math.isnan'),
    isinf: pyfunc('isinf', ['x', '/'], (v: any) => { const x = asDouble(v); return x === Infinity || x === -Infinity; }, [], 'math.isinf'),
    isfinite: pyfunc('isfinite', ['x', '/'], (v: any) => isFinite(asDouble(v)), [], 'math.isfinite'),
    isclose: pyfunc('isclose', ['a', 'b', '*', 'rel_tol=', 'abs_tol='], (av: any, bv: any, rt: any, at: any) => {
      const a = asDouble(av), b = asDouble(bv), relTol = asDouble(rt), absTol = asDouble(at);
      if (relTol < 0 || absTol < 0) throw pyErr(E.ValueError, 'tolerances must be non-negative');
      if (a === b) return true;
      if (!isFinite(a) && a === a || !isFinite(b) && b === b) return false;
      const diff = Math.abs(b - a);
      return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }, [F(1e-9), F(0)], 'math.isclose'),
    nextafter: math2('nextafter', nextafter),
    ulp: pyfunc('ulp', ['x', '/'], (v: any) => {
      let x = asDouble(v);
      if (x !== x) return F(x);
      x = Math.abs(x);
      if (x === Infinity) return F(x);
      const x2 = nextafter(x, Infinity);
      return F(x2 === Infinity ? x - nextafter(x, -Infinity) : x2 - x);
    }, [], 'math.ulp'),
    degrees: pyfunc('degrees', ['x', '/'], (v: any) => F(asDouble(v) * (180.0 / Math.PI)), [], 'math.degrees'),
    radians: pyfunc('radians', ['x', '/'], (v: any) => F(asDouble(v) * (Math.PI / 180.0)), [], 'math.radians'),
    hypot: pyfunc('hypot', ['*coordinates'], (args: any[]) => {
      let max = 0, nan = false;
      const v = args.map(a => { const x = Math.abs(asDouble(a)); if (x !== x) nan = true; if (x > max) max = x; return x; });
      return F(vectorNorm(v, max, nan));
    }, [], 'math.hypot'),
    dist: pyfunc('dist', ['p', 'q', '/'], (p: any, q: any) => {
      const a = toDoubles(p), b = toDoubles(q);
      if (a.length !== b.length) throw pyErr(E.ValueError, 'both points must have the same number of dimensions');
      let max = 0, nan = false;
      const d = a.map((x, i) => { const y = Math.abs(x - b[i]); if (y !== y) nan = true; if (y > max) max = y; return y; });
      return F(vectorNorm(d, max, nan));
    }, [], 'math.dist'),
    fsum: pyfunc('fsum', ['seq', '/'], (s: any) => F(fsum(toDoubles(s))), [], 'math.fsum'),
    prod: pyfunc('prod', ['iterable', '/', '*', 'start='], (it: any, start: any) => {
      let acc = start;
      for (const x of Array.isArray(it) ? it : iter(it)) acc = mul(acc, x);
      return acc;
    }, [1], 'math.prod'),
    factorial: pyfunc('factorial', ['n', '/'], (v: any) => {
      const n = index(v);
      if (n < 0) throw pyErr(E.ValueError, 'factorial() not defined for negative values');
      if (typeof n === 'bigint') throw pyErr(E.OverflowError, 'factorial() argument should not exceed 9223372036854775807');
      return norm(factorialBig(n));
    }, [], 'math.factorial'),
    comb: pyfunc('comb', ['n', 'k', '/'], (nv: any, kv: any) => {
      const n = index(nv), k = index(kv);
      if (n < 0) throw pyErr(E.ValueError, 'n must be a non-negative integer');
      if (k < 0) throw pyErr(E.ValueError, 'k must be a non-negative integer');
      return norm(combBig(big(n), big(k)));
    }, [], 'math.comb'),
    perm: pyfunc('perm', ['n', 'k=', '/'], (nv: any, kv: any) => {
      if (kv === None) {
        const n = index(nv);
        if (n < 0) throw pyErr(E.ValueError, 'factorial() not defined for negative values');
        return norm(factorialBig(Number(n)));
      }
      const n = index(nv), k = index(kv);
      if (n < 0) throw pyErr(E.ValueError, 'n must be a non-negative integer');
      if (k < 0) throw pyErr(E.ValueError, 'k must be a non-negative integer');
      return norm(permBig(big(n), big(k)));
    }, [None], 'math.perm'),
    gcd: intArgs('gcd', a => {
      if (a.length === 0) return 0;
      let g: Int = pyAbs(a[0]);
      for (let i = 1; i < a.length; i++) g = gcdInt(g, a[i]);
      return g;
    }),
    lcm: intArgs('lcm', a => {
      if (a.length === 0) return 1;
      let l: Int = pyAbs(a[0]);
      for (let i = 1; i < a.length; i++) {
        const b = a[i];
        if (isZero(l) || isZero(b)) { l = 0; continue; }
        l = norm(big(pyAbs(mul(l, b))) / big(gcdInt(l, b)));
      }
      return l;
    }),
    isqrt: pyfunc('isqrt', ['n', '/'], (v: any) => {
      const n = index(v);
      if (n < 0) throw pyErr(E.ValueError, 'isqrt() argument must be nonnegative');
      return isqrtInt(n);
    }, [], 'math.isqrt'),
  };
}

registerModule('math', mathModule);
